// Package siteclient calls a Jira site and refuses plain-HTTP base
// URLs. Its test registers an http:// URL with an HTTP mock only to
// check that nothing is sent there.
package siteclient

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"example.com/shapes/agent"
)

// ErrInsecure is returned for a base URL that is not https.
var ErrInsecure = errors.New("siteclient: the site URL must use https")

// Client calls one site.
type Client struct {
	base string
	hc   *http.Client
}

// New returns a client for base, which must be an https URL.
func New(base string, hc *http.Client) (*Client, error) {
	if !strings.HasPrefix(base, "https://") {
		return nil, ErrInsecure
	}
	if hc == nil {
		hc = agent.Client()
	}
	return &Client{base: strings.TrimSuffix(base, "/"), hc: hc}, nil
}

// ServerInfo fetches the site's server information.
func (c *Client) ServerInfo(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/rest/api/3/serverInfo", nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// Legacy fetches the server information of the old site over plain
// HTTP.
func Legacy(ctx context.Context) (*http.Response, error) {
	// MISTAKE(siteurl/insecure-scheme): a request really sent over http.
	u, _ := url.Parse("http://acme-legacy.atlassian.net/rest/api/3/serverInfo")
	req, err := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	if err != nil {
		return nil, err
	}
	return agent.Client().Do(req)
}
