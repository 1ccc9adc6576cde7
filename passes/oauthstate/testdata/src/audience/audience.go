package audience

import (
	"net/http"

	"golang.org/x/oauth2"
)

var commercial = oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

// gov is the Atlassian Government Cloud: its own authorization server
// and gateway.
var gov = oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian-us-gov-mod.com/authorize",
		TokenURL: "https://auth.atlassian-us-gov-mod.com/oauth/token",
	},
}

func noAudience(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, commercial.AuthCodeURL(state, oauth2.ApprovalForce), http.StatusFound) // want `authorize URL has no audience=api.atlassian.com; without it Atlassian does not issue a token for the API gateway`
}

func govNoAudience(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, gov.AuthCodeURL(state, oauth2.ApprovalForce), http.StatusFound) // want `authorize URL has no audience=api.atlassian-us-gov-mod.com`
}

func govWrongAudience(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, gov.AuthCodeURL(state, oauth2.ApprovalForce, oauth2.SetAuthURLParam("audience", "api.atlassian.com")), http.StatusFound) // want `authorize URL has audience="api.atlassian.com", not audience=api.atlassian-us-gov-mod.com`
}

func siteAudience(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, commercial.AuthCodeURL(state, oauth2.ApprovalForce, oauth2.SetAuthURLParam("audience", "acme.atlassian.net")), http.StatusFound) // want `authorize URL has audience="acme.atlassian.net", not audience=api.atlassian.com`
}

func neither(w http.ResponseWriter, r *http.Request, state string) {
	u := commercial.AuthCodeURL(state) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
	http.Redirect(w, r, u, http.StatusFound)
}

func literal(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://auth.atlassian-us-gov-mod.com/authorize?client_id=client&scope=read%3Ajira-work&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=YOUR_USER_BOUND_VALUE&response_type=code&prompt=consent", http.StatusFound) // want `authorize URL has no audience=api.atlassian-us-gov-mod.com` `state is "YOUR_USER_BOUND_VALUE"`
}

// Near misses.

func both(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, commercial.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce), http.StatusFound)
}

func govBoth(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, gov.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian-us-gov-mod.com"), oauth2.ApprovalForce), http.StatusFound)
}

func unknownAudience(w http.ResponseWriter, r *http.Request, state, aud string) {
	http.Redirect(w, r, commercial.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", aud), oauth2.ApprovalForce), http.StatusFound)
}
