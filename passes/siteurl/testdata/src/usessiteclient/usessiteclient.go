package usessiteclient

import (
	"net/http"

	"siteclient"
)

func fetch(token string) (*http.Response, error) {
	req, err := siteclient.NewRequest("/rest/api/3/field")
	if err != nil {
		return nil, err
	}
	siteclient.Authorize(req, token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/field, with`
}

// Near miss: no token.
func anonymous() (*http.Response, error) {
	req, err := siteclient.NewRequest("/rest/api/3/serverInfo")
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
