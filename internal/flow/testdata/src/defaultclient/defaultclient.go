// Package defaultclient replaces the default client's transport: what
// the default client and http.Get send is then not known.
package defaultclient

import "net/http"

type uaTransport struct{}

func (uaTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req.Header.Set("User-Agent", "jira-acme-int/1.0.0")
	return http.DefaultTransport.RoundTrip(req) // want `send: urls=\[\] User-Agent=\["jira-acme-int/1.0.0"\] opaque; clients \{opaque\}`
}

func init() {
	http.DefaultClient.Transport = uaTransport{}
}

func cases() {
	http.Get("https://acme.atlassian.net/rest/api/3/myself") // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{opaque\}`
}
