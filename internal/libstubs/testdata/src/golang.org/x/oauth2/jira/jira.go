// Package jira is a hermetic stub of golang.org/x/oauth2/jira
// (v0.38.0): JWT-bearer tokens for Atlassian Connect user
// impersonation. Its Client is an oauth2 client over the context's
// base client, as in the real package.
package jira

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

// ClaimSet is the claims of the JWT the Config signs.
type ClaimSet struct {
	Issuer       string
	Subject      string
	InstalledURL string
	AuthURL      string
	ExpiresIn    int64
	IssuedAt     int64
}

// Config is the configuration of Connect's JWT-bearer grant.
type Config struct {
	BaseURL string
	Subject string
	oauth2.Config
}

type jwtSource struct {
	ctx  context.Context
	conf *Config
}

func (js jwtSource) Token() (*oauth2.Token, error) { return &oauth2.Token{}, nil }

// TokenSource returns a TokenSource of JWT-bearer tokens.
func (c *Config) TokenSource(ctx context.Context) oauth2.TokenSource {
	return oauth2.ReuseTokenSource(nil, jwtSource{ctx, c})
}

// Client returns an oauth2 client over the context's base client.
func (c *Config) Client(ctx context.Context) *http.Client {
	return oauth2.NewClient(ctx, c.TokenSource(ctx))
}
