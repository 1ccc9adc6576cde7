// Package auth builds the authorize URL and exchanges the code for a
// command in another package, which reads the code from the terminal.
// With a loopback redirect and no callback here, the flow is a
// command line's, exempt from the state rules.
package auth

import (
	"context"

	"golang.org/x/oauth2"
)

var consent = []oauth2.AuthCodeOption{oauth2.ApprovalForce, oauth2.SetAuthURLParam("audience", "api.atlassian.com")}

var conf = &oauth2.Config{
	ClientID:    "cli-id",
	RedirectURL: "http://127.0.0.1:8085/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

// URL returns the URL to open in a browser.
func URL() string {
	return conf.AuthCodeURL("cli", consent...)
}

// Exchange trades the pasted code for a token.
func Exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return conf.Exchange(ctx, code)
}

// A web config in the same package is not exempt.
var web = &oauth2.Config{
	ClientID:    "web-id",
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

// WebURL returns the web app's authorize URL.
func WebURL() string {
	return web.AuthCodeURL("web", consent...) // want `state is the constant "web"`
}
