// Package clientlibs hard-codes credentials into the auth setters of
// the Go client libraries people use for Atlassian.
package clientlibs

import (
	"os"

	jira "github.com/andygrunwald/go-jira"
	"github.com/andygrunwald/go-jira/v2/cloud"
	"github.com/andygrunwald/go-jira/v2/onpremise"
	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/ktrysmt/go-bitbucket"
)

func goJiraV1() {
	tp := jira.BasicAuthTransport{
		Username: "bot@example.com",
		Password: "Lw4ZmP2xR7tNVg3k", // want `hard-coded credential Lw4Zm… \(16 chars\) reaches go-jira BasicAuthTransport.Password; read it at run time, e.g. with os.Getenv\("ATLASSIAN_API_TOKEN"\)`
	}
	jira.NewClient(tp.Client(), "https://example.atlassian.net")

	bearer := &jira.BearerAuthTransport{Token: "3kQz8LmP2xR7tNVg"} // want `reaches go-jira BearerAuthTransport.Token; read it at run time, e.g. with os.Getenv\("ATLASSIAN_ACCESS_TOKEN"\)`
	jira.NewClient(bearer.Client(), "https://example.atlassian.net")

	var pat jira.PATAuthTransport
	pat.Token = "NDQ5MjEzNzY0OTQ2Olx" // want `reaches go-jira PATAuthTransport.Token`
	jira.NewClient(pat.Client(), "https://jira.example.com")

	// From the environment: fine.
	jira.NewClient((&jira.BasicAuthTransport{Username: "bot", Password: os.Getenv("JIRA_API_TOKEN")}).Client(), "https://example.atlassian.net")
}

func goJiraV2() {
	_ = cloud.BasicAuthTransport{Username: "bot@example.com", APIToken: "8LmP2xR7tNVg3kQz"} // want `reaches go-jira BasicAuthTransport.APIToken`
	_ = onpremise.BearerAuthTransport{Token: "xR7tNVg3kQz8LmP2"}                            // want `reaches go-jira BearerAuthTransport.Token`
	_ = onpremise.BasicAuthTransport{"bot", "VgKz3Q8mLP2x7tNR", nil}                        // want `reaches go-jira BasicAuthTransport.Password`
	_ = onpremise.PATAuthTransport{Token: "mLP2x7tNRVgKz3Q8"}                               // want `reaches go-jira PATAuthTransport.Token`
}

func goAtlassian() {
	client, _ := v3.New(nil, "https://example.atlassian.net")
	client.Auth.SetBasicAuth("bot@example.com", "7tNRVgKz3Q8mLP2x") // want `reaches go-atlassian Authentication.SetBasicAuth; read it at run time, e.g. with os.Getenv\("ATLASSIAN_API_TOKEN"\)`
	client.Auth.SetBearerToken("Kz3Q8mLP2x7tNRVg")                  // want `reaches go-atlassian Authentication.SetBearerToken; read it at run time, e.g. with os.Getenv\("ATLASSIAN_ACCESS_TOKEN"\)`
	client.Auth.SetUserAgent("jira-acme-int/1.0.0")
	client.Auth.SetBasicAuth("bot@example.com", os.Getenv("JIRA_API_TOKEN"))
}

func goBitbucket() {
	bitbucket.NewBasicAuth("bot", "P2x7tNRVgKz3Q8mL")                    // want `reaches go-bitbucket NewBasicAuth; read it at run time, e.g. with os.Getenv\("BITBUCKET_API_TOKEN"\)`
	bitbucket.NewOAuthbearerToken("RVgKz3Q8mLP2x7tN")                    // want `reaches go-bitbucket NewOAuthbearerToken`
	bitbucket.NewOAuthClientCredentials("client-id", "gKz3Q8mLP2x7tNRV") // want `reaches go-bitbucket NewOAuthClientCredentials`
	bitbucket.NewBasicAuth("bot", os.Getenv("BITBUCKET_API_TOKEN"))
}
