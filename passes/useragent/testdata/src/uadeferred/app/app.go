package main

import (
	"net/http"

	"uadeferred/sdk"
	"uadeferred/wrap"
)

// agent names the integration on every request it sends.
type agent struct{ next *http.Client }

func (a agent) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("User-Agent", "jira-uadeferred-int/1.0.0")
	return a.next.Do(req)
}

// transport does the same as a RoundTripper.
type transport struct{ next http.RoundTripper }

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("User-Agent", "jira-uadeferred-int/1.0.0")
	return t.next.RoundTrip(req)
}

func main() {
	sdk.New(&http.Client{}, "https://acme.atlassian.net")     // want `sdk.\(\*Client\).Queue sends its request to the Atlassian REST path /rest/servicedeskapi/servicedesk/ through the client given here, with Go's default User-Agent; give it a client whose transport sets one, such as "jira-uadeferred-int/1.0.0"`
	sdk.New(http.DefaultClient, "https://acme.atlassian.net") // want `sdk.\(\*Client\).Queue sends its request`
	sdk.New(agent{next: http.DefaultClient}, "https://acme.atlassian.net")
	sdk.New(&http.Client{Transport: &transport{next: http.DefaultTransport}}, "https://acme.atlassian.net")
	wrap.NewWrapped(&http.Client{}) // want `sdk.\(\*Client\).Queue sends its request to the Atlassian REST path /rest/servicedeskapi/servicedesk/ through the client given here`
	wrap.NewWrapped(agent{next: http.DefaultClient})
	sdk.NewFallback(agent{next: http.DefaultClient}, "https://acme.atlassian.net")
}
