// Package paramfixes: an authorize URL that lacks several parameters
// gets one fix adding all of them, so that no two fixes insert at one
// point (go fix and go vet -fix refuse a package whose fixes overlap).
package paramfixes

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

func both(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}

// The prompt finding is silenced: the audience finding's fix adds the
// audience alone.
func promptSilenced(w http.ResponseWriter, r *http.Request, state string) {
	//atlvet:ignore oauthstate/missing-prompt our consent screen comes first
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound) // want `authorize URL has no audience=api.atlassian.com`
}

func literal(w http.ResponseWriter, r *http.Request) {
	state := rand.Text()
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?client_id=client&response_type=code&state="+state, http.StatusFound) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}

func literalAllMissing(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?client_id=client&state=fixed", http.StatusFound) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com` `authorize URL has no response_type=code` `state is the constant "fixed"`
}
