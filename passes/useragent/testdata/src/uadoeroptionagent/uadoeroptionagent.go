package uadoeroptionagent // want package:"identity jira-uadoeroptionagent-int"

// uadoeroptionagent is the near miss of uadoeroption: the
// default its option replaces is a doer of its own that names the
// integration on every request.

import (
	"context"
	"net/http"
)

type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

type agentDoer struct{ next *http.Client }

func (d agentDoer) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("User-Agent", "jira-uadoeroptionagent-int/1.0.0")
	return d.next.Do(req)
}

type Client struct {
	base string
	hc   HTTPClient
}

type Option func(*Client)

func WithHTTPClient(hc HTTPClient) Option { return func(c *Client) { c.hc = hc } }

func New(base string, opts ...Option) *Client {
	c := &Client{base: base, hc: agentDoer{http.DefaultClient}}
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
	return c.hc.Do(req)
}
