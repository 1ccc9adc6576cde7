// Package oauth2 is a hermetic stub of golang.org/x/oauth2: what
// useragent's tests use of it.
package oauth2

import (
	"context"
	"net/http"
)

// HTTPClient is the context key of the *http.Client oauth2 uses.
var HTTPClient struct{}

type Token struct{ AccessToken string }

type Endpoint struct{ AuthURL, TokenURL string }

type Config struct {
	ClientID, ClientSecret string
	Endpoint               Endpoint
}

func (c *Config) Client(ctx context.Context, t *Token) *http.Client { return &http.Client{} }

type TokenSource interface{ Token() (*Token, error) }

func NewClient(ctx context.Context, src TokenSource) *http.Client { return &http.Client{} }
