package generated

import "net/http"

func Field(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/field", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site`
}
