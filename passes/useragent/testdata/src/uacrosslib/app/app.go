package app

import "uacrosslib/atl"

func sync() {
	c := atl.New("https://acme.atlassian.net") // want `resty client sends its requests to acme.atlassian.net with resty's own User-Agent`
	c.R().Get("/rest/api/3/myself")

	atl.Jira().R().Get("/rest/api/3/project") // judged in atl

	atl.Identified("https://acme.atlassian.net").R().Get("/rest/api/3/myself")

	other := atl.New("https://status.example.com")
	other.R().Get("/api/v2/status.json")
}
