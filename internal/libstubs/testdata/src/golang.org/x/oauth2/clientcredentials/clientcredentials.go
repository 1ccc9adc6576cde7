// Package clientcredentials is a hermetic stub of
// golang.org/x/oauth2/clientcredentials (v0.38.0) for atlvet's tests:
// its API, with the real signatures and no behaviour.
package clientcredentials

import (
	"context"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

type Config struct {
	ClientID       string
	ClientSecret   string
	TokenURL       string
	Scopes         []string
	EndpointParams url.Values
	AuthStyle      oauth2.AuthStyle
}

func (c *Config) Token(ctx context.Context) (*oauth2.Token, error) { return nil, nil }

func (c *Config) Client(ctx context.Context) *http.Client { return &http.Client{} }

func (c *Config) TokenSource(ctx context.Context) oauth2.TokenSource { return nil }
