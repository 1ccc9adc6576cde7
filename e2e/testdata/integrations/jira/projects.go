package jira

import (
	"context"
	"net/http"
	"net/url"
)

// Project is a Jira project.
type Project struct {
	ID   string `json:"id"`
	Key  string `json:"key"`
	Name string `json:"name"`
}

// Projects lists the projects the account can see.
func (c *Client) Projects(ctx context.Context) ([]Project, error) {
	var out struct {
		Values []Project `json:"values"`
	}
	q := url.Values{"maxResults": {"50"}, "orderBy": {"key"}}
	err := c.call(ctx, http.MethodGet, "/project/search", q, nil, &out, nil)
	return out.Values, err
}

// Myself returns the account the token belongs to.
func (c *Client) Myself(ctx context.Context) (accountID string, err error) {
	var out struct {
		AccountID string `json:"accountId"`
	}
	hdr := http.Header{"X-Force-Accept-Language": {"true"}, "Accept-Language": {"en"}}
	err = c.call(ctx, http.MethodGet, "/myself", nil, nil, &out, hdr)
	return out.AccountID, err
}

// Field is a custom or system field.
type Field struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Custom bool   `json:"custom"`
}

// Fields lists every field of the site.
func (c *Client) Fields(ctx context.Context) ([]Field, error) {
	var out []Field
	err := c.call(ctx, http.MethodGet, "/field", nil, nil, &out, nil)
	return out, err
}

// Statuses lists the statuses of a project.
func (c *Client) Statuses(ctx context.Context, projectKey string) ([]map[string]any, error) {
	var out []map[string]any
	err := c.call(ctx, http.MethodGet, "/project/"+url.PathEscape(projectKey)+"/statuses", nil, nil, &out, nil)
	return out, err
}

// Versions lists the versions of a project.
func (c *Client) Versions(ctx context.Context, projectKey string) ([]map[string]any, error) {
	var out []map[string]any
	err := c.call(ctx, http.MethodGet, "/project/"+url.PathEscape(projectKey)+"/versions", nil, nil, &out, nil)
	return out, err
}

// Get reads an endpoint under /rest/api/3 that the client has no
// method for.
func (c *Client) Get(ctx context.Context, path string, query url.Values, out any) error {
	return c.call(ctx, http.MethodGet, path, query, nil, out, nil)
}

// Link is a link into the issue view with the caller's query
// parameters.
func (c *Client) Link(key string, query url.Values) string {
	return c.base + "/browse/" + url.PathEscape(key) + "?" + query.Encode()
}
