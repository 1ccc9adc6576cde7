package uagoatlassian // want package:"identity jira-uagoatlassian-int"

import (
	"context"
	"net/http"
	"os"

	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
)

const site = "https://acme.atlassian.net"

func anonymous() (*v3.Client, error) {
	client, err := v3.New(nil, site) // want `go-atlassian client sends its requests to acme.atlassian.net with Go's default User-Agent; set one with SetUserAgent\("jira-uagoatlassian-int/1.0.0"\)`
	if err != nil {
		return nil, err
	}
	client.Auth.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	return client, nil
}

func identified() (*v3.Client, error) {
	client, err := v3.New(http.DefaultClient, site)
	if err != nil {
		return nil, err
	}
	client.Auth.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	client.Auth.SetUserAgent("jira-uagoatlassian-int/1.0.0")
	return client, nil
}

func badlyCased() (*v3.Client, error) {
	client, err := v3.New(nil, site)
	if err != nil {
		return nil, err
	}
	client.Auth.SetUserAgent("Jira-UAGoAtlassian-Int/1.0.0") // want `User-Agent "Jira-UAGoAtlassian-Int/1.0.0" does not follow Atlassian's convention`
	return client, nil
}

// Service calls in view, the client not leaving: judged all the same,
// where it is made.
func lookup(ctx context.Context) {
	client, err := v3.New(nil, os.Getenv("JIRA_SITE")) // want `go-atlassian client sends its requests to Jira with Go's default User-Agent`
	if err != nil {
		return
	}
	_, _, _ = client.MySelf.Details(ctx, nil)
}

// Configured by a helper of the package.
func configure(c *v3.Client) { c.Auth.SetUserAgent("jira-uagoatlassian-int/1.0.0") }

func viaHelper() (*v3.Client, error) {
	client, err := v3.New(nil, site)
	if err != nil {
		return nil, err
	}
	configure(client)
	return client, nil
}
