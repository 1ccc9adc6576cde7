// Package legacycli holds the HTTP calls of the old command-line tool,
// built on oreo, the HTTP client of the go-jira command.
package legacycli

import (
	"net/http"
	"net/url"
	"os"

	"github.com/coryb/oreo"

	"example.com/libintegration/agent"
)

// base is the Jira site the tool talks to.
func base() string {
	return "https://" + os.Getenv("JIRA_SITE") + ".atlassian.net"
}

// Myself builds its request with oreo's builder.
func Myself() (*http.Response, error) {
	u, err := url.Parse(base() + "/rest/api/2/myself")
	if err != nil {
		return nil, err
	}
	req := oreo.RequestBuilder(u).
		WithUserAgent(agent.UserAgent).
		WithAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN")).
		Build()
	// OK(useragent/default): the builder set the User-Agent.
	return oreo.New().WithRetries(2).Do(req)
}

// ServerInfo uses oreo's shortcut, which sets none.
func ServerInfo() (*http.Response, error) {
	c := oreo.New().WithRetries(2)
	// MISTAKE(useragent/default): oreo sends Go's default User-Agent.
	return c.GetJSON(base() + "/rest/api/2/serverInfo")
}
