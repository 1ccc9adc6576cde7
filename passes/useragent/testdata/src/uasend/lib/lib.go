// Package lib is a small client library: Send sends what it is given as
// it is, Identified sets the integration's User-Agent first.
package lib

import "net/http"

func Send(req *http.Request) (*http.Response, error) {
	return http.DefaultClient.Do(req)
}

func Identified(req *http.Request) (*http.Response, error) {
	req.Header.Set("User-Agent", "jira-lib-int/1.0.0")
	return http.DefaultClient.Do(req)
}
