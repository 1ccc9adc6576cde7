package uadoeroption // want package:"identity jira-uadoeroption-int"

// uadoeroption is an SDK whose HTTPClient field defaults to
// http.DefaultClient and is replaced by a functional option: nothing in
// the package passes the option, so a send without a User-Agent of its
// own goes out with Go's default through the default client.

import (
	"context"
	"net/http"
)

type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

type Client struct {
	base string
	hc   HTTPClient
}

type Option func(*Client)

func WithHTTPClient(hc HTTPClient) Option { return func(c *Client) { c.hc = hc } }

func New(base string, opts ...Option) *Client {
	c := &Client{base: base, hc: http.DefaultClient}
	for _, opt := range opts {
		opt(c)
	}
	return c
}

func (c *Client) Attachment(ctx context.Context, id string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/rest/servicedeskapi/request/attachment/"+id, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req) // want `request to the Atlassian REST path /rest/servicedeskapi/request/attachment/ is sent with Go's default User-Agent`
}

// Near miss: the request names the integration itself.
func (c *Client) Request(ctx context.Context, id string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/rest/servicedeskapi/request/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-uadoeroption-int/1.0.0")
	return c.hc.Do(req)
}
