package atlassian

import (
	"strings"
	"testing"
)

func TestGatewayAdvice(t *testing.T) {
	const resources = ", with the cloud ID from https://api.atlassian.com/oauth/token/accessible-resources"
	tests := []struct {
		host, path string
		complete   bool
		want       string
	}{
		// REST paths: the gateway form.
		{"acme.atlassian.net", "/rest/api/3/issue", true, "send 3LO requests through the API gateway: https://api.atlassian.com/ex/jira/{cloudid}/rest/api/3/issue" + resources},
		{"acme.atlassian.net", "/wiki/api/v2/", false, "send 3LO requests through the API gateway: https://api.atlassian.com/ex/confluence/{cloudid}/wiki/api/v2/…" + resources},
		{"agency.atlassian-us-gov-mod.net", "/rest/api/3/project", true, "send 3LO requests through the API gateway: https://api.atlassian-us-gov-mod.com/ex/jira/{cloudid}/rest/api/3/project, with the cloud ID from https://api.atlassian-us-gov-mod.com/oauth/token/accessible-resources"},
		// Nothing known of the path: both products.
		{"acme.atlassian.net", "", false, "send 3LO requests through the API gateway: https://api.atlassian.com/ex/jira/{cloudid}/... (or /ex/confluence/{cloudid}/...)" + resources},
		// The site's own gateway endpoints.
		{"acme.atlassian.net", "/gateway/api/graphql", true, "the site's GraphQL endpoint takes browser sessions; send 3LO requests to the GraphQL API on the API gateway: https://api.atlassian.com/graphql"},
		{"acme.atlassian.net", "/gateway/api/graphql?q=1", true, "the site's GraphQL endpoint takes browser sessions; send 3LO requests to the GraphQL API on the API gateway: https://api.atlassian.com/graphql"},
		{"acme.atlassian.net", "/gateway/api/public/teams/", false, "the site's /gateway/api/ endpoints take browser sessions; send 3LO requests to the same API on the API gateway, https://api.atlassian.com/..."},
		{"acme.atlassian.net", "/me", true, "/me is an endpoint of the API gateway: https://api.atlassian.com/me"},
		{"acme.atlassian.net", "/oauth/token/accessible-resources", true, "/oauth/token/accessible-resources is an endpoint of the API gateway: https://api.atlassian.com/oauth/token/accessible-resources"},
		// UI pages: not an API.
		{"acme.atlassian.net", "/browse/TIS-1", true, "/browse/TIS-1 is a page of the product UI, not an API: read it through the REST API on the API gateway, https://api.atlassian.com/ex/jira/{cloudid}/rest/api/3/..." + resources + ", or send no bearer token to a browser page"},
		{"acme.atlassian.net", "/browse/", false, "/browse/… is a page of the product UI, not an API: read it through the REST API on the API gateway, https://api.atlassian.com/ex/jira/{cloudid}/rest/api/3/..." + resources + ", or send no bearer token to a browser page"},
		{"acme.atlassian.net", "/wiki/spaces/TIS", true, "/wiki/spaces/TIS is a page of the product UI, not an API: read it through the REST API on the API gateway, https://api.atlassian.com/ex/confluence/{cloudid}/wiki/api/v2/..." + resources + ", or send no bearer token to a browser page"},
	}
	for _, tt := range tests {
		if got := GatewayAdvice(tt.host, tt.path, tt.complete); got != tt.want {
			t.Errorf("GatewayAdvice(%q, %q, %v)\n got %q\nwant %q", tt.host, tt.path, tt.complete, got, tt.want)
		}
	}
}

// TestGatewayAdviceEchoesSafely checks that text from the path is
// redacted and cut like every echoed value.
func TestGatewayAdviceEchoesSafely(t *testing.T) {
	long := "/browse/" + strings.Repeat("K", 500)
	if got := GatewayAdvice("acme.atlassian.net", long, true); strings.Contains(got, strings.Repeat("K", 200)) {
		t.Errorf("GatewayAdvice echoes %d characters of the path", len(got))
	}
	token := "/rest/api/3/myself?token=ATATT3xFfGF0" + strings.Repeat("a", 171) + "=0123ABCD"
	if got := GatewayAdvice("acme.atlassian.net", token, true); strings.Contains(got, strings.Repeat("a", 50)) {
		t.Errorf("GatewayAdvice echoes a token: %s", got)
	}
}

func TestGatewayBase(t *testing.T) {
	tests := []struct{ site, product, want string }{
		{"acme.atlassian.net", "jira", "https://api.atlassian.com/ex/jira/{cloudid}/"},
		{"acme.atlassian.net", "confluence", "https://api.atlassian.com/ex/confluence/{cloudid}/"},
		{"acme.atlassian.net", "bitbucket", "https://api.atlassian.com/ex/jira/{cloudid}/"},
		{"acme.atlassian.net", "", "https://api.atlassian.com/ex/jira/{cloudid}/"},
		{"acme.atlassian-us-gov-mod.net", "jira", "https://" + GatewayHost("acme.atlassian-us-gov-mod.net") + "/ex/jira/{cloudid}/"},
	}
	for _, tt := range tests {
		if got := GatewayBase(tt.site, tt.product); got != tt.want {
			t.Errorf("GatewayBase(%q, %q) = %q, want %q", tt.site, tt.product, got, tt.want)
		}
	}
}
