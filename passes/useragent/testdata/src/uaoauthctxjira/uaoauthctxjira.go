// Package uaoauthctxjira makes Connect user-impersonation clients with
// golang.org/x/oauth2/jira: like oauth2's own, they add a token but no
// User-Agent, so what they send is what the context's base client does.
package uaoauthctxjira

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jira"

	"uaoauthctxjira/agentclient"
)

var cfg = &jira.Config{BaseURL: "https://acme.atlassian.net", Subject: "user"}

func withAgent(ctx context.Context) *http.Client {
	return cfg.Client(context.WithValue(ctx, oauth2.HTTPClient, agentclient.New()))
}

// The base client in the context, from another package, sets it.
func comment(ctx context.Context) {
	withAgent(ctx).Post("https://acme.atlassian.net/rest/api/3/issue/A-1/comment", "application/json", nil)
}

// No base client: oauth2 sends through http.DefaultClient.
func watch() {
	cfg.Client(context.Background()).Post("https://acme.atlassian.net/rest/api/3/issue/A-1/watchers", "application/json", nil) // want `request to acme.atlassian.net is sent with Go.s default User-Agent`
}
