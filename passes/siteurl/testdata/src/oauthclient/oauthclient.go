package oauthclient

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "client",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

func configClient(ctx context.Context, tok *oauth2.Token) (*http.Response, error) {
	client := conf.Client(ctx, tok)
	return client.Get("https://acme.atlassian.net/rest/api/3/myself") // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/myself, with`
}

func newClient(ctx context.Context, ts oauth2.TokenSource) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://acme.atlassian.net/wiki/api/v2/pages", nil)
	if err != nil {
		return nil, err
	}
	return oauth2.NewClient(ctx, ts).Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/confluence/\{cloudid\}/wiki/api/v2/pages, with`
}

func transport(ts oauth2.TokenSource) (*http.Response, error) {
	client := &http.Client{Transport: &oauth2.Transport{Source: ts}}
	return client.Post("https://acme.atlassian.net/rest/api/3/issue", "application/json", nil) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// A client type with the site in a field set by its constructor.
type Client struct {
	base string
	http *http.Client
}

func New(ctx context.Context, site string, tok *oauth2.Token) *Client { // want New:"sets base to https://\\{param 1\\}\\.atlassian\\.net"
	return &Client{base: "https://" + site + ".atlassian.net", http: conf.Client(ctx, tok)}
}

func (c *Client) Project(ctx context.Context, key string) (*http.Response, error) { // want Project:"sends a bearer token to \\{param 0 \\.base\\}/rest/api/3/project/\\{param 2\\}"
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/rest/api/3/project/"+key, nil)
	if err != nil {
		return nil, err
	}
	return c.http.Do(req) // want `bearer token sent to the Atlassian site …\.atlassian\.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/project/…, with`
}

// Near misses.

func gatewayClient(ctx context.Context, tok *oauth2.Token, cloudID string) (*http.Response, error) {
	return conf.Client(ctx, tok).Get("https://api.atlassian.com/ex/jira/" + cloudID + "/rest/api/3/myself")
}

func resources(ctx context.Context, tok *oauth2.Token) (*http.Response, error) {
	return conf.Client(ctx, tok).Get("https://api.atlassian.com/oauth/token/accessible-resources")
}

func plainClient() (*http.Response, error) {
	return http.DefaultClient.Get("https://acme.atlassian.net/rest/api/3/serverInfo")
}
