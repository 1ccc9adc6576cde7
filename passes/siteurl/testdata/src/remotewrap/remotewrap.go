// Package remotewrap sends an OAuth bearer token from an unexported
// helper that its exported Get and Post wrappers call with their
// callers' paths; the base URL is its constructor's argument.
package remotewrap

import (
	"context"
	"net/http"
)

type Client struct {
	baseURL string
	token   string
	hc      *http.Client
}

func New(baseURL, token string) *Client { // want New:"sets baseURL to \\{param 0\\}"
	return &Client{baseURL: baseURL, token: token, hc: &http.Client{}}
}

func (c *Client) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.hc.Do(req)
}

func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) { // want Get:"sends a bearer token to \\{param 0 \\.baseURL\\}\\{param 2\\}"
	return c.do(ctx, "GET", path)
}

func (c *Client) Post(ctx context.Context, path string) (*http.Response, error) { // want Post:"sends a bearer token to \\{param 0 \\.baseURL\\}\\{param 2\\}"
	return c.do(ctx, "POST", path)
}

// Myself's path is its own.
func (c *Client) Myself(ctx context.Context) (*http.Response, error) { // want Myself:"sends a bearer token to \\{param 0 \\.baseURL\\}/rest/api/3/myself"
	return c.Get(ctx, "/rest/api/3/myself")
}
