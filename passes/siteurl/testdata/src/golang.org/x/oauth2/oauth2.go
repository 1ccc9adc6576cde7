// Package oauth2 is a small hermetic stub of golang.org/x/oauth2.
package oauth2

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

type Endpoint struct {
	AuthURL       string
	DeviceAuthURL string
	TokenURL      string
}

type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	RedirectURL  string
	Scopes       []string
}

type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
}

func (t *Token) SetAuthHeader(r *http.Request) {
	r.Header.Set("Authorization", "Bearer "+t.AccessToken)
}

type AuthCodeOption interface{ setValue(url.Values) }

type setParam struct{ k, v string }

func (p setParam) setValue(m url.Values) { m.Set(p.k, p.v) }

func SetAuthURLParam(key, value string) AuthCodeOption { return setParam{key, value} }

var (
	AccessTypeOnline  AuthCodeOption = SetAuthURLParam("access_type", "online")
	AccessTypeOffline AuthCodeOption = SetAuthURLParam("access_type", "offline")
	ApprovalForce     AuthCodeOption = SetAuthURLParam("prompt", "consent")
)

func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string {
	v := url.Values{"response_type": {"code"}, "client_id": {c.ClientID}}
	if state != "" {
		v.Set("state", state)
	}
	for _, opt := range opts {
		opt.setValue(v)
	}
	if strings.Contains(c.Endpoint.AuthURL, "?") {
		return c.Endpoint.AuthURL + "&" + v.Encode()
	}
	return c.Endpoint.AuthURL + "?" + v.Encode()
}

func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	return &Token{}, nil
}

type TokenSource interface {
	Token() (*Token, error)
}

type staticTokenSource struct{ t *Token }

func (s staticTokenSource) Token() (*Token, error) { return s.t, nil }

func StaticTokenSource(t *Token) TokenSource { return staticTokenSource{t} }

func (c *Config) TokenSource(ctx context.Context, t *Token) TokenSource { return StaticTokenSource(t) }

type Transport struct {
	Source TokenSource
	Base   http.RoundTripper
}

func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	tok, err := t.Source.Token()
	if err != nil {
		return nil, err
	}
	req2 := req.Clone(req.Context())
	tok.SetAuthHeader(req2)
	return http.DefaultTransport.RoundTrip(req2)
}

func NewClient(ctx context.Context, src TokenSource) *http.Client {
	return &http.Client{Transport: &Transport{Source: src}}
}

func (c *Config) Client(ctx context.Context, t *Token) *http.Client {
	return NewClient(ctx, c.TokenSource(ctx, t))
}
