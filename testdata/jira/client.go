// Package jira is a small Jira Cloud REST client used by the sync job.
package jira

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
)

// userAgent identifies this integration to Atlassian, following
// {atlassian product}-{source product}-int/{version}.
const userAgent = "jira-acme-int/1.4.2"

// Client talks to one Jira Cloud site.
type Client struct {
	baseURL string
	// email and token authenticate with an API token (Basic auth) when
	// the site has not moved the integration to OAuth 2.0.
	email, token string
	// api is used for the calls that go through newRequest; it also
	// sets the User-Agent in its transport.
	api *http.Client
}

// NewClient returns a client for https://<site>.atlassian.net.
func NewClient(site string) *Client {
	return &Client{
		baseURL: "https://" + site + ".atlassian.net",
		api:     &http.Client{Transport: &userAgentTransport{base: http.DefaultTransport}},
	}
}

// newRequest builds a request to the REST API and identifies the
// integration on it.
func (c *Client) newRequest(ctx context.Context, method, path string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "application/json")
	if c.token != "" {
		// OK(secrets/hardcoded-credential): the token is configured at run time.
		req.SetBasicAuth(c.email, c.token)
	}
	return req, nil
}

// WithAPIToken makes the client authenticate as the account with that
// e-mail address and API token.
func (c *Client) WithAPIToken(email, token string) *Client {
	c.email, c.token = email, token
	return c
}

// ServerInfo checks that the site answers before a sync starts.
func (c *Client) ServerInfo() error {
	// MISTAKE(useragent/default): http.Get sends Go-http-client/1.1.
	resp, err := http.Get(c.baseURL + "/rest/api/3/serverInfo")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("jira: server info: %s", resp.Status)
	}
	return nil
}

// Myself returns the account the integration runs as.
func (c *Client) Myself(ctx context.Context) ([]byte, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/default): newRequest set the User-Agent.
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// Proxy forwards a request to the site under the caller's own
// User-Agent, read from the environment of the deployment.
func (c *Client) Proxy(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/convention): the value is not a constant.
	req.Header.Set("User-Agent", os.Getenv("JIRA_PROXY_USER_AGENT"))
	return http.DefaultClient.Do(req)
}

// chatOrigin tells Atlassian that a visit came from the chat message.
const chatOrigin = "eyJpIjoiY2hhdCIsInAiOiJqIn0"

// BrowseURL is the link to an issue that the sync job posts to chat.
func (c *Client) BrowseURL(key string) string {
	// OK(atlorigin/api-url): atlOrigin belongs on links into the product.
	return c.baseURL + "/browse/" + key + "?atlOrigin=" + chatOrigin
}
