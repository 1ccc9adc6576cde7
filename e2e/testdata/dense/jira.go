package dense

import (
	"net/http"
	"net/url"
)

// Myself: plain http and a tracking parameter on one literal, no
// User-Agent, and a hard-coded password on the next line.
func Myself() error {
	req, err := http.NewRequest("GET", "http://acme.atlassian.net/rest/api/3/myself?atlOrigin=eyJpIjoiZGVuc2UifQ", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth("bot@acme.example", "s3cr3t-Passw0rd-42x")
	_, err = http.DefaultClient.Do(req)
	return err
}

// Issue sends a User-Agent in the wrong case.
func Issue() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/issue/DENSE-1", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "Jira-Dense-Int/1.0.0")
	_, err = http.DefaultClient.Do(req)
	return err
}

// Twice sends one request twice: two findings, one fix.
func Twice() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	if err != nil {
		return err
	}
	if _, err := http.DefaultClient.Do(req); err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Search puts atlOrigin on a REST call through url.Values.
func Search() (*http.Response, error) {
	q := url.Values{}
	q.Set("atlOrigin", "eyJpIjoiZGVuc2UifQ")
	q.Set("jql", "project = DENSE")
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/search/jql?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-dense-int/1.0.0")
	return http.DefaultClient.Do(req)
}

// Link is a UI link with a misspelt tracking parameter.
func Link() string {
	return "https://acme.atlassian.net/browse/DENSE-1?atl_origin=eyJpIjoiZGVuc2UifQ"
}

// Wiki is plain http to a site, in a link.
func Wiki() string {
	return "http://acme.atlassian.net/wiki/spaces/DENSE"
}
