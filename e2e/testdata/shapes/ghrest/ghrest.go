// Package ghrest mirrors jirarest for GitHub, which the integration
// also talks to: the same central helper with many callers, but no
// request goes to Atlassian, so Go's default User-Agent is not
// Atlassian's concern.
package ghrest

import (
	"context"
	"net/http"
	"net/url"
)

// Header is the extra headers a call sends.
type Header map[string]string

// Client talks to the GitHub REST API.
type Client struct {
	token string
	hc    *http.Client
}

// New returns a client that authenticates with token.
func New(token string) *Client { return &Client{token: token, hc: &http.Client{}} }

func (c *Client) request(ctx context.Context, method, endpoint string, headers Header) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, endpoint, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	// OK(useragent/default): every caller's URL is GitHub's.
	return c.hc.Do(req)
}

const api = "https://api.github.com"

var accept = Header{"Accept": "application/vnd.github+json"}

func (c *Client) Repo(ctx context.Context, owner, repo string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/repos/"+owner+"/"+repo, accept)
}

func (c *Client) Pulls(ctx context.Context, owner, repo string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/repos/"+owner+"/"+repo+"/pulls", accept)
}

func (c *Client) Pull(ctx context.Context, owner, repo, n string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/repos/"+owner+"/"+repo+"/pulls/"+n, accept)
}

func (c *Client) Issues(ctx context.Context, owner, repo string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/repos/"+owner+"/"+repo+"/issues", accept)
}

func (c *Client) Commits(ctx context.Context, owner, repo string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/repos/"+owner+"/"+repo+"/commits", accept)
}

func (c *Client) Branches(ctx context.Context, owner, repo string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/repos/"+owner+"/"+repo+"/branches", accept)
}

func (c *Client) Releases(ctx context.Context, owner, repo string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/repos/"+owner+"/"+repo+"/releases", accept)
}

func (c *Client) Tags(ctx context.Context, owner, repo string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/repos/"+owner+"/"+repo+"/tags", accept)
}

func (c *Client) User(ctx context.Context) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/user", accept)
}

func (c *Client) Search(ctx context.Context, q string) (*http.Response, error) {
	return c.request(ctx, "GET", api+"/search/issues?q="+url.QueryEscape(q), accept)
}

func (c *Client) Close(ctx context.Context, owner, repo, n string) (*http.Response, error) {
	return c.request(ctx, "PATCH", api+"/repos/"+owner+"/"+repo+"/issues/"+n, accept)
}

func (c *Client) Unlabel(ctx context.Context, owner, repo, n, label string) (*http.Response, error) {
	return c.request(ctx, "DELETE", api+"/repos/"+owner+"/"+repo+"/issues/"+n+"/labels/"+label, accept)
}
