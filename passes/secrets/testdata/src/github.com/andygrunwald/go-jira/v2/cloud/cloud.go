// Package cloud is a stub of github.com/andygrunwald/go-jira/v2/cloud for tests.
package cloud

import "net/http"

type BasicAuthTransport struct {
	Username  string
	APIToken  string
	Transport http.RoundTripper
}

func (t *BasicAuthTransport) Client() *http.Client { return &http.Client{} }

type BearerAuthTransport struct {
	Token     string
	Transport http.RoundTripper
}

func (t *BearerAuthTransport) Client() *http.Client { return &http.Client{} }
