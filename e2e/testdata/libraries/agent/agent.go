// Package agent identifies the integration on every request it sends,
// as Atlassian asks: {atlassian product}-{source product}-int/{version}.
package agent

import "net/http"

// UserAgent is the one identity of the integration.
const UserAgent = "jira-libint-int/1.0.0"

// Transport sets the User-Agent on every request and passes it on.
type Transport struct {
	// Base sends the request; http.DefaultTransport when nil.
	Base http.RoundTripper
}

func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("User-Agent", UserAgent)
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	return base.RoundTrip(r)
}

// Client returns an HTTP client that identifies the integration.
func Client() *http.Client {
	return &http.Client{Transport: &Transport{}}
}
