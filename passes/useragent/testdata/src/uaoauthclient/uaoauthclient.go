// Package uaoauthclient sends 3LO requests through oauth2's client,
// which uses the *http.Client a context carries under oauth2.HTTPClient
// (http.DefaultClient when none).
package uaoauthclient

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "id"}

// An incoming request's context carries no client of oauth2's.
func projects(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	hc := conf.Client(r.Context(), tok)
	hc.Get("https://api.atlassian.com/ex/jira/11223344-a1b2-3b33-c444-def123456789/rest/api/3/project") // want `request to api\.atlassian\.com is sent with Go's default User-Agent`
}

func background(tok *oauth2.Token) {
	conf.Client(context.Background(), tok).Get("https://api.atlassian.com/me") // want `request to api\.atlassian\.com is sent with Go's default User-Agent`
}

// A context from the caller carries no client either: nothing in this
// package, or a package of the module it imports, puts one there.
func fromCaller(ctx context.Context, tok *oauth2.Token) {
	conf.Client(ctx, tok).Get("https://api.atlassian.com/me") // want `request to api\.atlassian\.com is sent with Go's default User-Agent`
}
