package uatestfile

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestLive(t *testing.T) {
	_, err := http.Get(Site + "/rest/api/3/myself") // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	if err != nil {
		t.Skip(err)
	}
}

func TestFake(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	http.Get(srv.URL + "/status")
}

// A fake serving Atlassian's REST paths, as client libraries test
// against: on the loopback interface, no Atlassian request.
func TestFakeREST(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	http.Get(srv.URL + "/rest/api/3/myself")
	req, _ := http.NewRequest("GET", srv.URL+"/rest/api/3/issue/KEY-1", nil)
	srv.Client().Do(req)
	http.Get("http://127.0.0.1:8080/rest/api/3/myself")
	http.Get("http://localhost:2990/jira/rest/api/2/myself")
}
