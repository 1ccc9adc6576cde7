// Package headernamevar names the Authorization header with a
// constant or a variable that only ever holds the name.
package headernamevar

import "net/http"

const authHeader = "Authorization"

var proxyHeader = "Proxy-Authorization"

func send(req *http.Request, other string) {
	req.Header.Set(authHeader, "Bearer Const-Name-Secret-01") // want `hard-coded credential Const-… \(20 chars\) reaches a Bearer Authorization header`
	name := "Authorization"
	req.Header.Set(name, "Bearer Local-Name-Secret-07")         // want `hard-coded credential Local-… \(20 chars\) reaches a Bearer Authorization header`
	req.Header.Set(proxyHeader, "Bearer Package-Name-Secret-8") // want `hard-coded credential Packag… \(21 chars\) reaches a Bearer Authorization header`
	req.Header[name] = []string{"Bearer Map-Name-Secret-0009"}  // want `hard-coded credential Map-Na… \(20 chars\) reaches a Bearer Authorization header`

	// A variable that may hold another header name.
	h := "Authorization"
	if other != "" {
		h = other
	}
	req.Header.Set(h, "Bearer Maybe-Not-Auth-Secret")
	req.Header.Set(other, "Bearer Unknown-Name-Secret")
}
