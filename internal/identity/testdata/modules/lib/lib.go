// Package lib is a client library of another module, with a User-Agent
// of its own.
package lib

import "net/http"

func Get(url string) (*http.Response, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-lib-int/3.0.0")
	return http.DefaultClient.Do(req)
}

func init() { Get("https://acme.atlassian.net/rest/api/3/myself") }
