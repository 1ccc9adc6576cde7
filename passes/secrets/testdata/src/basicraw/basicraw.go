// want package:"has credential sinks"

// Package basicraw puts values after "Basic " that are not the base64
// of "user:secret": still hard-coded credentials.
package basicraw

import (
	"net/http"
	"os"
)

// The base64 of a secret without a colon.
var apiKeyB64 = "WnI4UXgyTG03VG40VmIxS3g5YWE=" // want `hard-coded credential WnI4UX… \(28 chars\) reaches a Basic Authorization header`

func send(req *http.Request, x string) { // want send:"credential sinks: param 1 -> a Basic Authorization header"
	req.Header.Set("Authorization", "Basic "+"Zr8Qx2Lm7Tn4Vb1Kx9aa") // want `hard-coded credential Zr8Qx2… \(20 chars\) reaches a Basic Authorization header`
	k := "Zr8Qx2Lm7Tn4Vb1Kx9bb"                                      // want `hard-coded credential Zr8Qx2… \(20 chars\) reaches a Basic Authorization header`
	req.Header.Set("Authorization", "Basic "+k)
	req.Header.Set("Authorization", "Basic "+apiKeyB64)

	// "user:secret" not encoded: the user is named, not the secret.
	req.Header.Set("Authorization", "Basic "+"bot@example.com:Zr8Qx2Lm7Tn4") // want `hard-coded credential of user "bot@example.com" Zr8Q… \(12 chars\) reaches a Basic Authorization header`

	// Never reported: the environment, placeholders, the empty value.
	req.Header.Set("Authorization", "Basic "+os.Getenv("JIRA_BASIC"))
	req.Header.Set("Authorization", "Basic "+"<credentials>")
	req.Header.Set("Authorization", "Basic "+"")
	req.Header.Set("Authorization", "Basic "+x)
}
