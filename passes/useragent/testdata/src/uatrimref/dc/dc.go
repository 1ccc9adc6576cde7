// Package dc has the same helper with a base its callers do not give
// (a Data Center site from the configuration): the REST path alone says
// where the request goes.
package dc

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

func Configured(site string) error {
	c, err := NewClient(site)
	if err != nil {
		return err
	}
	req, err := c.NewRequest("GET", "/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to the Atlassian REST path /rest/api/3/myself is sent with Go's default User-Agent`
	return err
}
