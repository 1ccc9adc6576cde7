// Package oauth runs an OAuth 2.0 flow that does not type-check.
package oauth

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "http://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: undefinedTokenURL,
	},
	Unknown: "field",
}

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(), http.StatusFound)
	http.Redirect(w, r, conf.AuthCodeURL("state", undefinedOption, 42), http.StatusFound)
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?client_id=x&state=abc&redirect_uri=http://app.example.com/cb", http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != undefinedSession(r).State {
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"), missing)
	client := conf.Client(r.Context(), tok, extra)
	client.Get("https://acme.atlassian.net/rest/api/3/myself")
	_ = err
}

type handler struct{ conf undefinedConfig }

func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, h.conf.AuthCodeURL("x"), http.StatusFound)
	h.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
}
