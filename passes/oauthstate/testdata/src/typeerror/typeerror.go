// Package typeerror does not type-check.
package typeerror

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}

func broken(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(undefinedState, oauth2.ApprovalForce, 42), http.StatusFound)
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"), missing)
	_ = tok.Nope
}

func fine(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(""), http.StatusFound)
}
