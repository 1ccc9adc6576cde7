package typeerror // want "sends jira-acme-int, sent by imported package base"

// A package that does not type-check has what its imports send, and
// passes nothing on: drivers do not analyse it.

import (
	"net/http"

	"base"
)

func broken() {
	base.Get("https://acme.atlassian.net/rest/api/3/myself")
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", undefined)
	req.Header.Set("User-Agent", "jira-broken-int/1.0.0")
}
