// Package report writes the weekly "what got done" report. It predates
// the jira package and still uses go-jira v1.
package report

import (
	"context"
	"fmt"
	"os"
	"strings"

	jira "github.com/andygrunwald/go-jira"
	"golang.org/x/oauth2"

	"example.com/integrations/internal/httpx"
	"example.com/integrations/internal/identity"
)

// reportToken is the report account's token from before the move to
// $REPORT_JIRA_TOKEN.
//
// MISTAKE(secrets/atlassian-token): a legacy 24-character API token whose MD5 check holds, under a credential name.
// OK(secrets/credential-name): one literal gets one finding, the more specific atlassian-token.
const reportToken = "fAeZCF6myj2HD8uYZXGY239a"

// browseBase is where the report's links point.
//
// MISTAKE(siteurl/insecure-scheme): a link to the Cloud site over plain http.
const browseBase = "http://acme.atlassian.net/browse/"

// OK(siteurl/insecure-scheme): the Atlassian SDK's local Jira, not a Cloud host.
const sdkJira = "http://localhost:2990/jira"

func token() string {
	if t := os.Getenv("REPORT_JIRA_TOKEN"); t != "" {
		return t
	}
	return reportToken
}

// NewClient returns a client for the company site with the report
// account's API token.
func NewClient() (*jira.Client, error) {
	tp := jira.BasicAuthTransport{Username: "reports@acme.example", Password: token()}
	// MISTAKE(useragent/default): go-jira sends Go's default User-Agent; neither the transport nor its client sets one.
	// OK(siteurl/bearer-to-site): Basic auth to the site.
	return jira.NewClient(tp.Client(), "https://acme.atlassian.net")
}

// NewOAuthClient returns a client for a user who connected with OAuth.
func NewOAuthClient(siteName string, tok *oauth2.Token) (*jira.Client, error) {
	tp := jira.BearerAuthTransport{
		Token:     tok.AccessToken,
		Transport: &httpx.AgentTransport{Agent: identity.UserAgentFor("reports")},
	}
	// MISTAKE(siteurl/bearer-to-site): the OAuth token goes to the site, not to api.atlassian.com/ex/jira/{cloudid}.
	// OK(useragent/default): the transport under the bearer transport sets the User-Agent.
	return jira.NewClient(tp.Client(), "https://"+siteName+".atlassian.net/")
}

// NewDataCenterClient returns a client for the on-premises Jira that
// the finance department still runs, with a personal access token.
func NewDataCenterClient(pat string) (*jira.Client, error) {
	tp := jira.PATAuthTransport{
		Token:     pat,
		Transport: &httpx.AgentTransport{Agent: identity.UserAgentFor("reports")},
	}
	// OK(siteurl/bearer-to-site): a personal access token to a Data Center host, not to a Cloud site.
	// OK(useragent/default): the inner transport sets the User-Agent.
	return jira.NewClient(tp.Client(), "https://jira.acme-corp.example/")
}

// Weekly lists the issues of project resolved in the last week.
func Weekly(ctx context.Context, c *jira.Client, project string) (string, error) {
	issues, _, err := c.Issue.SearchWithContext(ctx, "project = "+project+" AND resolved >= -7d ORDER BY resolved", &jira.SearchOptions{MaxResults: 200})
	if err != nil {
		return "", err
	}
	var info struct {
		Version string `json:"version"`
	}
	req, err := c.NewRequestWithContext(ctx, "GET", "rest/api/2/serverInfo", nil)
	if err != nil {
		return "", err
	}
	// OK(useragent/convention): the integration's identity.
	req.Header.Set("User-Agent", identity.UserAgentFor("reports"))
	// OK(useragent/default): a request built with NewRequest is judged at its send, and it has a User-Agent.
	if _, err := c.Do(req, &info); err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Resolved in %s this week (Jira %s):\n", project, info.Version)
	for _, is := range issues {
		fmt.Fprintf(&b, "- %s %s (%s%s)\n", is.Key, is.Fields.Summary, browseBase, is.Key)
	}
	return b.String(), nil
}

// Run writes the report with the client the environment asks for.
func Run(ctx context.Context, project string) (string, error) {
	var (
		c   *jira.Client
		err error
	)
	switch {
	case os.Getenv("REPORT_OAUTH_TOKEN") != "":
		c, err = NewOAuthClient(os.Getenv("REPORT_SITE"), &oauth2.Token{AccessToken: os.Getenv("REPORT_OAUTH_TOKEN")})
	case os.Getenv("REPORT_LOCAL") != "":
		// MISTAKE(useragent/default): go-jira's service calls use /rest/api/2/ paths, an Atlassian request whatever the host, and this client sets no User-Agent.
		c, err = jira.NewClient(nil, sdkJira)
	case os.Getenv("REPORT_PAT") != "":
		c, err = NewDataCenterClient(os.Getenv("REPORT_PAT"))
	default:
		c, err = NewClient()
	}
	if err != nil {
		return "", err
	}
	return Weekly(ctx, c, project)
}
