package viahelpers

import (
	"context"
	"net/http"
)

// Client is a small Jira client: a base URL in a field, set by a
// constructor, and a request helper that takes a path.
type Client struct {
	baseURL string
	http    *http.Client
}

func New(site string) *Client {
	return &Client{baseURL: "https://" + site + ".atlassian.net", http: http.DefaultClient}
}

func (c *Client) get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	return c.http.Do(req)
}

// Two levels of helpers.
func (c *Client) getJSON(ctx context.Context, path string, v any) error {
	resp, err := c.get(ctx, "/rest/api/3"+path)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) Myself(ctx context.Context) error {
	return c.getJSON(ctx, "/myself?atlOrigin=abc123", nil) // want `atlOrigin parameter on a REST API URL \(…\.atlassian\.net/rest/api/3/myself\)`
}

func (c *Client) Issue(ctx context.Context, key string) (*http.Response, error) {
	return c.get(ctx, "/rest/api/3/issue/"+key+"?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL \(…\.atlassian\.net/rest/api/3/issue/…\)`
}

// Where the query is added in one helper and the path in another.
func withOrigin(path string) string { return path + "&atlOrigin=abc123" } // want `atlOrigin parameter on a REST API URL \(…\.atlassian\.net/rest/api/3/search\)`

func (c *Client) Search(ctx context.Context) (*http.Response, error) {
	return c.get(ctx, withOrigin("/rest/api/3/search?jql=x"))
}

// A closure.
func (c *Client) Each(ctx context.Context, keys []string) {
	fetch := func(key string) {
		c.get(ctx, "/rest/api/3/issue/"+key+"/changelog?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL`
	}
	for _, k := range keys {
		fetch(k)
	}
}

// Near misses: the same client makes links.

func (c *Client) Link(key string) string {
	return c.baseURL + "/browse/" + key + "?atlOrigin=abc123"
}

func (c *Client) linkTo(path string) string { return c.baseURL + path }

func (c *Client) BoardLink() string {
	return c.linkTo("/jira/software/projects/TIS/boards/1?atlOrigin=abc123")
}
