// An option or appended text is judged by the config it is used with,
// not by the other configs of the package.
package oauthconfigs

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/github"
)

var atlassian = &oauth2.Config{
	ClientID: "client",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

var gh = &oauth2.Config{ClientID: "client", Endpoint: github.Endpoint}

var google = &oauth2.Config{
	ClientID: "client",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://accounts.google.com/o/oauth2/auth",
		TokenURL: "https://oauth2.googleapis.com/token",
	},
}

func login(state string) string {
	return atlassian.AuthCodeURL(state, oauth2.SetAuthURLParam("atlOrigin", "abc")) // want `atlOrigin parameter on an OAuth 2.0 authorize URL \(the URL from AuthCodeURL\)`
}

func appended(state string) string {
	return atlassian.AuthCodeURL(state) + "&atlOrigin=abc" // want `atlOrigin parameter on an OAuth 2.0 authorize URL \(auth.atlassian.com/authorize\)`
}

// Exchange sends the option in the token request.
func exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return atlassian.Exchange(ctx, code, oauth2.SetAuthURLParam("atlOrigin", "abc")) // want `atlOrigin parameter in an OAuth 2.0 token request \(Exchange\)`
}

// Near misses: the other configs of the package.

func githubLogin(state string) string {
	return gh.AuthCodeURL(state, oauth2.SetAuthURLParam("atlOrigin", "abc"))
}

func githubAppended(state string) string {
	return gh.AuthCodeURL(state) + "&atlOrigin=abc"
}

func googleLogin(state string) string {
	return google.AuthCodeURL(state, oauth2.SetAuthURLParam("atlOrigin", "abc")) + "&atlOrigin=abc"
}

func googleExchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return google.Exchange(ctx, code, oauth2.SetAuthURLParam("atlOrigin", "abc"))
}

// A config that cannot be known.
func Login(cfg *oauth2.Config, state string) string {
	return cfg.AuthCodeURL(state, oauth2.SetAuthURLParam("atlOrigin", "abc")) + "&atlOrigin=abc"
}
