// A helper that adds the parameter to the *url.URL it is given is
// judged by the URLs its callers give it.
package urlhelper

import (
	"net/http"
	"net/url"
)

const site = "https://acme.atlassian.net"

// Only ever given REST URLs: reported, and the statement removed.
func addOrigin(u *url.URL) {
	q := u.Query()
	q.Set("atlOrigin", "abc") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/issue/…\)`
	u.RawQuery = q.Encode()
}

func issue(key string) (*http.Response, error) {
	u, err := url.Parse(site + "/rest/api/3/issue/" + key)
	if err != nil {
		return nil, err
	}
	addOrigin(u)
	return http.Get(u.String())
}

// Given a REST URL and a UI link: reported, not fixed, since the link
// needs it.
func tag(u *url.URL) {
	q := u.Query()
	q.Set("atlOrigin", "abc") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/project/…\)`
	u.RawQuery = q.Encode()
}

func project(key string) (*http.Response, error) {
	u, _ := url.Parse(site + "/rest/api/3/project/" + key)
	tag(u)
	return http.Get(u.String())
}

func projectLink(key string) string {
	u, _ := url.Parse(site + "/browse/" + key)
	tag(u)
	return u.String()
}

// Near misses: only links, and a helper nobody calls.

func mark(u *url.URL) {
	q := u.Query()
	q.Set("atlOrigin", "abc")
	u.RawQuery = q.Encode()
}

func issueLink(key string) string {
	u, _ := url.Parse(site + "/browse/" + key)
	mark(u)
	return u.String()
}

func Unused(u *url.URL) {
	q := u.Query()
	q.Set("atlOrigin", "abc")
	u.RawQuery = q.Encode()
}
