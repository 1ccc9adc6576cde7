// Package other has the same helper for a tracker that is not
// Atlassian's.
package other

import (
	"io"
	"net/http"
	"net/url"
	"strings"
)

type Client struct {
	baseURL *url.URL
}

func NewClient(baseURL string) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, err
	}
	return &Client{baseURL: u}, nil
}

func (c *Client) NewRequest(method, urlStr string, body io.Reader) (*http.Request, error) {
	rel, err := url.Parse(urlStr)
	if err != nil {
		return nil, err
	}
	rel.Path = strings.TrimPrefix(rel.Path, "/")
	return http.NewRequest(method, c.baseURL.ResolveReference(rel).String(), body)
}

func Tracker() error {
	c, err := NewClient("https://tracker.example.com/")
	if err != nil {
		return err
	}
	req, err := c.NewRequest("GET", "/api/issues", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
