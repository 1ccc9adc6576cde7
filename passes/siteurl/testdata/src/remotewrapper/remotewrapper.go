// Package remotewrapper passes its callers' site and paths on to
// remotewrap's client, which sends them an OAuth bearer token.
package remotewrapper

import (
	"context"
	"net/http"

	"remotewrap"
)

func Get(ctx context.Context, site, token, path string) (*http.Response, error) { // want Get:"sends a bearer token to \\{param 1\\}\\{param 3\\}"
	return remotewrap.New(site, token).Get(ctx, path)
}

// Project names the REST path itself; the site is still its caller's.
func Project(ctx context.Context, site, token, key string) (*http.Response, error) { // want Project:"sends a bearer token to \\{param 1\\}/rest/api/3/project/\\{param 3\\}"
	return remotewrap.New(site, token).Get(ctx, "/rest/api/3/project/"+key)
}
