// A literal is judged by what its value becomes. One only compared
// or searched for, or made into a pattern, is no URL, however much it
// looks like one: it is not reported, let alone rewritten.
package matchers

import (
	"net/http"
	"reflect"
	"regexp"
	"strings"
)

const site = "https://acme.atlassian.net"

func check(u string) bool {
	if strings.Contains(u, "/rest/api/3/search?atlOrigin=") {
		return false
	}
	if strings.HasPrefix(u, "https://acme.atlassian.net/rest/api/3/myself?atlOrigin=") ||
		strings.HasSuffix(u, "/rest/api/3/issue?atlOrigin=abc") ||
		strings.Index(u, "/rest/api/3/project?atlOrigin=") >= 0 ||
		strings.EqualFold(u, "https://acme.atlassian.net/rest/api/3/field?atlOrigin=abc") {
		return false
	}
	if u == "https://acme.atlassian.net/rest/api/3/status?atlOrigin=abc" {
		return false
	}
	switch u {
	case "https://acme.atlassian.net/rest/api/3/priority?atlOrigin=abc":
		return false
	}
	return !reflect.DeepEqual(u, "https://acme.atlassian.net/rest/api/3/role?atlOrigin=abc")
}

var leak = regexp.MustCompile(`/rest/api/[23]/[a-z]+\?atlOrigin=`)

// strip removes the parameter: the old text is a pattern.
func strip(u string) string {
	return strings.Replace(u, "?atlOrigin=abc", "", 1)
}

// Through a constant and a helper, still only compared.
const searchPrefix = site + "/rest/api/3/search?atlOrigin="

func isSearch(u string) bool { return hasPrefix(u, searchPrefix) }

func hasPrefix(s, prefix string) bool { return strings.HasPrefix(s, prefix) }

// A constant used both for a request and as a matcher: reported, but
// not rewritten.
const myself = "/rest/api/3/myself?atlOrigin=abc" // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`

func fetchMyself() (*http.Response, error) { return http.Get(site + myself) }

func isMyself(u string) bool { return strings.HasSuffix(u, myself) }

// A literal that is sent is reported, next to a matcher.
func send(u string) (*http.Response, error) {
	if strings.Contains(u, "?atlOrigin=") {
		return nil, nil
	}
	return http.Get(site + "/rest/api/3/search?atlOrigin=abc") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
}
