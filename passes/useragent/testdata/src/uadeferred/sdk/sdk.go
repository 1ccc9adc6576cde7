// Package sdk keeps its HTTP client behind an interface and has no
// default: what decorates its requests is what the packages importing
// it pass to New, judged there.
package sdk

import (
	"context"
	"net/http"
	"net/url"
)

type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

type Client struct {
	hc   HTTPClient
	site string
}

func New(hc HTTPClient, site string) *Client { return &Client{hc: hc, site: site} }

func (c *Client) Queue(ctx context.Context, desk string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.site+"/rest/servicedeskapi/servicedesk/"+url.PathEscape(desk)+"/queue", nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// Fallback's constructor falls back to http.DefaultClient on nil: that
// client is in view, and sends Go's default User-Agent.
type Fallback struct {
	hc   HTTPClient
	site string
}

func NewFallback(hc HTTPClient, site string) *Fallback {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Fallback{hc: hc, site: site}
}

func (f *Fallback) Myself(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", f.site+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	return f.hc.Do(req) // want `request to the Atlassian REST path /rest/api/3/myself is sent with Go's default User-Agent`
}
