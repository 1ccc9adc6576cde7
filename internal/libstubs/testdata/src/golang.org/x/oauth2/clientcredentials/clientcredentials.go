// Package clientcredentials is a hermetic stub of
// golang.org/x/oauth2/clientcredentials (v0.38.0) for atlvet's tests:
// the API atlvet models, with the real signatures and no behaviour.
// It uses only oauth2.Token, which every pass's oauth2 stub has.
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
}

func (c *Config) Token(ctx context.Context) (*oauth2.Token, error) { return nil, nil }

func (c *Config) Client(ctx context.Context) *http.Client { return &http.Client{} }
