package datacenter

import "net/http"

// Declared with -siteurl.datacenter (the test configures it): personal
// access tokens go to Data Center as bearer tokens.
func pat(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://jira.example.com/rest/api/2/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

// An old hosted name declared as Data Center.
func declaredLegacy(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://issues.jira.com/rest/api/2/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

// Cloud sites stay Cloud sites.
func cloud(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/2/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}
