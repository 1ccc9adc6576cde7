package atlassian

import (
	"slices"
	"testing"
)

func TestLookupAuthorizeURLBuilder(t *testing.T) {
	common := goAtlassianV2 + "/service/common"
	for _, tc := range []struct {
		pkg, recv, name string
		ok              bool
		endpoint        string // "" when the receiver's field gives it
		field           []string
		state, options  int
	}{
		{OAuth2Path, "Config", "AuthCodeURL", true, "", OAuth2AuthURL, 0, 1},
		{common, "OAuth2Service", "GetAuthorizationURL", true, goAtlassianAuthorizeURL, nil, 1, -1},
		{goAtlassianV2 + "/pkg/infra/oauth2", "Service", "GetAuthorizationURL", true, goAtlassianAuthorizeURL, nil, 1, -1},
		{OAuth2Path, "Config", "Exchange", false, "", nil, 0, 0},
		{OAuth2Path, "", "AuthCodeURL", false, "", nil, 0, 0},
		{"example.com/oauth2", "Config", "AuthCodeURL", false, "", nil, 0, 0},
	} {
		b, ok := LookupAuthorizeURLBuilder(tc.pkg, tc.recv, tc.name)
		if ok != tc.ok {
			t.Errorf("LookupAuthorizeURLBuilder(%q, %q, %q) ok = %v, want %v", tc.pkg, tc.recv, tc.name, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if b.Endpoint != tc.endpoint || !slices.Equal(b.EndpointField, tc.field) || b.StateArg != tc.state || b.OptionsArg != tc.options {
			t.Errorf("%s.%s.%s = endpoint %q field %v state %d options %d, want %q %v %d %d", tc.pkg, tc.recv, tc.name,
				b.Endpoint, b.EndpointField, b.StateArg, b.OptionsArg, tc.endpoint, tc.field, tc.state, tc.options)
		}
		if !slices.ContainsFunc(b.Query, func(p BuilderParam) bool { return p.Key == ParamState && p.From == FromState }) {
			t.Errorf("%s.%s.%s adds no state from its argument", tc.pkg, tc.recv, tc.name)
		}
	}
}

// Every library call of role RoleAuthorizeURL is a builder: the flow
// analysis evaluates them only through this table.
func TestEveryLibraryAuthorizeCallIsABuilder(t *testing.T) {
	n := 0
	for _, lc := range LibraryCalls() {
		if lc.Role != RoleAuthorizeURL {
			continue
		}
		n++
		if _, ok := LookupAuthorizeURLBuilder(lc.Pkg, lc.Recv, lc.Name); !ok {
			t.Errorf("%s.%s.%s is an authorize call of the library table but no builder", lc.Pkg, lc.Recv, lc.Name)
		}
	}
	if n == 0 {
		t.Fatal("the library table has no authorize call")
	}
}

func TestConfigURLFields(t *testing.T) {
	if got := ConfigURLFields(OAuth2Path, "Config"); len(got) != 3 {
		t.Errorf("oauth2.Config fields = %v, want AuthURL, TokenURL, RedirectURL", got)
	}
	if got := ConfigURLFields(OAuth2Path, "Token"); got != nil {
		t.Errorf("oauth2.Token fields = %v, want none", got)
	}
	if !IsAuthOptionType(OAuth2Path, "AuthCodeOption") || IsAuthOptionType(OAuth2Path, "Config") {
		t.Error("IsAuthOptionType does not tell oauth2.AuthCodeOption")
	}
}

func TestIsWholeURLField(t *testing.T) {
	for _, tc := range []struct {
		pkg, name string
		want      bool
	}{
		{OAuth2Path, "AuthURL", true},
		{OAuth2Path, "TokenURL", true},
		{OAuth2Path, "DeviceAuthURL", true},
		{OAuth2Path, "RedirectURL", true},
		{OAuth2Path, "ClientID", false},
		{OAuth2Path + "/clientcredentials", "TokenURL", false}, // not followed as a whole URL yet
		{"example.com/config", "AuthURL", false},
	} {
		if got := IsWholeURLField(tc.pkg, tc.name); got != tc.want {
			t.Errorf("IsWholeURLField(%q, %q) = %v, want %v", tc.pkg, tc.name, got, tc.want)
		}
	}
}

func TestOAuthClientTables(t *testing.T) {
	for _, tc := range []struct {
		pkg, recv, name string
		ok              bool
	}{
		{OAuth2Path, "", "NewClient", true},
		{OAuth2Path, "Config", "Client", true},
		{clientCredentials, "Config", "Client", true},
		{OAuth2Path + "/jira", "Config", "Client", true},
		{OAuth2Path, "Config", "TokenSource", false},
		{OAuth2Path, "", "Client", false},
	} {
		if _, ok := LookupOAuthClientMaker(tc.pkg, tc.recv, tc.name); ok != tc.ok {
			t.Errorf("LookupOAuthClientMaker(%q, %q, %q) = %v, want %v", tc.pkg, tc.recv, tc.name, ok, tc.ok)
		}
	}
	for _, tc := range []struct {
		recv, name string
		exchange   bool
		ok         bool
	}{
		{"Config", "AuthCodeURL", false, true},
		{"Config", "Exchange", true, true},
		{"Config", "Client", false, false},
	} {
		tk, ok := LookupAuthOptionTaker(OAuth2Path, tc.recv, tc.name)
		if ok != tc.ok || tk.Exchange != tc.exchange {
			t.Errorf("LookupAuthOptionTaker(%s.%s) = %+v, %v", tc.recv, tc.name, tk, ok)
		}
	}
	if !IsBaseClientKey(OAuth2Path, "HTTPClient") || IsBaseClientKey(OAuth2Path, "NoContext") {
		t.Error("IsBaseClientKey does not tell oauth2.HTTPClient")
	}
	if f, ok := BearerTransportBase(OAuth2Path, "Transport"); !ok || f != "Base" {
		t.Errorf("BearerTransportBase(oauth2.Transport) = %q, %v", f, ok)
	}
	if !SetsBearerHeader(OAuth2Path, "Token", "SetAuthHeader") || SetsBearerHeader(OAuth2Path, "Token", "Valid") {
		t.Error("SetsBearerHeader does not tell Token.SetAuthHeader")
	}
	if !IsOAuth2Package(OAuth2Path+"/clientcredentials") || IsOAuth2Package(OAuth2Path+"x") {
		t.Error("IsOAuth2Package")
	}
}

func TestCodeExchangesAndVerifiers(t *testing.T) {
	if e, ok := LookupCodeExchange(OAuth2Path, "Config", "Exchange"); !ok || e.CodeArg != 1 {
		t.Errorf("oauth2 Config.Exchange = %+v, %v; want code argument 1", e, ok)
	}
	common := goAtlassianV2 + "/service/common"
	if e, ok := LookupCodeExchange(common, "OAuth2Service", "ExchangeAuthorizationCode"); !ok || e.CodeArg != 1 {
		t.Errorf("go-atlassian ExchangeAuthorizationCode = %+v, %v; want code argument 1", e, ok)
	}
	if _, ok := LookupCodeExchange(OAuth2Path, "Config", "AuthCodeURL"); ok {
		t.Error("AuthCodeURL is no code exchange")
	}
	if !IsStateVerifier("github.com/markbates/goth/gothic", "ValidateState") || IsStateVerifier("github.com/markbates/goth/gothic", "BeginAuthHandler") {
		t.Error("IsStateVerifier does not tell gothic.ValidateState from BeginAuthHandler")
	}
}

func TestOAuthCredentials(t *testing.T) {
	for _, tc := range []struct {
		pkg, typ, field string
		env             string // "" when not a credential
	}{
		{OAuth2Path, "Config", "ClientSecret", "ATLASSIAN_CLIENT_SECRET"},
		{OAuth2Path, "Token", "AccessToken", "ATLASSIAN_ACCESS_TOKEN"},
		{OAuth2Path, "Token", "RefreshToken", "ATLASSIAN_REFRESH_TOKEN"},
		{clientCredentials, "Config", "ClientSecret", "ATLASSIAN_CLIENT_SECRET"},
		{OAuth2Path, "Config", "ClientID", ""},
		{OAuth2Path, "Token", "TokenType", ""},
		{OAuth2Path, "Config", "PasswordCredentialsToken", ""}, // a method, not a field
	} {
		c, ok := OAuthCredentialField(tc.pkg, tc.typ, tc.field)
		if ok != (tc.env != "") || c.Env != tc.env {
			t.Errorf("OAuthCredentialField(%s.%s.%s) = %+v, %v; want env %q", tc.pkg, tc.typ, tc.field, c, ok, tc.env)
		}
	}
	if c, ok := OAuthCredentialArg(OAuth2Path, "Config", "PasswordCredentialsToken"); !ok || c.Arg != 2 {
		t.Errorf("PasswordCredentialsToken = %+v, %v; want its password, argument 2", c, ok)
	}
	if _, ok := OAuthCredentialArg(OAuth2Path, "Config", "Exchange"); ok {
		t.Error("Exchange takes no credential argument")
	}
}
