// Package declaredhost sends to a host that counts as Atlassian only
// because the plugin's settings declare it.
package declaredhost

import "net/http"

func myself() (*http.Response, error) {
	return http.Get("https://jira.acme.test/status") // want `request to jira.acme.test is sent with Go's default User-Agent`
}
