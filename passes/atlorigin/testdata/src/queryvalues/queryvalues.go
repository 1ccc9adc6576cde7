package queryvalues

import (
	"context"
	"net/http"
	"net/url"
)

const site = "https://acme.atlassian.net"

func search(ctx context.Context, jql string) (*http.Response, error) {
	u, err := url.Parse(site + "/rest/api/3/search")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("jql", jql)
	q.Set("atlOrigin", "abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// The query of a request already made.
func onRequest(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, site+"/rest/api/3/project", nil)
	if err != nil {
		return nil, err
	}
	q := req.URL.Query()
	q.Add("atlOrigin", "abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/project\)`
	req.URL.RawQuery = q.Encode()
	return http.DefaultClient.Do(req)
}

// A url.Values literal.
func literal(cloudID string) (*http.Response, error) {
	q := url.Values{
		"expand":    {"names"},
		"atlOrigin": {"abc123"}, // want `atlOrigin parameter on a REST API URL \(api.atlassian.com/ex/jira/…/rest/api/3/issue/TIS-1\)`
	}
	return http.Get("https://api.atlassian.com/ex/jira/" + cloudID + "/rest/api/3/issue/TIS-1?" + q.Encode())
}

// A url.URL literal.
func urlLiteral() (*http.Response, error) {
	q := url.Values{}
	q.Set("atlOrigin", "abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/wiki/rest/api/space\)`
	u := url.URL{Scheme: "https", Host: "acme.atlassian.net", Path: "/wiki/rest/api/space", RawQuery: q.Encode()}
	return http.Get(u.String())
}

// A query made by a helper.
func params(jql string) url.Values {
	q := url.Values{}
	q.Set("jql", jql)
	q.Set("atlOrigin", "abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search/jql\)`
	return q
}

func viaHelper() (*http.Response, error) {
	return http.Get(site + "/rest/api/3/search/jql?" + params("project = TIS").Encode())
}

// A raw query literal.
func rawQuery() (*http.Response, error) {
	u := &url.URL{Scheme: "https", Host: "acme.atlassian.net", Path: "/rest/api/3/myself", RawQuery: "atlOrigin=abc123"} // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`
	return http.Get(u.String())
}

// Near misses.

// A link into the UI.
func link(key string) string {
	u, _ := url.Parse(site + "/browse/" + key)
	q := u.Query()
	q.Set("atlOrigin", "abc123")
	u.RawQuery = q.Encode()
	return u.String()
}

// A form body, not a URL.
func form(ctx context.Context) (*http.Response, error) {
	v := url.Values{}
	v.Set("atlOrigin", "abc123")
	return http.PostForm(site+"/rest/api/3/issue", v)
}

// Where it goes is not known.
func unknown(u *url.URL) string {
	q := u.Query()
	q.Set("atlOrigin", "abc123")
	u.RawQuery = q.Encode()
	return u.String()
}
