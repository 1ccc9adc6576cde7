// Package guardedexchange holds callbacks that compare the state, and
// ones whose exchange runs whatever the comparison found: the
// exchange must be reachable only through a successful comparison.
package guardedexchange

import (
	"crypto/subtle"
	"errors"
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

var sessions = map[string]map[string]string{}

func keep(tok *oauth2.Token, err error) {}

// Reported: the exchange runs when the comparison failed too.

func mismatchLogged(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return
	}
	if r.FormValue("state") != c.Value {
		log.Printf("state mismatch")
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func resultIgnored(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return
	}
	valid := subtle.ConstantTimeCompare([]byte(r.FormValue("state")), []byte(c.Value)) == 1
	_ = valid
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func resultOnlyLogged(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return
	}
	log.Printf("state valid: %v", r.FormValue("state") == c.Value)
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func skippedWithoutCookie(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("oauth_state"); err == nil {
		if c.Value != r.FormValue("state") {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func storedNeverCompared(w http.ResponseWriter, r *http.Request) {
	sid, err := r.Cookie("session")
	if err != nil {
		return
	}
	sessions[sid.Value]["returned_state"] = r.FormValue("state")
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func wrongWayRound(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return
	}
	if r.FormValue("state") == c.Value {
		http.Redirect(w, r, "/already-linked", http.StatusFound)
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func onlyForPost(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		c, err := r.Cookie("oauth_state")
		if err != nil || c.Value != r.FormValue("state") {
			return
		}
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

var trustAll bool

func bypassedByFlag(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("oauth_state")
	ok := trustAll || c.Value == r.FormValue("state")
	if !ok {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

// validState answers true when the state matches; mismatched answers
// true when it does not.
func validState(r *http.Request) bool { // want validState:`^checks state \(result 0 true\)$`
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.FormValue("state"))) == 1
}

func mismatched(r *http.Request) bool { // want mismatched:`^checks state \(result 0 false\)$`
	c, err := r.Cookie("oauth_state")
	return err != nil || c.Value != r.FormValue("state")
}

var errState = errors.New("state mismatch")

func checkState(r *http.Request) error { // want checkState:`^checks state \(result 0 nil\)$`
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return err
	}
	if c.Value != r.FormValue("state") {
		return errState
	}
	return nil
}

func helperIgnored(w http.ResponseWriter, r *http.Request) {
	validState(r)
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func helperErrorLogged(w http.ResponseWriter, r *http.Request) {
	if err := checkState(r); err != nil {
		log.Print(err)
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

func helperReadBackwards(w http.ResponseWriter, r *http.Request) {
	if mismatched(r) {
		log.Print("state mismatch")
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

// loose never says no: it is no check.
func loose(r *http.Request) bool {
	if r.FormValue("state") != "" {
		return true
	}
	return true
}

func looseHelper(w http.ResponseWriter, r *http.Request) {
	if !loose(r) {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}

// Near misses: the exchange runs only after the comparison succeeded.

func constantTime(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return
	}
	if subtle.ConstantTimeCompare([]byte(r.FormValue("state")), []byte(c.Value)) != 1 {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func constantTimeZero(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || subtle.ConstantTimeCompare([]byte(r.FormValue("state")), []byte(c.Value)) == 0 {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func helperBool(w http.ResponseWriter, r *http.Request) {
	if !validState(r) {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func helperBackwardsRight(w http.ResponseWriter, r *http.Request) {
	if mismatched(r) {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func helperError(w http.ResponseWriter, r *http.Request) {
	if err := checkState(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func helperInVariable(w http.ResponseWriter, r *http.Request) {
	ok := validState(r)
	if ok {
		keep(conf.Exchange(r.Context(), r.FormValue("code")))
	}
}

func andValue(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	ok := err == nil && c.Value == r.FormValue("state")
	if !ok {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func switchCase(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	switch {
	case err != nil:
		return
	case c.Value != r.FormValue("state"):
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func panicsOnMismatch(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value != r.FormValue("state") {
		panic("state mismatch")
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

func immediateClosure(w http.ResponseWriter, r *http.Request) {
	ok := func() bool {
		c, err := r.Cookie("oauth_state")
		return err == nil && c.Value == r.FormValue("state")
	}()
	if !ok {
		return
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

// A server that stops on a mismatch does not exchange after it.
func fatalOnMismatch(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value != r.FormValue("state") {
		log.Fatalf("state mismatch from %s", r.RemoteAddr)
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code")))
}

// log.Print is no log.Fatal.
func printOnMismatch(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value != r.FormValue("state") {
		log.Printf("state mismatch from %s", r.RemoteAddr)
	}
	keep(conf.Exchange(r.Context(), r.FormValue("code"))) // want `the callback exchanges the authorization code without first comparing`
}
