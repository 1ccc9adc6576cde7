// Package libplaceholders gives client libraries' credential setters
// values that stand in for a credential, as examples and templates do,
// beside one real credential.
package libplaceholders

import (
	"net/http"

	jira "github.com/andygrunwald/go-jira"
	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/go-resty/resty/v2"
	"github.com/ktrysmt/go-bitbucket"
	"golang.org/x/oauth2/clientcredentials"
)

const site = "https://example.atlassian.net"

func goJira() {
	tp := jira.BasicAuthTransport{Username: "bot@example.com", Password: "YOUR_API_TOKEN"}
	jira.NewClient(tp.Client(), site)
	bearer := jira.BearerAuthTransport{Token: "<access-token>"}
	jira.NewClient(bearer.Client(), site)
	pat := jira.PATAuthTransport{Token: "xxxxxxxxxxxxxxxxxxxx"}
	jira.NewClient(pat.Client(), "https://jira.example.com")
}

func goAtlassian() {
	client, err := v3.New(http.DefaultClient, site)
	if err != nil {
		return
	}
	client.Auth.SetBasicAuth("bot@example.com", "REPLACE_ME")
	client.Auth.SetBearerToken("${ATLASSIAN_ACCESS_TOKEN}")
}

func restyClient() {
	resty.New().SetBaseURL(site).SetBasicAuth("bot@example.com", "changeme")
	resty.New().SetBaseURL(site).SetAuthToken("your-access-token")
	resty.New().SetBaseURL(site).R().SetHeader("Authorization", "Bearer <token>").Get("/rest/api/3/myself")
}

func bitbucketClient() {
	bitbucket.NewBasicAuth("bot", "your-app-password")
	bitbucket.NewOAuthbearerToken("")
}

func clientCredentials() *clientcredentials.Config {
	return &clientcredentials.Config{ClientID: "my-client-id", ClientSecret: "your-client-secret", TokenURL: "https://api.atlassian.com/oauth/token"}
}

// Not a placeholder: reported.
func real() {
	resty.New().SetBaseURL(site).SetAuthToken("Qz8LmP2xR7tNVg3k") // want `hard-coded credential Qz8Lm… \(16 chars\) reaches resty`
}
