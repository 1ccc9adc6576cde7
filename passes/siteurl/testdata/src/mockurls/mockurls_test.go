package mockurls

import (
	"net/http"
	"testing"

	"github.com/jarcoal/httpmock"

	"mockurls/fakes"
)

func TestRefusesHTTP(t *testing.T) {
	httpmock.RegisterResponder("GET", "http://acme.atlassian.net/rest/api/3/serverInfo", refuse)
	fakes.Register("GET", "http://acme.atlassian.net/rest/api/3/serverInfo", refuse)
	http.Get("http://acme.atlassian.net/rest/api/3/serverInfo") // want `http:// URL to Atlassian Cloud host acme.atlassian.net`
}
