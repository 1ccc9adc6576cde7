package usesremotewrap

import (
	"context"
	"net/http"

	"remotewrap"
)

const site = "https://acme.atlassian.net"

func get(ctx context.Context, token string) (*http.Response, error) {
	return remotewrap.New(site, token).Get(ctx, "/rest/api/3/project") // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/project, with`
}

func myself(ctx context.Context, token string) (*http.Response, error) {
	return remotewrap.New(site, token).Myself(ctx) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Near misses: the gateway, and a base the caller does not know.

func gateway(ctx context.Context, token, cloudID string) (*http.Response, error) {
	return remotewrap.New("https://api.atlassian.com/ex/jira/"+cloudID, token).Post(ctx, "/rest/api/3/issue")
}

func unknownBase(ctx context.Context, token, base string) (*http.Response, error) {
	return remotewrap.New(base, token).Get(ctx, "/rest/api/3/myself")
}
