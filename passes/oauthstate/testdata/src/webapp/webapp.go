// Package webapp is a small web app that links a user's Atlassian
// account: a login handler that stores state in a cookie and a
// callback that checks it, next to the legacy pair that got it wrong.
package webapp

import (
	"crypto/subtle"
	"net/http"
	"os"
	"time"

	"golang.org/x/oauth2"
)

const stateCookie = "atl_oauth_state"

type App struct {
	oauth *oauth2.Config
	users map[string]*oauth2.Token
}

func NewApp() *App {
	return &App{
		oauth: &oauth2.Config{
			ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
			ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
			RedirectURL:  "https://incidents.example.com/oauth/atlassian/callback",
			Scopes:       []string{"read:jira-work", "write:jira-work", "offline_access"},
			Endpoint: oauth2.Endpoint{
				AuthURL:  "https://auth.atlassian.com/authorize",
				TokenURL: "https://auth.atlassian.com/oauth/token",
			},
		},
		users: map[string]*oauth2.Token{},
	}
}

func (a *App) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/oauth/atlassian/login", a.login)
	mux.HandleFunc("/oauth/atlassian/callback", a.callback)
	mux.HandleFunc("/legacy/login", a.legacyLogin)
	mux.HandleFunc("/legacy/callback", a.legacyCallback)
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	state := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{
		Name:     stateCookie,
		Value:    state,
		Path:     "/oauth/atlassian",
		Expires:  time.Now().Add(10 * time.Minute),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
	url := a.oauth.AuthCodeURL(state,
		oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
		oauth2.ApprovalForce,
	)
	http.Redirect(w, r, url, http.StatusFound)
}

func (a *App) callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(stateCookie)
	if err != nil || subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.URL.Query().Get("state"))) != 1 {
		http.Error(w, "invalid OAuth state", http.StatusBadRequest)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: stateCookie, MaxAge: -1, Path: "/oauth/atlassian"})
	tok, err := a.oauth.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "token exchange failed", http.StatusBadGateway)
		return
	}
	a.users[currentUser(r)] = tok
	http.Redirect(w, r, "/", http.StatusFound)
}

func currentUser(r *http.Request) string { return r.Header.Get("X-User") }

// The legacy pair: a fixed state and a callback that never checks it.

func (a *App) legacyLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, a.oauth.AuthCodeURL("incidents-app"), http.StatusFound) // want `state is the constant "incidents-app"` `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}

func (a *App) legacyCallback(w http.ResponseWriter, r *http.Request) {
	tok, err := a.oauth.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	if err != nil {
		http.Error(w, "token exchange failed", http.StatusBadGateway)
		return
	}
	a.users[currentUser(r)] = tok
}
