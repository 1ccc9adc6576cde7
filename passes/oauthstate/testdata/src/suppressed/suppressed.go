// Package suppressed silences findings with //atlvet:ignore.
package suppressed

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}

func login(w http.ResponseWriter, r *http.Request, state string) {
	//atlvet:ignore oauthstate/missing-prompt the consent screen is shown by our proxy
	u := conf.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"))
	http.Redirect(w, r, u, http.StatusFound)
}

func loginAll(w http.ResponseWriter, r *http.Request) {
	u := conf.AuthCodeURL("fixed") //atlvet:ignore oauthstate test fixture for the proxy
	http.Redirect(w, r, u, http.StatusFound)
}

func stale(w http.ResponseWriter, r *http.Request, state string) {
	//atlvet:ignore oauthstate/missing-audience nothing to silence here // want `atlvet:ignore directive for oauthstate/missing-audience silences nothing; remove it`
	u := conf.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce)
	http.Redirect(w, r, u, http.StatusFound)
}
