package connectdep // want package:"connect"

// A package of a Connect app that uses the token another package gets.

import (
	"net/http"

	"connectlib"
)

func fetch(assertion, token string) (*http.Response, error) {
	if _, err := connectlib.Token(assertion); err != nil {
		return nil, err
	}
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}
