package uamanycallers // want package:"identity jira-uamanycallers-int"

// uamanycallers sends every request through one helper, which
// Get, Post, Put and Delete call, which a dozen endpoints call: the
// base URL comes from configuration, and only the endpoints say that
// the requests go to Atlassian. The send is reported once, in the
// helper, by a caller's URL.

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct {
	site string
	hc   *http.Client
}

func New(site string) *Client { return &Client{site: site, hc: &http.Client{}} }

func (c *Client) Request(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.site+path, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req) // want `request to the Atlassian REST path /rest/api/3/myself is sent with Go's default User-Agent; set one such as "jira-uamanycallers-int/1.0.0"`
}

func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) {
	return c.Request(ctx, http.MethodGet, path)
}

func (c *Client) Post(ctx context.Context, path string) (*http.Response, error) {
	return c.Request(ctx, http.MethodPost, path)
}

func (c *Client) Put(ctx context.Context, path string) (*http.Response, error) {
	return c.Request(ctx, http.MethodPut, path)
}

func (c *Client) Delete(ctx context.Context, path string) (*http.Response, error) {
	return c.Request(ctx, http.MethodDelete, path)
}

func (c *Client) Myself(ctx context.Context) { c.Get(ctx, "/rest/api/3/myself") }

func (c *Client) Issue(ctx context.Context, key string) {
	c.Get(ctx, "/rest/api/3/issue/"+url.PathEscape(key))
}

func (c *Client) CreateIssue(ctx context.Context) { c.Post(ctx, "/rest/api/3/issue") }

func (c *Client) EditIssue(ctx context.Context, key string) {
	c.Put(ctx, "/rest/api/3/issue/"+url.PathEscape(key))
}

func (c *Client) DeleteIssue(ctx context.Context, key string) {
	c.Delete(ctx, "/rest/api/3/issue/"+url.PathEscape(key))
}

func (c *Client) Comment(ctx context.Context, key string) {
	c.Post(ctx, "/rest/api/3/issue/"+url.PathEscape(key)+"/comment")
}

func (c *Client) Search(ctx context.Context, jql string) {
	c.Get(ctx, "/rest/api/3/search/jql?jql="+url.QueryEscape(jql))
}

func (c *Client) Boards(ctx context.Context) { c.Get(ctx, "/rest/agile/1.0/board") }

func (c *Client) Page(ctx context.Context, id string) {
	c.Get(ctx, "/wiki/api/v2/pages/"+url.PathEscape(id))
}

func (c *Client) Spaces(ctx context.Context) { c.Get(ctx, "/wiki/api/v2/spaces") }
