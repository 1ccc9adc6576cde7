package usesoriginlib

import "originlib"

func fetch() {
	originlib.Get("/rest/api/3/myself?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL \(acme\.atlassian\.net/rest/api/3/myself\)`
}

// Near misses: a link, and a path whose kind only the other package
// knows.
func link() string { return originlib.Link("/browse/TIS-1?atlOrigin=abc123") }

func opaque() {
	originlib.Get("/status?atlOrigin=abc123")
}
