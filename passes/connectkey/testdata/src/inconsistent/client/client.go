// Package client sends the integration's User-Agent.
package client

import "net/http"

func Myself(site string) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://"+site+".atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-acme-int/1.4.2")
	return http.DefaultClient.Do(req)
}
