// Package originlib is a helper package used by another package.
package originlib

import "net/http"

const Base = "https://acme.atlassian.net"

// Get sends a GET request to the site.
func Get(path string) (*http.Response, error) {
	return http.Get(Base + path)
}

// Link returns a link into the UI.
func Link(path string) string { return Base + path }
