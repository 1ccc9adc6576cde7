package linedirective

import (
	"net/http"
	"net/url"
)

// Reported as if it were in nocolumn.go, at lines that hold other code
// there.
func project() (*http.Response, error) {
	q := url.Values{}
//line nocolumn.go:2
	q.Set("expand", "lead")
	q.Set("atlOrigin", "abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/project/KEY\)`
	return http.Get("https://acme.atlassian.net/rest/api/3/project/KEY?" + q.Encode())
}
