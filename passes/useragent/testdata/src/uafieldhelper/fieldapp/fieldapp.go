// Package fieldapp gives fieldlib's helpers their Atlassian URLs
// through constructors, struct literals and configurations.
package fieldapp

import "uafieldhelper/fieldlib"

const site = "https://acme.atlassian.net"

func get() {
	fieldlib.NewGetter(site).Get("/rest/api/3/myself") // want `request to acme.atlassian.net is sent by fieldlib.\(\*Getter\).Get \(fieldlib.go:21\) with Go's default User-Agent`
}

func literal() {
	s := &fieldlib.Server{Base: site}
	s.Status() // want `request to acme.atlassian.net is sent by fieldlib.\(\*Server\).Status \(fieldlib.go:34\) with Go's default User-Agent`
}

func config() {
	c := fieldlib.NewFromConfig(fieldlib.Config{URL: site})
	c.Check("health") // want `request to acme.atlassian.net is sent by fieldlib.\(\*Client\).Check \(fieldlib.go:53\) with Go's default User-Agent`
}

// Near misses: URLs that are not Atlassian's, and a helper that names
// the integration.

func getElsewhere() {
	fieldlib.NewGetter("https://example.com").Get("/api/status")
}

func literalElsewhere() {
	s := &fieldlib.Server{Base: "https://example.com"}
	s.Status()
}

func configElsewhere() {
	c := fieldlib.NewFromConfig(fieldlib.Config{URL: "https://example.com"})
	c.Check("health")
}

func named() {
	n := &fieldlib.Named{Base: site}
	n.Status()
}
