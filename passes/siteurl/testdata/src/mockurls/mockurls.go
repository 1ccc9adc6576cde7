// Package mockurls sets up fakes for the tests of other packages: the
// http:// URLs it registers with HTTP mocks are what the fakes answer
// for, which assert that nothing goes there; they are not traffic,
// though this file is not a test.
package mockurls

import (
	"net/http"

	"github.com/jarcoal/httpmock"
	"gopkg.in/h2non/gock.v1"

	"mockurls/fakes"
)

const legacy = "http://legacy.atlassian.net/rest/api/3/serverInfo" // want `http:// URL to Atlassian Cloud host legacy.atlassian.net`

func refuse(*http.Request) (*http.Response, error) { return nil, nil }

func Setup(m *httpmock.MockTransport, asked []string) {
	httpmock.RegisterResponder("GET", "http://acme.atlassian.net/rest/api/3/serverInfo", refuse)
	httpmock.RegisterResponderWithQuery("GET", "http://acme.atlassian.net/rest/api/3/search", "jql=x", refuse)
	m.RegisterResponder("GET", "http://acme.atlassian.net/rest/api/3/myself", refuse)
	gock.New("http://acme.atlassian.net").Get("/rest/api/3/myself").Reply(200)
	fakes.Register("GET", "http://acme.atlassian.net/rest/api/3/field", refuse)
	fakes.Seen("http://acme.atlassian.net/rest/api/3/field", asked)
	register("http://acme.atlassian.net/rest/api/3/status")

	// Near misses: reached, not only registered.
	http.Get("http://acme.atlassian.net/rest/api/3/project")  // want `http:// URL to Atlassian Cloud host acme.atlassian.net`
	fakes.Fetch("http://acme.atlassian.net/rest/api/3/issue") // want `http:// URL to Atlassian Cloud host acme.atlassian.net`
	httpmock.RegisterResponder("GET", legacy, refuse)
	http.Get(legacy)
}

// register keeps url as a key, as fakes.Register does.
var local = map[string]bool{}

func register(url string) { local["GET "+url] = true }
