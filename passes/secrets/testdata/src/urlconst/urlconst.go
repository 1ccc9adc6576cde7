// Package urlconst builds URLs from a constant base URL that holds a
// password: reported once, where the literal is written.
package urlconst

import "net/http"

const base = "https://bot:Dup-Url-Passw0rd-9@example.atlassian.net" // want `URL literal holds the password of user "bot" \(Dup-Ur… \(18 chars\)\)`

var issues = base + "/rest/api/3/issue"
var myself = base + "/rest/api/3/myself"

func get() {
	http.Get(base + "/rest/api/3/project")
}

// A Basic credential in a named constant is reported at the constant.
const auth = "Basic Ym90QGV4YW1wbGUuY29tOkR1cC1CYXNpYy1QYXNzdzByZC05" // want `literal Basic credential holds the password or API token of user "bot@example.com"`

var header = auth + ""

func send(req *http.Request) {
	req.Header.Set("Authorization", auth)
	req.Header.Set("Authorization", auth+" ")
}
