package ualinedirective

import "net/http"

// Reported as if it were in nocolumn.go, at lines that hold other
// code there.
func otherFile() error {
//line nocolumn.go:2
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/search", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	return err
}
