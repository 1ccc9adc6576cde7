// Package verify checks callbacks' states for package web: its facts
// say which result answers, and which way.
package verify

import (
	"errors"
	"log"
	"net/http"
)

var ErrState = errors.New("verify: state does not match")

// State returns nil when the state matches the cookie.
func State(r *http.Request) error { // want State:`^checks state \(result 0 nil\)$`
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return ErrState
	}
	if c.Value != r.URL.Query().Get("state") {
		return ErrState
	}
	return nil
}

// Mismatch reports whether the state does not match.
func Mismatch(r *http.Request) bool { // want Mismatch:`^checks state \(result 0 false\)$`
	return State(r) != nil
}

// Equal compares a state with the stored one.
func Equal(got, want string) bool { // want Equal:`^compares param 0, compares param 1 \(result 0 true\)$`
	return got != "" && got == want
}

// Lenient logs a mismatch and lets the request through.
func Lenient(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := State(r); err != nil {
			log.Print(err)
		}
		next.ServeHTTP(w, r)
	})
}

// Strict refuses a mismatch.
func Strict(next http.Handler) http.Handler { // want Strict:`^middleware checks state$`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if Mismatch(r) {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// QueryCookie returns the cookie named name once the request's query
// or form value of that name matched it.
func QueryCookie(r *http.Request, name string) (string, error) { // want QueryCookie:`^compares the request value named by param 1 \(result 1 nil\)$`
	c, err := r.Cookie(name)
	if err != nil {
		return "", err
	}
	if c.Value != r.FormValue(name) {
		return "", errors.New(name + " does not match its cookie")
	}
	return c.Value, nil
}
