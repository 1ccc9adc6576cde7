package uatestorder // want package:"identity jira-app-int"

import "net/http"

func send(ua string) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", ua)
	http.DefaultClient.Do(req)
}

// The package's own files set its identity, whatever the names of its
// test files.
func app() { send("jira-app-int/1.0.0") }
