// Package authopts builds the authorization requests TeamSync sends to
// Atlassian's authorization server.
package authopts

import (
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
)

// Audience is the API gateway, which every 3LO token is for.
const Audience = "api.atlassian.com"

// Endpoint is Atlassian's authorization server.
var Endpoint = oauth2.Endpoint{
	AuthURL:  "https://auth.atlassian.com/authorize",
	TokenURL: "https://auth.atlassian.com/oauth/token",
}

// Consent asks the user to grant access (and pick a site) again.
func Consent() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("audience", Audience),
		oauth2.ApprovalForce,
	}
}

// Quiet is for users who already granted access: the audience and the
// caller's extra options, without forcing the consent screen.
func Quiet(extra ...oauth2.AuthCodeOption) []oauth2.AuthCodeOption {
	opts := []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", Audience)}
	return append(opts, extra...)
}

// InstallURL is the link an admin sends to colleagues to connect
// TeamSync, built by hand because it is mailed, not redirected to.
func InstallURL(clientID, redirect, state string, scopes []string, origin string) string {
	q := url.Values{}
	q.Set("audience", Audience)
	q.Set("client_id", clientID)
	q.Set("scope", strings.Join(scopes, " "))
	q.Set("redirect_uri", redirect)
	q.Set("state", state)
	q.Set("response_type", "code")
	if origin != "" {
		// MISTAKE(atlorigin/oauth-url): atlOrigin on the authorize URL.
		q.Set("atlOrigin", origin)
	}
	// MISTAKE(oauthstate/missing-prompt): no prompt=consent on the hand-built authorize URL.
	// OK(oauthstate/missing-audience): audience is set above.
	// OK(oauthstate/response-type): response_type is code.
	return "https://auth.atlassian.com/authorize?" + q.Encode()
}

// PopupURL is the authorize URL the browser extension opens in a
// popup; the extension reads the answer from the popup's fragment.
func PopupURL(clientID, redirect, state string) string {
	// MISTAKE(oauthstate/response-type): Atlassian only supports response_type=code.
	// OK(oauthstate/missing-prompt): prompt=consent is in the URL.
	return fmt.Sprintf("https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=%s&scope=read%%3Ajira-work&redirect_uri=%s&state=%s&response_type=token&prompt=consent",
		url.QueryEscape(clientID), url.QueryEscape(redirect), url.QueryEscape(state))
}
