// Package onpremise is a stub of github.com/andygrunwald/go-jira/v2/onpremise for tests.
package onpremise

import "net/http"

type BasicAuthTransport struct {
	Username  string
	Password  string
	Transport http.RoundTripper
}

type PATAuthTransport struct {
	Token     string
	Transport http.RoundTripper
}

func (t *PATAuthTransport) Client() *http.Client { return &http.Client{} }
