// Package bitbucket is a stub of github.com/ktrysmt/go-bitbucket for tests.
package bitbucket

type Client struct{}

func NewBasicAuth(u, p string) (*Client, error)     { return &Client{}, nil }
func NewOAuthbearerToken(t string) (*Client, error) { return &Client{}, nil }
func NewOAuthClientCredentials(i, s string) *Client { return &Client{} }
