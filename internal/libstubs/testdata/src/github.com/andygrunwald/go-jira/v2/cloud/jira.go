// Package cloud is a hermetic stub of github.com/andygrunwald/go-jira/v2/cloud
// (v2.0.0-20240116150243-50d59fe116d6) for atlvet's tests: the API
// atlvet models, with the real signatures. Only the auth transports
// behave (they set the header a request gets); everything else returns
// zero values.
package cloud

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
)

// Client talks to one Jira instance.
type Client struct {
	client *http.Client
	common service

	BaseURL *url.URL
	// UserAgent is never sent.
	UserAgent string

	Issue   *IssueService
	Project *ProjectService
	User    *UserService
}

type service struct{ client *Client }

// NewClient returns a client for the instance at baseURL that sends
// with httpClient (a new http.Client when nil).
func NewClient(baseURL string, httpClient *http.Client) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, err
	}
	c := &Client{client: httpClient, BaseURL: u, UserAgent: "go-jira/2.0.0"}
	c.common.client = c
	c.Issue = (*IssueService)(&c.common)
	c.Project = (*ProjectService)(&c.common)
	c.User = (*UserService)(&c.common)
	return c, nil
}

func (c *Client) Client() *http.Client { return c.client }

func (c *Client) NewRequest(ctx context.Context, method, urlStr string, body interface{}) (*http.Request, error) {
	return nil, nil
}

func (c *Client) NewRawRequest(ctx context.Context, method, urlStr string, body io.Reader) (*http.Request, error) {
	return nil, nil
}

func (c *Client) NewMultiPartRequest(ctx context.Context, method, urlStr string, buf *bytes.Buffer) (*http.Request, error) {
	return nil, nil
}

func (c *Client) Do(req *http.Request, v interface{}) (*Response, error) { return nil, nil }

// Response is the response of a service call.
type Response struct {
	*http.Response
	StartAt    int
	MaxResults int
}

type IssueService service

func (s *IssueService) Get(ctx context.Context, issueID string, options *GetQueryOptions) (*Issue, *Response, error) {
	return nil, nil, nil
}

func (s *IssueService) Search(ctx context.Context, jql string, options *SearchOptions) ([]Issue, *Response, error) {
	return nil, nil, nil
}

type ProjectService service

func (s *ProjectService) Get(ctx context.Context, projectID string) (*Project, *Response, error) {
	return nil, nil, nil
}

type UserService service

type Issue struct {
	ID     string
	Key    string
	Fields *IssueFields
}

type IssueFields struct {
	Summary string
}

type GetQueryOptions struct {
	Fields string
	Expand string
}

type SearchOptions struct {
	StartAt    int
	MaxResults int
	Fields     []string
}

type Project struct {
	ID   string
	Key  string
	Name string
}

type User struct {
	AccountID    string
	EmailAddress string
	DisplayName  string
}

func (s *IssueService) Create(ctx context.Context, issue *Issue) (*Issue, *Response, error) {
	return nil, nil, nil
}

func (s *UserService) GetCurrentUser(ctx context.Context) (*User, *Response, error) {
	return nil, nil, nil
}
