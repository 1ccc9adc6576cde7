// Package nearmisses holds code that looks like a broken Atlassian
// flow and is not one.
package nearmisses

import (
	"fmt"
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

var atlassianConf = &oauth2.Config{
	Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

var googleConf = &oauth2.Config{
	RedirectURL: "http://app.example.com/google/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.google.com/o/oauth2/auth", TokenURL: "https://oauth2.googleapis.com/token"},
}

// Another provider's flow is not Atlassian's business.
func googleLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, googleConf.AuthCodeURL("state"), http.StatusFound)
}

// A struct field that holds either provider's config: not judged.
type provider struct {
	conf *oauth2.Config
}

func newAtlassian() *provider { return &provider{conf: atlassianConf} }
func newGoogle() *provider    { return &provider{conf: googleConf} }

func (p *provider) login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, p.conf.AuthCodeURL("state"), http.StatusFound)
}

// A config whose endpoint comes from outside is not judged.
func fromOutside(conf *oauth2.Config, w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL("state"), http.StatusFound)
}

// Format strings are templates, not finished URLs.
func logged(clientID string) {
	log.Printf("redirecting to https://auth.atlassian.com/authorize?client_id=%s", clientID)
	fmt.Printf("open https://auth.atlassian.com/authorize?client_id=%s&response_type=code\n", clientID)
}

// A proxy passes the query through: not known.
func passThrough(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?"+r.URL.RawQuery, http.StatusFound)
}

// A base URL completed by the caller is judged at the caller.
const authorizeWithClient = "https://auth.atlassian.com/authorize?client_id=abc&response_type=code"

func complete(state string) string {
	return authorizeWithClient + "&audience=api.atlassian.com&prompt=consent&state=" + state
}

func useComplete(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, complete(oauth2.GenerateVerifier()), http.StatusFound)
}

// An unused constant is documentation.
const exampleURL = "https://auth.atlassian.com/authorize?client_id=YOUR_CLIENT_ID&response_type=code"

// The state is checked in a helper that takes the state string.
func checkedByValue(w http.ResponseWriter, r *http.Request, expected string) {
	if !same(r.FormValue("state"), expected) {
		return
	}
	tok, err := atlassianConf.Exchange(r.Context(), r.FormValue("code"))
	_, _ = tok, err
}

func same(a, b string) bool { return a == b } // want same:`^compares param 0, compares param 1 \(result 0 true\)$`
