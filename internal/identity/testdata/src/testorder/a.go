package testorder // want "sends jira-app-int, used at a.go:16; passes on jira-app-int"

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

// A User-Agent on a request to another host is not an identity.
func other() { send2("https://api.example.com/v1", "jira-elsewhere-int/1.0.0") }

func send2(u, ua string) {
	req, _ := http.NewRequest("GET", u, nil)
	req.Header.Set("User-Agent", ua)
	http.DefaultClient.Do(req)
}
