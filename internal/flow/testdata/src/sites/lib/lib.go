// Package lib has the send helpers of a client library: what they do
// with the request they are given reaches importers as facts.
package lib

import "net/http"

type uaTransport struct{}

func (uaTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("User-Agent", "jira-acme-int/1.0.0")
	return http.DefaultTransport.RoundTrip(req) // the caller's request: no site here
}

var identified = &http.Client{Transport: uaTransport{}}

// Send sends through a plain client.
func Send(req *http.Request) (*http.Response, error) {
	req.Header.Set("Accept", "application/json")
	return http.DefaultClient.Do(req)
}

// SendIdentified sends through a client that sets the User-Agent.
func SendIdentified(req *http.Request) (*http.Response, error) {
	return identified.Do(req)
}
