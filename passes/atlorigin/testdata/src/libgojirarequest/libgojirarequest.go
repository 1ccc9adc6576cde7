// Package libgojirarequest builds requests with go-jira's NewRequest,
// whose URL is resolved against the client's base URL.
package libgojirarequest

import (
	"net/http"

	jira "github.com/andygrunwald/go-jira"
)

const site = "https://acme.atlassian.net"

func myself() (*jira.Response, error) {
	client, err := jira.NewClient(http.DefaultClient, site)
	if err != nil {
		return nil, err
	}
	req, err := client.NewRequest("GET", "/rest/api/2/myself?atlOrigin=eyJpIjoiYWJjIn0", nil) // want `atlOrigin parameter on a REST API URL`
	if err != nil {
		return nil, err
	}
	return client.Do(req, nil)
}

// go-jira's own examples write the path without its leading slash.
func relative(client *jira.Client) (*jira.Response, error) {
	req, err := client.NewRequest("GET", "rest/api/2/myself?atlOrigin=eyJpIjoiYWJjIn0", nil) // want `atlOrigin parameter on a REST API URL`
	if err != nil {
		return nil, err
	}
	return client.Do(req, nil)
}

func absolute(client *jira.Client) (*jira.Response, error) {
	req, err := client.NewRequest("GET", site+"/rest/api/2/serverInfo?expand=x&atlOrigin=eyJpIjoiYWJjIn0", nil) // want `atlOrigin parameter on a REST API URL`
	if err != nil {
		return nil, err
	}
	return client.Do(req, nil)
}

// Near miss: a UI link built beside it carries atlOrigin, as it should.

func browse(client *jira.Client, key string) (string, error) {
	req, err := client.NewRequest("GET", "rest/api/2/issue/"+key, nil)
	if err != nil {
		return "", err
	}
	if _, err := client.Do(req, nil); err != nil {
		return "", err
	}
	return site + "/browse/" + key + "?atlOrigin=eyJpIjoiYWJjIn0", nil
}
