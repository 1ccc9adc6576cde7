// Package jirasdk is a Jira Cloud SDK in the style of go-atlassian:
// the client keeps an HTTPClient interface, so that tests can mock it,
// and falls back to http.DefaultClient when given nil.
//
// Shape 2 of issue 12: a send through an interface that the module
// fills with http.DefaultClient.
package jirasdk

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// HTTPClient is what the client sends requests with.
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// Client is a Jira Cloud client.
type Client struct {
	HTTP  HTTPClient
	Site  string
	email string
	token string

	Issue   *IssueService
	Project *ProjectService
}

// New returns a client for site; a nil httpClient is http.DefaultClient.
func New(httpClient HTTPClient, site string) (*Client, error) {
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	if !strings.HasPrefix(site, "https://") {
		return nil, fmt.Errorf("jirasdk: site %q is not an https URL", site)
	}
	c := &Client{HTTP: httpClient, Site: strings.TrimSuffix(site, "/")}
	c.Issue = &IssueService{c: c}
	c.Project = &ProjectService{c: c}
	return c, nil
}

// NewBasic returns a client that authenticates with an API token.
func NewBasic(site, email, token string) (*Client, error) {
	c, err := New(nil, site)
	if err != nil {
		return nil, err
	}
	c.email, c.token = email, token
	return c, nil
}

func (c *Client) call(ctx context.Context, method, path string, in, out any) error {
	var body bytes.Buffer
	if in != nil {
		if err := json.NewEncoder(&body).Encode(in); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.Site+"/rest/api/3/"+path, &body)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")
	req.SetBasicAuth(c.email, c.token)
	// MISTAKE(useragent/default): the module only ever stores http.DefaultClient into HTTP.
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("jirasdk: %s %s: %s", method, path, res.Status)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// IssueService groups the issue endpoints.
type IssueService struct{ c *Client }

// Get fetches an issue.
func (s *IssueService) Get(ctx context.Context, key string, out any) error {
	return s.c.call(ctx, http.MethodGet, "issue/"+url.PathEscape(key), nil, out)
}

// Create creates an issue.
func (s *IssueService) Create(ctx context.Context, in, out any) error {
	return s.c.call(ctx, http.MethodPost, "issue", in, out)
}

// ProjectService groups the project endpoints.
type ProjectService struct{ c *Client }

// Get fetches a project.
func (s *ProjectService) Get(ctx context.Context, key string, out any) error {
	return s.c.call(ctx, http.MethodGet, "project/"+url.PathEscape(key), nil, out)
}
