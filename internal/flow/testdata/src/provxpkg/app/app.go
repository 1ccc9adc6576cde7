// Package app builds states with the helpers of package ids, known
// here by their facts.
package app

import (
	"net/http"

	"provxpkg/ids"
)

func show(v any) {}

var _ = http.MethodGet

type User struct{ AccountID string }

func cases(u User, session string) {
	show(ids.UUID())               // want `prov: guessable \(math/rand\)`
	show(ids.SecureUUID())         // want `prov: random`
	show(ids.Nonce())              // want `prov: guessable \(the process ID, the time\)`
	show(ids.Next())               // want `prov: guessable \(a counter\)`
	show(ids.ForUser(u.AccountID)) // want `prov: guessable \(a user ID\)`
	show(ids.Wrap(u.AccountID))    // want `prov: guessable \(a user ID\)`
	show(ids.Salted(u.AccountID))  // want `prov: random`
	show(ids.ForUser(session))     // want `prov: unknown`
}
