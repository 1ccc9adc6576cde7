package caseonly // want "sends jira-gen-int, used at caseonly.go:17; passes on jira-gen-int"

// No well-formed identity: the first whose only fault is case names
// the integration, lower-cased; a library's agent and a malformed one
// do not.

import "net/http"

func send(ua string) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("User-Agent", ua)
	http.DefaultClient.Do(req)
}

func a() { send("Go-http-client/1.1") }
func b() { send("jira gen int") }
func c() { send("Jira-Gen-Int/2.0.0") }
func d() { send("Jira-Other-Int/2.0.0") }
