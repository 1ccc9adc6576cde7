package redact

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

// Messages name the host, never the user info of the URL.

func insecure() (*http.Response, error) {
	return http.Get("http://me%40example.com:S3cr3tP4ss@acme.atlassian.net/rest/api/3/myself") // want `^http:// URL to Atlassian Cloud host acme\.atlassian\.net sends credentials and data in clear text; use https://$`
}

func bearer(ctx context.Context, conf *oauth2.Config, tok *oauth2.Token) (*http.Response, error) {
	return conf.Client(ctx, tok).Get("https://me:S3cr3tP4ss@acme.atlassian.net/rest/api/3/myself") // want `^OAuth 2\.0 bearer token sent to the Atlassian site acme\.atlassian\.net, which does not accept it; send 3LO requests through the API gateway: https://api\.atlassian\.com/ex/jira/\{cloudid\}/rest/api/3/myself, with the cloud ID from https://api\.atlassian\.com/oauth/token/accessible-resources$`
}

func unknownName(name string) (*http.Response, error) {
	return http.Get("http://bot:S3cr3tP4ss@" + name + ".atlassian.net/rest/api/3/myself") // want `^http:// URL to Atlassian Cloud host …\.atlassian\.net sends`
}
