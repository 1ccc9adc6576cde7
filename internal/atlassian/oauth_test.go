package atlassian

import "testing"

func TestClassifyAuthorize(t *testing.T) {
	declared := NewHosts([]string{"auth.example.com"})
	tests := []struct {
		host, path string
		want       AuthorizeKind
	}{
		{"auth.atlassian.com", "/authorize", AtlassianAuthorize},
		{"AUTH.atlassian.com:443", "/authorize/", AtlassianAuthorize},
		{"auth.atlassian-us-gov-mod.com", "/authorize", AtlassianAuthorize},
		{"auth.example.com", "/authorize", AtlassianAuthorize},
		{"bitbucket.org", "/site/oauth2/authorize", BitbucketAuthorize},

		{"auth.atlassian.com", "/oauth/token", NotAuthorize},
		{"auth.atlassian.com", "/authorize/x", NotAuthorize},
		{"auth.atlassian.com", "", NotAuthorize},
		{"api.atlassian.com", "/authorize", NotAuthorize},
		{"acme.atlassian.net", "/authorize", NotAuthorize},
		{"api.bitbucket.org", "/site/oauth2/authorize", NotAuthorize},
		{"bitbucket.org", "/authorize", NotAuthorize},
		{"accounts.google.com", "/o/oauth2/auth", NotAuthorize},
		{"auth.example.org", "/authorize", NotAuthorize},
		{"auth.atlassian.com.evil.com", "/authorize", NotAuthorize},
	}
	for _, tt := range tests {
		if got := declared.ClassifyAuthorize(tt.host, tt.path); got != tt.want {
			t.Errorf("ClassifyAuthorize(%q, %q) = %v, want %v", tt.host, tt.path, got, tt.want)
		}
	}
	if got := (Hosts{}).ClassifyAuthorize("auth.example.com", "/authorize"); got != NotAuthorize {
		t.Errorf("undeclared host: got %v", got)
	}
}

func TestIsTokenEndpoint(t *testing.T) {
	declared := NewHosts([]string{"auth.example.com"})
	tests := []struct {
		host, path string
		want       bool
	}{
		{"auth.atlassian.com", "/oauth/token", true},
		{"auth.atlassian-us-gov-mod.com", "/oauth/token", true},
		{"auth.example.com", "/oauth/token", true},
		{"bitbucket.org", "/site/oauth2/access_token", true},
		{"auth.atlassian.com", "/oauth/token/accessible-resources", false},
		{"api.atlassian.com", "/oauth/token/accessible-resources", false},
		{"api.atlassian.com", "/oauth/token", false},
		{"auth.atlassian.com", "/authorize", false},
		{"oauth2.googleapis.com", "/token", false},
	}
	for _, tt := range tests {
		if got := declared.IsTokenEndpoint(tt.host, tt.path); got != tt.want {
			t.Errorf("IsTokenEndpoint(%q, %q) = %v, want %v", tt.host, tt.path, got, tt.want)
		}
	}
}

func TestAudience(t *testing.T) {
	declared := NewHosts([]string{"auth.example.com"})
	tests := []struct {
		authHost, audience string
		ok                 bool
	}{
		{"auth.atlassian.com", "api.atlassian.com", true},
		{"auth.atlassian.com", "API.atlassian.com", true},
		{"auth.atlassian.com", "api.atlassian-us-gov-mod.com", false},
		{"auth.atlassian.com", "acme.atlassian.net", false},
		{"auth.atlassian.com", "https://api.atlassian.com", false},
		{"auth.atlassian.com", "", false},
		{"auth.atlassian-us-gov-mod.com", "api.atlassian-us-gov-mod.com", true},
		{"auth.atlassian-us-gov-mod.com", "api.atlassian.com", false},
		{"auth.example.com", "api.atlassian.com", true},
		{"auth.example.com", "api.atlassian-us-gov-mod.com", true},
		{"auth.example.com", "auth.example.com", false},
	}
	for _, tt := range tests {
		if got := declared.AudienceOK(tt.authHost, tt.audience); got != tt.ok {
			t.Errorf("AudienceOK(%q, %q) = %v, want %v", tt.authHost, tt.audience, got, tt.ok)
		}
	}
	if got := Audience("auth.atlassian-us-gov-mod.com"); got != "api.atlassian-us-gov-mod.com" {
		t.Errorf("gov audience = %q", got)
	}
	if got := Audience("auth.atlassian.com"); got != "api.atlassian.com" {
		t.Errorf("commercial audience = %q", got)
	}
}

func TestIsStatePlaceholder(t *testing.T) {
	for s, want := range map[string]bool{
		"YOUR_USER_BOUND_VALUE":    true,
		"your_user_bound_value":    true,
		"{YOUR_USER_BOUND_VALUE}":  true,
		"${YOUR_USER_BOUND_VALUE}": true,
		"<YOUR_USER_BOUND_VALUE>":  true,
		"YOUR_USER_BOUND_VALUE_2":  false,
		"state":                    false,
		"":                         false,
	} {
		if got := IsStatePlaceholder(s); got != want {
			t.Errorf("IsStatePlaceholder(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAuthOptions(t *testing.T) {
	if sets, ok := AuthOptionVar(OAuth2Path, "ApprovalForce"); !ok || len(sets) != 1 || sets[0].Key != ParamPrompt || sets[0].Value != PromptConsent {
		t.Errorf("ApprovalForce = %+v, %v; want prompt=consent", sets, ok)
	}
	if sets, ok := AuthOptionFunc(OAuth2Path, "SetAuthURLParam"); !ok || len(sets) != 1 || sets[0].KeyArg != 0 || sets[0].ValueArg != 1 {
		t.Errorf("SetAuthURLParam = %+v, %v; want its arguments", sets, ok)
	}
	if sets, ok := AuthOptionFunc(OAuth2Path, "S256ChallengeOption"); !ok || len(sets) != 2 || !sets[0].Unknown || sets[1].Value != "S256" {
		t.Errorf("S256ChallengeOption = %+v, %v", sets, ok)
	}
	for _, name := range []string{"GenerateVerifier", "SetAuthURLParam", "ApprovalForce"} {
		if _, ok := AuthOptionFunc("example.com/oauth2", name); ok {
			t.Errorf("%s of another package is an option", name)
		}
		if _, ok := AuthOptionVar("example.com/oauth2", name); ok {
			t.Errorf("%s of another package is an option", name)
		}
	}
	if _, ok := AuthOptionVar(OAuth2Path, "SetAuthURLParam"); ok {
		t.Error("SetAuthURLParam is no variable")
	}
}
