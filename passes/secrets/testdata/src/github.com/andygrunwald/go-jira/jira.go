// Package jira is a stub of github.com/andygrunwald/go-jira (v1) for tests.
package jira

import "net/http"

type BasicAuthTransport struct {
	Username  string
	Password  string
	Transport http.RoundTripper
}

func (t *BasicAuthTransport) Client() *http.Client { return &http.Client{} }

type BearerAuthTransport struct {
	Token     string
	Transport http.RoundTripper
}

func (t *BearerAuthTransport) Client() *http.Client { return &http.Client{} }

type PATAuthTransport struct {
	Token     string
	Transport http.RoundTripper
}

func (t *PATAuthTransport) Client() *http.Client { return &http.Client{} }

type Client struct{}

func NewClient(httpClient *http.Client, baseURL string) (*Client, error) { return &Client{}, nil }
