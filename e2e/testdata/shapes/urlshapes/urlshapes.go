// Package urlshapes sends and serves URLs built in the shapes of
// issue 12's item 6: ResolveReference, helpers several calls deep in
// this and another package, url.Values and option slices built in one
// place and used in another, and a complete authorize URL held as a
// constant and served to users.
package urlshapes

import (
	"context"
	"html/template"
	"net/http"
	"net/url"
	"os"

	"golang.org/x/oauth2"

	"example.com/shapes/agent"
	"example.com/shapes/urlshapes/endpoints"
)

var base, _ = url.Parse("https://acme.atlassian.net/")

// Myself resolves the endpoint against the site's base URL.
func Myself(ctx context.Context) (*http.Response, error) {
	u := base.ResolveReference(&url.URL{Path: "rest/api/3/myself"})
	req, err := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/default): ResolveReference keeps the site's host.
	return http.DefaultClient.Do(req)
}

var hooks, _ = url.Parse("https://hooks.slack.com/")

// Notify resolves a path against Slack's base URL.
func Notify(ctx context.Context, path string) (*http.Response, error) {
	u := hooks.ResolveReference(&url.URL{Path: "services/" + path})
	req, err := http.NewRequestWithContext(ctx, "POST", u.String(), nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/default): Slack, not Atlassian.
	return http.DefaultClient.Do(req)
}

// apiURL and issueURL are this package's own helpers, two deep.
func apiURL(site, path string) string { return "https://" + site + ".atlassian.net/rest/api/3/" + path }

func issueURL(site, key string) string { return apiURL(site, "issue/"+url.PathEscape(key)) }

func commentsURL(site, key string) string { return issueURL(site, key) + "/comment" }

// Comments fetches comments through helpers three calls deep in this package.
func Comments(ctx context.Context, site, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", commentsURL(site, key), nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/default): the helpers build a site URL.
	return http.DefaultClient.Do(req)
}

// Issue fetches an issue through the helpers of another package.
func Issue(ctx context.Context, site, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", endpoints.IssueURL(site, key), nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/default): endpoints.IssueURL is a site's REST URL, three calls deep in another package.
	return http.DefaultClient.Do(req)
}

// IssueWithAgent is Issue with the integration's client.
func IssueWithAgent(ctx context.Context, site, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", endpoints.IssueURL(site, key), nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/default): the client's transport sets it.
	return agent.Client().Do(req)
}

// Search builds the query here and the URL in endpoints.
func Search(ctx context.Context, site, jql string) (*http.Response, error) {
	q := url.Values{}
	q.Set("jql", jql)
	// MISTAKE(atlorigin/api-url): endpoints.SearchURL puts q on a REST URL.
	q.Set("atlOrigin", "eyJpIjoiYjM0MTA4")
	req, err := http.NewRequestWithContext(ctx, "GET", endpoints.SearchURL(site, q), nil)
	if err != nil {
		return nil, err
	}
	return agent.Client().Do(req)
}

// ShareLink builds the query here and a UI link in endpoints.
func ShareLink(site, key string) string {
	q := url.Values{}
	// OK(atlorigin/api-url): endpoints.BrowseURL puts q on a link into Jira's UI.
	q.Set("atlOrigin", "eyJpIjoiYjM0MTA4")
	return endpoints.BrowseURL(site, key, q)
}

var conf = &oauth2.Config{
	ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
	ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
	RedirectURL:  "https://app.example.com/oauth/callback",
	Scopes:       []string{"read:jira-work"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

// localOptions is a helper of this package that builds the options.
func localOptions(offline bool) []oauth2.AuthCodeOption {
	opts := []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com")}
	if offline {
		opts = append(opts, oauth2.AccessTypeOffline)
	}
	return opts
}

// ConnectURL uses the options of another package, which hold prompt and audience.
func ConnectURL(state string) string {
	// OK(oauthstate/missing-prompt): endpoints.ConsentOptions adds prompt=consent.
	// OK(oauthstate/missing-audience): and the audience.
	return conf.AuthCodeURL(state, endpoints.ConsentOptions()...)
}

// LegacyConnectURL uses options that forget the prompt.
func LegacyConnectURL(state string) string {
	// MISTAKE(oauthstate/missing-prompt): endpoints.LegacyOptions has no prompt=consent.
	// OK(oauthstate/missing-audience): it has the audience.
	return conf.AuthCodeURL(state, endpoints.LegacyOptions()...)
}

// TrackedConnectURL uses options with a tracking parameter.
func TrackedConnectURL(state string) string {
	// OK(oauthstate/missing-prompt): endpoints.TrackedOptions starts from ConsentOptions.
	return conf.AuthCodeURL(state, endpoints.TrackedOptions()...)
}

// OfflineConnectURL uses this package's helper, which forgets the prompt.
func OfflineConnectURL(state string) string {
	// MISTAKE(oauthstate/missing-prompt): localOptions adds the audience only.
	return conf.AuthCodeURL(state, localOptions(true)...)
}

// consentURL is the URL Atlassian's developer console shows, pasted in
// whole, placeholder state included.
//
// MISTAKE(oauthstate/constant-state): the placeholder state is sent as it is.
// MISTAKE(oauthstate/missing-prompt): and no prompt=consent.
const consentURL = "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=Q2hhbmdlZEZvclRlc3Rz&scope=read%3Ajira-work&redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth%2Fcallback&state=YOUR_USER_BOUND_VALUE&response_type=code"

var page = template.Must(template.New("connect").Parse(`<a href="{{.AuthorizeURL}}">Connect Jira</a>`))

// ServeConnectPage shows the console's URL as a link.
func ServeConnectPage(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, struct{ AuthorizeURL string }{consentURL})
}

// RedirectToConsent sends the browser to the console's URL.
func RedirectToConsent(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, consentURL, http.StatusFound)
}

// consentPrefix is an authorize URL without its state, which
// ServeStatefulLink appends.
const consentPrefix = "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=Q2hhbmdlZEZvclRlc3Rz&scope=read%3Ajira-work&redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth%2Fcallback&response_type=code&prompt=consent"

// ServeStatefulLink completes the prefix with the user's state.
func ServeStatefulLink(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		http.Error(w, "no state", http.StatusBadRequest)
		return
	}
	// OK(oauthstate/constant-state): the state is the session's.
	// OK(oauthstate/missing-prompt): the prefix has prompt=consent.
	page.Execute(w, struct{ AuthorizeURL string }{consentPrefix + "&state=" + url.QueryEscape(c.Value)})
}
