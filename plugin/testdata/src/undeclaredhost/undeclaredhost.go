// Package undeclaredhost sends to the same host without the setting:
// nothing to report.
package undeclaredhost

import "net/http"

func myself() (*http.Response, error) {
	return http.Get("https://jira.acme.test/status")
}
