// Package headerline writes whole "Authorization: Basic …" header
// lines into one literal.
package headerline

import "net/http"

const request = "GET /rest/api/3/myself HTTP/1.1\r\nHost: example.atlassian.net\r\nAuthorization: Basic Ym90QGV4YW1wbGUuY29tOlpyOFF4MkxtN1RuNFZiMUt4OQ==\r\n\r\n" // want `literal Basic credential holds the password or API token of user "bot@example.com" \(Zr8Qx2… \(18 chars\)\)`

var line = "Authorization: Basic Y2lAZXhhbXBsZS5jb206WnI4UXgyTG03VG40VmIxS3g4" // want `literal Basic credential holds the password or API token of user "ci@example.com"`

func send(req *http.Request) {
	req.Header.Set("Authorization", "Authorization: Basic Ym90QGV4YW1wbGUuY29tOlpyOFF4MkxtN1RuNFZiMUt4Nw==") // want `literal Basic credential holds the password or API token of user "bot@example.com"`
}

// Not Basic credentials: prose, a payload without a colon.
var doc = "use basic auth with your API token"
var noColon = "Authorization: Basic WnI4UXgyTG03VG40VmIxS3g5YWE="
