// Package jira builds its requests as go-jira's NewRequest does: the
// caller's path, its leading slash trimmed, resolved against the base
// URL its constructor parsed, so that "/rest/api/3/..." stays under a
// base with a context path.
package jira

import (
	"io"
	"net/http"
	"net/url"
	"strings"
)

type Client struct {
	baseURL *url.URL
	hc      *http.Client
}

func NewClient(baseURL string) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return &Client{baseURL: u, hc: &http.Client{}}, nil
}

func (c *Client) NewRequest(method, urlStr string, body io.Reader) (*http.Request, error) {
	rel, err := url.Parse(urlStr)
	if err != nil {
		return nil, err
	}
	rel.Path = strings.TrimLeft(rel.Path, "/")
	u := c.baseURL.ResolveReference(rel)
	return http.NewRequest(method, u.String(), body)
}

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	return c.hc.Do(req)
}

func Run() {
	Status("https://acme.atlassian.net")
}

// The base is the site Run gives: the request goes to it.
func Status(site string) error {
	c, err := NewClient(site)
	if err != nil {
		return err
	}
	req, err := c.NewRequest("GET", "/status", nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	return err
}

// An absolute URL replaces the base, leading slash or not.
func Statuspage() error {
	c, err := NewClient("https://acme.atlassian.net")
	if err != nil {
		return err
	}
	req, err := c.NewRequest("GET", "https://status.example.com/api/v2/summary.json", nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
