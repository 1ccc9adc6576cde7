// Package auth builds the Atlassian config for the packages that
// serve the flow, with the redirect URI they choose.
package auth

import (
	"os"

	"golang.org/x/oauth2"
)

// New builds the Atlassian config.
func New(redirect string) *oauth2.Config {
	return &oauth2.Config{
		ClientID:    os.Getenv("ATL_CLIENT_ID"),
		RedirectURL: redirect,
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://auth.atlassian.com/authorize",
			TokenURL: "https://auth.atlassian.com/oauth/token",
		},
	}
}

// NewWithError builds it too, and may fail.
func NewWithError(redirect string) (*oauth2.Config, error) {
	return New(redirect), nil
}

// NewOther builds a config for another provider.
func NewOther(redirect string) *oauth2.Config {
	return &oauth2.Config{RedirectURL: redirect, Endpoint: oauth2.Endpoint{AuthURL: "https://accounts.example.com/auth"}}
}
