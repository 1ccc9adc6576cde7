// Package methodvalues calls AuthCodeURL and Exchange through method
// values, method expressions, go and defer: the receiver is then bound
// in a closure or passed first, and the state is not the first argument.
package methodvalues

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

var consent = []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce}

// methodValue is the shape that crashed the pass: a method value
// called with the state alone.
func methodValue() {
	authURL := conf.AuthCodeURL
	println(authURL("state")) // want `state is the constant "state"` `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}

// The method expression's first argument is the config, not the state.
func methodExpression() string {
	return (*oauth2.Config).AuthCodeURL( // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
		conf,
		"mexpr", // want `state is the constant "mexpr"`
	)
}

func exchangeValue(w http.ResponseWriter, r *http.Request) {
	ex := conf.Exchange
	tok, err := ex(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

func deferredExchange(w http.ResponseWriter, r *http.Request) {
	defer conf.Exchange(context.Background(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
}

func goExchange(w http.ResponseWriter, r *http.Request) {
	go conf.Exchange(context.Background(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
}

func uncheckedThenGo(w http.ResponseWriter, r *http.Request) {
	go func() {
		tok, _ := conf.Exchange(context.Background(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
		_ = tok
	}()
}

// Near misses.

func methodValueGood() string {
	authURL := conf.AuthCodeURL
	return authURL(oauth2.GenerateVerifier(), consent...)
}

func methodExpressionGood() string {
	return (*oauth2.Config).AuthCodeURL(conf, oauth2.GenerateVerifier(), consent...)
}

type urlMaker interface {
	AuthCodeURL(state string, opts ...oauth2.AuthCodeOption) string
}

// Through an interface the config is not known: nothing to judge.
func viaInterface(m urlMaker) string { return m.AuthCodeURL("iface") }

func checked(r *http.Request) bool { // want checked:`^checks state \(result 0 true\)$`
	c, err := r.Cookie("state")
	return err == nil && c.Value == r.FormValue("state")
}

func exchangeValueChecked(w http.ResponseWriter, r *http.Request) {
	if !checked(r) {
		return
	}
	ex := conf.Exchange
	tok, err := ex(r.Context(), r.FormValue("code"))
	_, _ = tok, err
}

// A closure started after the check shares the checked request.
func checkedThenGo(w http.ResponseWriter, r *http.Request) {
	if !checked(r) {
		return
	}
	go func() {
		tok, _ := conf.Exchange(context.Background(), r.FormValue("code"))
		_ = tok
	}()
}
