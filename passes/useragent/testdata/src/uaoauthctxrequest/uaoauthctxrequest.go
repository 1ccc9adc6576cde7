// Package uaoauthctxrequest puts a client of its own into some
// contexts for oauth2 but never into the requests it serves: a client
// over a served request's context, or over context.Background, sends
// Go's default User-Agent.
package uaoauthctxrequest

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "id"}

type agent struct{}

func (agent) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(context.Background())
	r.Header.Set("User-Agent", "jira-uaoauthctxrequest-int/1.0.0")
	return http.DefaultTransport.RoundTrip(r)
}

func withAgent(ctx context.Context) context.Context {
	return context.WithValue(ctx, oauth2.HTTPClient, &http.Client{Transport: agent{}})
}

// The request's context holds no base client.
func sites(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	conf.Client(r.Context(), tok).Get("https://api.atlassian.com/oauth/token/accessible-resources") // want `request to api.atlassian.com is sent with Go's default User-Agent`
}

// Nor does a child of it.
func sitesTimeout(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	conf.Client(ctx, tok).Get("https://api.atlassian.com/oauth/token/accessible-resources") // want `request to api.atlassian.com is sent with Go's default User-Agent`
}

type key struct{}

func background(tok *oauth2.Token) {
	ctx := context.WithValue(context.Background(), key{}, "v")
	conf.Client(ctx, tok).Get("https://api.atlassian.com/me") // want `request to api.atlassian.com is sent with Go's default User-Agent`
}

// Near misses: the base client is in the context, on every path.
func me(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	ctx, cancel := context.WithTimeout(context.WithValue(r.Context(), oauth2.HTTPClient, &http.Client{Transport: agent{}}), time.Second)
	defer cancel()
	conf.Client(ctx, tok).Get("https://api.atlassian.com/me")
}

func meVia(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	conf.Client(withAgent(r.Context()), tok).Get("https://api.atlassian.com/me")
}

// On some paths only: the paths are not told apart, so it stays silent.
func maybe(w http.ResponseWriter, r *http.Request, tok *oauth2.Token, withBase bool) {
	ctx := r.Context()
	if withBase {
		ctx = context.WithValue(ctx, oauth2.HTTPClient, &http.Client{Transport: agent{}})
	}
	conf.Client(ctx, tok).Get("https://api.atlassian.com/me")
}

// A context from a caller: whether it holds a client is not known, and
// this package puts clients into contexts.
func fromCaller(ctx context.Context, tok *oauth2.Token) {
	conf.Client(ctx, tok).Get("https://api.atlassian.com/me")
}

// A request the package sends, not one it serves: its context is the
// caller's.
func resend(req *http.Request, tok *oauth2.Token) {
	conf.Client(req.Context(), tok).Get("https://api.atlassian.com/me")
}
