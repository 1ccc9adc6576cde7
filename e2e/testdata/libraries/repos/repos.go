// Package repos lists the Bitbucket Cloud repositories of a workspace
// with go-bitbucket.
package repos

import (
	"os"

	"github.com/ktrysmt/go-bitbucket"

	"example.com/libintegration/agent"
)

// Lister lists repositories.
type Lister struct {
	client *bitbucket.Client
}

// NewLister authenticates with an API token from the environment.
func NewLister() (*Lister, error) {
	// MISTAKE(useragent/default): go-bitbucket adds no User-Agent to its requests to api.bitbucket.org.
	c, err := bitbucket.NewAPITokenAuth(os.Getenv("BITBUCKET_EMAIL"), os.Getenv("BITBUCKET_API_TOKEN"))
	if err != nil {
		return nil, err
	}
	return &Lister{client: c}, nil
}

// NewIdentifiedLister gives go-bitbucket an HTTP client that
// identifies the integration.
func NewIdentifiedLister() (*Lister, error) {
	// OK(useragent/default): its HttpClient is replaced by one that sets the User-Agent.
	// OK(siteurl/bearer-to-site): Bitbucket Cloud takes bearer tokens; it is no Jira site.
	c, err := bitbucket.NewOAuthbearerToken(os.Getenv("BITBUCKET_ACCESS_TOKEN"))
	if err != nil {
		return nil, err
	}
	c.HttpClient = agent.Client()
	return &Lister{client: c}, nil
}

// NewLegacyLister is the lister of the old release script.
func NewLegacyLister() (*Lister, error) {
	// MISTAKE(secrets/atlassian-token): a live-format app password.
	c, err := bitbucket.NewBasicAuth("release-bot", "ATBB01B0y7v5BGovTod2GklqfejI259A6A21")
	if err != nil {
		return nil, err
	}
	c.HttpClient = agent.Client()
	return &Lister{client: c}, nil
}

// Names returns the names of the repositories of a workspace.
func (l *Lister) Names(workspace string) ([]string, error) {
	res, err := l.client.Repositories.ListForAccount(&bitbucket.RepositoriesOptions{Owner: workspace})
	if err != nil {
		return nil, err
	}
	var names []string
	for _, r := range res.Items {
		names = append(names, r.Name)
	}
	return names, nil
}
