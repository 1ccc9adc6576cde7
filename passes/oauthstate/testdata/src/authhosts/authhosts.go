// Package authhosts is checked with -oauthstate.authhosts=auth.example.com.
package authhosts

import (
	"net/http"

	"golang.org/x/oauth2"
)

var proxied = oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.example.com/authorize",
		TokenURL: "https://auth.example.com/oauth/token",
	},
}

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, proxied.AuthCodeURL("fixed"), http.StatusFound) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com` `state is the constant "fixed"`
}

func callback(w http.ResponseWriter, r *http.Request) {
	tok, err := proxied.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

func tokenPost(w http.ResponseWriter, r *http.Request) {
	resp, err := http.PostForm("https://auth.example.com/oauth/token?grant_type=authorization_code&code="+r.FormValue("code"), nil) // want `the callback exchanges the authorization code without first comparing`
	if err == nil {
		resp.Body.Close()
	}
}

// Near misses.

var undeclared = oauth2.Config{
	Endpoint: oauth2.Endpoint{AuthURL: "https://auth.example.org/authorize"},
}

func other(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, undeclared.AuthCodeURL("fixed"), http.StatusFound)
}

func withAudience(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, proxied.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian-us-gov-mod.com"), oauth2.ApprovalForce), http.StatusFound)
}
