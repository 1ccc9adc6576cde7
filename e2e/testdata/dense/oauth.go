// Package dense is as full of fixable findings as a package can be:
// every pass's fixes, two findings on one statement or one literal,
// an import that several fixes add, fixes that would insert at one
// point. go fix, go vet -fix, golangci-lint --fix and atlvet -fix
// must apply every fix in one run and leave code that builds.
package dense

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "dense-client",
	ClientSecret: "Zr8Qx2Lm7Tn4Vb1Kx9Pq3Wd",
	RedirectURL:  "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

// Login lacks prompt and audience: two findings, one place to insert.
func Login(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

// Relogin lacks the audience only.
func Relogin(w http.ResponseWriter, r *http.Request, state string) {
	u := conf.AuthCodeURL(state, oauth2.ApprovalForce)
	http.Redirect(w, r, u, http.StatusFound)
}

// Handmade builds the authorize URL by hand, with a tracking parameter
// at its end, where the missing parameters are added.
func Handmade(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?client_id=dense-client&response_type=code&state="+state+"&atlOrigin=eyJpIjoiZGVuc2UifQ", http.StatusFound)
}
