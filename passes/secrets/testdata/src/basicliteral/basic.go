// Package basicliteral writes Basic credentials as literals.
package basicliteral

import "net/http"

// In a const: reported, not fixed.
const authHeader = "Basic Ym90QGV4YW1wbGUuY29tOmh1bnRlcjItY29ycmVjdC1ob3JzZQ==" // want `literal Basic credential holds the password or API token of user "bot@example.com" \(hunter… \(21 chars\)\); build the header at run time, e.g. with SetBasicAuth and a token from the environment`

func get(req *http.Request) {
	req.Header.Set("Authorization", "Basic Y2lAZXhhbXBsZS5jb206WnI4UXgyTG03VG40") // want `literal Basic credential holds the password or API token of user "ci@example.com" \(Zr8Q… \(12 chars\)\)`
	req.Header.Set("Authorization", authHeader)

	// A live token inside a Basic credential is atlassian-token.
	req.Header.Set("Authorization", "Basic Ym90QGV4YW1wbGUuY29tOkFUT0FuSjBBRlNHMUxtelA3ODBnZXlycVFoMkp4cjlvS25aMG9Pb0lkMXdmT1pUdTZuWUUyM1NieDhicUlQQVV6c3JEOTRENEJBRDY=") // want `a live-format Atlassian OAuth client secret is hard-coded inside a Basic credential for user "bot@example.com" \(ATOAnJ… \(76 chars\), checksum valid\)`

	// Placeholders and values that are not Basic credentials.
	req.Header.Set("Authorization", "Basic Ym90QGV4YW1wbGUuY29tOllPVVJfQVBJX1RPS0VO")
	req.Header.Set("Authorization", "Basic dXNlcjpwYXNzd29yZA==") // user:password
	req.Header.Set("Authorization", "Basic ")

	// Not a Basic credential, but a raw secret after "Basic ".
	req.Header.Set("Authorization", "Basic not-base64!") // want `hard-coded credential not… \(11 chars\) reaches a Basic Authorization header`
}
