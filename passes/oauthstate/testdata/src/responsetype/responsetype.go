package responsetype

import (
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"},
}

func noResponseType(w http.ResponseWriter, r *http.Request, state string) {
	q := url.Values{}
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", "client")
	q.Set("state", state)
	q.Set("prompt", "consent")
	u := url.URL{Scheme: "https", Host: "auth.atlassian.com", Path: "/authorize", RawQuery: q.Encode()}
	http.Redirect(w, r, u.String(), http.StatusFound) // want `authorize URL has no response_type=code; Atlassian's 3LO flow only issues authorization codes`
}

func implicitGrant(w http.ResponseWriter, r *http.Request, state string) {
	u, _ := url.Parse("https://auth.atlassian.com/authorize")
	q := u.Query()
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", "client")
	q.Set("state", state)
	q.Set("prompt", "consent")
	q.Set("response_type", "token")
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound) // want `authorize URL has response_type="token", not response_type=code`
}

func overridden(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce, oauth2.SetAuthURLParam("response_type", "token")), http.StatusFound) // want `authorize URL has response_type="token", not response_type=code`
}

// Near misses.

func code(w http.ResponseWriter, r *http.Request, state string) {
	u, _ := url.Parse("https://auth.atlassian.com/authorize")
	q := u.Query()
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", "client")
	q.Set("state", state)
	q.Set("prompt", "consent")
	q.Set("response_type", "code")
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// authCodeURL sends response_type=code itself.
func authCodeURL(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce), http.StatusFound)
}
