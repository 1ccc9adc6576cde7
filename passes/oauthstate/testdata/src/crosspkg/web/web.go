// Package web serves the flow with the configuration and state built
// in package atlauth.
package web

import (
	"net/http"

	"golang.org/x/oauth2"

	"crosspkg/atlauth"
)

var conf = atlauth.Config("client", "secret", "https://app.example.com/callback")

var consent = []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce}

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(atlauth.NewState()), http.StatusFound) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}

func loginGov(w http.ResponseWriter, r *http.Request) {
	gov := atlauth.GovConfig("client")
	http.Redirect(w, r, gov.AuthCodeURL(atlauth.NewState(), oauth2.ApprovalForce), http.StatusFound) // want `authorize URL has no audience=api.atlassian-us-gov-mod.com`
}

func loginShared(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, atlauth.Shared.AuthCodeURL(atlauth.QuickState(), consent...), http.StatusFound) // want `state is made from math/rand`
}

func loginDefault(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(atlauth.DefaultState(), consent...), http.StatusFound) // want `state is the constant "atlauth"`
}

func endpoint(w http.ResponseWriter, r *http.Request) {
	c := &oauth2.Config{Endpoint: atlauth.Endpoint}
	http.Redirect(w, r, c.AuthCodeURL(atlauth.NewState()), http.StatusFound) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}

func callback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

// Near misses.

func loginGood(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(atlauth.NewState(), consent...), http.StatusFound)
}

func callbackChecked(w http.ResponseWriter, r *http.Request) {
	if err := atlauth.CheckState(r); err != nil {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	_, _ = tok, err
}
