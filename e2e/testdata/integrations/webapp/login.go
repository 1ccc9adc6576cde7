package webapp

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"example.com/integrations/internal/identity"
	"example.com/integrations/webapp/authopts"
	"example.com/integrations/webapp/session"
)

// login sends the user to Atlassian with a random state, which the
// callback compares with the cookie.
func (a *App) login(w http.ResponseWriter, r *http.Request) {
	state, err := session.NewState()
	if err != nil {
		http.Error(w, "no randomness", http.StatusInternalServerError)
		return
	}
	session.SetStateCookie(w, state)
	// OK(oauthstate/guessable-state): 32 bytes from crypto/rand.
	// OK(oauthstate/missing-prompt): Consent adds prompt=consent.
	// OK(oauthstate/missing-audience): Consent adds the audience.
	http.Redirect(w, r, a.oauth.AuthCodeURL(state, authopts.Consent()...), http.StatusFound)
}

// callback finishes the login.
func (a *App) callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(session.StateCookie)
	if err != nil || c.Value == "" || r.FormValue("state") != c.Value {
		http.Error(w, "invalid OAuth state", http.StatusForbidden)
		return
	}
	// OK(oauthstate/unverified-state): reached only when the state equals the cookie.
	tok, err := a.oauth.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	a.finishLogin(w, r, tok)
}

// finishLogin finds the site the user picked and stores the session.
func (a *App) finishLogin(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	hc := a.oauth.Client(r.Context(), tok)
	// MISTAKE(useragent/default): a client from (*oauth2.Config).Client over a context without a base client sends Go's default User-Agent.
	// OK(siteurl/bearer-to-site): accessible-resources is on the gateway.
	res, err := hc.Get("https://api.atlassian.com/oauth/token/accessible-resources")
	if err != nil {
		http.Error(w, "no sites", http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	var sites []struct {
		ID  string `json:"id"`
		URL string `json:"url"`
	}
	if err := json.NewDecoder(res.Body).Decode(&sites); err != nil || len(sites) == 0 {
		http.Error(w, "no sites", http.StatusBadGateway)
		return
	}
	sess := a.sessions.Get(r)
	sess.Token = tok
	sess.CloudID = sites[0].ID
	sess.SiteName = strings.TrimSuffix(strings.TrimPrefix(sites[0].URL, "https://"), ".atlassian.net")
	a.sessions.Save(w, sess)
	http.Redirect(w, r, "/issues", http.StatusFound)
}

// callbackV1 is the callback of the links mailed before 1.5, whose
// browsers may have lost the state cookie.
func (a *App) callbackV1(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(session.StateCookie); err == nil {
		if c.Value != r.FormValue("state") {
			http.Error(w, "invalid OAuth state", http.StatusForbidden)
			return
		}
	}
	// MISTAKE(oauthstate/unverified-state): without the cookie the state is never compared.
	tok, err := a.oauth.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	a.finishLogin(w, r, tok)
}

// reconnect asks a signed-in user to grant access again.
func (a *App) reconnect(w http.ResponseWriter, r *http.Request) {
	sess := a.sessions.Get(r)
	state := session.StateFor(sess.AccountID)
	session.SetStateCookie(w, state)
	// MISTAKE(oauthstate/guessable-state): a hash of the account ID and a constant; anyone who knows the ID can compute it.
	// OK(oauthstate/missing-prompt): the extra option passed to Quiet is prompt=consent.
	http.Redirect(w, r, a.oauth.AuthCodeURL(state, authopts.Quiet(oauth2.ApprovalForce)...), http.StatusFound)
}

// reconnectCallback finishes a reconnection.
func (a *App) reconnectCallback(w http.ResponseWriter, r *http.Request) {
	if err := session.VerifyState(r); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	// OK(oauthstate/unverified-state): VerifyState, in another package, compares the state with the cookie.
	tok, err := a.oauth.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	a.finishLogin(w, r, tok)
}

// addScopes asks for the Confluence scopes of a user who has the Jira
// ones.
func (a *App) addScopes(w http.ResponseWriter, r *http.Request) {
	state, err := session.NewState()
	if err != nil {
		http.Error(w, "no randomness", http.StatusInternalServerError)
		return
	}
	sess := a.sessions.Get(r)
	sess.State = state
	a.sessions.Save(w, sess)
	// MISTAKE(oauthstate/missing-prompt): Quiet without extra options never adds prompt=consent.
	http.Redirect(w, r, a.oauth.AuthCodeURL(state, authopts.Quiet()...), http.StatusFound)
}

// connectJSM starts the flow for the Jira Service Management portal.
func (a *App) connectJSM(w http.ResponseWriter, r *http.Request) {
	state := fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
	session.SetStateCookie(w, state)
	// MISTAKE(oauthstate/guessable-state): the process ID and the clock can both be guessed.
	// MISTAKE(oauthstate/missing-audience): no audience=api.atlassian.com.
	// OK(oauthstate/missing-prompt): ApprovalForce is prompt=consent.
	http.Redirect(w, r, a.oauth.AuthCodeURL(state, oauth2.ApprovalForce), http.StatusFound)
}

// jsmCallback is only reached through session.RequireState.
func (a *App) jsmCallback(w http.ResponseWriter, r *http.Request) {
	// OK(oauthstate/unverified-state): the RequireState middleware compared the state before calling this handler.
	tok, err := a.oauth.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	a.finishLogin(w, r, tok)
}

// confluenceCallback finishes addScopes.
func (a *App) confluenceCallback(w http.ResponseWriter, r *http.Request) {
	sess := a.sessions.Get(r)
	if got := r.FormValue("state"); got != sess.State {
		log.Printf("oauth: state mismatch for session %s", sess.ID)
	}
	// MISTAKE(oauthstate/unverified-state): a mismatch is only logged; the exchange runs anyway.
	tok, err := a.oauth.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	sess.Token = tok
	a.sessions.Save(w, sess)
	http.Redirect(w, r, "/issues", http.StatusFound)
}

// mobileCallback serves the mobile app, which cannot keep a cookie; it
// posts the code to the token endpoint itself.
func (a *App) mobileCallback(w http.ResponseWriter, r *http.Request) {
	form := url.Values{
		"grant_type":    {"authorization_code"},
		"client_id":     {a.oauth.ClientID},
		"client_secret": {a.oauth.ClientSecret},
		"code":          {r.URL.Query().Get("code")},
		"redirect_uri":  {a.oauth.RedirectURL},
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://auth.atlassian.com/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("User-Agent", identity.UserAgentFor("mobile"))
	// MISTAKE(oauthstate/unverified-state): the code from the request is exchanged and the state never read.
	// OK(useragent/default): the User-Agent is set above.
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(res.StatusCode)
	var body json.RawMessage
	if err := json.NewDecoder(res.Body).Decode(&body); err == nil {
		w.Write(body)
	}
}
