// Removing the parameter must not leave a variable or an import that
// nothing uses any more: Go does not compile that. Where the value of
// atlOrigin is the only use of a local variable, the diagnostic comes
// without a fix.
package danglingvars

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
)

const api = "https://acme.atlassian.net/rest/api/3/myself"

// The four shapes, each with a variable used nowhere else: no fix.

func concat() {
	origin := os.Getenv("ORIGIN")
	http.Get(api + "?atlOrigin=" + origin) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`
}

func querySet() {
	origin := os.Getenv("ORIGIN")
	q := url.Values{}
	q.Set("atlOrigin", origin) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`
	http.Get(api + "?" + q.Encode())
}

func valuesLiteral() {
	origin := os.Getenv("ORIGIN")
	q := url.Values{"atlOrigin": {origin}} // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`
	http.Get(api + "?" + q.Encode())
}

func sprintf() {
	origin := os.Getenv("ORIGIN")
	http.Get(fmt.Sprintf("%s?atlOrigin=%s", api, origin)) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`
}

// A variable only assigned to is not used either.
func assignedOnly() {
	var origin string
	origin = os.Getenv("ORIGIN")
	http.Get(api + "?atlOrigin=" + origin) // want `atlOrigin parameter on a REST API URL`
}

// Two fixes that together remove every use: neither is offered.
func twice() {
	origin := os.Getenv("ORIGIN")
	http.Get(api + "?atlOrigin=" + origin)              // want `atlOrigin parameter on a REST API URL`
	http.Get(api + "?expand=names&atlOrigin=" + origin) // want `atlOrigin parameter on a REST API URL`
}

// An expression with an effect is not deleted.
func effect(next func() string) {
	http.Get(api + "?atlOrigin=" + next()) // want `atlOrigin parameter on a REST API URL`
}

// The same shapes with the variable still used elsewhere: fixed.

func concatUsed() {
	origin := os.Getenv("ORIGIN")
	http.Get(api + "?atlOrigin=" + origin) // want `atlOrigin parameter on a REST API URL`
	fmt.Println("origin", origin)
}

func querySetUsed() {
	origin := os.Getenv("ORIGIN")
	q := url.Values{}
	q.Set("atlOrigin", origin) // want `atlOrigin parameter on a REST API URL`
	http.Get(api + "?" + q.Encode())
	fmt.Println("origin", origin)
}

func valuesLiteralUsed() {
	origin := os.Getenv("ORIGIN")
	q := url.Values{"expand": {"names"}, "atlOrigin": {origin}} // want `atlOrigin parameter on a REST API URL`
	http.Get(api + "?" + q.Encode())
	fmt.Println("origin", origin)
}

func sprintfUsed() {
	origin := os.Getenv("ORIGIN")
	http.Get(fmt.Sprintf("%s?atlOrigin=%s", api, origin)) // want `atlOrigin parameter on a REST API URL`
	fmt.Println("origin", origin)
}

// A parameter may go unused.
func param(origin string) {
	http.Get(api + "?atlOrigin=" + origin) // want `atlOrigin parameter on a REST API URL`
}

// A call with no effect goes with the parameter when its package is
// still imported for something else (strings is; see the end).
func getenv() {
	http.Get(api + "?atlOrigin=" + strings.TrimSpace(os.Getenv("ORIGIN"))) // want `atlOrigin parameter on a REST API URL`
}

func keepImports() string {
	return strings.ToLower(os.Getenv("HOME"))
}
