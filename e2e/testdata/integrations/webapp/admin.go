package webapp

import (
	"fmt"
	"net/http"

	"example.com/integrations/webapp/authopts"
	"example.com/integrations/webapp/session"
)

// installPage is the marketplace page's template.
const installPage = `<!doctype html>
<title>Install TeamSync</title>
<p><a href="{{.InstallURL}}">Connect TeamSync to your Atlassian site</a></p>
`

// marketplaceInstallURL was pasted from the developer console's
// "Authorization URL generator".
//
// MISTAKE(oauthstate/constant-state): Atlassian's placeholder state, served to every visitor.
// OK(oauthstate/missing-prompt): prompt=consent is in the URL.
// OK(oauthstate/missing-audience): audience is in the URL.
// OK(oauthstate/response-type): response_type=code.
const marketplaceInstallURL = "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=Qm9yS2VlcGVyQ2xpZW50SUQx&scope=read%3Ajira-work%20offline_access&redirect_uri=https%3A%2F%2Fteamsync.example.com%2Foauth%2Fcallback&state=YOUR_USER_BOUND_VALUE&response_type=code&prompt=consent"

// marketplace serves the public install page.
func (a *App) marketplace(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := a.pages.Execute(w, map[string]string{"InstallURL": marketplaceInstallURL}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// install shows an admin a link to mail to colleagues.
func (a *App) install(w http.ResponseWriter, r *http.Request) {
	// MISTAKE(oauthstate/guessable-state): a per-process counter (session.InstallState); the catalogue says "where it enters the URL", which is inside InstallURL, but that helper also serves good states, so a careful user expects the finding at the caller's value.
	link := authopts.InstallURL(a.oauth.ClientID, a.oauth.RedirectURL, session.InstallState(), scopes, a.cfg.Origin)
	fmt.Fprintf(w, "Send this link to your colleagues: %s\n", link)
}

// anotherSite sends an admin to pick another site for TeamSync.
func (a *App) anotherSite(w http.ResponseWriter, r *http.Request) {
	// MISTAKE(oauthstate/missing-state): AuthCodeURL("") sends no state at all.
	http.Redirect(w, r, a.oauth.AuthCodeURL("", authopts.Consent()...), http.StatusFound)
}
