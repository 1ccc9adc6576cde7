// Package oauth2 is a hermetic stub of golang.org/x/oauth2 (v0.38.0)
// for atlvet's tests: its exported API with the real signatures. atlvet
// models x/oauth2 by name, from the tables of internal/atlassian, and
// does not analyse its packages, so the bodies only do the obvious:
// options set URL parameters, AuthCodeURL builds the consent URL, the
// client's transport sets the Authorization header.
package oauth2

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/oauth2/internal"
)

// HTTPClient is the context key of the *http.Client that oauth2 sends
// its requests through.
var HTTPClient internal.ContextKey

// NoContext is the context of callers that have none.
var NoContext = context.TODO()

// RegisterBrokenAuthHeaderProvider does nothing, as in the real package.
func RegisterBrokenAuthHeaderProvider(tokenURL string) {}

// AuthStyle is how the client authenticates to the token endpoint.
type AuthStyle int

const (
	AuthStyleAutoDetect AuthStyle = 0
	AuthStyleInParams   AuthStyle = 1
	AuthStyleInHeader   AuthStyle = 2
)

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

// GenerateVerifier returns a PKCE code verifier of 32 random octets.
func GenerateVerifier() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// S256ChallengeFromVerifier returns the S256 PKCE code challenge of
// verifier.
func S256ChallengeFromVerifier(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// S256ChallengeOption sets the PKCE code challenge of verifier.
func S256ChallengeOption(verifier string) AuthCodeOption {
	return setParam{"code_challenge", S256ChallengeFromVerifier(verifier)}
}

// VerifierOption sets the PKCE code verifier of the code exchange.
func VerifierOption(verifier string) AuthCodeOption { return setParam{"code_verifier", verifier} }

// AuthCodeURL returns the URL of the provider's consent page.
func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string {
	v := url.Values{"response_type": {"code"}, "client_id": {c.ClientID}}
	if c.RedirectURL != "" {
		v.Set("redirect_uri", c.RedirectURL)
	}
	if len(c.Scopes) > 0 {
		v.Set("scope", strings.Join(c.Scopes, " "))
	}
	if state != "" {
		v.Set("state", state)
	}
	for _, opt := range opts {
		opt.setValue(v)
	}
	sep := "?"
	if strings.Contains(c.Endpoint.AuthURL, "?") {
		sep = "&"
	}
	return c.Endpoint.AuthURL + sep + v.Encode()
}

// Exchange converts an authorization code into a token; the stub
// sends nothing and returns an empty token.
func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	return &Token{}, nil
}

// PasswordCredentialsToken converts a username and password into a
// token; the stub sends nothing and returns an empty token.
func (c *Config) PasswordCredentialsToken(ctx context.Context, username, password string) (*Token, error) {
	return &Token{}, nil
}

// TokenSource returns a TokenSource that returns t.
func (c *Config) TokenSource(ctx context.Context, t *Token) TokenSource {
	return StaticTokenSource(t)
}

// Client returns an HTTP client that authorizes its requests with t.
func (c *Config) Client(ctx context.Context, t *Token) *http.Client {
	return NewClient(ctx, c.TokenSource(ctx, t))
}

// DeviceAuthResponse is the answer of a device authorization request.
type DeviceAuthResponse struct {
	DeviceCode              string
	UserCode                string
	VerificationURI         string
	VerificationURIComplete string
	Expiry                  time.Time
	Interval                int64
}

func (d DeviceAuthResponse) MarshalJSON() ([]byte, error) { return []byte("{}"), nil }

func (c *DeviceAuthResponse) UnmarshalJSON(data []byte) error { return nil }

// DeviceAuth starts a device authorization; the stub sends nothing.
func (c *Config) DeviceAuth(ctx context.Context, opts ...AuthCodeOption) (*DeviceAuthResponse, error) {
	return &DeviceAuthResponse{}, nil
}

// DeviceAccessToken polls for the token of a device authorization;
// the stub sends nothing and returns an empty token.
func (c *Config) DeviceAccessToken(ctx context.Context, da *DeviceAuthResponse, opts ...AuthCodeOption) (*Token, error) {
	return &Token{}, nil
}

// RetrieveError is the error of a failed token request.
type RetrieveError struct {
	Response         *http.Response
	Body             []byte
	ErrorCode        string
	ErrorDescription string
	ErrorURI         string
}

func (r *RetrieveError) Error() string { return "oauth2: cannot fetch token: " + r.ErrorCode }

// Token represents the credentials used to authorize requests.
type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
	Expiry       time.Time
	ExpiresIn    int64

	raw any
}

// Type returns the token type, "Bearer" by default.
func (t *Token) Type() string {
	if t.TokenType == "" {
		return "Bearer"
	}
	return t.TokenType
}

// SetAuthHeader sets the Authorization header of r to t.
func (t *Token) SetAuthHeader(r *http.Request) {
	r.Header.Set("Authorization", t.Type()+" "+t.AccessToken)
}

// WithExtra returns a copy of t with extra fields.
func (t *Token) WithExtra(extra any) *Token {
	t2 := *t
	t2.raw = extra
	return &t2
}

// Extra returns an extra field of the token response; the stub has
// none.
func (t *Token) Extra(key string) any { return nil }

// Valid reports whether t holds an access token.
func (t *Token) Valid() bool { return t != nil && t.AccessToken != "" }

// TokenSource is anything that can return a token.
type TokenSource interface {
	Token() (*Token, error)
}

type staticTokenSource struct{ t *Token }

func (s staticTokenSource) Token() (*Token, error) { return s.t, nil }

// StaticTokenSource returns a TokenSource that always returns t.
func StaticTokenSource(t *Token) TokenSource { return staticTokenSource{t} }

// ReuseTokenSource returns a TokenSource that returns t while it is
// valid and asks src for a new one after; the stub always asks src.
func ReuseTokenSource(t *Token, src TokenSource) TokenSource { return src }

// ReuseTokenSourceWithExpiry is ReuseTokenSource with an early expiry.
func ReuseTokenSourceWithExpiry(t *Token, src TokenSource, earlyExpiry time.Duration) TokenSource {
	return src
}

// Transport is an http.RoundTripper that authorizes the requests it
// sends through Base with the tokens of Source.
type Transport struct {
	Source TokenSource
	Base   http.RoundTripper
}

// RoundTrip sends a copy of req with the Authorization header set.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if t.Source == nil {
		return nil, errors.New("oauth2: Transport's Source is nil")
	}
	tok, err := t.Source.Token()
	if err != nil {
		return nil, err
	}
	req2 := req.Clone(req.Context())
	tok.SetAuthHeader(req2)
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	return base.RoundTrip(req2)
}

// CancelRequest does nothing, as in the real package.
func (t *Transport) CancelRequest(req *http.Request) {}

// NewClient returns an *http.Client that authorizes its requests with
// the tokens of src and sends them through the client of ctx's
// HTTPClient value, or http.DefaultClient.
func NewClient(ctx context.Context, src TokenSource) *http.Client {
	base := http.DefaultClient
	if hc, ok := ctx.Value(HTTPClient).(*http.Client); ok {
		base = hc
	}
	if src == nil {
		return base
	}
	return &http.Client{Transport: &Transport{Source: src, Base: base.Transport}}
}
