// Package retry calls the Jira REST API with retries, through
// go-retryablehttp.
package retry

import (
	"context"
	"net/http"
	"os"

	"github.com/hashicorp/go-retryablehttp"

	"example.com/libintegration/agent"
)

// Client retries requests to one Jira Cloud site.
type Client struct {
	base  string
	retry *retryablehttp.Client
}

// New returns a client for the site named by JIRA_SITE.
func New() *Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 5
	return &Client{base: "https://" + os.Getenv("JIRA_SITE") + ".atlassian.net", retry: rc}
}

// Myself identifies the integration on the request it builds.
func (c *Client) Myself(ctx context.Context) (*http.Response, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, c.base+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", agent.UserAgent)
	req.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	// OK(useragent/default): the request carries the User-Agent.
	return c.retry.Do(req)
}

// Projects forgets to.
func (c *Client) Projects(ctx context.Context) (*http.Response, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, c.base+"/rest/api/3/project/search", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	// MISTAKE(useragent/default): retryablehttp sends what net/http does, Go-http-client/1.1.
	return c.retry.Do(req)
}

// ServerInfo uses the package-level helper.
func ServerInfo() (*http.Response, error) {
	// MISTAKE(useragent/default): the default retryable client sets no User-Agent.
	return retryablehttp.Get("https://" + os.Getenv("JIRA_SITE") + ".atlassian.net/rest/api/3/serverInfo")
}

// Standard hands an *http.Client with retries to code that expects one.
func (c *Client) Standard(ctx context.Context) (*http.Response, error) {
	hc := c.retry.StandardClient()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/rest/api/3/serverInfo", nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/default): the retrying transport adds no User-Agent.
	return hc.Do(req)
}
