// Package uarequired is checked with -useragent.identity=jira-acme-int.
package uarequired

import "net/http"

func send(ua string) {
	req, err := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/cloud-1/rest/api/3/myself", nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", ua)
	http.DefaultClient.Do(req)
}

func agents() {
	send("jira-other-int/1.0.0") // want `User-Agent identity "jira-other-int" differs from "jira-acme-int", the identity required by useragent.identity; send one identity from the whole integration`
	send("jira-acme-int/3.1.0")
}

func missing() error {
	req, err := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/cloud-1/rest/api/3/project", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "jira-acme-int/1.0.0"`
	return err
}
