package atlassian

import "testing"

func TestClassifyPath(t *testing.T) {
	tests := []struct {
		known    string
		complete bool
		want     PathClass
	}{
		// REST, fully known.
		{"/rest/api/3/issue", true, RESTPath},
		{"/rest/api/2/search", true, RESTPath},
		{"/rest/api/latest/myself", true, RESTPath},
		{"/rest/api/3", true, RESTPath},
		// Bitbucket Data Center's version is not the catalogue's: only a
		// declared host or the /bitbucket/ context path makes it Atlassian.
		{"/rest/api/1.0/projects/X/repos", true, OtherPath},
		{"/rest/api/1.0/projects/", false, OtherPath},
		{"/rest/agile/1.0/board/1/sprint", true, RESTPath},
		{"/rest/servicedeskapi/request", true, RESTPath},
		{"/rest/devinfo/0.10/bulk", true, RESTPath},
		{"/wiki/rest/api/content/123", true, RESTPath},
		{"/wiki/api/v2/pages", true, RESTPath},
		{"/wiki/api/v2", true, RESTPath},
		{"/ex/jira/11223344-a1b2-3b33-c444-def123456789/rest/api/3/issue", true, RESTPath},
		{"/ex/confluence/abc/wiki/rest/api/space", true, RESTPath},
		{"/gateway/api/graphql", true, RESTPath},
		{"/oauth/token/accessible-resources", true, RESTPath},
		{"/oauth/token/accessible-resources?x=1", false, RESTPath},
		{"/me", true, RESTPath},
		{"/me/", true, RESTPath},
		{"/me?fields=email", false, RESTPath},
		{"/me#top", false, RESTPath},

		// REST, partly known.
		{"/rest/api/3/issue/", false, RESTPath},
		{"/rest/api/", false, RESTPath}, // the version is unknown, the API is not
		{"/rest/agile/", false, RESTPath},
		{"/ex/jira/", false, RESTPath}, // cloud id unknown
		{"/ex/confluence/", false, RESTPath},
		{"/wiki/rest/api/", false, RESTPath},
		{"/gateway/api/", false, RESTPath},

		// Not yet enough to tell.
		{"/rest/api", false, OtherPath},
		{"/rest/", false, OtherPath},
		{"/rest", false, OtherPath},
		{"/rest/agile", false, OtherPath},
		{"/ex/", false, OtherPath},
		{"/ex/jira", false, OtherPath},
		{"/me", false, OtherPath},
		{"/wiki/", false, OtherPath},
		{"/oauth/token/accessible-resources", false, OtherPath},

		// Exact paths need the whole path.
		{"/media", true, OtherPath},
		{"/me/settings", true, OtherPath},
		{"/authorize", true, AuthorizePath},
		{"/authorize/", true, AuthorizePath},
		{"/authorize?audience=api.atlassian.com", false, AuthorizePath},
		{"/authorize", false, OtherPath},
		{"/authorized", true, OtherPath},
		{"/authorize/x", true, OtherPath},
		{"/site/oauth2/authorize", true, AuthorizePath},
		{"/site/oauth2/authorize?client_id=", false, AuthorizePath},
		{"/oauth/token", true, TokenPath},
		{"/oauth/token?", false, TokenPath},
		{"/oauth/token", false, OtherPath},
		{"/oauth/tokens", true, OtherPath},
		{"/oauth/token/", false, OtherPath},
		{"/site/oauth2/access_token", true, TokenPath},

		// UI links.
		{"/browse/KEY-1", true, UILink},
		{"/browse/", false, UILink},
		{"/browse/KEY-1?atlOrigin=abc", true, UILink},
		{"/wiki/spaces/ENG/pages/123/Title", true, UILink},
		{"/wiki/display/ENG/Page", true, UILink},
		{"/wiki/x/AbCd", true, UILink},
		{"/jira/software/projects/ABC/boards/1", true, UILink},
		{"/jira/software/c/projects/ABC/issues", true, UILink},
		{"/jira/servicedesk/projects/SD/queues", true, UILink},
		{"/jira/your-work", true, UILink},
		{"/jira/your-work", false, OtherPath},
		{"/jira/your-workshop", true, OtherPath},
		{"/secure/Dashboard.jspa", true, UILink},
		{"/plugins/servlet/ac/app/page", true, UILink},
		{"/servicedesk/customer/portal/1", true, UILink},

		// Data Center context paths.
		{"/jira/rest/api/2/issue", true, RESTPath},
		{"/confluence/rest/api/content", true, RESTPath},
		{"/bitbucket/rest/api/1.0/projects", true, RESTPath},
		{"/jira/rest/agile/", false, RESTPath},
		{"/jira/rest/", false, OtherPath},
		{"/foo/rest/api/2/issue", true, OtherPath},
		{"/jira/browse/KEY-1", true, OtherPath},

		// Robustness.
		{"", false, OtherPath},
		{"", true, OtherPath},
		{"/", true, OtherPath},
		{"?", false, OtherPath},
		{"rest/api/3/issue", true, RESTPath},
		{"me", true, RESTPath},
		{"//rest//api/3/issue", true, RESTPath},
		{"https://acme.atlassian.net/rest/api/3/issue", true, RESTPath},
		{"https://auth.atlassian.com/authorize?x=1", false, AuthorizePath},
		{"https://acme.atlassian.net", false, OtherPath},
		{"https://acme.atlassian.net", true, OtherPath},
		{"https://acme.atlassian.net?x", false, OtherPath},
		{"/api/v1/users", true, OtherPath},
		{"/rest/other/thing", true, OtherPath},
		{"/REST/API/3/issue", true, OtherPath},
	}
	for _, tt := range tests {
		if got := ClassifyPath(tt.known, tt.complete); got != tt.want {
			t.Errorf("ClassifyPath(%q, %v) = %v, want %v", tt.known, tt.complete, got, tt.want)
		}
	}
}

