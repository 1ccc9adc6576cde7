package app // want package:"identity jira-acme-int"

// app imports base, which sends "jira-acme-int": app must send the
// same identity, and suggestions reuse it.

import (
	"net/http"

	"uaidentity/base"
)

const site = "https://acme.atlassian.net"

func pages() error {
	req, err := http.NewRequest("GET", site+"/wiki/api/v2/pages", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "confluence-acmereports-int/1.0.0") // want `User-Agent identity "confluence-acmereports-int" differs from "jira-acme-int", sent by imported package uaidentity/base; send one identity from the whole integration`
	_, err = http.DefaultClient.Do(req)
	return err
}

func same() error {
	req, err := http.NewRequest("GET", site+"/wiki/api/v2/spaces", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", base.UserAgent+"")
	_, err = http.DefaultClient.Do(req)
	return err
}

func missing() error {
	req, err := http.NewRequest("GET", site+"/wiki/api/v2/spaces", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-acme-int/1.0.0"`
	return err
}
