// Package fixshapes gets the prompt and audience fixes on AuthCodeURL
// called through a method value and a method expression, and on a
// format that names its arguments by index.
package fixshapes

import (
	"fmt"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}

func methodValue(state string) string {
	authURL := conf.AuthCodeURL
	return authURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com")) // want `authorize URL has no prompt=consent`
}

func methodExpression(state string) string {
	return (*oauth2.Config).AuthCodeURL(conf, state, oauth2.ApprovalForce) // want `authorize URL has no audience=api.atlassian.com`
}

func indexed(state string) string {
	return fmt.Sprintf("https://auth.atlassian.com/authorize?state=%[2]s&client_id=%[1]s&response_type=code&audience=api.atlassian.com", "id", state) // want `authorize URL has no prompt=consent`
}
