package libbearer

import (
	"context"
	"net/http"
	"os"

	"github.com/go-resty/resty/v2"
	"github.com/ktrysmt/go-bitbucket"
	"golang.org/x/oauth2"

	confluence "github.com/ctreminiom/go-atlassian/v2/confluence/v2"
	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/ctreminiom/go-atlassian/v2/service/common"
)

const site = "https://acme.atlassian.net"

// go-atlassian with a 3LO access token, to the site.
func bearerToSite(token string) (*v3.Client, error) {
	client, err := v3.New(http.DefaultClient, site) // want `OAuth 2.0 bearer token sent to the Atlassian site acme.atlassian.net, which does not accept it; send 3LO requests through the API gateway: make the client with the base URL https://api.atlassian.com/ex/jira/\{cloudid\}/`
	if err != nil {
		return nil, err
	}
	client.Auth.SetBearerToken(token)
	return client, nil
}

// Confluence: the gateway form names confluence.
func confluenceToSite(token string) (*confluence.Client, error) {
	client, err := confluence.New(nil, site) // want `make the client with the base URL https://api.atlassian.com/ex/confluence/\{cloudid\}/`
	if err != nil {
		return nil, err
	}
	client.Auth.SetBearerToken(token)
	return client, nil
}

// The OAuth options of the constructor.
func autoRenewal(cfg *common.OAuth2Config, tok *common.OAuth2Token) (*v3.Client, error) {
	return v3.New(nil, site, v3.WithOAuth(cfg), v3.WithAutoRenewalToken(tok)) // want `OAuth 2.0 bearer token sent to the Atlassian site acme.atlassian.net`
}

// Through the API gateway: right.
func gateway(token, cloudID string) (*v3.Client, error) {
	client, err := v3.New(http.DefaultClient, "https://api.atlassian.com/ex/jira/"+cloudID)
	if err != nil {
		return nil, err
	}
	client.Auth.SetBearerToken(token)
	return client, nil
}

// Basic auth with an API token belongs on the site.
func basic(email, apiToken string) (*v3.Client, error) {
	client, err := v3.New(http.DefaultClient, site)
	if err != nil {
		return nil, err
	}
	client.Auth.SetBasicAuth(email, apiToken)
	return client, nil
}

// resty with SetAuthToken: a bearer token unless the scheme says otherwise.
func restyBearer() {
	c := resty.New().SetBaseURL(site).SetAuthToken(os.Getenv("ACCESS_TOKEN")) // want `OAuth 2.0 bearer token sent to the Atlassian site acme.atlassian.net`
	c.R().Get("/rest/api/3/myself")
}

func restyOtherScheme() {
	c := resty.New().SetBaseURL(site).SetAuthScheme("Token").SetAuthToken(os.Getenv("ACCESS_TOKEN"))
	c.R().Get("/rest/api/3/myself")
}

// resty on an oauth2 client.
func restyOAuth(conf *oauth2.Config, tok *oauth2.Token) {
	c := resty.NewWithClient(conf.Client(context.Background(), tok)).SetBaseURL(site) // want `OAuth 2.0 bearer token sent to the Atlassian site acme.atlassian.net`
	c.R().Get("/rest/api/3/myself")
}

// go-bitbucket: Bitbucket Cloud, not a site.
func bitbucketBearer(tok string) *bitbucket.Client {
	c, _ := bitbucket.NewOAuthbearerToken(tok)
	return c
}

// Plain http to a site through a library: insecure.
func insecure() {
	resty.New().SetBaseURL("http://acme.atlassian.net").R().Get("/rest/api/3/myself") // want `http:// URL to Atlassian Cloud host acme.atlassian.net`
}
