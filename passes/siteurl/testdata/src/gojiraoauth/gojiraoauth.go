// Package gojiraoauth hands go-jira an HTTP client from oauth2, whose
// requests carry the user's access token.
package gojiraoauth

import (
	"context"
	"net/http"

	jira "github.com/andygrunwald/go-jira"
	"golang.org/x/oauth2"
)

const site = "https://acme.atlassian.net"

func fromConfig(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*jira.Client, error) {
	return jira.NewClient(conf.Client(ctx, tok), site) // want `OAuth 2.0 bearer token sent to the Atlassian site acme.atlassian.net, which does not accept it; send 3LO requests through the API gateway: make the client with the base URL https://api.atlassian.com/ex/jira/\{cloudid\}/`
}

func fromTokenSource(ctx context.Context, ts oauth2.TokenSource) (*jira.Client, error) {
	hc := oauth2.NewClient(ctx, ts)
	return jira.NewClient(hc, site+"/") // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Near misses: through the API gateway; a plain client to the site.

func gateway(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token, cloudID string) (*jira.Client, error) {
	return jira.NewClient(conf.Client(ctx, tok), "https://api.atlassian.com/ex/jira/"+cloudID+"/")
}

func plain() (*jira.Client, error) {
	return jira.NewClient(http.DefaultClient, site)
}
