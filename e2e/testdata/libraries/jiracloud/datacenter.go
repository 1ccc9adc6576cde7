package jiracloud

import (
	"context"
	"os"

	"github.com/andygrunwald/go-jira/v2/onpremise"

	"example.com/libintegration/agent"
)

// dataCenterURL is the company's own Jira.
const dataCenterURL = "https://jira.acme.example/"

// DataCenter reads issues from the company's Jira Data Center.
type DataCenter struct {
	client *onpremise.Client
}

// NewDataCenter authenticates with a personal access token.
func NewDataCenter() (*DataCenter, error) {
	tp := onpremise.PATAuthTransport{
		Token:     os.Getenv("JIRA_DC_PAT"),
		Transport: &agent.Transport{},
	}
	// OK(siteurl/bearer-to-site): a personal access token on the Data Center host.
	// OK(useragent/default): the inner transport sets the User-Agent.
	c, err := onpremise.NewClient(dataCenterURL, tp.Client())
	if err != nil {
		return nil, err
	}
	return &DataCenter{client: c}, nil
}

// NewBuildBot returns the Data Center client of the build bot.
func NewBuildBot() (*DataCenter, error) {
	tp := onpremise.PATAuthTransport{
		// MISTAKE(secrets/atlassian-token): a live-format personal access token.
		Token:     "NzQzODc4MjAzMjUyOs6CElWHt+0YE/eMICpk2/MxaEhG",
		Transport: &agent.Transport{},
	}
	c, err := onpremise.NewClient(dataCenterURL, tp.Client())
	if err != nil {
		return nil, err
	}
	return &DataCenter{client: c}, nil
}

// Summary returns the summary of an issue.
func (d *DataCenter) Summary(ctx context.Context, key string) (string, error) {
	issue, _, err := d.client.Issue.Get(ctx, key, nil)
	if err != nil {
		return "", err
	}
	return issue.Fields.Summary, nil
}
