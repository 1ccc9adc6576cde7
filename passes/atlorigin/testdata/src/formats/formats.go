// Shapes of code the pass also sees through: a format built with +,
// explicit argument indexes, url.Values methods called through a
// method value or a pointer, and a parameter without "=".
package formats

import (
	"fmt"
	"net/http"
	"net/url"
)

const site = "https://acme.atlassian.net"

const origin = "abc123"

func concatenatedFormat(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("%s/rest/api/3/issue/%s"+"?atlOrigin=%s", site, key, origin)) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/issue/…\)`
}

func concatenatedFormatMore(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("%s/rest/api/3/issue/%s?"+"atlOrigin=%s"+"&fields=%s", site, key, origin, "summary")) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/issue/…\)`
}

// Argument indexes: the message reads well; no fix, since removing an
// argument would renumber the others.
func indexed(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("%[1]s/rest/api/3/issue/%[2]s?atlOrigin=%[3]s", site, key, origin)) // want `atlOrigin parameter on a REST API URL \(…/rest/api/3/issue/…\)`
}

func methodValue() (*http.Response, error) {
	u, _ := url.Parse(site + "/rest/api/3/search")
	q := u.Query()
	set := q.Set
	set("jql", "project = TIS")
	set("atlOrigin", origin) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
	u.RawQuery = q.Encode()
	return http.Get(u.String())
}

// The method value's only other use goes with the statement: no fix.
func methodValueOnce() (*http.Response, error) {
	u, _ := url.Parse(site + "/rest/api/3/search")
	q := u.Query()
	add := q.Add
	add("atlOrigin", origin) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
	u.RawQuery = q.Encode()
	return http.Get(u.String())
}

func pointer() (*http.Response, error) {
	u, _ := url.Parse(site + "/rest/api/3/project")
	q := u.Query()
	(&q).Set("atlOrigin", origin) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/project\)`
	u.RawQuery = q.Encode()
	return http.Get(u.String())
}

func noValue() (*http.Response, error) {
	return http.Get(site + "/rest/api/3/search?atlOrigin") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
}

func noValueFirst() (*http.Response, error) {
	return http.Get(site + "/rest/api/3/search?atlOrigin&jql=x") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
}

// Near misses: names that only contain the word, and a key alone.
func nearMisses() (*http.Response, error) {
	q := url.Values{}
	q.Set("key", "atlOrigin")
	http.Get(site + "/rest/api/3/search?" + q.Encode())
	http.Get(site + "/rest/api/3/search?atlOriginal")
	http.Get(site + "/rest/api/3/search?jql=atlOrigin")
	return http.Get(site + "/rest/api/3/search/atlOrigin")
}

// A format held in a constant: removing "%s" there would leave
// fmt.Sprintf an argument too many, so no fix.
const issueFormat = "%s/rest/api/3/issue/%s?atlOrigin=%s" // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/issue/…\)`

func fromConstant(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf(issueFormat, site, key, origin))
}
