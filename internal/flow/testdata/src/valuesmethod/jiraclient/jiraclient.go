// Package jiraclient is a REST client whose methods put the queries
// their callers fill on URLs they send themselves, behind one request
// helper; the site comes from the configuration.
package jiraclient

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct {
	base string
	hc   *http.Client
}

func New(base string) *Client { return &Client{base: base, hc: &http.Client{}} }

// NewCloud reaches the site through the API gateway.
func NewCloud(cloudID string) *Client {
	return &Client{base: "https://api.atlassian.com/ex/jira/" + cloudID, hc: &http.Client{}}
}

// do sends method path, relative to /rest/api/3, with query.
func (c *Client) do(ctx context.Context, method, path string, query url.Values) error {
	u := c.base + "/rest/api/3" + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, nil)
	if err != nil {
		return err
	}
	res, err := c.hc.Do(req) // want `send: urls=\["…/rest/api/3…" "…/rest/api/3/issue/…" "https://api\.atlassian\.com/ex/jira/…/rest/api/3…" "https://api\.atlassian\.com/ex/jira/…/rest/api/3/issue/…" "…/rest/api/3…\?…" "…/rest/api/3/issue/…\?…&deleteSubtasks=true" "https://api\.atlassian\.com/ex/jira/…/rest/api/3…\?…" "https://api\.atlassian\.com/ex/jira/…/rest/api/3/issue/…\?…&deleteSubtasks=true"\]; clients \{\} \{\}`
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Get sends the caller's query through the helper.
func (c *Client) Get(ctx context.Context, path string, query url.Values) error { // want `param urls: query \["…/rest/api/3…" "https://api\.atlassian\.com/ex/jira/…/rest/api/3…" "…/rest/api/3…\?…" "https://api\.atlassian\.com/ex/jira/…/rest/api/3…\?…"\]`
	return c.do(ctx, http.MethodGet, path, query)
}

// Delete adds a parameter of its own.
func (c *Client) Delete(ctx context.Context, key string, query url.Values) error { // want `param urls: query \["…/rest/api/3/issue/…" "https://api\.atlassian\.com/ex/jira/…/rest/api/3/issue/…" "…/rest/api/3/issue/…\?…&deleteSubtasks=true" "https://api\.atlassian\.com/ex/jira/…/rest/api/3/issue/…\?…&deleteSubtasks=true"\]`
	query.Set("deleteSubtasks", "true")
	return c.do(ctx, http.MethodDelete, "/issue/"+key, query)
}

// Near misses: a link returned (its Results say where it goes), and a
// query only read.

// Link is a link into the issue view.
func (c *Client) Link(key string, query url.Values) string {
	return c.base + "/browse/" + key + "?" + query.Encode()
}

// Has reads the query and puts it on no URL.
func Has(query url.Values) bool { return query.Get("jql") != "" }
