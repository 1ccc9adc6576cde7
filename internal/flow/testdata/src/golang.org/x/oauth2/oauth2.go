// Package oauth2 is a stub of golang.org/x/oauth2 for the tests: the
// declarations atlvet looks at, with the real signatures.
package oauth2

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// AuthStyle is how the client authenticates to the token endpoint.
type AuthStyle int

// Endpoint is an OAuth 2.0 provider's authorization and token URLs.
type Endpoint struct {
	AuthURL       string
	DeviceAuthURL string
	TokenURL      string
	AuthStyle     AuthStyle
}

// Config describes a typical 3-legged OAuth2 flow.
type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	RedirectURL  string
	Scopes       []string
}

// AuthCodeOption is passed to Config.AuthCodeURL and Config.Exchange.
type AuthCodeOption interface {
	setValue(url.Values)
}

type setParam struct{ k, v string }

func (p setParam) setValue(m url.Values) { m.Set(p.k, p.v) }

// SetAuthURLParam builds an AuthCodeOption which passes key/value
// parameters to a provider's authorization endpoint.
func SetAuthURLParam(key, value string) AuthCodeOption { return setParam{key, value} }

var (
	AccessTypeOnline  AuthCodeOption = SetAuthURLParam("access_type", "online")
	AccessTypeOffline AuthCodeOption = SetAuthURLParam("access_type", "offline")
	ApprovalForce     AuthCodeOption = SetAuthURLParam("prompt", "consent")
)

// GenerateVerifier generates a PKCE code verifier with 32 octets of
// randomness.
func GenerateVerifier() string { panic("stub") }

// S256ChallengeOption derives a PKCE code challenge from verifier.
func S256ChallengeOption(verifier string) AuthCodeOption {
	return setParam{"code_challenge", verifier}
}

// VerifierOption returns a PKCE code verifier AuthCodeOption.
func VerifierOption(verifier string) AuthCodeOption { return setParam{"code_verifier", verifier} }

// Token represents the credentials used to authorize requests.
type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
	Expiry       time.Time
}

// SetAuthHeader sets the Authorization header to r using t.
func (t *Token) SetAuthHeader(r *http.Request) {}

// TokenSource is anything that can return a token.
type TokenSource interface {
	Token() (*Token, error)
}

// AuthCodeURL returns a URL to OAuth 2.0 provider's consent page.
func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string { panic("stub") }

// Exchange converts an authorization code into a token.
func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	return nil, nil
}

// Client returns an HTTP client using the provided token.
func (c *Config) Client(ctx context.Context, t *Token) *http.Client { return nil }

// NewClient creates an *http.Client from a context and TokenSource.
func NewClient(ctx context.Context, src TokenSource) *http.Client { return nil }
