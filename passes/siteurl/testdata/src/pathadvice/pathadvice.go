package pathadvice

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

const site = "https://acme.atlassian.net"

// The advice depends on what the path is.

func uiPage(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token, key string) (*http.Response, error) {
	return conf.Client(ctx, tok).Get(site + "/browse/" + key) // want `bearer token sent to the Atlassian site acme\.atlassian\.net, which does not accept it; /browse/… is a page of the product UI, not an API: read it through the REST API on the API gateway, https://api\.atlassian\.com/ex/jira/\{cloudid\}/rest/api/3/\.\.\., with the cloud ID from https://api\.atlassian\.com/oauth/token/accessible-resources, or send no bearer token to a browser page$`
}

func wikiPage(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*http.Response, error) {
	return conf.Client(ctx, tok).Get(site + "/wiki/spaces/TIS/overview") // want `/wiki/spaces/TIS/overview is a page of the product UI, not an API: read it through the REST API on the API gateway, https://api\.atlassian\.com/ex/confluence/\{cloudid\}/wiki/api/v2/\.\.\.,`
}

func graphQL(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*http.Response, error) {
	return conf.Client(ctx, tok).Post(site+"/gateway/api/graphql", "application/json", nil) // want `site acme\.atlassian\.net, which does not accept it; the site's GraphQL endpoint takes browser sessions; send 3LO requests to the GraphQL API on the API gateway: https://api\.atlassian\.com/graphql$`
}

func teams(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*http.Response, error) {
	return conf.Client(ctx, tok).Get(site + "/gateway/api/public/teams/v1/org/x/teams") // want `the site's /gateway/api/ endpoints take browser sessions; send 3LO requests to the same API on the API gateway, https://api\.atlassian\.com/\.\.\.$`
}

func me(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*http.Response, error) {
	return conf.Client(ctx, tok).Get(site + "/me") // want `site acme\.atlassian\.net, which does not accept it; /me is an endpoint of the API gateway: https://api\.atlassian\.com/me$`
}

func rest(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*http.Response, error) {
	return conf.Client(ctx, tok).Get(site + "/rest/servicedeskapi/request") // want `send 3LO requests through the API gateway: https://api\.atlassian\.com/ex/jira/\{cloudid\}/rest/servicedeskapi/request, with the cloud ID from`
}

func unknownPath(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token, path string) (*http.Response, error) {
	return conf.Client(ctx, tok).Get(site + path) // want `send 3LO requests through the API gateway: https://api\.atlassian\.com/ex/jira/\{cloudid\}/\.\.\. \(or /ex/confluence/\{cloudid\}/\.\.\.\), with`
}
