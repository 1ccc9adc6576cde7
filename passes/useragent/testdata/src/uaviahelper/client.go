package uaviahelper // want package:"identity jira-helper-int"

// constructor, a request helper, a send helper.

import (
	"context"
	"net/http"
	"time"
)

type Client struct {
	baseURL string
	http    *http.Client
}

func New(baseURL string) *Client {
	return &Client{baseURL: baseURL, http: &http.Client{Timeout: 10 * time.Second}}
}

var jira = New("https://acme.atlassian.net")

func setUserAgent(req *http.Request) {
	req.Header.Set("User-Agent", "jira-helper-int/1.0.0")
}

// newRequest decorates every request it makes.
func (c *Client) newRequest(ctx context.Context, method, path string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	setUserAgent(req)
	req.Header.Set("Accept", "application/json")
	return req, nil
}

// newBareRequest forgets to.
func (c *Client) newBareRequest(ctx context.Context, method, path string) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, method, c.baseURL+path, nil)
}

// do sends every request of the client; the requests its callers made
// without a User-Agent are reported at those callers' calls.
func (c *Client) do(req *http.Request) (*http.Response, error) {
	return c.http.Do(req)
}

func (c *Client) Myself(ctx context.Context) error {
	req, err := c.newRequest(ctx, "GET", "/rest/api/3/myself")
	if err != nil {
		return err
	}
	_, err = c.http.Do(req)
	return err
}

func (c *Client) Projects(ctx context.Context) error {
	req, err := c.newBareRequest(ctx, "GET", "/rest/api/3/project")
	if err != nil {
		return err
	}
	_, err = c.do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	return err
}

func (c *Client) Issue(ctx context.Context) error {
	req, err := c.newRequest(ctx, "GET", "/rest/api/3/issue/KEY-1")
	if err != nil {
		return err
	}
	_, err = c.do(req)
	return err
}

func Status(ctx context.Context) error {
	req, err := jira.newBareRequest(ctx, "GET", "/status")
	if err != nil {
		return err
	}
	_, err = jira.http.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	return err
}
