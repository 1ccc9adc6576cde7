package uaresty // want package:"identity jira-uaresty-int"

import (
	"os"

	"github.com/go-resty/resty/v2"
)

const site = "https://acme.atlassian.net"

func anonymous() (string, error) {
	c := resty.New().SetBaseURL(site) // want `resty client sends its requests to acme.atlassian.net with resty's own User-Agent "go-resty/2.17.2 \(https://github.com/go-resty/resty\)", which names the library, not your integration; set one with SetHeader\("User-Agent", "jira-uaresty-int/1.0.0"\)`
	resp, err := c.R().Get("/rest/api/3/myself")
	if err != nil {
		return "", err
	}
	return resp.String(), nil
}

func identified() (string, error) {
	c := resty.New().SetBaseURL(site).SetHeader("User-Agent", "jira-uaresty-int/1.0.0")
	resp, err := c.R().Get("/rest/api/3/myself")
	if err != nil {
		return "", err
	}
	return resp.String(), nil
}

// Per request: one request sets it, the other does not.
func perRequest() {
	c := resty.New().SetBaseURL(site) // want `resty client sends its requests to acme.atlassian.net with resty's own User-Agent`
	c.R().SetHeader("User-Agent", "jira-uaresty-int/1.0.0").Get("/rest/api/3/myself")
	c.R().Get("/rest/api/3/serverInfo")
}

// All its requests set it.
func everyRequest() {
	c := resty.New().SetBaseURL(site)
	c.R().SetHeader("User-Agent", "jira-uaresty-int/1.0.0").Get("/rest/api/3/myself")
}

// Not Atlassian.
func elsewhere() {
	resty.New().R().Get("https://api.example.com/v1/status")
}

// A library agent named by the program.
func curl() {
	c := resty.New().SetBaseURL(site).SetHeader("User-Agent", "curl/8.0") // want `User-Agent "curl/8.0" identifies curl`
	c.R().Get("/rest/api/3/myself")
}

// The base URL from the environment and an Atlassian REST path.
func configured() {
	c := resty.New().SetBaseURL(os.Getenv("JIRA_URL")) // want `resty client sends its requests to the Atlassian REST path /rest/api/3/search with resty's own User-Agent`
	c.R().SetQueryParam("jql", "project = ACME").Get("/rest/api/3/search")
}
