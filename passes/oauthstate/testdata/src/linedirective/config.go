// Package linedirective is written from templates: //line directives
// name them, without a column, with one, and naming another file of
// the package.
package linedirective

import "golang.org/x/oauth2"

var conf = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}
