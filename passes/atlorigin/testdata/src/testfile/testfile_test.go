package testfile

import (
	"net/http"
	"testing"
)

func TestMyself(t *testing.T) {
	resp, err := http.Get(Site + "/rest/api/3/myself?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`
	if err != nil {
		t.Skip(err)
	}
	resp.Body.Close()
}

func TestLink(t *testing.T) {
	if got := Site + "/browse/TIS-1?atlOrigin=abc123"; got == "" {
		t.Fatal("empty")
	}
}
