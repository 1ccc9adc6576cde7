// A package with no Atlassian config at all.
package oauthgithub

import (
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/github"
)

var conf = &oauth2.Config{ClientID: "client", Endpoint: github.Endpoint}

func login(state string) string {
	return conf.AuthCodeURL(state) + "&atlOrigin=abc"
}

func loginOption(state string) string {
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("atlOrigin", "abc"))
}
