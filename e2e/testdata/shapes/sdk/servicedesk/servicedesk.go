// Package servicedesk is a Jira Service Management client that takes
// its HTTPClient from the caller and has no default: what decorates its
// requests is what the module passes to New, in another package
// (cmd/sdsync, which passes a client with the User-Agent transport).
package servicedesk

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// HTTPClient is what the client sends requests with.
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// Client is a Jira Service Management client.
type Client struct {
	hc   HTTPClient
	site string
}

// New returns a client for site that sends with hc.
func New(hc HTTPClient, site string) *Client {
	return &Client{hc: hc, site: site}
}

// Queue fetches the requests in a queue.
func (c *Client) Queue(ctx context.Context, desk, queue string, out any) error {
	req, err := http.NewRequestWithContext(ctx, "GET", c.site+"/rest/servicedeskapi/servicedesk/"+url.PathEscape(desk)+"/queue/"+url.PathEscape(queue)+"/issue", nil)
	if err != nil {
		return err
	}
	// OK(useragent/default): the one client the module passes to New sets the User-Agent.
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(out)
}
