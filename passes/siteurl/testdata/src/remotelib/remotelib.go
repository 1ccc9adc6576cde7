// Package remotelib is an OAuth 2.0 client whose base URL its callers
// choose.
package remotelib

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

type Client struct {
	base string
	hc   *http.Client
}

func New(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token, base string) *Client { // want New:"sets base to \\{param 3\\}"
	return &Client{base: base, hc: conf.Client(ctx, tok)}
}

// Config configures NewFromConfig.
type Config struct {
	URL   string
	Token string
}

func NewFromConfig(cfg Config) *Client { // want NewFromConfig:"sets base to \\{param 0 \\.URL\\}/rest/api/3"
	return &Client{base: cfg.URL + "/rest/api/3", hc: oauth2.NewClient(context.Background(), oauth2.StaticTokenSource(&oauth2.Token{AccessToken: cfg.Token}))}
}

func (c *Client) Get(path string) (*http.Response, error) { // want Get:"sends a bearer token to \\{param 0 \\.base\\}\\{param 1\\}"
	return c.hc.Get(c.base + path)
}

// Bearer is set up by its callers.
type Bearer struct {
	Base  string
	Token string
}

func (b *Bearer) Myself() (*http.Response, error) { // want Myself:"sends a bearer token to \\{param 0 \\.Base\\}/rest/api/3/myself"
	req, _ := http.NewRequest("GET", b.Base+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+b.Token)
	return http.DefaultClient.Do(req)
}

// Basic sends API tokens: no fact.
type Basic struct {
	Base, Email, APIToken string
}

func (b *Basic) Myself() (*http.Response, error) {
	req, _ := http.NewRequest("GET", b.Base+"/rest/api/3/myself", nil)
	req.SetBasicAuth(b.Email, b.APIToken)
	return http.DefaultClient.Do(req)
}
