// Package app sends what package defaults hands out.
package app

import (
	"net/http"

	"litresults/defaults"
)

func send(req *http.Request) {
	req.SetBasicAuth("bot@acme.example", defaults.Token())      // want `hard-coded credential Tz8-kQ… \(18 chars\), the literal defaults\.Token returns \(defaults\.go:7\), reaches the password of \(\*http\.Request\)\.SetBasicAuth; have it read the credential at run time`
	req.Header.Set("Authorization", "Bearer "+defaults.Token()) // want `the literal defaults\.Token returns`
	user, secret := defaults.Account()                          // want `hard-coded credential Hj5-k… \(16 chars\), the literal defaults\.Account returns \(defaults\.go:11\)`
	req.SetBasicAuth(user, secret)

	req.SetBasicAuth("bot@acme.example", defaults.FromEnv())
	req.SetBasicAuth("bot@acme.example", defaults.Placeholder())
	req.Header.Set("X-Site", defaults.Site())
}
