// Package jira is TeamSync's client for the Jira Cloud REST API. Every
// endpoint goes through one request helper, call, which authenticates
// with an API token and decodes the JSON answer.
package jira

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"example.com/integrations/internal/identity"
)

// Doer sends requests; *http.Client is one, and so is the fake the
// tests use.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

// Client talks to one Jira site with an email address and an API
// token.
type Client struct {
	base   string // https://acme.atlassian.net, from the configuration
	email  string
	token  string
	origin string // atlOrigin value for links we put in chat messages
	hc     Doer

	// defaults are the headers every webhook registration carries.
	defaults http.Header
}

// ErrInsecureSite is returned for a site that is not served over
// https.
var ErrInsecureSite = errors.New("jira: the site URL must use https")

// New returns a client for the site at base. hc may be nil.
func New(base, email, token, origin string, hc Doer) (*Client, error) {
	if !strings.HasPrefix(base, "https://") {
		return nil, ErrInsecureSite
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	defaults := http.Header{}
	defaults.Set("Accept", "application/json")
	// OK(useragent/convention): the integration's one identity.
	defaults.Set("User-Agent", identity.UserAgentFor("webhooks"))
	return &Client{
		base:     strings.TrimSuffix(base, "/"),
		email:    email,
		token:    token,
		origin:   origin,
		hc:       hc,
		defaults: defaults,
	}, nil
}

// APIError is a non-2xx answer.
type APIError struct {
	Status   int
	Messages []string `json:"errorMessages"`
}

func (e *APIError) Error() string {
	return fmt.Sprintf("jira: %d %s", e.Status, strings.Join(e.Messages, "; "))
}

// jsonHeaders are the extra headers of a request with a JSON body.
func jsonHeaders() http.Header {
	return http.Header{"Content-Type": {"application/json"}}
}

// call sends method path (relative to /rest/api/3) with query and the
// JSON encoding of in, and decodes the answer into out. hdr adds
// headers for the endpoints that need some.
func (c *Client) call(ctx context.Context, method, path string, query url.Values, in, out any, hdr http.Header) error {
	u := c.base + "/rest/api/3" + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.email, c.token)
	req.Header.Set("Accept", "application/json")
	for k, vs := range hdr {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	// MISTAKE(useragent/default): none of the dozen callers puts a User-Agent into hdr, and hc is a plain *http.Client.
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		apiErr := &APIError{Status: res.StatusCode}
		_ = json.NewDecoder(res.Body).Decode(apiErr)
		return apiErr
	}
	if out == nil || res.StatusCode == http.StatusNoContent {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}
