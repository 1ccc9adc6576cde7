// Package twofixes has fixes that add different imports to the same
// file: each adds its own, so that applying all of them merges cleanly.
package twofixes

import "net/http"

func send(req *http.Request) {
	req.Header.Set("Authorization", "Basic Ym90QGV4YW1wbGUuY29tOlpyOFF4MkxtN1RuNFZiMUt4OQ==") // want `literal Basic credential holds the password or API token of user "bot@example.com"`
	req.SetBasicAuth("bot@example.com", "Conflict-Secret-77a")                                // want `hard-coded credential Confli… \(19 chars\) reaches the password of`
}
