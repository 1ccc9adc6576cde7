// Package atl makes the module's resty clients.
package atl

import "github.com/go-resty/resty/v2"

// New returns a client for the base URL its caller gives: where it
// goes, and so whether it is Atlassian's, is the caller's to say.
func New(base string) *resty.Client {
	return resty.New().SetBaseURL(base)
}

// Jira returns a client of the Jira site: judged here.
func Jira() *resty.Client {
	return resty.New().SetBaseURL("https://acme.atlassian.net") // want `resty client sends its requests to acme.atlassian.net with resty's own User-Agent`
}

// Identified returns a client that names the integration.
func Identified(base string) *resty.Client {
	return resty.New().SetBaseURL(base).SetHeader("User-Agent", "jira-crosslib-int/1.0.0")
}
