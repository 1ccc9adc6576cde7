// Package wikirest is a Confluence Cloud client whose request helper,
// like jirarest's, sets headers from a map its callers pass. Here every
// caller's map holds the integration's User-Agent, and the template of
// the attachment requests does too.
package wikirest

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"

	"example.com/shapes/agent"
)

// Header is the extra headers a call sends.
type Header map[string]string

// Client talks to the Confluence of one site.
type Client struct {
	base   string // https://acme.atlassian.net/wiki
	email  string
	token  string
	hc     *http.Client
	header http.Header
}

// New returns a client for a site's Confluence.
func New(site, email, token string) *Client {
	return &Client{
		base:  "https://" + site + ".atlassian.net/wiki",
		email: email,
		token: token,
		hc:    &http.Client{},
		header: http.Header{
			"Accept":     {"application/json"},
			"User-Agent": {agent.UserAgent},
		},
	}
}

func (c *Client) headers() Header {
	return Header{"Accept": "application/json", "User-Agent": agent.UserAgent}
}

func (c *Client) do(ctx context.Context, method, endpoint string, body io.Reader, headers Header, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, endpoint, body)
	if err != nil {
		return err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	req.SetBasicAuth(c.email, c.token)
	// OK(useragent/default): every caller's header map holds the User-Agent.
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if out == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// Page fetches a page.
func (c *Client) Page(ctx context.Context, id string, out any) error {
	return c.do(ctx, "GET", c.base+"/api/v2/pages/"+url.PathEscape(id), nil, c.headers(), out)
}

// PageBody fetches a page with its storage-format body.
func (c *Client) PageBody(ctx context.Context, id string, out any) error {
	return c.do(ctx, "GET", c.base+"/api/v2/pages/"+url.PathEscape(id)+"?body-format=storage", nil, c.headers(), out)
}

// Children lists a page's children.
func (c *Client) Children(ctx context.Context, id string, out any) error {
	return c.do(ctx, "GET", c.base+"/api/v2/pages/"+url.PathEscape(id)+"/children", nil, c.headers(), out)
}

// Labels lists a page's labels.
func (c *Client) Labels(ctx context.Context, id string, out any) error {
	return c.do(ctx, "GET", c.base+"/api/v2/pages/"+url.PathEscape(id)+"/labels", nil, c.headers(), out)
}

// Versions lists a page's versions.
func (c *Client) Versions(ctx context.Context, id string, out any) error {
	return c.do(ctx, "GET", c.base+"/api/v2/pages/"+url.PathEscape(id)+"/versions", nil, c.headers(), out)
}

// Space fetches a space.
func (c *Client) Space(ctx context.Context, id string, out any) error {
	return c.do(ctx, "GET", c.base+"/api/v2/spaces/"+url.PathEscape(id), nil, c.headers(), out)
}

// SpacePages lists the pages of a space.
func (c *Client) SpacePages(ctx context.Context, id string, out any) error {
	return c.do(ctx, "GET", c.base+"/api/v2/spaces/"+url.PathEscape(id)+"/pages", nil, c.headers(), out)
}

// CreatePage creates a page.
func (c *Client) CreatePage(ctx context.Context, body string, out any) error {
	return c.do(ctx, "POST", c.base+"/api/v2/pages", strings.NewReader(body), c.headers(), out)
}

// UpdatePage updates a page.
func (c *Client) UpdatePage(ctx context.Context, id, body string, out any) error {
	return c.do(ctx, "PUT", c.base+"/api/v2/pages/"+url.PathEscape(id), strings.NewReader(body), c.headers(), out)
}

// DeletePage deletes a page.
func (c *Client) DeletePage(ctx context.Context, id string) error {
	return c.do(ctx, "DELETE", c.base+"/api/v2/pages/"+url.PathEscape(id), nil, c.headers(), nil)
}

// Search runs a CQL search through the v1 API.
func (c *Client) Search(ctx context.Context, cql string, out any) error {
	return c.do(ctx, "GET", c.base+"/rest/api/search?cql="+url.QueryEscape(cql), nil, c.headers(), out)
}

// Attachment downloads an attachment; its request copies the client's
// header template, which holds the User-Agent.
func (c *Client) Attachment(ctx context.Context, pageID, name string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/rest/api/content/"+url.PathEscape(pageID)+"/child/attachment?filename="+url.QueryEscape(name), nil)
	if err != nil {
		return nil, err
	}
	req.Header = c.header.Clone()
	req.SetBasicAuth(c.email, c.token)
	// OK(useragent/default): the template holds the User-Agent.
	return c.hc.Do(req)
}
