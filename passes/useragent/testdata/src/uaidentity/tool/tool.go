package tool // want package:"identity jira-acme-int"

import (
	"net/http"

	"uaidentity/svc"
)

func run() {
	svc.Myself()
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	req.Header.Set("User-Agent", "jira-tool-int/1.0.0") // want `User-Agent identity "jira-tool-int" differs from "jira-acme-int", sent by imported package uaidentity/base`
	http.DefaultClient.Do(req)
}
