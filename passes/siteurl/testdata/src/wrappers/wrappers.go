// Package wrappers uses one User-Agent wrapper around different
// transports: around a bearer transport for the gateway or a site, and
// around http.DefaultTransport with Basic auth. Each client sends what
// its own wrapped transport adds.
package wrappers

import (
	"net/http"
)

type userAgent struct{ base http.RoundTripper }

func (t *userAgent) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("User-Agent", "jira-wrappers-int/1.0.0")
	return t.base.RoundTrip(r)
}

type bearer struct {
	tok  string
	next http.RoundTripper
}

func (b *bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.tok)
	return b.next.RoundTrip(r)
}

type retry struct{ next http.RoundTripper }

func (t retry) RoundTrip(r *http.Request) (*http.Response, error) { return t.next.RoundTrip(r) } // want RoundTrip:"sends parameter 1 with a bearer token"

func Gateway(tok, cloudID string) error {
	c := &http.Client{Transport: &userAgent{base: &bearer{tok: tok, next: http.DefaultTransport}}}
	_, err := c.Get("https://api.atlassian.com/ex/jira/" + cloudID + "/rest/api/3/myself")
	return err
}

func BearerSite(tok string) error {
	c := &http.Client{Transport: &userAgent{base: &bearer{tok: tok, next: http.DefaultTransport}}}
	_, err := c.Get("https://acme.atlassian.net/rest/api/3/myself") // want `OAuth 2.0 bearer token sent to the Atlassian site acme\.atlassian\.net`
	return err
}

// Basic auth to the site through the same wrapper, around another
// transport: no bearer token.
func BasicSite(email, apiToken string) error {
	c := &http.Client{Transport: &userAgent{base: http.DefaultTransport}}
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(email, apiToken)
	_, err = c.Do(req)
	return err
}

func RetrySite(email, apiToken string) error {
	c := &http.Client{Transport: retry{next: &userAgent{base: http.DefaultTransport}}}
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(email, apiToken)
	_, err = c.Do(req)
	return err
}

func RetryBearer(tok string) error {
	c := &http.Client{Transport: retry{next: &bearer{tok: tok, next: http.DefaultTransport}}}
	_, err := c.Get("https://acme.atlassian.net/rest/api/3/project") // want `OAuth 2.0 bearer token sent to the Atlassian site`
	return err
}
