// Package jira talks to Jira Cloud. It holds the mistakes the
// golangci-lint end-to-end test expects atlvet to find, near misses it
// must not flag, and findings silenced by //nolint:atlvet (golangci-lint
// only) and by //atlvet:ignore (every driver).
package jira

import (
	"context"
	"net/http"
)

const site = "https://acme.atlassian.net"

// Issue fetches one issue with Go's default User-Agent.
func Issue(ctx context.Context, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, site+"/rest/api/3/issue/"+key, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Myself identifies itself, but not in lower case.
func Myself() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, site+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "Jira-JiraSync-Int/1.0.0")
	return http.DefaultClient.Do(req)
}

// Projects identifies itself correctly: a near miss.
func Projects() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, site+"/rest/api/3/project", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-jirasync-int/1.0.0")
	return http.DefaultClient.Do(req)
}

// Status calls a host that is not Atlassian's: a near miss.
func Status() (*http.Response, error) {
	return http.Get("https://status.example.com/api/v2/status.json")
}

// Health is silenced for golangci-lint only.
func Health() (*http.Response, error) {
	return http.Get(site + "/rest/api/3/serverInfo") //nolint:atlvet // probe traffic, identified by the load balancer
}

// Ping is silenced for every driver.
func Ping() (*http.Response, error) {
	//atlvet:ignore useragent/default the status page scraper sends no User-Agent on purpose
	return http.Get(site + "/status")
}

// Fields has a directive without a reason, which is itself a finding.
func Fields() (*http.Response, error) {
	//atlvet:ignore useragent/default
	return http.Get(site + "/rest/api/3/field")
}
