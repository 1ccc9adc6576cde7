package linedirective

import (
	"net/http"
	"net/url"
)

func literal(cloudID string) (*http.Response, error) {
	q := url.Values{
		"expand": {"names"},
//line values.tmpl:3:40
		"atlOrigin": {"abc123"}, // want `atlOrigin parameter on a REST API URL \(api.atlassian.com/ex/jira/…/rest/api/3/issue/TIS-1\)`
	}
	return http.Get("https://api.atlassian.com/ex/jira/" + cloudID + "/rest/api/3/issue/TIS-1?" + q.Encode())
}

func inline() (*http.Response, error) {
	return http.Get( /*line inline.tmpl:1:1*/ "https://acme.atlassian.net/rest/api/3/myself?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL`
}
