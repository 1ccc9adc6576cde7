package missingstate

import (
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Scopes:      []string{"read:jira-work", "offline_access"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

var consent = []oauth2.AuthCodeOption{
	oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
	oauth2.ApprovalForce,
}

func emptyState(w http.ResponseWriter, r *http.Request) {
	u := conf.AuthCodeURL("", consent...) // want `AuthCodeURL is called with an empty state, so the authorize URL has no state parameter; without it an attacker can link their Atlassian account to your user's session`
	http.Redirect(w, r, u, http.StatusFound)
}

func emptyOverride(w http.ResponseWriter, r *http.Request, state string) {
	u := conf.AuthCodeURL(state, oauth2.SetAuthURLParam("state", ""), oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce) // want `authorize URL has no state parameter`
	http.Redirect(w, r, u, http.StatusFound)
}

func literal(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=client&scope=read%3Ajira-work&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&response_type=code&prompt=consent", http.StatusFound) // want `authorize URL has no state parameter`
}

func values(w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", "client")
	q.Set("redirect_uri", "https://app.example.com/callback")
	q.Set("response_type", "code")
	q.Set("prompt", "consent")
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?"+q.Encode(), http.StatusFound) // want `authorize URL has no state parameter`
}

// Near misses.

func withState(w http.ResponseWriter, r *http.Request) {
	state := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

func valuesWithState(w http.ResponseWriter, r *http.Request, state string) {
	q := url.Values{}
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", "client")
	q.Set("redirect_uri", "https://app.example.com/callback")
	q.Set("response_type", "code")
	q.Set("prompt", "consent")
	q.Set("state", state)
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?"+q.Encode(), http.StatusFound)
}

// unknownQuery cannot be judged: the query is not known.
func unknownQuery(w http.ResponseWriter, r *http.Request, query string) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?"+query, http.StatusFound)
}

// otherProvider is not Atlassian's.
func otherProvider(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://accounts.example.com/authorize?client_id=client&response_type=code", http.StatusFound)
}
