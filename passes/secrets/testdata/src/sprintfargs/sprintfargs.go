// want package:"has credential sinks"

// Package sprintfargs builds Authorization values with fmt.Sprintf
// whose constant arguments are part of the text.
package sprintfargs

import (
	"encoding/base64"
	"fmt"
	"net/http"
)

func send(req *http.Request, user, tok string) { // want send:"credential sinks: param 2 -> a Bearer Authorization header"
	req.Header.Set("Authorization", fmt.Sprintf("%s %s", "Bearer", "Sprintf-Two-Verbs-03")) // want `hard-coded credential Sprint… \(20 chars\) reaches a Bearer Authorization header`
	secret := "Sprintf-Var-Secret-04"                                                       // want `hard-coded credential Sprint… \(21 chars\) reaches a Bearer Authorization header`
	req.Header.Set("Authorization", fmt.Sprintf("%s %s", "Bearer", secret))
	req.Header.Set("Authorization", fmt.Sprintf("Basic %s", base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%s:%s", user, "Nested-Sprintf-05"))))) // want `hard-coded credential Neste… \(17 chars\) reaches a Basic Authorization header`

	// Unknown text before the credential: nothing is known.
	req.Header.Set("Authorization", fmt.Sprintf("%s %s", user, "Not-After-Scheme-06"))
	req.Header.Set("Authorization", fmt.Sprintf("%s %s", "Bearer", tok))
}
