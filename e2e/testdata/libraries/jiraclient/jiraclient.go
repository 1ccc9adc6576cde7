// Package jiraclient wraps go-jira v1 for the sync job.
package jiraclient

import (
	"context"
	"fmt"
	"os"

	jira "github.com/andygrunwald/go-jira"

	"example.com/libintegration/agent"
)

// SiteURL is the base URL of a Jira Cloud site; go-jira wants the
// trailing slash.
func SiteURL(site string) string {
	return "https://" + site + ".atlassian.net/"
}

// Service is the sync job's view of one Jira site.
type Service struct {
	jira *jira.Client
}

// New returns a service that authenticates with an API token. The
// transport chain identifies the integration: go-jira's Basic auth
// transport wraps the module's User-Agent transport.
func New(site, email, token string) (*Service, error) {
	tp := jira.BasicAuthTransport{
		Username:  email,
		Password:  token,
		Transport: &agent.Transport{},
	}
	// OK(useragent/default): the inner transport sets the User-Agent.
	// OK(siteurl/bearer-to-site): Basic auth with an API token belongs on the site.
	c, err := jira.NewClient(tp.Client(), SiteURL(site))
	if err != nil {
		return nil, err
	}
	return &Service{jira: c}, nil
}

// Summary returns the summary of an issue.
func (s *Service) Summary(key string) (string, error) {
	issue, _, err := s.jira.Issue.Get(key, nil)
	if err != nil {
		return "", err
	}
	return issue.Fields.Summary, nil
}

// Myself asks who the integration runs as, through go-jira's request
// API, which sends with the client's transport.
func (s *Service) Myself(ctx context.Context) (string, error) {
	req, err := s.jira.NewRequestWithContext(ctx, "GET", "rest/api/2/myself", nil)
	if err != nil {
		return "", err
	}
	var me jira.User
	// OK(useragent/default): the client's transport sets the User-Agent.
	if _, err := s.jira.Do(req, &me); err != nil {
		return "", err
	}
	return me.AccountID, nil
}

// ServerInfo checks that the site answers, with a client of its own.
func ServerInfo(ctx context.Context, site string) (string, error) {
	c, err := jira.NewClient(nil, SiteURL(site))
	if err != nil {
		return "", err
	}
	req, err := c.NewRequestWithContext(ctx, "GET", "rest/api/2/serverInfo", nil)
	if err != nil {
		return "", err
	}
	var info struct {
		Version string `json:"version"`
	}
	// MISTAKE(useragent/default): a nil client is http.DefaultClient, and go-jira adds no User-Agent.
	if _, err := c.Do(req, &info); err != nil {
		return "", err
	}
	return info.Version, nil
}

// NewReporter returns the client of the weekly report, which another
// package uses.
func NewReporter(site string) (*jira.Client, error) {
	tp := jira.BasicAuthTransport{
		Username: os.Getenv("JIRA_REPORT_EMAIL"),
		// OK(secrets/hardcoded-credential): read at run time.
		Password: os.Getenv("JIRA_REPORT_API_TOKEN"),
	}
	// MISTAKE(useragent/default): neither the transport nor go-jira sets a User-Agent.
	return jira.NewClient(tp.Client(), SiteURL(site))
}

// NewOAuth returns a client that sends an OAuth 2.0 (3LO) access token.
func NewOAuth(site, accessToken string) (*jira.Client, error) {
	tp := jira.BearerAuthTransport{Token: accessToken, Transport: &agent.Transport{}}
	// MISTAKE(siteurl/bearer-to-site): the site does not accept 3LO tokens; use the gateway.
	return jira.NewClient(tp.Client(), SiteURL(site))
}

// NewGateway returns a client that sends an OAuth 2.0 (3LO) access
// token through the API gateway.
func NewGateway(cloudID, accessToken string) (*jira.Client, error) {
	tp := jira.BearerAuthTransport{Token: accessToken, Transport: &agent.Transport{}}
	// OK(siteurl/bearer-to-site): the gateway form of the URL.
	// OK(useragent/default): the inner transport sets the User-Agent.
	return jira.NewClient(tp.Client(), fmt.Sprintf("https://api.atlassian.com/ex/jira/%s/", cloudID))
}

// NewLegacy returns the client the old report bot used.
func NewLegacy(site string) (*jira.Client, error) {
	tp := jira.BasicAuthTransport{
		Username: "report-bot@acme.example",
		// MISTAKE(secrets/hardcoded-credential): a password in the transport.
		Password:  "Tr0ub4dor&3-report",
		Transport: &agent.Transport{},
	}
	// OK(useragent/default): the inner transport sets the User-Agent.
	return jira.NewClient(tp.Client(), SiteURL(site))
}
