// Package payloadliteral writes the secret of a Basic payload as a
// literal after the user's colon: user + ":secret".
package payloadliteral

import (
	"encoding/base64"
	"net/http"
)

func send(req *http.Request, user string) {
	req.Header.Add("Proxy-Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":Proxy-Secret-02x"))) // want `hard-coded credential Proxy… \(16 chars\) reaches a Basic Authorization header`
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":"+"Colon-Then-Secret-7"))) // want `hard-coded credential Colon-… \(19 chars\) reaches a Basic Authorization header`

	// A colon and no secret after it, or a placeholder.
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":")))
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":<api-token>")))
}
