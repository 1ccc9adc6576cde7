package jira

import (
	"context"
	"net/http"
	"os"
)

// legacyAuth authenticates the requests of the old on-call bot, which
// predates API tokens.
func legacyAuth(req *http.Request) {
	// MISTAKE(secrets/hardcoded-credential): a password in the source.
	req.SetBasicAuth("oncall-bot@acme.example", "Summer2019!oncall")
}

// Assignable lists who can be assigned to an issue, as the on-call bot.
func (c *Client) Assignable(ctx context.Context, key string) (*http.Response, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/rest/api/3/user/assignable/search?issueKey="+key, nil)
	if err != nil {
		return nil, err
	}
	legacyAuth(req)
	return c.api.Do(req)
}

// Watchers lists an issue's watchers for the report, with credentials
// someone pasted from curl.
func (c *Client) Watchers(ctx context.Context, key string) (*http.Response, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/rest/api/3/issue/"+key+"/watchers", nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(secrets/basic-literal): base64 of "report-bot@acme.example:Winter2020!report".
	req.Header.Set("Authorization", "Basic cmVwb3J0LWJvdEBhY21lLmV4YW1wbGU6V2ludGVyMjAyMCFyZXBvcnQ=")
	return c.api.Do(req)
}

// Votes lists an issue's voters with the token of the deployment.
func (c *Client) Votes(ctx context.Context, key string) (*http.Response, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/rest/api/3/issue/"+key+"/votes", nil)
	if err != nil {
		return nil, err
	}
	// OK(secrets/hardcoded-credential): read from the environment.
	req.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	return c.api.Do(req)
}
