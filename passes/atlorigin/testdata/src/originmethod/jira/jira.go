// Package jira is a REST client whose methods send the queries their
// callers fill, through one request helper, on the site's base URL
// kept in the client.
package jira

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

type Client struct {
	base string // from the configuration
	hc   *http.Client
}

func New(base string, hc *http.Client) *Client { return &Client{base: base, hc: hc} }

// call sends method path, relative to /rest/api/3, with query, and
// decodes the answer into out.
func (c *Client) call(ctx context.Context, method, path string, query url.Values, out any) error {
	u := c.base + "/rest/api/3" + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, nil)
	if err != nil {
		return err
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(out)
}

// Get reads an endpoint the client has no method for.
func (c *Client) Get(ctx context.Context, path string, query url.Values, out any) error {
	return c.call(ctx, http.MethodGet, path, query, out)
}

// Link is a link into the issue view with the caller's parameters.
func (c *Client) Link(key string, query url.Values) string {
	return c.base + "/browse/" + url.PathEscape(key) + "?" + query.Encode()
}

// Open sends a request for the issue view: a page of the UI, not of
// the REST API.
func (c *Client) Open(ctx context.Context, key string, query url.Values) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/browse/"+url.PathEscape(key)+"?"+query.Encode(), nil)
	if err != nil {
		return err
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Remember keeps the query to itself.
func (c *Client) Remember(query url.Values) bool { return query.Has("jql") }
