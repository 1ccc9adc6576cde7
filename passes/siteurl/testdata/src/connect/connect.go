package connect // want package:"connect"

// A Connect app impersonating a user: the token is meant for the site.

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jira"
)

func impersonate(ctx context.Context, secret, accountID string) (*http.Response, error) {
	cfg := &jira.Config{
		BaseURL: "https://acme.atlassian.net",
		Subject: accountID,
		Config: oauth2.Config{
			ClientID:     "connect-client",
			ClientSecret: secret,
			Endpoint: oauth2.Endpoint{
				AuthURL:  "https://oauth-2-authorization-server.services.atlassian.com",
				TokenURL: "https://oauth-2-authorization-server.services.atlassian.com/oauth2/token",
			},
		},
	}
	return cfg.Client(ctx).Get("https://acme.atlassian.net/rest/api/3/myself")
}

func withToken(tok *oauth2.Token) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}