func TestCloudOnlyPath(t *testing.T) {
	tests := []struct {
		known    string
		complete bool
		want     bool
	}{
		{"/me", true, true},
		{"/me?fields=x", false, true},
		{"https://api.intercom.io/me", true, true},
		{"/oauth/token/accessible-resources", true, true},
		{"/ex/jira/", false, true},
		{"/ex/confluence/123/wiki/api/v2/pages", true, true},
		{"/gateway/api/graphql", true, true},
		{"/rest/api/2/issue", true, false},
		{"/jira/rest/api/2/issue", true, false},
		{"/wiki/rest/api/content", true, false},
		{"/browse/KEY-1", true, false},
		{"/me/settings", true, false},
		{"/m", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := CloudOnlyPath(tt.known, tt.complete); got != tt.want {
			t.Errorf("CloudOnlyPath(%q, %v) = %v, want %v", tt.known, tt.complete, got, tt.want)
		}
	}
}

func TestPathClassString(t *testing.T) {
	seen := map[string]bool{}
	for c := OtherPath; c <= TokenPath; c++ {
		s := c.String()
		if s == "" || seen[s] {
			t.Errorf("PathClass(%d).String() = %q: empty or duplicate", int(c), s)
		}
		seen[s] = true
	}
	if s := PathClass(-1).String(); s != "PathClass(-1)" {
		t.Errorf("PathClass(-1).String() = %q", s)
	}
}

func TestProduct(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/rest/api/3/issue", "jira"},
		{"/rest/api/2/search", "jira"},
		{"/rest/api/latest/myself", "jira"},
		{"/rest/api/", "jira"},
		{"/rest/agile/1.0/board", "jira"},
		{"/rest/servicedeskapi/request", "jira"},
		{"/rest/devinfo/0.10/bulk", "jira"},
		{"/ex/jira/abc/rest/api/3/issue", "jira"},
		{"/ex/confluence/abc/wiki/rest/api/space", "confluence"},
		{"/wiki/rest/api/space", "confluence"},
		{"/wiki/api/v2/pages", "confluence"},
		{"/wiki/spaces/ENG", "confluence"},
		{"/rest/api/content/123", "confluence"}, // Confluence Data Center
		{"/confluence/rest/api/content", "confluence"},
		{"/jira/rest/api/2/issue", "jira"},
		{"/rest/api/1.0/projects", ""}, // Bitbucket Data Center
		{"/bitbucket/rest/api/1.0/projects", ""},
		{"/browse/KEY-1", "jira"},
		{"/gateway/api/graphql", ""},
		{"/me", ""},
		{"/oauth/token", ""},
		{"/authorize", ""},
		{"", ""},
		{"/api/v1", ""},
		{"rest/api/3/issue", "jira"},
		{"https://acme.atlassian.net/wiki/rest/api/content", "confluence"},
	}
	for _, tt := range tests {
		if got := Product(tt.path); got != tt.want {
			t.Errorf("Product(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestGatewayForm(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/rest/api/3/issue", "/ex/jira/{cloudid}/rest/api/3/issue"},
		{"/rest/api/3/search?jql=project%3DABC", "/ex/jira/{cloudid}/rest/api/3/search?jql=project%3DABC"},
		{"/rest/agile/1.0/board", "/ex/jira/{cloudid}/rest/agile/1.0/board"},
		{"/rest/servicedeskapi/request", "/ex/jira/{cloudid}/rest/servicedeskapi/request"},
		{"rest/api/2/myself", "/ex/jira/{cloudid}/rest/api/2/myself"},
		{"/wiki/rest/api/space", "/ex/confluence/{cloudid}/wiki/rest/api/space"},
		{"/wiki/api/v2/pages/1", "/ex/confluence/{cloudid}/wiki/api/v2/pages/1"},
		{"/rest/api/content", "/ex/confluence/{cloudid}/wiki/rest/api/content"},
		{"https://acme.atlassian.net/rest/api/3/issue#x", "/ex/jira/{cloudid}/rest/api/3/issue#x"},
		{"/ex/jira/abc/rest/api/3/issue", "/ex/jira/abc/rest/api/3/issue"},
		{"/browse/KEY-1", ""},
		{"/wiki/spaces/ENG", ""},
		{"/jira/rest/api/2/issue", ""},
		{"/rest/api/1.0/projects", ""},
		{"/gateway/api/graphql", ""},
		{"/me", ""},
		{"/oauth/token", ""},
		{"/api/v1", ""},
		{"", ""},
		{"https://acme.atlassian.net", ""},
	}
	for _, tt := range tests {
		if got := GatewayForm(tt.path); got != tt.want {
			t.Errorf("GatewayForm(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestProductFor(t *testing.T) {
	tests := []struct {
		class HostClass
		host  string
		path  string
		want  string
	}{
		{Bitbucket, "", "/2.0/repositories", "bitbucket"},
		{Bitbucket, "", "/rest/api/3/issue", "bitbucket"},
		{Site, "", "/rest/api/3/issue", "jira"},
		{Site, "", "/wiki/rest/api/space", "confluence"},
		{Gateway, "", "/ex/confluence/x/wiki/api/v2/pages", "confluence"},
		{Gateway, "", "/ex/jira/x/rest/api/3/issue", "jira"},
		{Declared, "", "/rest/api/1.0/projects", "bitbucket"},
		{Declared, "", "/bitbucket/rest/api/latest/projects", "bitbucket"},
		{Declared, "", "/confluence/rest/api/content", "confluence"},
		{Gateway, "", "/me", "atlassian"},
		{Site, "", "", "atlassian"},
		{NotAtlassian, "", "/gateway/api/graphql", "atlassian"},
		{Declared, "jira.example.com", "/status", "jira"},
		{Declared, "JIRA-prod.example.com:8443", "", "jira"},
		{Declared, "wiki.example.com", "/status", "confluence"},
		{Declared, "confluence.example.com", "", "confluence"},
		{Declared, "stash.example.com", "", "bitbucket"},
		{Declared, "tools.example.com", "/wiki/rest/api/space", "confluence"},
		{Declared, "tools.example.com", "", "atlassian"},
		{Site, "jira-fans.atlassian.net", "", "atlassian"},
	}
	for _, tt := range tests {
		if got := ProductFor(tt.class, tt.host, tt.path); got != tt.want {
			t.Errorf("ProductFor(%v, %q, %q) = %q, want %q", tt.class, tt.host, tt.path, got, tt.want)
		}
	}
}
