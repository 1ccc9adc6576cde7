package uaresolveref

// Request URLs resolved against a base URL with ResolveReference or
// (*url.URL).Parse go where the base says.

import (
	"context"
	"net/http"
	"net/url"
)

var site, _ = url.Parse("https://acme.atlassian.net/")

func Myself(ctx context.Context) (*http.Response, error) {
	u := site.ResolveReference(&url.URL{Path: "rest/api/3/myself"})
	req, err := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-uaresolveref-int/1.0.0"`
}

func Issue(ctx context.Context, key string) (*http.Response, error) {
	u, err := site.Parse("rest/api/3/issue/" + url.PathEscape(key))
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-uaresolveref-int/1.0.0"`
}

// Near misses: another service's base, and a reference with a host of
// its own, which replaces the base's.

var hooks, _ = url.Parse("https://hooks.slack.com/")

func Notify(ctx context.Context, path string) (*http.Response, error) {
	u := hooks.ResolveReference(&url.URL{Path: "services/" + path})
	req, err := http.NewRequestWithContext(ctx, "POST", u.String(), nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func Mirror(ctx context.Context) (*http.Response, error) {
	u := site.ResolveReference(&url.URL{Scheme: "https", Host: "mirror.example.com", Path: "/rest/status"})
	req, err := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
