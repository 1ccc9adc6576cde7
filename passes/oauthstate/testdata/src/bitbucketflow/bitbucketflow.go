// Package bitbucketflow uses Bitbucket Cloud's authorization server,
// to which only the state rules apply.
package bitbucketflow

import (
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/bitbucket"
)

var conf = &oauth2.Config{
	ClientID:    "key",
	RedirectURL: "http://app.example.com/bitbucket/callback", // want `redirect URI http://app.example.com uses plain http`
	Endpoint:    bitbucket.Endpoint,
}

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(""), http.StatusFound) // want `AuthCodeURL is called with an empty state, so the authorize URL has no state parameter; without it an attacker can link their Bitbucket account`
}

func loginConstant(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL("bitbucket"), http.StatusFound) // want `state is the constant "bitbucket", the same for every user; an attacker who knows it can link their Bitbucket account`
}

func handBuilt(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://bitbucket.org/site/oauth2/authorize?client_id=key&response_type=code", http.StatusFound) // want `authorize URL has no state parameter; without it an attacker can link their Bitbucket account`
}

func callback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")) // want `the callback exchanges the authorization code without first comparing.*an attacker can link their Bitbucket account`
	_, _ = tok, err
}

// Near misses: no prompt or audience on Bitbucket.

func loginGood(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(oauth2.GenerateVerifier()), http.StatusFound)
}
