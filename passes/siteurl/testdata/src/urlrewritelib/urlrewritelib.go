// Package urlrewritelib moves requests built for the site onto the API
// gateway, for other packages.
package urlrewritelib

import "net/http"

// ToGateway sends req to the gateway form of its site URL.
func ToGateway(req *http.Request, cloudID string) { // want ToGateway:"changes the URL of parameter 0"
	req.URL.Host = "api.atlassian.com"
	req.URL.Path = "/ex/jira/" + cloudID + req.URL.Path
}

// Describe only reads the URL.
func Describe(req *http.Request) string { return req.Method + " " + req.URL.String() }
