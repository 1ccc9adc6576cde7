package api

import (
	"context"
	"net/url"
)

// Page fetches a Confluence page.
func (c *Client) Page(ctx context.Context, id string, out any) error {
	res, err := c.Get(ctx, "/wiki/api/v2/pages/"+url.PathEscape(id))
	return into(res, err, out)
}

// CreatePage creates a Confluence page.
func (c *Client) CreatePage(ctx context.Context, page, out any) error {
	res, err := c.Post(ctx, "/wiki/api/v2/pages", page)
	return into(res, err, out)
}

// UpdatePage updates a Confluence page.
func (c *Client) UpdatePage(ctx context.Context, id string, page any) error {
	res, err := c.Put(ctx, "/wiki/api/v2/pages/"+url.PathEscape(id), page)
	return into(res, err, nil)
}

// DeletePage deletes a Confluence page.
func (c *Client) DeletePage(ctx context.Context, id string) error {
	res, err := c.Delete(ctx, "/wiki/api/v2/pages/"+url.PathEscape(id))
	return into(res, err, nil)
}

// CQL runs a Confluence search.
func (c *Client) CQL(ctx context.Context, cql string, out any) error {
	res, err := c.Get(ctx, "/wiki/rest/api/search?cql="+url.QueryEscape(cql))
	return into(res, err, out)
}
