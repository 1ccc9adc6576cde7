package viahelpers

import (
	"context"
	"net/http"
)

// Client keeps the site in a field and builds requests in a helper.
type Client struct {
	site  string
	token string
	http  *http.Client
}

func New(token string) *Client {
	return &Client{site: "https://acme.atlassian.net", token: token, http: &http.Client{}}
}

func (c *Client) newRequest(ctx context.Context, method, path string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.site+path, nil)
	if err != nil {
		return nil, err
	}
	c.authorize(req)
	return req, nil
}

func (c *Client) authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.token)
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Accept", "application/json")
	return c.http.Do(req)
}

func (c *Client) Search(ctx context.Context) (*http.Response, error) {
	req, err := c.newRequest(ctx, "GET", "/rest/api/3/search/jql")
	if err != nil {
		return nil, err
	}
	return c.do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/search/jql, with`
}
