// Package webapp is TeamSync's web front end: users connect their
// Atlassian account with OAuth 2.0 (3LO) and see their issues.
package webapp

import (
	"html/template"
	"net/http"

	"golang.org/x/oauth2"

	"example.com/integrations/webapp/authopts"
	"example.com/integrations/webapp/session"
)

// Config is the app's configuration, from the environment.
type Config struct {
	ClientID     string
	ClientSecret string
	Origin       string // atlOrigin of the install links
	Staging      bool
	Dev          bool
}

// App serves the web front end.
type App struct {
	cfg      Config
	oauth    *oauth2.Config
	sessions *session.Store
	pages    *template.Template
}

var scopes = []string{"read:jira-work", "read:jira-user", "read:confluence-content.summary", "offline_access"}

// New returns the app.
func New(cfg Config) *App {
	// OK(oauthstate/insecure-redirect): https.
	redirect := "https://teamsync.example.com/oauth/callback"
	switch {
	case cfg.Dev:
		// MISTAKE(oauthstate/insecure-redirect): plain http to a host that is not a loopback address.
		redirect = "http://teamsync.dev.internal:8080/oauth/callback"
	case cfg.Staging:
		redirect = "https://staging.teamsync.example.com/oauth/callback"
	}
	secret := cfg.ClientSecret
	if secret == "" && cfg.Staging {
		// MISTAKE(secrets/atlassian-token): the staging app's OAuth client secret; the checksum holds.
		secret = "ATOAbyjkHgp6bf5AqkRaT97MQck6byazJbDsAuyE7gQyqFIRxHnfDlLOGCEKgmft5XIy98A87305"
	}
	return &App{
		cfg: cfg,
		oauth: &oauth2.Config{
			ClientID:     cfg.ClientID,
			ClientSecret: secret,
			Endpoint:     authopts.Endpoint,
			// OK(oauthstate/insecure-redirect): the catalogue puts this finding at the literal, above, not where the variable is used.
			RedirectURL: redirect,
			Scopes:      scopes,
		},
		sessions: session.NewStore(),
		pages:    template.Must(template.New("install").Parse(installPage)),
	}
}

// Handler routes the app's pages.
func (a *App) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /login", a.login)
	mux.HandleFunc("GET /oauth/callback", a.callback)
	mux.HandleFunc("GET /oauth/callback/v1", a.callbackV1)
	mux.HandleFunc("GET /reconnect", a.reconnect)
	mux.HandleFunc("GET /oauth/reconnect", a.reconnectCallback)
	mux.HandleFunc("GET /add-scopes", a.addScopes)
	mux.HandleFunc("GET /connect/jsm", a.connectJSM)
	mux.Handle("GET /oauth/jsm/callback", session.RequireState(http.HandlerFunc(a.jsmCallback)))
	mux.HandleFunc("GET /oauth/confluence/callback", a.confluenceCallback)
	mux.HandleFunc("GET /oauth/mobile/callback", a.mobileCallback)
	mux.HandleFunc("GET /connect/jira", a.connectJira)
	mux.HandleFunc("GET /oauth/jira", a.connectJiraCallback)
	mux.HandleFunc("GET /admin/install", a.install)
	mux.HandleFunc("GET /admin/another-site", a.anotherSite)
	mux.HandleFunc("GET /marketplace", a.marketplace)
	mux.HandleFunc("GET /issues", a.myIssues)
	mux.HandleFunc("GET /issues/classic", a.siteIssues)
	mux.HandleFunc("GET /projects", a.projects)
	return mux
}
