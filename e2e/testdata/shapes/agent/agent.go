// Package agent identifies the integration on every request it sends.
package agent

import "net/http"

// UserAgent is the integration's one identity, as Atlassian asks:
// {product}-{source}-int/{version}.
const UserAgent = "jira-shapes-int/1.4.0"

// Transport sets the User-Agent on every request, then hands it to
// Next (http.DefaultTransport when nil).
type Transport struct {
	Next http.RoundTripper
}

// RoundTrip implements http.RoundTripper. It decorates a copy, as a
// RoundTripper must not change the request it is given.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	out := req.Clone(req.Context())
	out.Header.Set("User-Agent", UserAgent)
	next := t.Next
	if next == nil {
		next = http.DefaultTransport
	}
	return next.RoundTrip(out)
}

// Client returns a client whose requests carry the User-Agent.
func Client() *http.Client {
	return &http.Client{Transport: &Transport{}}
}
