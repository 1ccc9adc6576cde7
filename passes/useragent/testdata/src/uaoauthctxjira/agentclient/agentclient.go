// Package agentclient returns the client every part of the app uses:
// its transport sets the User-Agent.
package agentclient

import "net/http"

type agentTransport struct{ base http.RoundTripper }

func (t agentTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("User-Agent", "jira-acme-int/1.0.0")
	return t.base.RoundTrip(req)
}

func New() *http.Client {
	return &http.Client{Transport: agentTransport{http.DefaultTransport}}
}
