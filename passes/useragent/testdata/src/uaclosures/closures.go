package uaclosures // want package:"identity confluence-closures-int"

// Requests sent from closures and method values.

import "net/http"

const api = "https://api.atlassian.com/ex/confluence/abc/wiki/api/v2/pages"

func closure() func() error {
	return func() error {
		req, err := http.NewRequest("GET", api, nil)
		if err != nil {
			return err
		}
		_, err = http.DefaultClient.Do(req) // want `request to api.atlassian.com is sent with Go's default User-Agent`
		return err
	}
}

func methodValue() error {
	do := http.DefaultClient.Do
	req, err := http.NewRequest("GET", api, nil)
	if err != nil {
		return err
	}
	_, err = do(req) // want `request to api.atlassian.com is sent with Go's default User-Agent`
	return err
}

func deferredUserAgent() error {
	req, err := http.NewRequest("GET", api, nil)
	if err != nil {
		return err
	}
	set := func() { req.Header.Set("User-Agent", "confluence-closures-int/1.0.0") }
	set()
	_, err = http.DefaultClient.Do(req)
	return err
}
