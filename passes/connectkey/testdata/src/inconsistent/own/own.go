// Package own sends its own User-Agent, which its descriptor is
// compared with.
package own

import "net/http"

func myself() {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("User-Agent", "atlassian-acme-int/2.0.0")
	http.DefaultClient.Do(req)
}

var descriptor = map[string]any{
	"key":     "jirasoftware-acme-int",
	"baseUrl": "https://connect.acme.example",
}

var other = map[string]any{
	"key":     "jira-acmetools-int", // want `Connect app key "jira-acmetools-int" names the source product "acmetools", but the integration's User-Agent identity "atlassian-acme-int" \(used at own.go:9\) names "acme"`
	"baseUrl": "https://connect.acme.example",
}
