// Package uahostsoff is uahosts checked without -useragent.hosts: the
// company host is not Atlassian's, and /status is no REST path.
package uahostsoff

import "net/http"

func undeclared() error {
	_, err := http.Get("https://jira.example.com/status")
	return err
}
