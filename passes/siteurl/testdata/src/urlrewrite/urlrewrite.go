package urlrewrite

import (
	"net/http"
	"net/url"

	"urlrewritelib"
)

const site = "https://acme.atlassian.net"

// Near misses: the request made for the site is moved to the gateway
// before it is sent.

func hostAndPath(token, cloudID string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.URL.Host = "api.atlassian.com"
	req.URL.Path = "/ex/jira/" + cloudID + req.URL.Path
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

func wholeURL(token, cloudID string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	u, _ := url.Parse("https://api.atlassian.com/ex/jira/" + cloudID + "/rest/api/3/myself")
	req.URL = u
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

func toGateway(req *http.Request, cloudID string) {
	u := req.URL
	u.Host = "api.atlassian.com"
	u.Path = "/ex/jira/" + cloudID + u.Path
}

func viaHelper(token, cloudID string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	toGateway(req, cloudID)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

func viaOtherPackage(token, cloudID string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	urlrewritelib.ToGateway(req, cloudID)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

func rewriteURL(u *url.URL, host string) { u.Host = host }

func viaURLHelper(token, host string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	rewriteURL(req.URL, host)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

// The new host is not known: nothing is said.
func unknownHost(token, host string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.URL.Host = host
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

// Mistakes.

// The new host is another site.
func otherSite(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/x/rest/api/3/myself", nil)
	req.URL.Host = "beta.atlassian.net"
	req.URL.Path = "/rest/api/3/myself"
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site beta.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/myself, with`
}

// Moved to the gateway only when a cloud ID is known; the token always.
func sometimes(token, cloudID string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if cloudID != "" {
		req.URL.Host = "api.atlassian.com"
		req.URL.Path = "/ex/jira/" + cloudID + req.URL.Path
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Moved only after the first send.
func tooLate(token, cloudID string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
	req.URL.Host = "api.atlassian.com"
	return resp, err
}

// Only the query changes; the host stays the site's.
func queryOnly(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/search/jql", nil)
	req.URL.RawQuery = url.Values{"jql": {"project = TIS"}}.Encode()
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Reading the URL changes nothing.
func described(token string) string {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	d := urlrewritelib.Describe(req)
	http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
	return d
}
