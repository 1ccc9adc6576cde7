// Package oauthclients calls Atlassian with clients that oauth2 makes:
// they attach the token and nothing else, so the requests carry Go's
// default User-Agent unless the base client in the context sets one.
// Shape 7 of issue 12. (withagent puts a base client into the context.)
package oauthclients

import (
	"context"
	"net/http"
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

var conf = &oauth2.Config{
	ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
	ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

// Resources lists the sites a token can reach.
func Resources(ctx context.Context, tok *oauth2.Token) (*http.Response, error) {
	hc := conf.Client(ctx, tok)
	// MISTAKE(useragent/default): conf.Client adds the token, not a User-Agent.
	return hc.Get("https://api.atlassian.com/oauth/token/accessible-resources")
}

// Myself calls the gateway with a static token source.
func Myself(ctx context.Context, cloudID string, tok *oauth2.Token) (*http.Response, error) {
	hc := oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok))
	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.atlassian.com/ex/jira/"+cloudID+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/default): oauth2.NewClient adds no User-Agent.
	return hc.Do(req)
}

// MyselfWithAgent sets the User-Agent on the request itself.
func MyselfWithAgent(ctx context.Context, cloudID string, tok *oauth2.Token) (*http.Response, error) {
	hc := oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok))
	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.atlassian.com/ex/jira/"+cloudID+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-shapes-int/1.4.0")
	// OK(useragent/default): the request carries one.
	return hc.Do(req)
}

// AdminUsers calls the organizations API with a service account's
// client credentials.
func AdminUsers(ctx context.Context, orgID string) (*http.Response, error) {
	cc := clientcredentials.Config{
		ClientID:     os.Getenv("ATLASSIAN_SA_CLIENT_ID"),
		ClientSecret: os.Getenv("ATLASSIAN_SA_CLIENT_SECRET"),
		TokenURL:     "https://auth.atlassian.com/oauth/token",
	}
	hc := cc.Client(ctx)
	// MISTAKE(useragent/default): clientcredentials' client adds no User-Agent either.
	return hc.Get("https://api.atlassian.com/admin/v1/orgs/" + orgID + "/users")
}
