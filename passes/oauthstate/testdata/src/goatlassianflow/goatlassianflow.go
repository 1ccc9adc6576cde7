// Package goatlassianflow runs the 3LO flow through go-atlassian's
// OAuth service, whose authorize URL always carries prompt, audience
// and response_type: only the state rules apply to it.
package goatlassianflow

import (
	"crypto/rand"
	"net/http"
	"os"

	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/ctreminiom/go-atlassian/v2/service/common"
)

var config = &common.OAuth2Config{
	ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
	ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
	RedirectURI:  "http://jira-sync.acme.example/callback", // want `redirect URI http://jira-sync.acme.example uses plain http on a host that is not loopback`
}

var local = &common.OAuth2Config{RedirectURI: "http://127.0.0.1:8976/callback"}

func newClient() (*v3.Client, error) {
	return v3.New(http.DefaultClient, "https://api.atlassian.com/ex/jira/cloud-id", v3.WithOAuth(config))
}

func constantState(w http.ResponseWriter, r *http.Request) {
	client, err := newClient()
	if err != nil {
		return
	}
	u, err := client.OAuth.GetAuthorizationURL([]string{"read:jira-work"}, "acme-login") // want `state is the constant "acme-login"`
	if err != nil {
		return
	}
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func randomState(w http.ResponseWriter, r *http.Request) {
	client, err := newClient()
	if err != nil {
		return
	}
	state := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	u, err := client.OAuth.GetAuthorizationURL([]string{"read:jira-work"}, state)
	if err != nil {
		return
	}
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func unverified(w http.ResponseWriter, r *http.Request) {
	client, err := newClient()
	if err != nil {
		return
	}
	tok, err := client.OAuth.ExchangeAuthorizationCode(r.Context(), r.URL.Query().Get("code")) // want `the callback exchanges the authorization code without first comparing the request's state`
	if err != nil {
		return
	}
	_ = tok
}

func verified(w http.ResponseWriter, r *http.Request) {
	cookie, err := r.Cookie("state")
	if err != nil || cookie.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	client, err := newClient()
	if err != nil {
		return
	}
	tok, err := client.OAuth.ExchangeAuthorizationCode(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	_ = tok
}
