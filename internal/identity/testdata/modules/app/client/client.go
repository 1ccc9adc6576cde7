// Package client uses a library of another module: its identity is not
// the integration's, client's own is.
package client // want "sends jira-app-int, used at client.go:17; passes on jira-app-int"

import (
	"net/http"

	"example.com/lib"
)

func Myself() {
	lib.Get("https://acme.atlassian.net/rest/api/3/myself")
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", "jira-app-int/1.0.0")
	http.DefaultClient.Do(req)
}
