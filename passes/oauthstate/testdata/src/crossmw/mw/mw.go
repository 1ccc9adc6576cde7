// Package mw holds middleware that the web package wraps around its
// callbacks: the check of state is in the handler RequireState returns.
package mw

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// RequireState checks the state cookie before calling next.
func RequireState(next http.HandlerFunc) http.HandlerFunc { // want RequireState:"middleware checks state"
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("oauth_state")
		if err != nil || c.Value != r.URL.Query().Get("state") {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		next(w, r)
	}
}

// Logged logs the request and calls next: it checks nothing.
func Logged(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		println(r.URL.Path)
		next(w, r)
	}
}

// VerifyState is gin middleware that checks state and leaves the
// exchange to the next handler.
func VerifyState(c *gin.Context) { // want VerifyState:"middleware checks state"
	want, err := c.Cookie("oauthstate")
	if err != nil || c.Query("state") != want {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Next()
}
