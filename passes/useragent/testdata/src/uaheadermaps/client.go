package uaheadermaps // want package:"identity jira-uaheadermaps-int"

// The request helpers set headers from maps their callers fill, or
// copy a template the constructor fills: a User-Agent comes from the
// map only if some caller (or the constructor) puts one in.

import (
	"context"
	"net/http"
)

type Header map[string]string

var jsonHeaders = Header{"Accept": "application/json", "Content-Type": "application/json"}

type Client struct {
	site string
	hc   *http.Client
}

func New(site string) *Client { return &Client{site: site, hc: &http.Client{}} }

// request: no caller puts a User-Agent into headers.
func (c *Client) request(ctx context.Context, method, endpoint string, headers Header) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, endpoint, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return c.hc.Do(req) // want `request to the Atlassian REST path /rest/api/3/issue is sent with Go's default User-Agent`
}

func (c *Client) Get(ctx context.Context, path string, h Header) {
	c.request(ctx, "GET", c.site+"/rest/api/3"+path, h)
}

func (c *Client) Issue(ctx context.Context) { c.Get(ctx, "/issue", jsonHeaders) }
func (c *Client) Field(ctx context.Context) { c.Get(ctx, "/field", nil) }

// agentHeaders holds the integration's User-Agent.
func agentHeaders() Header {
	return Header{"Accept": "application/json", "User-Agent": "jira-uaheadermaps-int/1.0.0"}
}

// identified: every caller's map holds the User-Agent.
func (c *Client) identified(ctx context.Context, endpoint string, headers Header) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", endpoint, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return c.hc.Do(req)
}

func (c *Client) Myself(ctx context.Context) {
	c.identified(ctx, c.site+"/rest/api/3/myself", agentHeaders())
}
func (c *Client) Project(ctx context.Context) {
	c.identified(ctx, c.site+"/rest/api/3/project", agentHeaders())
}

// Extra may be filled by the packages importing this one: whatever is
// in it is not known.
var Extra = Header{}

func (c *Client) extra(ctx context.Context, endpoint string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", endpoint, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range Extra {
		req.Header.Set(k, v)
	}
	return c.hc.Do(req)
}

func (c *Client) Status(ctx context.Context) { c.extra(ctx, c.site+"/rest/api/3/status") }
