package helpercallers

import "net/http"

// send is where the requests are sent; each caller's request is
// reported at its call of send, with the gateway form of its own path.
func send(req *http.Request) (*http.Response, error) {
	req.Header.Set("Accept", "application/json")
	return http.DefaultClient.Do(req)
}

func jira(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return send(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/myself, with`
}

func confluence(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/wiki/rest/api/space", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return send(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/confluence/\{cloudid\}/wiki/rest/api/space, with`
}

// Near misses.

func gateway(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/x/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return send(req)
}

func basic(email, apiToken string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.SetBasicAuth(email, apiToken)
	return send(req)
}

// The header set after the helper returns does not reach its send.
func late(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	resp, err := send(req)
	req.Header.Set("Authorization", "Bearer "+token)
	return resp, err
}

// A helper that adds the token itself, before sending.
func sendAuthorized(req *http.Request, token string) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

func helperToken(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/agile/1.0/board", nil)
	return sendAuthorized(req, token) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/agile/1.0/board, with`
}

// A helper that adds the token after sending.
func sendThenAuthorize(req *http.Request, token string) (*http.Response, error) {
	resp, err := http.DefaultClient.Do(req)
	req.Header.Set("Authorization", "Bearer "+token)
	return resp, err
}

func helperLate(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	return sendThenAuthorize(req, token)
}

// The same, the token added by a helper of the helper.
func sendThenAuthorizeBy(req *http.Request, token string) (*http.Response, error) {
	resp, err := http.DefaultClient.Do(req)
	authorize(req, token)
	return resp, err
}

func authorize(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
}

func helperHelperLate(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	return sendThenAuthorizeBy(req, token)
}

func sendAuthorizedBy(req *http.Request, token string) (*http.Response, error) {
	authorize(req, token)
	return http.DefaultClient.Do(req)
}

func helperHelper(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	return sendAuthorizedBy(req, token) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}
