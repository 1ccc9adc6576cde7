// Package web verifies its callbacks' states with package verify: a
// helper's answer guards the exchange only when the exchange waits
// for the answer that says the state matched.
package web

import (
	"log"
	"net/http"

	"golang.org/x/oauth2"

	"verdictpkg/verify"
)

var conf = &oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

func keep(tok *oauth2.Token, err error) {}

func errorChecked(w http.ResponseWriter, r *http.Request) {
	if err := verify.State(r); err != nil {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func errorLogged(w http.ResponseWriter, r *http.Request) {
	if err := verify.State(r); err != nil {
		log.Print(err)
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func errorDropped(w http.ResponseWriter, r *http.Request) {
	_ = verify.State(r)
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func mismatchChecked(w http.ResponseWriter, r *http.Request) {
	if verify.Mismatch(r) {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func mismatchBackwards(w http.ResponseWriter, r *http.Request) {
	if !verify.Mismatch(r) {
		log.Print("state ok")
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func equalChecked(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || !verify.Equal(r.FormValue("state"), c.Value) {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

// Equal given two values neither of which is the state checks nothing.
func equalOfOthers(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || !verify.Equal(c.Value, c.Path) {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func behindStrict(w http.ResponseWriter, r *http.Request) {
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func behindLenient(w http.ResponseWriter, r *http.Request) {
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/a", errorChecked)
	mux.HandleFunc("/b", errorLogged)
	mux.HandleFunc("/c", errorDropped)
	mux.HandleFunc("/d", mismatchChecked)
	mux.HandleFunc("/e", mismatchBackwards)
	mux.HandleFunc("/f", equalChecked)
	mux.HandleFunc("/g", equalOfOthers)
	mux.Handle("/h", verify.Strict(http.HandlerFunc(behindStrict)))
	mux.Handle("/i", verify.Lenient(http.HandlerFunc(behindLenient)))
}

func queryCookieChecked(w http.ResponseWriter, r *http.Request) {
	if _, err := verify.QueryCookie(r, "state"); err != nil {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func queryCookieOfAnotherName(w http.ResponseWriter, r *http.Request) {
	if _, err := verify.QueryCookie(r, "session"); err != nil {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

// A relying party configured without cookies reads the state and
// compares it with nothing (zitadel's tryReadStateCookie).
type party struct{ cookies bool }

func (p *party) readState(r *http.Request) (string, error) {
	if !p.cookies {
		return r.FormValue("state"), nil
	}
	return verify.QueryCookie(r, "state")
}

// readStrictly refuses to go on without cookies.
func (p *party) readStrictly(r *http.Request) (string, error) { // want readStrictly:`^checks state \(result 1 nil\)$`
	if !p.cookies {
		return "", verify.ErrState
	}
	return verify.QueryCookie(r, "state")
}

func (p *party) callback(w http.ResponseWriter, r *http.Request) {
	if _, err := p.readState(r); err != nil {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func (p *party) strictCallback(w http.ResponseWriter, r *http.Request) {
	if _, err := p.readStrictly(r); err != nil {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}
