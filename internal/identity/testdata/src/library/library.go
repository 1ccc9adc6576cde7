package library

// Only a library's agent and requests to other hosts: no identity.

import "net/http"

func get() {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("User-Agent", "curl/8.0")
	http.DefaultClient.Do(req)
	req2, _ := http.NewRequest("GET", "https://example.com/status", nil)
	req2.Header.Set("User-Agent", "jira-status-int/1.0.0")
	http.DefaultClient.Do(req2)
}
