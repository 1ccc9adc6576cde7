package gojira

import (
	"net/http"

	jira "github.com/andygrunwald/go-jira"
)

func bearer(token string) (*jira.Client, error) {
	tp := jira.BearerAuthTransport{Token: token}
	return jira.NewClient(tp.Client(), "https://acme.atlassian.net") // want `bearer token sent to the Atlassian site acme.atlassian.net, which does not accept it; send 3LO requests through the API gateway: make the client with the base URL https://api.atlassian.com/ex/jira/\{cloudid\}/, with the cloud ID from https://api.atlassian.com/oauth/token/accessible-resources`
}

func bearerClient(token string) (*jira.Client, error) {
	client := &http.Client{Transport: &jira.BearerAuthTransport{Token: token}}
	return jira.NewClient(client, "https://acme.atlassian.net/") // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Near misses.

func basic(email, apiToken string) (*jira.Client, error) {
	tp := jira.BasicAuthTransport{Username: email, Password: apiToken}
	return jira.NewClient(tp.Client(), "https://acme.atlassian.net")
}

func gateway(token, cloudID string) (*jira.Client, error) {
	tp := jira.BearerAuthTransport{Token: token}
	return jira.NewClient(tp.Client(), "https://api.atlassian.com/ex/jira/"+cloudID+"/")
}
