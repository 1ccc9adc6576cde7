package unverifiedstate

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

func save(tok *oauth2.Token) {}

func noCheck(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	tok, err := conf.Exchange(r.Context(), code) // want `the callback exchanges the authorization code without first comparing the request's state with the value bound to the user's session \(cookie, session or server-side store\); without that check an attacker can link their Atlassian account to your user's session`
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	save(tok)
}

func onlyEmptiness(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") == "" {
		http.Error(w, "missing state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	if err != nil {
		return
	}
	save(tok)
}

func checkedTooLate(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	if err != nil {
		return
	}
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value != r.FormValue("state") {
		return
	}
	save(tok)
}

// exchangeCode is called by a callback that does not check state.
func exchangeCode(ctx context.Context, code string) (*oauth2.Token, error) {
	return conf.Exchange(ctx, code) // want `the callback exchanges the authorization code without first comparing`
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	tok, err := exchangeCode(r.Context(), r.URL.Query().Get("code"))
	if err == nil {
		save(tok)
	}
}

// tokenPost posts the code to the token endpoint by hand.
func tokenPost(w http.ResponseWriter, r *http.Request) {
	form := url.Values{
		"grant_type":    {"authorization_code"},
		"client_id":     {conf.ClientID},
		"client_secret": {conf.ClientSecret},
		"code":          {r.FormValue("code")},
		"redirect_uri":  {conf.RedirectURL},
	}
	resp, err := http.PostForm("https://auth.atlassian.com/oauth/token", form) // want `the callback exchanges the authorization code without first comparing`
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var tok oauth2.Token
	json.NewDecoder(resp.Body).Decode(&tok)
}

// Near misses.

func cookieChecked(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.URL.Query().Get("state"))) != 1 {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err == nil {
		save(tok)
	}
}

type session struct{ Values map[string]any }

func getSession(r *http.Request) *session { return &session{} }

func sessionChecked(w http.ResponseWriter, r *http.Request) {
	sess := getSession(r)
	if sess.Values["oauth_state"] != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err == nil {
		save(tok)
	}
}

var (
	mu      sync.Mutex
	pending = map[string]time.Time{}
)

func storeChecked(w http.ResponseWriter, r *http.Request) {
	state := r.URL.Query().Get("state")
	mu.Lock()
	expires, ok := pending[state]
	delete(pending, state)
	mu.Unlock()
	if !ok || time.Now().After(expires) {
		http.Error(w, "unknown or expired state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err == nil {
		save(tok)
	}
}

// verifyState is a helper that checks state against a cookie.
func verifyState(r *http.Request) bool { // want verifyState:`^checks state \(result 0 true\)$`
	c, err := r.Cookie("oauth_state")
	return err == nil && c.Value == strings.TrimSpace(r.FormValue("state"))
}

func helperChecked(w http.ResponseWriter, r *http.Request) {
	if !verifyState(r) {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err == nil {
		save(tok)
	}
}

// requireState is middleware that checks state before the handler.
func requireState(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("oauth_state")
		if err != nil || c.Value != r.FormValue("state") {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err == nil {
		save(tok)
	}
}

func routes(mux *http.ServeMux) {
	mux.Handle("/callback", requireState(http.HandlerFunc(wrapped)))
	mux.HandleFunc("/callback2", noCheck)
}

// closureChecked is a handler literal that compares state.
func closureChecked(mux *http.ServeMux, states *sync.Map) {
	mux.HandleFunc("/callback3", func(w http.ResponseWriter, r *http.Request) {
		if _, ok := states.LoadAndDelete(r.FormValue("state")); !ok {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
		if err == nil {
			save(tok)
		}
	})
}

// refresh exchanges a code that does not come from a request.
func refresh(ctx context.Context, code string) {
	tok, err := conf.Exchange(ctx, code)
	if err == nil {
		save(tok)
	}
}

// Comparisons that bind nothing to the user's session: with a
// constant, and with the request's own state.
func onlyConstants(w http.ResponseWriter, r *http.Request) {
	st := r.URL.Query().Get("state")
	if st == "null" || st == "undefined" || strings.EqualFold(st, "none") {
		http.Error(w, "no state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")) // want `the callback exchanges the authorization code without first comparing`
	if err == nil {
		save(tok)
	}
}

func selfCompared(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != r.URL.Query().Get("state") {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	if err == nil {
		save(tok)
	}
}

// Another provider's flow (go-oauth2's example client): the attack is
// the same, the account linked is the attacker's own there.
var otherProvider = oauth2.Config{
	ClientID: "222222",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "http://localhost:9096/oauth/authorize",
		TokenURL: "http://localhost:9096/oauth/token",
	},
}

func otherCallback(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != "xyz" {
		http.Error(w, "State invalid", http.StatusBadRequest)
		return
	}
	tok, err := otherProvider.Exchange(context.Background(), r.FormValue("code")) // want `without that check an attacker can link their own account to your user's session`
	if err == nil {
		save(tok)
	}
}
