package connectlib // want package:"connect"

// Package connectlib fetches Connect user-impersonation tokens by hand.

import (
	"net/http"
	"net/url"
)

const tokenURL = "https://oauth-2-authorization-server.services.atlassian.com/oauth2/token"

func Token(assertion string) (*http.Response, error) {
	return http.PostForm(tokenURL, url.Values{
		"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"},
		"assertion":  {assertion},
	})
}
