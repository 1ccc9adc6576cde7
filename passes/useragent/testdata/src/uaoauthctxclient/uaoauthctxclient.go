// Package uaoauthctxclient puts an *http.Client of its own into the
// contexts its oauth2 clients get: what that client's transport sends
// is not known at the send.
package uaoauthctxclient

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "id"}

var base = &http.Client{}

func withClient(ctx context.Context) context.Context {
	return context.WithValue(ctx, oauth2.HTTPClient, base)
}

func me(ctx context.Context, tok *oauth2.Token) {
	conf.Client(withClient(ctx), tok).Get("https://api.atlassian.com/me")
}

func fromCaller(ctx context.Context, tok *oauth2.Token) {
	conf.Client(ctx, tok).Get("https://api.atlassian.com/me")
}
