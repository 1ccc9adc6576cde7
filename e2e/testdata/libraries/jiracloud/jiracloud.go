// Package jiracloud reaches Jira Cloud and the company's Jira Data
// Center with go-jira v2.
package jiracloud

import (
	"context"
	"net/http"
	"os"

	"github.com/andygrunwald/go-jira/v2/cloud"

	"example.com/libintegration/agent"
)

// Board reads issues of one Jira Cloud site.
type Board struct {
	client *cloud.Client
}

// NewBoard returns a board for the site.
func NewBoard(site string) (*Board, error) {
	tp := cloud.BasicAuthTransport{
		Username: os.Getenv("JIRA_EMAIL"),
		APIToken: os.Getenv("JIRA_API_TOKEN"),
	}
	// MISTAKE(useragent/default): go-jira v2 never sends its Client.UserAgent field.
	c, err := cloud.NewClient("https://"+site+".atlassian.net/", tp.Client())
	if err != nil {
		return nil, err
	}
	c.UserAgent = agent.UserAgent
	return &Board{client: c}, nil
}

// NewBoardWithAgent returns a board whose HTTP client identifies the
// integration.
func NewBoardWithAgent(site string) (*Board, error) {
	tp := cloud.BasicAuthTransport{
		Username:  os.Getenv("JIRA_EMAIL"),
		APIToken:  os.Getenv("JIRA_API_TOKEN"),
		Transport: &agent.Transport{Base: http.DefaultTransport},
	}
	// OK(useragent/default): the inner transport sets the User-Agent.
	c, err := cloud.NewClient("https://"+site+".atlassian.net/", tp.Client())
	if err != nil {
		return nil, err
	}
	return &Board{client: c}, nil
}

// NewSandbox returns a board of the sandbox site.
func NewSandbox() (*Board, error) {
	tp := cloud.BasicAuthTransport{
		Username:  os.Getenv("JIRA_EMAIL"),
		APIToken:  os.Getenv("JIRA_API_TOKEN"),
		Transport: &agent.Transport{},
	}
	// MISTAKE(siteurl/insecure-scheme): Atlassian Cloud is served over https only.
	c, err := cloud.NewClient("http://acme-sandbox.atlassian.net/", tp.Client())
	if err != nil {
		return nil, err
	}
	return &Board{client: c}, nil
}

// Titles returns the summaries of the issues a JQL query finds.
func (b *Board) Titles(ctx context.Context, jql string) ([]string, error) {
	issues, _, err := b.client.Issue.Search(ctx, jql, nil)
	if err != nil {
		return nil, err
	}
	var titles []string
	for _, issue := range issues {
		titles = append(titles, issue.Fields.Summary)
	}
	return titles, nil
}
