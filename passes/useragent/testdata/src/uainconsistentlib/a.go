package uainconsistentlib // want package:"identity jira-acme-int"

// The first identity is sent with net/http and
// later ones through client libraries' setters.

import "net/http"

const site = "https://acme.atlassian.net"

func myself() {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", "jira-acme-int/1.4.2")
	http.DefaultClient.Do(req)
}
