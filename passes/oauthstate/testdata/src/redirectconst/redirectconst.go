// Package redirectconst builds a redirect URI from a constant base: the
// finding goes to the literal that holds the scheme.
package redirectconst

import (
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/bitbucket"
)

const cbBase = "http://jira-bot.internal.example.com" // want `redirect URI http://jira-bot.internal.example.com uses plain http`

var conf = &oauth2.Config{
	RedirectURL: cbBase + "/oauth/callback",
	Endpoint:    bitbucket.Endpoint,
}

const secureBase = "https://jira-bot.example.com"

var secure = &oauth2.Config{
	RedirectURL: secureBase + "/oauth/callback",
	Endpoint:    bitbucket.Endpoint,
}

var inline = &oauth2.Config{
	RedirectURL: "http://app.example.com" + "/oauth/callback", // want `redirect URI http://app.example.com uses plain http`
	Endpoint:    bitbucket.Endpoint,
}
