// Package noaudience is checked with -oauthstate.audience=false.
package noaudience

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = oauth2.Config{
	Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"},
}

func noAudience(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, oauth2.ApprovalForce), http.StatusFound)
}

// A directive for the rule that is switched off is not stale.
func suppressedAudience(w http.ResponseWriter, r *http.Request, state string) {
	//atlvet:ignore oauthstate/missing-audience our proxy adds the audience
	http.Redirect(w, r, conf.AuthCodeURL(state, oauth2.ApprovalForce), http.StatusFound)
}

// One for a rule that is on still silences nothing.
func staleDirective(w http.ResponseWriter, r *http.Request, state string) {
	//atlvet:ignore oauthstate/missing-prompt the prompt is set // want `atlvet:ignore directive for oauthstate/missing-prompt silences nothing`
	http.Redirect(w, r, conf.AuthCodeURL(state, oauth2.ApprovalForce), http.StatusFound)
}

func noPrompt(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound) // want `authorize URL has no prompt=consent`
}
