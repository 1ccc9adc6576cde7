package oauthurl

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize?atlOrigin=abc123", // want `atlOrigin parameter on an OAuth 2.0 authorize URL \(auth.atlassian.com/authorize\); atlOrigin is only for links into the product UI and OAuth 2.0 flows may not ignore it: remove it`
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
	Scopes: []string{"read:jira-work", "offline_access"},
}

// An option of the authorize URL.
func login(w http.ResponseWriter, r *http.Request, state string) {
	u := conf.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.SetAuthURLParam("atlOrigin", "abc123")) // want `atlOrigin parameter on an OAuth 2.0 authorize URL \(the URL from AuthCodeURL\)`
	http.Redirect(w, r, u, http.StatusFound)
}

// Options collected in a slice.
func loginSlice(state string) string {
	opts := []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("prompt", "consent"),
		oauth2.SetAuthURLParam("atlOrigin", "abc123"), // want `atlOrigin parameter on an OAuth 2.0 authorize URL`
	}
	return conf.AuthCodeURL(state, opts...)
}

// Text appended to the result of AuthCodeURL.
func loginAppended(state string) string {
	return conf.AuthCodeURL(state) + "&prompt=consent&atlOrigin=abc123" // want `atlOrigin parameter on an OAuth 2.0 authorize URL`
}

// A hand-built authorize URL.
func handBuilt(state string) string {
	return "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=client&atlOrigin=abc123&state=" + state + "&response_type=code&prompt=consent" // want `on an OAuth 2.0 authorize URL \(auth.atlassian.com/authorize\)`
}

// The token endpoint.
func exchange(ctx context.Context, code string) (*http.Response, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}}
	return http.Post("https://auth.atlassian.com/oauth/token?atlOrigin=abc123", "application/x-www-form-urlencoded", strings.NewReader(form.Encode())) // want `atlOrigin parameter on an OAuth 2.0 token URL \(auth.atlassian.com/oauth/token\)`
}

// Government cloud.
func gov(state string) string {
	return "https://auth.atlassian-us-gov-mod.com/authorize?audience=api.atlassian-us-gov-mod.com&state=" + state + "&atlOrigin=abc123" // want `on an OAuth 2.0 authorize URL \(auth.atlassian-us-gov-mod.com/authorize\)`
}

// Near misses.

// In the body of the token request: not a URL parameter.
func body(code string) (*http.Response, error) {
	return http.Post("https://auth.atlassian.com/oauth/token", "application/x-www-form-urlencoded",
		strings.NewReader("grant_type=authorization_code&code="+code+"&atlOrigin=abc123"))
}

// Other authorization parameters.
func plain(state string) string {
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("prompt", "consent"))
}

// After login, the user is sent to a UI link, which may carry it.
func afterLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://acme.atlassian.net/jira/your-work?atlOrigin=abc123", http.StatusFound)
}
