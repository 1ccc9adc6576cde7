// Package jira holds the Jira site and REST paths, and sends through
// atlhttp: the requests are judged at its calls, once per send of the
// helper, where it gives the helper an Atlassian URL.
package jira

import (
	"context"
	"net/http"

	"uacrosshelper/atlhttp"
)

const site = "https://acme.atlassian.net"

type Client struct {
	http *atlhttp.HTTPClient
}

func New(token string) *Client {
	return &Client{http: atlhttp.NewHTTPClient(site, token)}
}

// The path alone is Atlassian's, wherever the base points.
func Myself(ctx context.Context, hc *atlhttp.HTTPClient) (*http.Response, error) {
	return hc.Get(ctx, "/rest/api/3/myself") // want `request to the Atlassian REST path /rest/api/3/myself is sent by atlhttp.\(\*HTTPClient\).Do \(atlhttp.go:33\) with Go's default User-Agent; set one there, such as "jira-jira-int/1.0.0"`
}

// Judged above already: the helper's send is reported once per package.
func (c *Client) Issue(ctx context.Context, key string) (*http.Response, error) {
	return c.http.Get(ctx, "/rest/api/3/issue/"+key)
}

// Fetch's URL is the caller's whole argument.
func Status(ctx context.Context) (*http.Response, error) {
	return atlhttp.Fetch(ctx, site+"/status") // want `request to acme.atlassian.net is sent by atlhttp.Fetch \(atlhttp.go:50\) with Go's default User-Agent`
}

// A User-Agent set by the helper on every path.
func Agent(ctx context.Context) (*http.Response, error) {
	return atlhttp.NewAgentClient(site).Get(ctx, "/rest/api/3/myself")
}

// Set only on the path where the caller configured one.
func Sometimes(ctx context.Context) (*http.Response, error) {
	return atlhttp.NewSometimesClient(site).Get(ctx, "/status") // want `request to acme.atlassian.net is sent by atlhttp.\(\*SometimesClient\).Get \(atlhttp.go:88\) with Go's default User-Agent when c.Agent == "": the User-Agent is set only on the other paths; set it there before the send on every path`
}

// Probe's send is reported in atlhttp, which gives it a site itself.
func Probe(ctx context.Context) (*http.Response, error) {
	return atlhttp.Probe(ctx, site+"/rest/api/3/serverInfo")
}
