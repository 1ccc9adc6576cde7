// Package uaoauthctx puts its own client into contexts for oauth2, so
// even a request's context may carry it.
package uaoauthctx

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "id"}

type agent struct{}

func (agent) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("User-Agent", "jira-uaoauthctx-int/1.0.0")
	return http.DefaultTransport.RoundTrip(r)
}

func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), oauth2.HTTPClient, &http.Client{Transport: agent{}})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func projects(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	conf.Client(r.Context(), tok).Get("https://api.atlassian.com/me")
}
