// Package jira is a hermetic stub of golang.org/x/oauth2/jira: its
// Client is an oauth2 client over the context's base client, as in the
// real package. go vet analyses the real package as a dependency, so
// the stub is analysed here too.
package jira

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

type Config struct {
	BaseURL, Subject string
	oauth2.Config
}

type jwtSource struct {
	ctx  context.Context
	conf *Config
}

func (js jwtSource) Token() (*oauth2.Token, error) { return &oauth2.Token{}, nil }

func (c *Config) TokenSource(ctx context.Context) oauth2.TokenSource { return jwtSource{ctx, c} }

func (c *Config) Client(ctx context.Context) *http.Client {
	return oauth2.NewClient(ctx, c.TokenSource(ctx))
}
