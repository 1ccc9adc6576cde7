package base // want "sends jira-acme-int, used at base.go:12; passes on jira-acme-int"

import "net/http"

const UserAgent = "jira-acme-int/1.4.2"

func Get(url string) (*http.Response, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", UserAgent)
	return http.DefaultClient.Do(req)
}

func init() { Get("https://acme.atlassian.net/rest/api/3/myself") }
