package webapp

import (
	"net/http"

	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/ctreminiom/go-atlassian/v2/service/common"
	"golang.org/x/oauth2"

	"example.com/integrations/internal/identity"
	"example.com/integrations/webapp/session"
)

// jiraClient is a go-atlassian client set up for the OAuth flow.
func (a *App) jiraClient() (*v3.Client, error) {
	jc, err := v3.New(nil, "https://api.atlassian.com/", v3.WithOAuth(&common.OAuth2Config{
		ClientID:     a.oauth.ClientID,
		ClientSecret: a.oauth.ClientSecret,
		// OK(oauthstate/insecure-redirect): https.
		RedirectURI: "https://teamsync.example.com/oauth/jira",
		Scopes:      scopes,
	}))
	if err != nil {
		return nil, err
	}
	jc.Auth.SetUserAgent(identity.UserAgentFor("webapp"))
	return jc, nil
}

// connectJira starts the go-atlassian flow; the state is kept in the
// session.
func (a *App) connectJira(w http.ResponseWriter, r *http.Request) {
	jc, err := a.jiraClient()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	state, err := session.NewState()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess := a.sessions.Get(r)
	sess.State = state
	a.sessions.Save(w, sess)
	// OK(oauthstate/missing-prompt): go-atlassian always adds prompt=consent.
	// OK(oauthstate/guessable-state): from crypto/rand.
	u, err := jc.OAuth.GetAuthorizationURL(scopes, state)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// connectJiraCallback finishes connectJira.
func (a *App) connectJiraCallback(w http.ResponseWriter, r *http.Request) {
	jc, err := a.jiraClient()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess := a.sessions.Get(r)
	sess.State = "" // one use only
	// MISTAKE(oauthstate/unverified-state): the state kept in the session is cleared, never compared with the request's.
	tok, err := jc.OAuth.ExchangeAuthorizationCode(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	sess.Token = &oauth2.Token{AccessToken: tok.AccessToken, RefreshToken: tok.RefreshToken, TokenType: tok.TokenType}
	a.sessions.Save(w, sess)
	http.Redirect(w, r, "/issues", http.StatusFound)
}
