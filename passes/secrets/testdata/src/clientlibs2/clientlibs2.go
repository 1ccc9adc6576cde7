// Package clientlibs2 hard-codes credentials into the other library
// setters the tables describe: resty's, go-jira's session, go-atlassian's
// OAuth types and options.
package clientlibs2

import (
	"os"

	jira "github.com/andygrunwald/go-jira"
	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/ctreminiom/go-atlassian/v2/service/common"
	"github.com/go-resty/resty/v2"
)

func restyClient() {
	resty.New().SetAuthToken("Qm7vT2xL9pW4kR8n")                          // want `hard-coded credential Qm7vT… \(16 chars\) reaches resty Client.SetAuthToken; read it at run time, e.g. with os.Getenv\("ATLASSIAN_ACCESS_TOKEN"\)`
	resty.New().SetBasicAuth("bot@example.com", "Zr8Qx2Lm7Tn4Vb1K")       // want `reaches resty Client.SetBasicAuth; read it at run time, e.g. with os.Getenv\("ATLASSIAN_API_TOKEN"\)`
	resty.New().R().SetHeader("Authorization", "Bearer Tn4Vb1KZr8Qx2Lm7") // want `reaches a Bearer Authorization header`
	resty.New().SetAuthToken(os.Getenv("JIRA_TOKEN"))
	resty.New().SetHeader("Accept", "application/json")
}

func session(c *jira.Client) {
	c.Authentication.AcquireSessionCookie("bot", "Vb1KZr8Qx2Lm7Tn4") // want `reaches go-jira AuthenticationService.AcquireSessionCookie; read it at run time, e.g. with os.Getenv\("ATLASSIAN_PASSWORD"\)`
}

func oauthOptions() (*v3.Client, error) {
	cfg := &common.OAuth2Config{
		ClientID:     "client-id",
		ClientSecret: "Lm7Tn4Vb1KZr8Qx2", // want `reaches go-atlassian OAuth2Config.ClientSecret; read it at run time, e.g. with os.Getenv\("ATLASSIAN_CLIENT_SECRET"\)`
		RedirectURI:  "https://app.example.com/callback",
	}
	tok := &common.OAuth2Token{AccessToken: "x2Lm7Tn4Vb1KZr8Q"} // want `reaches go-atlassian OAuth2Token.AccessToken`
	return v3.New(nil, "https://api.atlassian.com/ex/jira/cloud-id", v3.WithOAuth(cfg), v3.WithAutoRenewalToken(tok))
}
