// Package stdlibflow links a user's Atlassian account with the
// standard library only: a hand-built authorize URL and a token
// request posted by hand.
package stdlibflow

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	mrand "math/rand"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"
)

const (
	authorizeURL = "https://auth.atlassian.com/authorize"
	tokenURL     = "https://auth.atlassian.com/oauth/token"
)

// Token is what the token endpoint returns.
type Token struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

type Linker struct {
	ClientID     string
	ClientSecret string
	CallbackURL  string
	Save         func(userID string, tok Token)
}

func NewLinker() *Linker {
	return &Linker{
		ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
		ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
		CallbackURL:  "http://jira-sync.example.com/oauth/callback", // want `redirect URI http://jira-sync.example.com uses plain http`
	}
}

// Login sends the user to Atlassian with a state from math/rand and
// without prompt=consent.
func (l *Linker) Login(w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", l.ClientID)
	q.Set("scope", "read:jira-work write:jira-work offline_access")
	q.Set("redirect_uri", l.CallbackURL)
	q.Set("state", strconv.Itoa(mrand.Int())) // want `state is made from math/rand`
	q.Set("response_type", "code")
	http.Redirect(w, r, authorizeURL+"?"+q.Encode(), http.StatusFound) // want `authorize URL has no prompt=consent`
}

// Callback trades the code for tokens without looking at state.
func (l *Linker) Callback(w http.ResponseWriter, r *http.Request) {
	body, err := json.Marshal(map[string]string{
		"grant_type":    "authorization_code",
		"client_id":     l.ClientID,
		"client_secret": l.ClientSecret,
		"code":          r.URL.Query().Get("code"),
		"redirect_uri":  l.CallbackURL,
	})
	if err != nil {
		return
	}
	resp, err := http.Post(tokenURL, "application/json", bytes.NewReader(body)) // want `the callback exchanges the authorization code without first comparing`
	if err != nil {
		http.Error(w, "token request failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var tok Token
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil {
		http.Error(w, "bad token response", http.StatusBadGateway)
		return
	}
	l.Save(r.Header.Get("X-User"), tok)
}

// Near misses: the fixed pair.

func (l *Linker) LoginV2(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		http.Error(w, "no randomness", http.StatusInternalServerError)
		return
	}
	state := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "atl_state", Value: state, Expires: time.Now().Add(10 * time.Minute), HttpOnly: true, Secure: true})
	q := url.Values{}
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", l.ClientID)
	q.Set("scope", "read:jira-work offline_access")
	q.Set("redirect_uri", "https://jira-sync.example.com/oauth/callback")
	q.Set("state", state)
	q.Set("response_type", "code")
	q.Set("prompt", "consent")
	http.Redirect(w, r, authorizeURL+"?"+q.Encode(), http.StatusFound)
}

func (l *Linker) CallbackV2(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("atl_state")
	if err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	form := url.Values{
		"grant_type":   {"authorization_code"},
		"code":         {r.URL.Query().Get("code")},
		"redirect_uri": {"https://jira-sync.example.com/oauth/callback"},
	}
	resp, err := http.PostForm(tokenURL, form)
	if err == nil {
		resp.Body.Close()
	}
}
