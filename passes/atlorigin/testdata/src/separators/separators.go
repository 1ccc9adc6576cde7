// Removing the parameter keeps the "?" and "&" of the rest of the
// query right, however the URL is split into literals.
package separators

import "net/http"

const site = "https://acme.atlassian.net"

const origin = "abc123"

func get(key string) {
	// The parameter is a literal of its own, more of the query after it.
	http.Get(site + "/rest/api/3/issue/" + key + "?atlOrigin=abc" + "&fields=summary") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/issue/…\)`
	http.Get(site + "/rest/api/3/myself" + "?atlOrigin=abc" + "&x=1")                  // want `atlOrigin parameter on a REST API URL`
	// The "?" or "&" before it in the literal before.
	http.Get(site + "/rest/api/3/myself?" + "atlOrigin=abc")          // want `atlOrigin parameter on a REST API URL`
	http.Get(site + "/rest/api/3/myself?x=1&" + "atlOrigin=abc")      // want `atlOrigin parameter on a REST API URL`
	http.Get(site + "/rest/api/3/myself?" + "atlOrigin=abc" + "&x=1") // want `atlOrigin parameter on a REST API URL`
	// A fragment after it.
	http.Get(site + "/rest/api/3/issue/" + key + "?fields=x&atlOrigin=abc" + "#top") // want `atlOrigin parameter on a REST API URL`
	// Its value in the operands after it.
	http.Get(site + "/rest/api/3/issue/" + key + "?atlOrigin=" + origin + "&fields=summary") // want `atlOrigin parameter on a REST API URL`
	http.Get(site + "/rest/api/3/issue/" + key + "?fields=summary&atlOrigin=" + origin)      // want `atlOrigin parameter on a REST API URL`
	// The parameter alone at the end.
	http.Get(site + "/rest/api/3/myself" + "?atlOrigin=abc") // want `atlOrigin parameter on a REST API URL`
}

// What follows cannot be known: reported, no fix.

func unknownAfter(rest string) {
	http.Get(site + "/rest/api/3/myself?atlOrigin=abc" + rest) // want `atlOrigin parameter on a REST API URL`
}

func unknownBefore(prefix string) {
	http.Get(site + "/rest/api/3/myself?" + prefix + "atlOrigin=abc") // want `atlOrigin parameter on a REST API URL`
}

// The string goes on in a later statement.
func appendedLater() {
	u := site + "/rest/api/3/myself?atlOrigin=abc" // want `atlOrigin parameter on a REST API URL`
	u += "&expand=groups"
	http.Get(u)
}

// Through a variable and a helper, nothing after it: fixed.
func viaVariable() {
	u := site + "/rest/api/3/myself?expand=groups&atlOrigin=abc" // want `atlOrigin parameter on a REST API URL`
	fetch(u)
}

func fetch(u string) { http.Get(u) }

// A helper that appends to what it is given: fixed, since its result
// is a whole URL.
func withOrigin(path string) string { return path + "&atlOrigin=abc" } // want `atlOrigin parameter on a REST API URL`

func search() { http.Get(site + withOrigin("/rest/api/3/search?jql=x")) }
