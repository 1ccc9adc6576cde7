package uaretryable // want package:"identity jira-uaretryable-int"

import (
	"github.com/hashicorp/go-retryablehttp"
)

const site = "https://acme.atlassian.net"

func anonymous() error {
	req, err := retryablehttp.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = retryablehttp.NewClient().Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-uaretryable-int/1.0.0"`
	return err
}

func identified() error {
	req, err := retryablehttp.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "jira-uaretryable-int/1.0.0")
	_, err = retryablehttp.NewClient().Do(req)
	return err
}

func get() {
	retryablehttp.Get(site + "/rest/api/3/serverInfo") // want `request to acme.atlassian.net is sent with Go's default User-Agent`
}
