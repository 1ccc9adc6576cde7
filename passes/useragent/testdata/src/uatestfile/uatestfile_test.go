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
