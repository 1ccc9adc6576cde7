// Package gwonly is gateway without the mistake: every caller of the
// bearer helper builds a gateway URL.
package gwonly

import (
	"context"
	"net/http"
	"net/url"

	"example.com/shapes/agent"
)

// Client calls one Jira site through the gateway.
type Client struct {
	cloudID string
	token   string
	hc      *http.Client
}

// New returns a client for the site with cloud ID cloudID.
func New(cloudID, token string) *Client {
	return &Client{cloudID: cloudID, token: token, hc: agent.Client()}
}

func (c *Client) call(ctx context.Context, endpoint string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.atlassian.com/ex/jira/"+c.cloudID+"/rest/api/3"+endpoint, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	// OK(siteurl/bearer-to-site): every URL is the gateway's.
	return c.hc.Do(req)
}

func (c *Client) Myself(ctx context.Context) (*http.Response, error) { return c.call(ctx, "/myself") }
func (c *Client) Fields(ctx context.Context) (*http.Response, error) { return c.call(ctx, "/field") }
func (c *Client) Statuses(ctx context.Context) (*http.Response, error) {
	return c.call(ctx, "/status")
}
func (c *Client) Issue(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "/issue/"+url.PathEscape(key))
}
func (c *Client) Comments(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "/issue/"+url.PathEscape(key)+"/comment")
}
func (c *Client) Worklogs(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "/issue/"+url.PathEscape(key)+"/worklog")
}
func (c *Client) Links(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "/issue/"+url.PathEscape(key)+"/remotelink")
}
func (c *Client) Project(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "/project/"+url.PathEscape(key))
}
func (c *Client) Versions(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "/project/"+url.PathEscape(key)+"/versions")
}
func (c *Client) Components(ctx context.Context, key string) (*http.Response, error) {
	return c.call(ctx, "/project/"+url.PathEscape(key)+"/components")
}
