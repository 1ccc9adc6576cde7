package insecureredirect

import (
	"net/http"

	"golang.org/x/oauth2"
)

var atlassian = oauth2.Endpoint{
	AuthURL:  "https://auth.atlassian.com/authorize",
	TokenURL: "https://auth.atlassian.com/oauth/token",
}

var plain = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "http://app.example.com/callback", // want `redirect URI http://app.example.com uses plain http on a host that is not loopback, so the authorization code travels unencrypted; use https://`
	Endpoint:    atlassian,
}

const callback = "http://intranet.example.com:8080/oauth/callback" // want `redirect URI http://intranet.example.com:8080 uses plain http`

func assigned() *oauth2.Config {
	c := &oauth2.Config{ClientID: "client", Endpoint: atlassian}
	c.RedirectURL = callback
	return c
}

func newConfig(redirect string) *oauth2.Config {
	return &oauth2.Config{ClientID: "client", RedirectURL: redirect, Endpoint: atlassian}
}

var fromConstructor = newConfig("http://app.example.com/cb") // want `redirect URI http://app.example.com uses plain http`

func handBuilt(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=client&redirect_uri=http%3A%2F%2Fapp.example.com%2Fcallback&state="+state+"&response_type=code&prompt=consent", http.StatusFound) // want `redirect URI http://app.example.com uses plain http`
}

func option(w http.ResponseWriter, r *http.Request, state string) {
	u := plain.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce,
		oauth2.SetAuthURLParam("redirect_uri", "http://other.example.com/cb")) // want `redirect URI http://other.example.com uses plain http`
	http.Redirect(w, r, u, http.StatusFound)
}

// Near misses.

var loopback = &oauth2.Config{RedirectURL: "http://localhost:8085/callback", Endpoint: atlassian}

var loopbackIP = &oauth2.Config{RedirectURL: "http://127.0.0.1:8085/callback", Endpoint: atlassian}

var secure = &oauth2.Config{RedirectURL: "https://app.example.com/callback", Endpoint: atlassian}

var otherProvider = &oauth2.Config{
	RedirectURL: "http://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth"},
}

func unknownHost(host string) *oauth2.Config {
	return &oauth2.Config{RedirectURL: "http://" + host + "/callback", Endpoint: atlassian}
}
