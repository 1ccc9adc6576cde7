package main // want "sends jira-tool-int, used at main.go:9"

// A command passes nothing on: nothing imports it.

import "net/http"

func main() {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	req.Header.Set("User-Agent", "jira-tool-int/1.0.0")
	http.DefaultClient.Do(req)
}
