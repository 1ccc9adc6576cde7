package typeerror

import "net/http"

func broken(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "http://acme.atlassian.net/rest/api/3/myself", undefinedBody) // want `http:// URL to Atlassian Cloud host acme.atlassian.net`
	req.Header.Set("Authorization", "Bearer "+token)
	return undefinedClient.Do(req)
}

func brokenURL() {
	_ = url.URL{Scheme: "http", Host: undefinedHost}
}
