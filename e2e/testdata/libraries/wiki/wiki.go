// Package wiki publishes reports to Confluence and links them from Jira
// with resty.
package wiki

import (
	"os"

	"github.com/go-resty/resty/v2"

	"example.com/libintegration/agent"
)

// pages is the client of the Confluence REST API.
//
// MISTAKE(useragent/default): resty sends its own "go-resty/2.17.2 (https://github.com/go-resty/resty)".
var pages = resty.New().
	SetBaseURL("https://acme.atlassian.net/wiki").
	SetBasicAuth(os.Getenv("CONFLUENCE_EMAIL"), os.Getenv("CONFLUENCE_API_TOKEN")).
	SetHeader("Accept", "application/json")

// Page is a Confluence page.
type Page struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Get reads a page.
func Get(id string) (*Page, error) {
	var page Page
	_, err := pages.R().SetResult(&page).Get("/rest/api/content/" + id)
	return &page, err
}

// Publisher writes reports to Jira and Confluence.
type Publisher struct {
	jira *resty.Client
}

// NewPublisher builds the Jira client of the publisher.
func NewPublisher(site string) *Publisher {
	// OK(useragent/default): the chain sets the User-Agent.
	c := resty.New().
		SetBaseURL("https://"+site+".atlassian.net").
		SetHeader("User-Agent", agent.UserAgent).
		SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	return &Publisher{jira: c}
}

// Link adds a remote link from an issue to the report.
func (p *Publisher) Link(key, pageURL string) error {
	_, err := p.jira.R().
		SetBody(map[string]any{"object": map[string]string{"url": pageURL, "title": "Weekly report"}}).
		Post("/rest/api/3/issue/" + key + "/remotelink")
	return err
}

// Issue reads an issue the way a colleague's browser link did.
func (p *Publisher) Issue(key string) ([]byte, error) {
	resp, err := p.jira.R().
		// MISTAKE(atlorigin/api-url): atlOrigin belongs on links into the product, not on REST calls.
		SetQueryParam("atlOrigin", "eyJpIjoibGliaW50In0").
		Get("/rest/api/3/issue/" + key)
	if err != nil {
		return nil, err
	}
	return resp.Body(), nil
}

// NewOAuthPublisher sends a 3LO access token with resty.
func NewOAuthPublisher(site, accessToken string) *Publisher {
	// MISTAKE(siteurl/bearer-to-site): SetAuthToken sends "Bearer <token>" to the site.
	c := resty.New().SetBaseURL("https://"+site+".atlassian.net").SetAuthToken(accessToken).SetHeader("User-Agent", agent.UserAgent)
	return &Publisher{jira: c}
}

// NewGatewayPublisher sends it through the API gateway.
func NewGatewayPublisher(cloudID, accessToken string) *Publisher {
	// OK(siteurl/bearer-to-site): the gateway form of the URL.
	c := resty.New().SetBaseURL("https://api.atlassian.com/ex/jira/"+cloudID).SetAuthToken(accessToken).SetHeader("User-Agent", agent.UserAgent)
	return &Publisher{jira: c}
}

// NewBotPublisher is the publisher of the report bot.
func NewBotPublisher(site string) *Publisher {
	c := resty.New().
		SetBaseURL("https://"+site+".atlassian.net").
		SetHeader("User-Agent", agent.UserAgent).
		// MISTAKE(secrets/hardcoded-credential): a password in the source.
		SetBasicAuth("report-bot@acme.example", "s3cret-Resty-pa55")
	return &Publisher{jira: c}
}

// NewStagingPublisher writes to the staging site.
func NewStagingPublisher() *Publisher {
	c := resty.New().
		// MISTAKE(siteurl/insecure-scheme): Atlassian Cloud is served over https only.
		SetBaseURL("http://acme-staging.atlassian.net").
		SetHeader("User-Agent", agent.UserAgent)
	return &Publisher{jira: c}
}
