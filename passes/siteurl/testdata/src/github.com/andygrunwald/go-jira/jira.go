// Package jira is a small hermetic stub of github.com/andygrunwald/go-jira.
package jira

import (
	"net/http"
)

type httpClient interface {
	Do(request *http.Request) (response *http.Response, err error)
}

// Client talks to a Jira instance.
type Client struct {
	client  httpClient
	baseURL string
}

// NewClient returns a client for the instance at baseURL.
func NewClient(httpClient httpClient, baseURL string) (*Client, error) {
	return &Client{client: httpClient, baseURL: baseURL}, nil
}

// BasicAuthTransport authenticates with a user name and API token.
type BasicAuthTransport struct {
	Username  string
	Password  string
	Transport http.RoundTripper
}

func (t *BasicAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req2 := req.Clone(req.Context())
	req2.SetBasicAuth(t.Username, t.Password)
	return http.DefaultTransport.RoundTrip(req2)
}

func (t *BasicAuthTransport) Client() *http.Client { return &http.Client{Transport: t} }

// BearerAuthTransport authenticates with an OAuth 2.0 (3LO) token.
type BearerAuthTransport struct {
	Token     string
	Transport http.RoundTripper
}

func (t *BearerAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req2 := req.Clone(req.Context())
	req2.Header.Set("Authorization", "Bearer "+t.Token)
	return http.DefaultTransport.RoundTrip(req2)
}

func (t *BearerAuthTransport) Client() *http.Client { return &http.Client{Transport: t} }
