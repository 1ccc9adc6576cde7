// Package siteclient builds requests that another package sends.
package siteclient

import "net/http"

const Site = "https://acme.atlassian.net"

// NewRequest makes a request for a path of the site.
func NewRequest(path string) (*http.Request, error) {
	return http.NewRequest("GET", Site+path, nil)
}

// Authorize attaches an OAuth token.
func Authorize(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
}
