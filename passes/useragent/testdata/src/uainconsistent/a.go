package uainconsistent // want package:"identity jira-acme-int"

import "net/http"

const site = "https://acme.atlassian.net"

func send(ua string) {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", ua)
	http.DefaultClient.Do(req)
}

// The first identity in file-name order, then line order, is the
// package's.
func first() {
	send("jira-acme-int/1.4.2")
}
