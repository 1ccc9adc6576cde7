// Package uaprefix builds its User-Agent from a constant that follows
// the convention and a version known only at run time.
package uaprefix

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
)

// Version is stamped in by the build.
var Version = "dev"

func userAgent() string {
	return fmt.Sprintf("jira-shapes-int/%s (%s)", Version, runtime.Version())
}

// Client fetches issues.
type Client struct {
	site string
	hc   *http.Client
}

// New returns a client for site.
func New(site string) *Client { return &Client{site: site, hc: &http.Client{}} }

// Issue fetches an issue.
func (c *Client) Issue(ctx context.Context, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+c.site+".atlassian.net/rest/api/3/issue/"+url.PathEscape(key), nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/convention): the constant part follows the convention.
	req.Header.Set("User-Agent", userAgent())
	return c.hc.Do(req)
}

// Comments fetches comments.
func (c *Client) Comments(ctx context.Context, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+c.site+".atlassian.net/rest/api/3/issue/"+url.PathEscape(key)+"/comment", nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/convention): a lower-case identity with -int, then the version.
	req.Header.Set("User-Agent", "jira-shapes-int/"+Version)
	return c.hc.Do(req)
}

// Transitions fetches transitions with a User-Agent whose version
// comes from the build information.
func (c *Client) Transitions(ctx context.Context, key string, build string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+c.site+".atlassian.net/rest/api/3/issue/"+url.PathEscape(key)+"/transitions", nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/convention): the known prefix follows the convention; the version is the build's.
	req.Header.Set("User-Agent", "jira-shapes-int/"+build)
	return c.hc.Do(req)
}

// Worklogs fetches worklogs with a browser's User-Agent, which a
// scraper once needed.
func (c *Client) Worklogs(ctx context.Context, key, build string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+c.site+".atlassian.net/rest/api/3/issue/"+url.PathEscape(key)+"/worklog", nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/library): a browser's agent, whatever the version in it.
	req.Header.Set("User-Agent", "Mozilla/5.0 (compatible; JiraSync/"+build+")")
	return c.hc.Do(req)
}
