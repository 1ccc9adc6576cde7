// Package built sends a User-Agent built at run time by a helper of
// another package: its descriptor is compared with that identity.
package built

import (
	"net/http"

	"inconsistent/built/agent"
)

func serverInfo() {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/serverInfo", nil)
	req.Header.Set("User-Agent", agent.For("connect"))
	http.DefaultClient.Do(req)
}

var descriptor = map[string]any{
	"key":     "jira-acme-int",
	"baseUrl": "https://connect.acme.example",
}

var bridge = map[string]any{
	"key":     "jira-worklogbridge-int", // want `Connect app key "jira-worklogbridge-int" names the source product "worklogbridge", but the integration's User-Agent identity "jira-acme-int" \(used at built.go:13\) names "acme"`
	"baseUrl": "https://connect.acme.example",
}
