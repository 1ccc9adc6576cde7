package usessendlib

import (
	"net/http"

	"sendlib"
)

func bearer(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return sendlib.Send(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/project, with`
}

func retried(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return sendlib.Retry(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

func client(c *sendlib.Client) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/wiki/api/v2/pages", nil)
	return c.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/confluence/\{cloudid\}/wiki/api/v2/pages, with`
}

// Near misses.

func basic(email, apiToken string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	req.SetBasicAuth(email, apiToken)
	return sendlib.Send(req)
}

func gateway(cloudID, token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/"+cloudID+"/rest/api/3/project", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return sendlib.Send(req)
}

func movedByHelper(cloudID, token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return sendlib.Gateway(req, cloudID)
}
