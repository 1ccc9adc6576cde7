// Package withagent makes oauth2 clients over a base client that sets
// the integration's User-Agent, put into the context as oauth2 reads it.
package withagent

import (
	"context"
	"net/http"
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
	oauthjira "golang.org/x/oauth2/jira"

	"example.com/shapes/agent"
)

func withBase(ctx context.Context) context.Context {
	return context.WithValue(ctx, oauth2.HTTPClient, agent.Client())
}

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
	hc := conf.Client(withBase(ctx), tok)
	// OK(useragent/default): the base client in the context sets it.
	return hc.Get("https://api.atlassian.com/oauth/token/accessible-resources")
}

// AdminUsers uses client credentials over the same base client.
func AdminUsers(ctx context.Context, orgID string) (*http.Response, error) {
	cc := clientcredentials.Config{
		ClientID:     os.Getenv("ATLASSIAN_SA_CLIENT_ID"),
		ClientSecret: os.Getenv("ATLASSIAN_SA_CLIENT_SECRET"),
		TokenURL:     "https://auth.atlassian.com/oauth/token",
	}
	// OK(useragent/default): the base client in the context sets it.
	return cc.Client(withBase(ctx)).Get("https://api.atlassian.com/admin/v1/orgs/" + orgID + "/users")
}

// Watch adds the user as a watcher, impersonating them as a Connect
// app over the same base client. go vet analyses x/oauth2/jira as a
// dependency, atlvet's own driver does not: both must stay silent.
func Watch(ctx context.Context, site, accountID, issueKey string) (*http.Response, error) {
	cfg := &oauthjira.Config{
		BaseURL: "https://" + site + ".atlassian.net",
		Subject: accountID,
		Config: oauth2.Config{
			ClientID:     os.Getenv("CONNECT_OAUTH_CLIENT_ID"),
			ClientSecret: os.Getenv("CONNECT_SHARED_SECRET"),
			Endpoint: oauth2.Endpoint{
				TokenURL: "https://oauth-2-authorization-server.services.atlassian.com/oauth2/token",
			},
		},
	}
	hc := cfg.Client(withBase(ctx))
	// OK(useragent/default): the base client in the context sets it.
	return hc.Post("https://"+site+".atlassian.net/rest/api/3/issue/"+issueKey+"/watchers", "application/json", nil)
}
