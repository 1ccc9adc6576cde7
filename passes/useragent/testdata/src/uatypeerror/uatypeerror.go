package uatypeerror

import "net/http"

func broken() error {
	_, err := http.Get("https://acme.atlassian.net/rest/api/3/myself", undefined)
	return err
}
