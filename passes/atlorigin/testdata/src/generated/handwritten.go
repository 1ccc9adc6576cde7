package generated

import "net/http"

func Myself() (*http.Response, error) {
	return http.Get("https://acme.atlassian.net/rest/api/3/myself?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL`
}
