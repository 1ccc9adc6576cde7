// Package atlassian reaches Jira and Confluence with go-atlassian.
package atlassian

import (
	"context"
	"net/http"
	"os"

	confluence "github.com/ctreminiom/go-atlassian/v2/confluence"
	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"

	"example.com/libintegration/agent"
)

// Jira is the sync job's Jira Cloud client.
type Jira struct {
	client *v3.Client
}

// NewJira authenticates with an API token and identifies the
// integration.
func NewJira(site, email, token string) (*Jira, error) {
	// OK(useragent/default): Auth.SetUserAgent below.
	c, err := v3.New(http.DefaultClient, "https://"+site+".atlassian.net")
	if err != nil {
		return nil, err
	}
	c.Auth.SetBasicAuth(email, token)
	c.Auth.SetUserAgent(agent.UserAgent)
	return &Jira{client: c}, nil
}

// NewJiraOAuth sends a 3LO access token to the site.
func NewJiraOAuth(site, accessToken string) (*Jira, error) {
	// MISTAKE(siteurl/bearer-to-site): the site does not accept 3LO tokens; use the gateway.
	c, err := v3.New(nil, "https://"+site+".atlassian.net")
	if err != nil {
		return nil, err
	}
	c.Auth.SetBearerToken(accessToken)
	c.Auth.SetUserAgent(agent.UserAgent)
	return &Jira{client: c}, nil
}

// NewJiraGateway sends a 3LO access token through the API gateway.
func NewJiraGateway(cloudID, accessToken string) (*Jira, error) {
	// OK(siteurl/bearer-to-site): the gateway form of the URL.
	c, err := v3.New(nil, "https://api.atlassian.com/ex/jira/"+cloudID)
	if err != nil {
		return nil, err
	}
	c.Auth.SetBearerToken(accessToken)
	c.Auth.SetUserAgent(agent.UserAgent)
	return &Jira{client: c}, nil
}

// NewJiraBot is the client of the triage bot.
func NewJiraBot(site string) (*Jira, error) {
	c, err := v3.New(nil, "https://"+site+".atlassian.net")
	if err != nil {
		return nil, err
	}
	// MISTAKE(secrets/atlassian-token): a live-format API token.
	c.Auth.SetBasicAuth("triage-bot@acme.example", "ATATT3xFfGF0MYiXDa9RCuqV5au-3WohwJFr3rftxl26VHzI30tMGNmg8CLS84dxqKKhdRFd2bkRl9UDRX4VeR3eLpDfvQnCzmJodAv4kBh8poEgeoN0rI_AmTc7u6wWJ6bQCCoYtl-liXP9EQshxcnSla7KoVOWGS7J_5Aw4MJf6ZjGJVjY8MG=57E46859")
	c.Auth.SetUserAgent(agent.UserAgent)
	return &Jira{client: c}, nil
}

// Summary returns the summary of an issue.
func (j *Jira) Summary(ctx context.Context, key string) (string, error) {
	issue, _, err := j.client.Issue.Get(ctx, key, []string{"summary"}, nil)
	if err != nil {
		return "", err
	}
	return issue.Fields.Summary, nil
}

// Wiki is the sync job's Confluence client.
type Wiki struct {
	client *confluence.Client
}

// NewWiki reads pages with an API token from the environment.
func NewWiki(site string) (*Wiki, error) {
	// MISTAKE(useragent/default): nothing calls Auth.SetUserAgent, so Go sends Go-http-client/1.1.
	c, err := confluence.New(nil, "https://"+site+".atlassian.net")
	if err != nil {
		return nil, err
	}
	// OK(secrets/hardcoded-credential): read at run time.
	c.Auth.SetBasicAuth(os.Getenv("CONFLUENCE_EMAIL"), os.Getenv("CONFLUENCE_API_TOKEN"))
	return &Wiki{client: c}, nil
}

// NewWikiBot is the client of the publishing bot, which holds an OAuth
// 2.0 access token and so goes through the API gateway.
func NewWikiBot(cloudID string) (*Wiki, error) {
	// OK(useragent/default): the HTTP client's transport sets the User-Agent.
	// OK(siteurl/bearer-to-site): the gateway form of the URL.
	c, err := confluence.New(agent.Client(), "https://api.atlassian.com/ex/confluence/"+cloudID)
	if err != nil {
		return nil, err
	}
	// MISTAKE(secrets/hardcoded-credential): a bearer token in the source.
	c.Auth.SetBearerToken("pUb1isH-b0t-t0ken-2024")
	return &Wiki{client: c}, nil
}

// Title returns the title of a page.
func (w *Wiki) Title(ctx context.Context, id string) (string, error) {
	page, _, err := w.client.Content.Get(ctx, id, nil, 0)
	if err != nil {
		return "", err
	}
	return page.Title, nil
}
