// Package web registers its callbacks wrapped in middleware of package
// mw, or of code atlvet cannot see.
package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"

	"crossmw/mw"
)

var conf = &oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

// Wrapper is middleware chosen at run time.
type Wrapper interface {
	Wrap(http.HandlerFunc) http.HandlerFunc
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	_, _ = tok, err
}

func wrappedTwice(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	_, _ = tok, err
}

func wrappedUnknown(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	_, _ = tok, err
}

func onlyLogged(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

func Routes(mux *http.ServeMux, wr Wrapper) {
	mux.HandleFunc("/callback", mw.RequireState(wrapped))
	mux.Handle("/callback2", http.StripPrefix("/x", mw.Logged(mw.RequireState(wrappedTwice))))
	mux.HandleFunc("/callback3", wr.Wrap(wrappedUnknown))
	mux.HandleFunc("/callback4", mw.Logged(onlyLogged))
}

func ginCallback(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code"))
	_, _ = tok, err
}

func ginUnchecked(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

func GinRoutes(r *gin.Engine) {
	r.GET("/gin/callback", mw.VerifyState, ginCallback)
	r.GET("/gin/unchecked", ginUnchecked)
}
