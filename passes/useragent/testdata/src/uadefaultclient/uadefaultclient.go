// Package uadefaultclient gives the default client a transport that
// sets the User-Agent: its requests are not reported.
package uadefaultclient

import "net/http"

type uaTransport struct{}

func (uaTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("User-Agent", "jira-dc-int/1.0.0")
	return http.DefaultTransport.RoundTrip(req)
}

func init() { http.DefaultClient.Transport = uaTransport{} }

func myself() error {
	_, err := http.Get("https://acme.atlassian.net/rest/api/3/myself")
	return err
}
