package uacasereference // want package:"identity jira-gen-int"

// The package sends an identity with a case fault: it is reported as
// such, and still names the integration in suggestions.

import "net/http"

const site = "https://acme.atlassian.net"

func withAgent() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header.Set("User-Agent", "Jira-Gen-int/1.0") // want `upper-case letters`
	http.DefaultClient.Do(req)
}

func without() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/project", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "jira-gen-int/1.0"`
	return err
}

func curl() {
	req, _ := http.NewRequest("GET", "https://api.bitbucket.org/2.0/user", nil)
	req.Header.Set("User-Agent", "curl/8.0") // want `identifies curl, not your integration; send your own such as "jira-gen-int/1.0"`
	http.DefaultClient.Do(req)
}
