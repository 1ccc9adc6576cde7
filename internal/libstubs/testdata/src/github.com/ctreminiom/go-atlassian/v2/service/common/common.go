// Package common is a hermetic stub of github.com/ctreminiom/go-atlassian/v2/service/common
// (v2.12.0) for atlvet's tests: the API atlvet models, with the real
// signatures.
package common

import (
	"context"
	"net/http"
	"net/url"
)

// Authentication holds what NewRequest adds to every request.
type Authentication interface {
	SetBasicAuth(mail, token string)
	GetBasicAuth() (string, string)
	HasBasicAuth() bool
	SetUserAgent(agent string)
	GetUserAgent() string
	HasUserAgent() bool
	SetExperimentalFlag()
	HasSetExperimentalFlag() bool
	SetBearerToken(token string)
	GetBearerToken() string
}

type HTTPClient interface {
	Do(request *http.Request) (*http.Response, error)
}

type OAuth2Config struct {
	ClientID     string
	ClientSecret string
	RedirectURI  string
	Scopes       []string
}

type OAuth2Service interface {
	GetAuthorizationURL(scopes []string, state string) (*url.URL, error)
	ExchangeAuthorizationCode(ctx context.Context, code string) (*OAuth2Token, error)
	RefreshAccessToken(ctx context.Context, refreshToken string) (*OAuth2Token, error)
	GetAccessibleResources(ctx context.Context, accessToken string) ([]*AccessibleResource, error)
}

type OAuth2Token struct {
	AccessToken  string
	TokenType    string
	ExpiresIn    int
	RefreshToken string
	Scope        string
}

type AccessibleResource struct {
	ID   string
	URL  string
	Name string
}
