package connectliteral // want package:"connect"

// Names Connect's authorization server directly.

import (
	"net/http"
	"net/url"
	"strings"
)

func impersonate(assertion string) (string, error) {
	form := url.Values{"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"}, "assertion": {assertion}}
	resp, err := http.Post("https://oauth-2-authorization-server.services.atlassian.com/oauth2/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	resp.Body.Close()
	return "token", nil
}

func myself(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}
