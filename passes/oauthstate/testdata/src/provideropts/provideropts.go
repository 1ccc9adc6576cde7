// Package provideropts is a provider that collects its AuthCodeURL
// options in a slice, as multi-provider login libraries do.
package provideropts

import (
	"net/http"

	"golang.org/x/oauth2"
)

type Provider struct {
	config   *oauth2.Config
	audience string
}

func New(clientID, secret, callbackURL string) *Provider {
	return &Provider{
		config: &oauth2.Config{
			ClientID:     clientID,
			ClientSecret: secret,
			RedirectURL:  callbackURL,
			Endpoint: oauth2.Endpoint{
				AuthURL:  "https://auth.atlassian.com/authorize",
				TokenURL: "https://auth.atlassian.com/oauth/token",
			},
			Scopes: []string{"read:jira-user", "offline_access"},
		},
		audience: "api.atlassian.com",
	}
}

// authOptions forgets prompt=consent.
func (p *Provider) authOptions() []oauth2.AuthCodeOption {
	var opts []oauth2.AuthCodeOption
	opts = append(opts, oauth2.SetAuthURLParam("audience", "api.atlassian.com"))
	opts = append(opts, oauth2.AccessTypeOffline) // means nothing to Atlassian: offline_access is a scope
	return opts
}

// BeginAuth returns the URL to send the user to.
func (p *Provider) BeginAuth(state string) string { // want BeginAuth:`state from parameters \[1\]`
	return p.config.AuthCodeURL(state, p.authOptions()...) // want `authorize URL has no prompt=consent`
}

// BeginAuthInline collects the options in the function itself.
func (p *Provider) BeginAuthInline(state string) string { // want BeginAuthInline:`state from parameters \[1\]`
	opts := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline}
	opts = append(opts, oauth2.ApprovalForce)
	return p.config.AuthCodeURL(state, opts...) // want `authorize URL has no audience=api.atlassian.com`
}

// Near misses.

// BeginAuthComplete appends everything Atlassian needs.
func (p *Provider) BeginAuthComplete(state string) string { // want BeginAuthComplete:`state from parameters \[1\]`
	opts := []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com")}
	opts = append(opts, oauth2.ApprovalForce, oauth2.AccessTypeOffline)
	return p.config.AuthCodeURL(state, opts...)
}

// BeginAuthConfigured may or may not ask for consent: not judged.
func (p *Provider) BeginAuthConfigured(state string, consent bool) string { // want BeginAuthConfigured:`state from parameters \[1\]`
	opts := []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com")}
	if consent {
		opts = append(opts, oauth2.ApprovalForce)
	}
	return p.config.AuthCodeURL(state, opts...)
}

func (p *Provider) Login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, p.BeginAuthComplete(oauth2.GenerateVerifier()), http.StatusFound)
}
