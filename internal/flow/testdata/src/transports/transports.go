package transports

import "net/http"

const site = "https://acme.atlassian.net"

type uaTransport struct{ next http.RoundTripper }

func (t *uaTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("User-Agent", "jira-acme-int/1.0.0")
	return t.next.RoundTrip(req) // want `send: .*`
}

// retry wraps whatever transport it is given: the package gives it
// only uaTransport, whose header every request gets.
type retry struct{ next http.RoundTripper }

func (t *retry) RoundTrip(req *http.Request) (*http.Response, error) {
	return t.next.RoundTrip(req) // want `send: .*`
}

// RoundTripperFunc adapts a function, which atlvet cannot see into.
type RoundTripperFunc func(*http.Request) (*http.Response, error)

func (f RoundTripperFunc) RoundTrip(req *http.Request) (*http.Response, error) { return f(req) }

var (
	chained = &http.Client{Transport: &retry{next: &uaTransport{next: http.DefaultTransport}}}
	adapted = &http.Client{Transport: RoundTripperFunc(func(req *http.Request) (*http.Response, error) {
		req.Header.Set("User-Agent", "jira-acme-int/1.0.0")
		return http.DefaultTransport.RoundTrip(req) // want `send: .*`
	})}
)

func cases() {
	chained.Get(site + "/rest/api/3/myself") // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{User-Agent=\["jira-acme-int/1.0.0"\]\}`
	adapted.Get(site + "/rest/api/3/myself") // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{opaque\}`
}
