package uawrappers // want package:"identity jira-uawrappers-int"

// One retrying transport, wrapped around a User-Agent transport in one
// client and around http.DefaultTransport in another: each client
// sends what its own wrapped transport sets.

import "net/http"

type userAgent struct{ base http.RoundTripper }

func (t *userAgent) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("User-Agent", "jira-uawrappers-int/1.0.0")
	return t.base.RoundTrip(r)
}

type retry struct{ next http.RoundTripper }

func (t retry) RoundTrip(r *http.Request) (*http.Response, error) { return t.next.RoundTrip(r) }

func Good() error {
	c := &http.Client{Transport: retry{next: &userAgent{base: http.DefaultTransport}}}
	_, err := c.Get("https://acme.atlassian.net/rest/api/3/project")
	return err
}

func Bad() error {
	c := &http.Client{Transport: retry{next: http.DefaultTransport}}
	_, err := c.Get("https://acme.atlassian.net/rest/api/3/project") // want `request to acme\.atlassian\.net is sent with Go's default User-Agent`
	return err
}
