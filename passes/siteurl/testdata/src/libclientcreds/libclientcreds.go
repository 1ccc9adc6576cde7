// Package libclientcreds gives library clients an HTTP client from
// clientcredentials, whose requests carry the bearer token it gets.
package libclientcreds

import (
	"context"
	"os"

	jira "github.com/andygrunwald/go-jira"
	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/go-resty/resty/v2"
	"golang.org/x/oauth2/clientcredentials"
)

const site = "https://acme.atlassian.net"

func config() *clientcredentials.Config {
	return &clientcredentials.Config{
		ClientID:     os.Getenv("CLIENT_ID"),
		ClientSecret: os.Getenv("CLIENT_SECRET"),
		TokenURL:     "https://api.atlassian.com/oauth/token",
	}
}

func goAtlassian(ctx context.Context) (*v3.Client, error) {
	return v3.New(config().Client(ctx), site) // want `OAuth 2.0 bearer token sent to the Atlassian site acme.atlassian.net, which does not accept it; send 3LO requests through the API gateway: make the client with the base URL https://api.atlassian.com/ex/jira/\{cloudid\}/`
}

func goJira(ctx context.Context) (*jira.Client, error) {
	hc := config().Client(ctx)
	return jira.NewClient(hc, site) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

func restyClient(ctx context.Context) {
	c := resty.NewWithClient(config().Client(ctx)).SetBaseURL(site) // want `bearer token sent to the Atlassian site acme.atlassian.net`
	c.R().Get("/rest/api/3/myself")
}

// Near miss: through the API gateway.
func gateway(ctx context.Context, cloudID string) (*v3.Client, error) {
	return v3.New(config().Client(ctx), "https://api.atlassian.com/ex/jira/"+cloudID)
}
