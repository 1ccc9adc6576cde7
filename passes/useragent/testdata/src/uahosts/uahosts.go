// Package uahosts is checked with -useragent.hosts=jira.example.com:
// requests to that Data Center host count as Atlassian's.
package uahosts

import "net/http"

func declared() error {
	_, err := http.Get("https://jira.example.com/status") // want `request to jira.example.com is sent with Go's default User-Agent; set one such as "jira-uahosts-int/1.0.0"`
	return err
}

func declaredPort() error {
	_, err := http.Get("https://JIRA.example.com:8443/status") // want `request to jira.example.com:8443 is sent with Go's default User-Agent`
	return err
}

func otherHost() error {
	_, err := http.Get("https://wiki.example.com/status")
	return err
}
