// Package required is checked with -connectkey.identity=jira-acme-int.
package required

import "net/http"

func myself() {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("User-Agent", "jira-acmesync-int/2.0.0")
	http.DefaultClient.Do(req)
}

var (
	same  = map[string]any{"key": "jira-acme-int", "baseUrl": "https://connect.acme.example"}
	other = map[string]any{"key": "jira-acmesync-int", "baseUrl": "https://connect.acme.example"} // want `Connect app key "jira-acmesync-int" names the source product "acmesync", but the integration's User-Agent identity "jira-acme-int" \(required by connectkey.identity\) names "acme"`
)
