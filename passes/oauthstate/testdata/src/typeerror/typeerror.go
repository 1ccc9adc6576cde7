// Package typeerror does not type-check. Only the authorize URLs that
// a literal spells whole, used as they are, are judged; everything
// else needs the SSA form that such a package does not have.
package typeerror

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}

func broken(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(undefinedState, oauth2.ApprovalForce, 42), http.StatusFound)
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"), missing)
	_ = tok.Nope
}

// Missing state and prompt, but not a literal URL: not judged here.
func fine(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(""), http.StatusFound)
}

// A hand-built authorize URL handed to the standard library.
func literal(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=client&state=abc&response_type=token&redirect_uri=http%3A%2F%2Fapp.example.com%2Fcallback", http.StatusFound) // want `authorize URL has no prompt=consent` `state is the constant "abc"` `authorize URL has response_type="token", not response_type=code` `redirect URI http://app.example.com uses plain http on a host that is not loopback`
	_ = undefinedAfter
}

// Handed to a function of the package, which may add to it: without
// SSA that is not known, so nothing is reported.
func viaHelper() {
	redirectTo("https://auth.atlassian.com/authorize?client_id=client&state=abc")
}

func redirectTo(u string) { _ = u + undefinedSuffix }

// Built into a longer URL: not judged.
func extended(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?client_id=client&state="+state, http.StatusFound)
}
