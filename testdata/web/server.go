// Package web is the integration's settings page: users connect their
// Atlassian account with OAuth 2.0 (3LO), and the page shows their
// Jira profile.
package web

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"os"

	"golang.org/x/oauth2"

	"example.com/jiraintegration/atlauth"
)

// Server serves the settings page.
type Server struct {
	conf   *oauth2.Config
	tokens map[string]*oauth2.Token // by session; a real app stores them encrypted
}

// New configures the server from the environment.
func New() *Server {
	// OK(secrets/hardcoded-credential): the secret comes from the environment.
	conf := atlauth.Config(os.Getenv("ATLASSIAN_CLIENT_ID"), os.Getenv("ATLASSIAN_CLIENT_SECRET"),
		// MISTAKE(oauthstate/insecure-redirect): the callback is served over plain http.
		"http://jira-sync.acme.example/oauth/callback")
	return &Server{conf: conf, tokens: map[string]*oauth2.Token{}}
}

// NewDev is the configuration for a developer's machine.
func NewDev() *Server {
	// OK(oauthstate/insecure-redirect): a loopback address may use http.
	conf := atlauth.Config("dev-client-id", os.Getenv("ATLASSIAN_CLIENT_SECRET"), "http://localhost:8080/oauth/callback")
	return &Server{conf: conf, tokens: map[string]*oauth2.Token{}}
}

// newState returns an unguessable value to bind the authorization to
// the browser that started it.
func newState() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// Login starts the authorization: the state goes into a cookie that
// Callback compares with the state Atlassian sends back.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	state, err := newState()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, Path: "/oauth", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	// OK(oauthstate/missing-state) OK(oauthstate/missing-prompt) OK(oauthstate/missing-audience)
	u := s.conf.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce)
	http.Redirect(w, r, u, http.StatusFound)
}

// Callback finishes the authorization started by Login.
func (s *Server) Callback(w http.ResponseWriter, r *http.Request) {
	cookie, err := r.Cookie("oauth_state")
	if err != nil || cookie.Value == "" || cookie.Value != r.FormValue("state") {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	// OK(oauthstate/unverified-state): the state was compared with the cookie.
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "authorization failed", http.StatusBadGateway)
		return
	}
	s.tokens[cookie.Value] = tok
	http.Redirect(w, r, "/settings", http.StatusFound)
}

// Reconnect was added for users whose grant was revoked; it skips the
// checks Login makes.
func (s *Server) Reconnect(w http.ResponseWriter, r *http.Request) {
	// MISTAKE(oauthstate/constant-state): every user gets the same state.
	// MISTAKE(oauthstate/missing-audience): the fix adds audience=api.atlassian.com.
	u := s.conf.AuthCodeURL("reconnect", oauth2.ApprovalForce)
	http.Redirect(w, r, u, http.StatusFound)
}

// ReconnectCallback finishes Reconnect.
func (s *Server) ReconnectCallback(w http.ResponseWriter, r *http.Request) {
	// MISTAKE(oauthstate/unverified-state): the state is never checked.
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "authorization failed", http.StatusBadGateway)
		return
	}
	s.tokens[r.FormValue("session")] = tok
	http.Redirect(w, r, "/settings", http.StatusFound)
}
