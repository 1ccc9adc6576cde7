// Package wrongvalues sets prompt and audience, to the wrong values.
package wrongvalues

import "golang.org/x/oauth2"

var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}

func wrongAudience(state string) string {
	return conf.AuthCodeURL(state, oauth2.ApprovalForce, oauth2.SetAuthURLParam("audience", "https://api.atlassian.com")) // want `^authorize URL has audience="https://api.atlassian.com", not audience=api.atlassian.com; Atlassian issues a token for the API gateway only for that audience$`
}

func wrongPrompt(state string) string {
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("prompt", "login"), oauth2.SetAuthURLParam("audience", "api.atlassian.com")) // want `^authorize URL has prompt="login", not prompt=consent; Atlassian requires consent so that the user is shown the consent screen$`
}
