package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"

	"example.com/integrations/internal/httpx"
	"example.com/integrations/internal/identity"
)

// apiClient calls Jira with the user's OAuth token.
type apiClient struct {
	hc      httpx.Doer
	gateway string // https://api.atlassian.com/ex/jira/{cloudid}
	site    string // acme, for --site mode
}

func newAPIClient(ctx context.Context, ts oauth2.TokenSource, cloudID, site string) *apiClient {
	return &apiClient{
		hc:      httpx.AgentDoer{Next: oauth2.NewClient(ctx, ts), Agent: identity.UserAgentFor("atlctl")},
		gateway: "https://api.atlassian.com/ex/jira/" + url.PathEscape(cloudID),
		site:    site,
	}
}

// get reads a REST resource through the gateway.
func (a *apiClient) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.gateway+path, nil)
	if err != nil {
		return err
	}
	// OK(useragent/default): the AgentDoer behind hc sets the User-Agent.
	// OK(siteurl/bearer-to-site): the gateway URL.
	res, err := a.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", path, res.Status)
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// siteGet is --site mode, kept for sites the gateway "could not find".
func (a *apiClient) siteGet(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+a.site+".atlassian.net"+path, nil)
	if err != nil {
		return err
	}
	// MISTAKE(siteurl/bearer-to-site): the OAuth client's bearer token goes to the site.
	res, err := a.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(out)
}

func (a *apiClient) myself(ctx context.Context) (map[string]any, error) {
	var out map[string]any
	return out, a.get(ctx, "/rest/api/3/myself", &out)
}

func (a *apiClient) issue(ctx context.Context, key string, viaSite bool) (map[string]any, error) {
	var out map[string]any
	path := "/rest/api/3/issue/" + url.PathEscape(key)
	if viaSite {
		return out, a.siteGet(ctx, path, &out)
	}
	return out, a.get(ctx, path, &out)
}

func (a *apiClient) transitions(ctx context.Context, key string) (map[string]any, error) {
	var out map[string]any
	return out, a.get(ctx, "/rest/api/3/issue/"+url.PathEscape(key)+"/transitions", &out)
}
