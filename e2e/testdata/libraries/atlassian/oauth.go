package atlassian

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"os"

	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/ctreminiom/go-atlassian/v2/service/common"

	"example.com/libintegration/agent"
)

var scopes = []string{"read:jira-work", "read:jira-user"}

// Connect links a user's Jira account to the integration with OAuth
// 2.0 (3LO), through go-atlassian's OAuth service.
type Connect struct {
	client *v3.Client
}

// NewConnect configures the OAuth flow of the settings page.
func NewConnect(cloudID string) (*Connect, error) {
	cfg := &common.OAuth2Config{
		ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
		ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
		// MISTAKE(oauthstate/insecure-redirect): the callback is served over plain http.
		RedirectURI: "http://libint.acme.example/oauth/callback",
		Scopes:      scopes,
	}
	// OK(useragent/default): the HTTP client's transport identifies every request, the token requests too.
	c, err := v3.New(agent.Client(), "https://api.atlassian.com/ex/jira/"+cloudID, v3.WithOAuth(cfg))
	if err != nil {
		return nil, err
	}
	return &Connect{client: c}, nil
}

// NewLocalConnect is the flow of the command-line tool, whose callback
// listens on the loopback interface.
func NewLocalConnect(cloudID string) (*Connect, error) {
	cfg := &common.OAuth2Config{
		ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
		ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
		// OK(oauthstate/insecure-redirect): a loopback address may use http.
		RedirectURI: "http://127.0.0.1:8765/callback",
		Scopes:      scopes,
	}
	// OK(useragent/default): the HTTP client's transport identifies every request, the token requests too.
	c, err := v3.New(agent.Client(), "https://api.atlassian.com/ex/jira/"+cloudID, v3.WithOAuth(cfg))
	if err != nil {
		return nil, err
	}
	return &Connect{client: c}, nil
}

// Start sends the user to Atlassian's consent screen with the same
// state for everyone.
func (c *Connect) Start(w http.ResponseWriter, r *http.Request) {
	// MISTAKE(oauthstate/constant-state): every user gets the same state.
	// OK(oauthstate/missing-prompt) OK(oauthstate/missing-audience) OK(oauthstate/missing-state): go-atlassian adds prompt, audience and state.
	u, err := c.client.OAuth.GetAuthorizationURL(scopes, "libint-connect")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	// OK(oauthstate/missing-prompt) OK(oauthstate/missing-audience) OK(oauthstate/response-type)
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// StartSecure does the same with a state bound to the user's session.
func (c *Connect) StartSecure(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	state := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// OK(oauthstate/constant-state) OK(oauthstate/guessable-state): a random state kept in a cookie.
	u, err := c.client.OAuth.GetAuthorizationURL(scopes, state)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	// OK(oauthstate/missing-prompt) OK(oauthstate/missing-audience) OK(oauthstate/response-type)
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// Callback exchanges the code without looking at the state.
func (c *Connect) Callback(w http.ResponseWriter, r *http.Request) {
	// MISTAKE(oauthstate/unverified-state): the state is never compared with the user's.
	token, err := c.client.OAuth.ExchangeAuthorizationCode(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	c.client.Auth.SetBearerToken(token.AccessToken)
	w.WriteHeader(http.StatusNoContent)
}

// CallbackSecure checks the state against the cookie first.
func (c *Connect) CallbackSecure(w http.ResponseWriter, r *http.Request) {
	cookie, err := r.Cookie("oauth_state")
	if err != nil || cookie.Value == "" || cookie.Value != r.URL.Query().Get("state") {
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	// OK(oauthstate/unverified-state): the state was compared with the cookie.
	token, err := c.client.OAuth.ExchangeAuthorizationCode(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	c.client.Auth.SetBearerToken(token.AccessToken)
	w.WriteHeader(http.StatusNoContent)
}
