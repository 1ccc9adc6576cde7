package usesremotewrapper

import (
	"context"
	"net/http"

	"remotewrapper"
)

const site = "https://acme.atlassian.net"

func get(ctx context.Context, token string) (*http.Response, error) {
	return remotewrapper.Get(ctx, site, token, "/rest/api/3/myself") // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/myself, with`
}

func project(ctx context.Context, token string) (*http.Response, error) {
	return remotewrapper.Project(ctx, site, token, "ABC") // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/project/ABC, with`
}

// Near misses: the gateway, and a site the caller does not know.

func gateway(ctx context.Context, token, cloudID string) (*http.Response, error) {
	return remotewrapper.Get(ctx, "https://api.atlassian.com/ex/jira/"+cloudID, token, "/rest/api/3/myself")
}

func unknownSite(ctx context.Context, token, base string) (*http.Response, error) {
	return remotewrapper.Project(ctx, base, token, "ABC")
}
