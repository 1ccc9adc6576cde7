// Package links builds authorize URLs for package web from the state
// its callers pass (issue 12, shape 8): the state can only be judged
// at each caller, which learns which argument it is from a fact.
package links

import (
	"net/url"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "client",
	Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"},
}

// Invite is mailed, so it is built by hand.
func Invite(clientID, state string) string { // want Invite:`state from parameters \[1\]`
	q := url.Values{}
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", clientID)
	q.Set("state", state)
	q.Set("response_type", "code")
	q.Set("prompt", "consent")
	return "https://auth.atlassian.com/authorize?" + q.Encode()
}

// Login wraps AuthCodeURL.
func Login(state string) string { // want Login:`state from parameters \[0\]`
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce)
}

// A Linker is a method's receiver: its state is the second argument.
type Linker struct{ ClientID string }

func (l *Linker) Link(state string) string { // want Link:`state from parameters \[1\]`
	return Invite(l.ClientID, state)
}

// Docs is no authorize URL: its parameter is no state.
func Docs(page string) string {
	return "https://developer.atlassian.com/cloud/" + url.PathEscape(page)
}
