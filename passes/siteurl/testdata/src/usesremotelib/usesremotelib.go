package usesremotelib

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"

	"remotelib"
)

const site = "https://acme.atlassian.net"

func constructor(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*http.Response, error) {
	return remotelib.New(ctx, conf, tok, site).Get("/rest/api/3/myself") // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/myself, with`
}

func variable(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*http.Response, error) {
	c := remotelib.New(ctx, conf, tok, "https://acme.atlassian.net/wiki")
	return c.Get("/api/v2/pages") // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/confluence/\{cloudid\}/wiki/api/v2/pages, with`
}

func config(token string) (*http.Response, error) {
	c := remotelib.NewFromConfig(remotelib.Config{URL: site, Token: token})
	return c.Get("/project") // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/project, with`
}

func literal(token string) (*http.Response, error) {
	b := &remotelib.Bearer{Base: site, Token: token}
	return b.Myself() // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Near misses.

func gateway(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token, cloudID string) (*http.Response, error) {
	return remotelib.New(ctx, conf, tok, "https://api.atlassian.com/ex/jira/"+cloudID).Get("/rest/api/3/myself")
}

func unknownBase(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token, base string) (*http.Response, error) {
	return remotelib.New(ctx, conf, tok, base).Get("/rest/api/3/myself")
}

func basic(email, apiToken string) (*http.Response, error) {
	b := &remotelib.Basic{Base: site, Email: email, APIToken: apiToken}
	return b.Myself()
}

func gatewayLiteral(token string) (*http.Response, error) {
	b := &remotelib.Bearer{Base: "https://api.atlassian.com/ex/jira/x", Token: token}
	return b.Myself()
}
