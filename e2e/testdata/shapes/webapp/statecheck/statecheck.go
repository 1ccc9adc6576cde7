// Package statecheck verifies the OAuth state of a callback against the
// cookie the authorize handler set: as a helper that returns an error,
// and as a middleware that refuses the request.
package statecheck

import (
	"crypto/subtle"
	"errors"
	"net/http"
)

// Cookie is the name of the cookie that holds the expected state.
const Cookie = "oauth_state"

// ErrState is returned for a callback whose state does not match.
var ErrState = errors.New("statecheck: state does not match the session")

// Verify compares the callback's state with the cookie.
func Verify(r *http.Request) error {
	c, err := r.Cookie(Cookie)
	if err != nil {
		return ErrState
	}
	got := r.URL.Query().Get("state")
	if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(c.Value)) != 1 {
		return ErrState
	}
	return nil
}

// Middleware lets through only callbacks whose state matches.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := Verify(r); err != nil {
			http.Error(w, "invalid state", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}
