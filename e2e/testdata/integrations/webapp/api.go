package webapp

import (
	"context"
	"io"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"

	"example.com/integrations/internal/httpx"
	"example.com/integrations/internal/identity"
)

const myIssuesJQL = "assignee = currentUser() AND statusCategory != Done"

// apiClient is an HTTP client for the user's token whose base client
// carries the integration's User-Agent.
func (a *App) apiClient(ctx context.Context, tok *oauth2.Token) *http.Client {
	ctx = context.WithValue(ctx, oauth2.HTTPClient, httpx.NewClient())
	return a.oauth.Client(ctx, tok)
}

func relay(w http.ResponseWriter, res *http.Response) {
	defer res.Body.Close()
	w.Header().Set("Content-Type", res.Header.Get("Content-Type"))
	w.WriteHeader(res.StatusCode)
	io.Copy(w, res.Body)
}

// myIssues lists the user's open issues through the gateway.
func (a *App) myIssues(w http.ResponseWriter, r *http.Request) {
	sess := a.sessions.Get(r)
	if sess.Token == nil {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	hc := a.apiClient(r.Context(), sess.Token)
	u := "https://api.atlassian.com/ex/jira/" + url.PathEscape(sess.CloudID) + "/rest/api/3/search/jql?jql=" + url.QueryEscape(myIssuesJQL)
	// OK(useragent/default): the base client in the context sets the User-Agent.
	// OK(siteurl/bearer-to-site): the gateway form of the URL.
	res, err := hc.Get(u)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	relay(w, res)
}

// siteIssues is the page of the first release, which called the site.
func (a *App) siteIssues(w http.ResponseWriter, r *http.Request) {
	sess := a.sessions.Get(r)
	if sess.Token == nil {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://"+sess.SiteName+".atlassian.net/rest/api/3/search/jql?jql="+url.QueryEscape(myIssuesJQL), nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.Token.SetAuthHeader(req)
	req.Header.Set("User-Agent", identity.UserAgent())
	// MISTAKE(siteurl/bearer-to-site): an OAuth 2.0 token sent to the site; 3LO tokens only work through api.atlassian.com/ex/jira/{cloudid}.
	// OK(useragent/default): the User-Agent is set above.
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	relay(w, res)
}

// projects serves users of both kinds: OAuth users through the
// gateway, API-token users at their site.
func (a *App) projects(w http.ResponseWriter, r *http.Request) {
	sess := a.sessions.Get(r)
	oauth := sess.Token != nil
	var base string
	if oauth {
		base = "https://api.atlassian.com/ex/jira/" + url.PathEscape(sess.CloudID)
	} else {
		base = "https://" + sess.SiteName + ".atlassian.net"
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, base+"/rest/api/3/project/search", nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	req.Header.Set("User-Agent", identity.UserAgent())
	if oauth {
		sess.Token.SetAuthHeader(req)
	} else {
		req.SetBasicAuth(sess.Email, sess.APIToken)
	}
	// OK(siteurl/bearer-to-site): the bearer token and the site URL are on different paths.
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	relay(w, res)
}
