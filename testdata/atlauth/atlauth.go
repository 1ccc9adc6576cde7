// Package atlauth holds the integration's OAuth 2.0 (3LO) configuration
// for Atlassian Cloud.
package atlauth

import (
	"golang.org/x/oauth2"
)

// Endpoint is Atlassian's authorization server.
var Endpoint = oauth2.Endpoint{
	AuthURL:  "https://auth.atlassian.com/authorize",
	TokenURL: "https://auth.atlassian.com/oauth/token",
}

// Config returns the OAuth 2.0 configuration of the app registered in
// the developer console.
func Config(clientID, clientSecret, redirectURL string) *oauth2.Config {
	return &oauth2.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		Endpoint:     Endpoint,
		RedirectURL:  redirectURL,
		Scopes:       []string{"read:jira-work", "write:jira-work", "offline_access"},
	}
}
