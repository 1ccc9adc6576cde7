// Package webapp is a web application that connects users' Atlassian
// accounts with OAuth 2.0 (3LO). It has grown one callback per team
// that touched it; shape 4 of issue 12: only some of them make the
// exchange depend on a successful comparison of the state.
package webapp

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"os"

	"golang.org/x/oauth2"

	"example.com/shapes/webapp/statecheck"
)

// Server serves the connect flow.
type Server struct {
	conf     *oauth2.Config
	sessions map[string]map[string]string // session ID -> values
	tokens   map[string]*oauth2.Token
}

// New returns a server configured from the environment.
func New() *Server {
	return &Server{
		conf: &oauth2.Config{
			ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
			ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
			RedirectURL:  "https://app.example.com/oauth/callback",
			Scopes:       []string{"read:jira-work", "offline_access"},
			Endpoint: oauth2.Endpoint{
				AuthURL:  "https://auth.atlassian.com/authorize",
				TokenURL: "https://auth.atlassian.com/oauth/token",
			},
		},
		sessions: map[string]map[string]string{},
		tokens:   map[string]*oauth2.Token{},
	}
}

// Routes registers the handlers.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/connect", s.handleConnect)
	mux.HandleFunc("/oauth/callback", s.handleCallback)
	mux.HandleFunc("/oauth/callback/logged", s.handleCallbackLogged)
	mux.HandleFunc("/oauth/callback/ignored", s.handleCallbackIgnored)
	mux.HandleFunc("/oauth/callback/optional", s.handleCallbackOptionalCookie)
	mux.HandleFunc("/oauth/callback/stored", s.handleCallbackStored)
	mux.HandleFunc("/oauth/callback/helper", s.handleCallbackHelper)
	mux.HandleFunc("/oauth/callback/unchecked-helper", s.handleCallbackHelperIgnored)
	mux.HandleFunc("/oauth/callback/flag", s.handleCallbackFlag)
	mux.Handle("/oauth/callback/mw", statecheck.Middleware(http.HandlerFunc(s.handleCallbackBehindMiddleware)))
}

func randomState() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *Server) handleConnect(w http.ResponseWriter, r *http.Request) {
	state := randomState()
	http.SetCookie(w, &http.Cookie{Name: statecheck.Cookie, Value: state, Path: "/oauth", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	u := s.conf.AuthCodeURL(state,
		oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
		oauth2.SetAuthURLParam("prompt", "consent"))
	http.Redirect(w, r, u, http.StatusFound)
}

func (s *Server) keep(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	c, err := r.Cookie("session")
	if err != nil {
		http.Error(w, "no session", http.StatusUnauthorized)
		return
	}
	s.tokens[c.Value] = tok
	http.Redirect(w, r, "/", http.StatusFound)
}
