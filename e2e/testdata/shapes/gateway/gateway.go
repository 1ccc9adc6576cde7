// Package gateway calls Jira with OAuth 2.0 (3LO) access tokens, which
// only the API gateway (https://api.atlassian.com/ex/jira/{cloudid})
// accepts. One helper sends every call with the bearer token; the
// caller that builds a site URL is the one that is wrong, and judging
// the helper by what all its callers share (https://) loses it.
package gateway

import (
	"context"
	"net/http"
	"net/url"

	"example.com/shapes/agent"
)

// Client calls one Jira site through the gateway.
type Client struct {
	cloudID string
	site    string // acme, for acme.atlassian.net
	token   string
	hc      *http.Client
}

// New returns a client for a site, known by its cloud ID and name.
func New(cloudID, site, token string) *Client {
	return &Client{cloudID: cloudID, site: site, token: token, hc: agent.Client()}
}

func (c *Client) api() string {
	return "https://api.atlassian.com/ex/jira/" + c.cloudID + "/rest/api/3"
}

func (c *Client) call(ctx context.Context, method, endpoint string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, endpoint, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	// MISTAKE(siteurl/bearer-to-site): ServerInfo's URL is the site's; the others go through the gateway.
	return c.hc.Do(req)
}

func (c *Client) Myself(ctx context.Context) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/myself")
}

func (c *Client) Issue(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/issue/"+url.PathEscape(key))
}

func (c *Client) Comments(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/issue/"+url.PathEscape(key)+"/comment")
}

func (c *Client) Changelog(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/issue/"+url.PathEscape(key)+"/changelog")
}

func (c *Client) Watchers(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/issue/"+url.PathEscape(key)+"/watchers")
}

func (c *Client) Votes(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/issue/"+url.PathEscape(key)+"/votes")
}

func (c *Client) Project(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/project/"+url.PathEscape(key))
}

func (c *Client) Fields(ctx context.Context) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/field")
}

func (c *Client) Priorities(ctx context.Context) (*http.Response, error) {
	return c.call(ctx, "GET", c.api()+"/priority")
}

// ServerInfo asks the site itself: with a bearer token it is refused.
func (c *Client) ServerInfo(ctx context.Context) (*http.Response, error) {
	return c.call(ctx, "GET", "https://"+c.site+".atlassian.net/rest/api/3/serverInfo")
}
