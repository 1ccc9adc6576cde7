// Package legacyjira is the part of the integration that still uses
// go-atlassian v1; the rest has moved to v2.
package legacyjira

import (
	"context"
	"os"

	"github.com/ctreminiom/go-atlassian/confluence"
	v2 "github.com/ctreminiom/go-atlassian/jira/v2"

	"example.com/libintegration/agent"
)

// Summary reads an issue through the Jira REST API v2.
func Summary(ctx context.Context, site, key string) (string, error) {
	// OK(useragent/default): Auth.SetUserAgent below.
	c, err := v2.New(nil, "https://"+site+".atlassian.net")
	if err != nil {
		return "", err
	}
	c.Auth.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	c.Auth.SetUserAgent(agent.UserAgent)
	issue, _, err := c.Issue.Get(ctx, key, nil, nil)
	if err != nil {
		return "", err
	}
	return issue.Key, nil
}

// PageTitle reads a Confluence page.
func PageTitle(ctx context.Context, site, id string) (string, error) {
	// MISTAKE(useragent/default): go-atlassian v1 adds no User-Agent either unless told to.
	c, err := confluence.New(nil, "https://"+site+".atlassian.net")
	if err != nil {
		return "", err
	}
	c.Auth.SetBasicAuth(os.Getenv("CONFLUENCE_EMAIL"), os.Getenv("CONFLUENCE_API_TOKEN"))
	page, _, err := c.Content.Get(ctx, id, nil, 0)
	if err != nil {
		return "", err
	}
	return page.Title, nil
}
