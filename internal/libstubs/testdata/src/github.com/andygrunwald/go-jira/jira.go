// Package jira is a hermetic stub of github.com/andygrunwald/go-jira
// v1.17.0 for atlvet's tests: the API atlvet models, with the real
// signatures. Only the auth transports behave (they set the header a
// request gets); everything else returns zero values.
package jira

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
)

type httpClient interface {
	Do(request *http.Request) (response *http.Response, err error)
}

// Client talks to one Jira instance.
type Client struct {
	client  httpClient
	baseURL *url.URL

	Authentication *AuthenticationService
	Issue          *IssueService
	Project        *ProjectService
	Board          *BoardService
	User           *UserService
}

// NewClient returns a client for the instance at baseURL that sends
// with httpClient (http.DefaultClient when nil).
func NewClient(httpClient httpClient, baseURL string) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, err
	}
	c := &Client{client: httpClient, baseURL: u}
	c.Authentication = &AuthenticationService{client: c}
	c.Issue = &IssueService{client: c}
	c.Project = &ProjectService{client: c}
	c.Board = &BoardService{client: c}
	c.User = &UserService{client: c}
	return c, nil
}

func (c *Client) NewRequest(method, urlStr string, body interface{}) (*http.Request, error) {
	return nil, nil
}

func (c *Client) NewRequestWithContext(ctx context.Context, method, urlStr string, body interface{}) (*http.Request, error) {
	return nil, nil
}

func (c *Client) NewRawRequest(method, urlStr string, body io.Reader) (*http.Request, error) {
	return nil, nil
}

func (c *Client) NewRawRequestWithContext(ctx context.Context, method, urlStr string, body io.Reader) (*http.Request, error) {
	return nil, nil
}

func (c *Client) NewMultiPartRequest(method, urlStr string, buf *bytes.Buffer) (*http.Request, error) {
	return nil, nil
}

func (c *Client) NewMultiPartRequestWithContext(ctx context.Context, method, urlStr string, buf *bytes.Buffer) (*http.Request, error) {
	return nil, nil
}

func (c *Client) Do(req *http.Request, v interface{}) (*Response, error) { return nil, nil }

func (c *Client) GetBaseURL() url.URL { return url.URL{} }

// Response is the response of a service call.
type Response struct {
	*http.Response
	StartAt    int
	MaxResults int
	Total      int
}
