// One diagnostic per literal, however many parameters it carries, and
// one fix that removes them all; the fix edits only the bytes of the
// parameters, so escapes elsewhere in the literal stay as written
// (and siteurl's "http://" fix of the same literal does not overlap).
package duplicates

import "net/http"

const site = "https://acme.atlassian.net"

func get() {
	http.Get("https://acme.atlassian.net/rest/api/3/myself?atlOrigin=a&atlOrigin=b")                    // want `atlOrigin parameter on a REST API URL`
	http.Get("https://acme.atlassian.net/rest/api/3/myself?x=1&atlOrigin=a&atl_origin=b")               // want `^atlOrigin parameter on a REST API URL`
	http.Get("https://acme.atlassian.net/rest/api/3/myself?atlOrigin=a&x=\t&atlOrigin=b")               // want `atlOrigin parameter on a REST API URL`
	http.Get("https://acme.atlassian.net/rest/api/3/myself?atl_origin=a&x=1")                           // want `"atl_origin" \(a misspelt atlOrigin\) parameter on a REST API URL`
	http.Get("http://acme.atlassian.net/rest/api/3/search?jql=summary~\"x\"&atlOrigin=abc")             // want `atlOrigin parameter on a REST API URL`
	http.Get(`https://acme.atlassian.net/rest/api/3/search?jql=summary~"x"&atlOrigin=abc&maxResults=1`) // want `atlOrigin parameter on a REST API URL`
	http.Get("https://acme.atlassian.net/rest/api/3/search?jql=\u00e9t\u00e9&atlOrigin=abc")            // want `atlOrigin parameter on a REST API URL`
	// Two literals of one URL, each with a parameter: one fix for both.
	http.Get(site + "/rest/api/3/myself?atlOrigin=a" + "&atlOrigin=b") // want `atlOrigin parameter on a REST API URL` `atlOrigin parameter on a REST API URL`
}
