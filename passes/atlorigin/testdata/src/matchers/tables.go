package matchers

import "net/http"

// Entries of a table are data: reported only where they are used as
// URLs.
var stripCases = []struct{ in, want string }{
	{"https://acme.atlassian.net/rest/api/3/issue?atlOrigin=abc", "https://acme.atlassian.net/rest/api/3/issue"},
	{in: "https://acme.atlassian.net/rest/api/3/myself?atlOrigin=abc", want: "https://acme.atlassian.net/rest/api/3/myself"},
}

func selfTest() bool {
	for _, tc := range stripCases {
		if strip(tc.in) != tc.want {
			return false
		}
	}
	return true
}

// A table of requests to send: these are URLs.
var endpoints = []struct{ name, path string }{
	{"myself", "/rest/api/3/myself?atlOrigin=abc"},                   // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`
	{name: "search", path: "/rest/api/3/search?jql=x&atlOrigin=abc"}, // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
}

func probe() {
	for _, e := range endpoints {
		http.Get(site + e.path)
	}
}

// A table nobody reads.
var unused = map[string]struct{ url string }{
	"issue": {"https://acme.atlassian.net/rest/api/3/issue?atlOrigin=abc"},
}
