// Package sendlib sends requests that other packages build.
package sendlib

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

// Send sends req as it is.
func Send(req *http.Request) (*http.Response, error) { // want Send:"sends parameter 0"
	return http.DefaultClient.Do(req)
}

// Client sends requests with an OAuth 2.0 token.
type Client struct {
	http *http.Client
}

func New(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) *Client {
	return &Client{http: conf.Client(ctx, tok)}
}

// Do sends req with the client's token.
func (c *Client) Do(req *http.Request) (*http.Response, error) { // want Do:"sends parameter 1 with a bearer token"
	return c.http.Do(req)
}

// Retry sends req through Send.
func Retry(req *http.Request) (*http.Response, error) { // want Retry:"sends parameter 0"
	resp, err := Send(req)
	if err != nil {
		return Send(req)
	}
	return resp, err
}

// Gateway moves req to the API gateway and sends it.
func Gateway(req *http.Request, cloudID string) (*http.Response, error) { // want Gateway:"sends parameter 0, changes the URL of parameter 0"
	req.URL.Host = "api.atlassian.com"
	req.URL.Path = "/ex/jira/" + cloudID + req.URL.Path
	return http.DefaultClient.Do(req)
}
