// Package concat appends parameters to the URL AuthCodeURL returns.
package concat

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "client",
	Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"},
}

func appended(w http.ResponseWriter, r *http.Request, state string) {
	u := conf.AuthCodeURL(state) + "&prompt=consent" // want `authorize URL has no audience=api.atlassian.com`
	http.Redirect(w, r, u, http.StatusFound)
}

func plusAssign(w http.ResponseWriter, r *http.Request, state string) {
	u := conf.AuthCodeURL(state)
	u += "&audience=api.atlassian.com" // want `authorize URL has no prompt=consent`
	http.Redirect(w, r, u, http.StatusFound)
}

func stateAppended(w http.ResponseWriter, r *http.Request) {
	u := conf.AuthCodeURL("") + "&audience=api.atlassian.com&prompt=consent&state=" + "static" // want `state is the constant "static"`
	http.Redirect(w, r, u, http.StatusFound)
}

// Near misses.

func complete(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state)+"&audience=api.atlassian.com&prompt=consent", http.StatusFound)
}

func helper(state string) string {
	return conf.AuthCodeURL(state)
}

func viaHelper(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, helper(state)+"&audience=api.atlassian.com&prompt=consent", http.StatusFound)
}
