package ualibtestfile

import (
	"net/http"
	"net/http/httptest"
	"testing"

	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/go-resty/resty/v2"
)

// Against the live site, a test's requests are requests.
func TestLive(t *testing.T) {
	c := resty.New().SetBaseURL(Site) // want `resty client sends its requests to acme.atlassian.net with resty's own User-Agent`
	if _, err := c.R().Get("/rest/api/3/myself"); err != nil {
		t.Skip(err)
	}
}

// Near misses: clients of a fake serving Atlassian's REST paths.

func TestFakeResty(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	c := resty.New().SetBaseURL(srv.URL)
	c.R().Get("/rest/api/3/myself")
}

func TestFakeGoAtlassian(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	client, err := v3.New(srv.Client(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	client.MySelf.Details(t.Context(), nil)
}
