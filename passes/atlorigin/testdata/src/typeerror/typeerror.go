package typeerror

import "net/http"

func broken() error {
	_, err := http.Get("https://acme.atlassian.net/rest/api/3/myself?atlOrigin=abc123", undefined) // want `atlOrigin parameter on a REST API URL`
	return err
}

func brokenQuery() {
	q := undefinedValues()
	q.Set("atlOrigin", "abc123")
}
