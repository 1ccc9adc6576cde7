package app

import (
	"net/http"

	"crosspkg/helpers"
)

func cases() {
	req, _ := http.NewRequest("GET", helpers.IssueURL("KEY-1"), nil)
	helpers.SetUserAgent(req)
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/issue/KEY-1"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`

	req2, _ := helpers.NewRequest("/rest/api/3/myself")
	http.DefaultClient.Do(req2) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] Accept=\["application/json"\]; clients \{\}`

	http.Get(helpers.Resolve("rest/api/3/project"))       // want `send: urls=\["https://acme.atlassian.net/rest/api/3/project"\]; clients \{\}`
	http.Get(helpers.Resolve("https://example.com/ping")) // want `send: urls=\["https://example.com/ping"\]; clients \{\}`

	helpers.Client().Get(helpers.Site + "/rest/api/3/field") // want `send: urls=\["https://acme.atlassian.net/rest/api/3/field"\]; clients \{User-Agent=\["jira-acme-int/1.0.0"\]\}`
}
