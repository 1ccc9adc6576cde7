// Package partlyguarded exchanges the code in a helper that two
// callbacks share; one checks the state first, the other does not.
package partlyguarded

import (
	"context"
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

var (
	conf = &oauth2.Config{
		ClientID: "id",
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://auth.atlassian.com/authorize",
			TokenURL: "https://auth.atlassian.com/oauth/token",
		},
	}
	pending sync.Map
)

func exchange(ctx context.Context, r *http.Request) (*oauth2.Token, error) {
	return conf.Exchange(ctx, r.URL.Query().Get("code")) // want `the callback exchanges the authorization code without first comparing`
}

func checked(w http.ResponseWriter, r *http.Request) {
	if _, ok := pending.LoadAndDelete(r.URL.Query().Get("state")); !ok {
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	exchange(r.Context(), r)
}

func unchecked(w http.ResponseWriter, r *http.Request) {
	exchange(r.Context(), r)
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/cb", checked)
	mux.HandleFunc("/cb2", unchecked)
}
