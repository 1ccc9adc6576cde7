// Package wrappeddoer keeps an oauth2 client inside another package's
// Doer wrapper, behind an interface field: the wrapper forwards the
// request to the oauth2 client, which adds the bearer token.
package wrappeddoer

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"

	"wrappeddoer/agentdoer"
)

type api struct {
	hc      agentdoer.Doer
	gateway string
	site    string
}

func newAPI(ctx context.Context, ts oauth2.TokenSource, cloudID, site string) *api {
	return &api{
		hc:      agentdoer.AgentDoer{Next: oauth2.NewClient(ctx, ts), Agent: "jira-wrappeddoer-int/1.0.0"},
		gateway: "https://api.atlassian.com/ex/jira/" + cloudID,
		site:    site,
	}
}

func (a *api) siteGet(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+a.site+".atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req) // want `bearer token sent to the Atlassian site`
}

// Near miss: the gateway form.
func (a *api) get(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", a.gateway+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req)
}

// Near miss: the same wrapper around a plain client sends no token.
type plainAPI struct{ hc agentdoer.Doer }

func (p *plainAPI) siteGet(ctx context.Context, site string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+site+".atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	return p.hc.Do(req)
}

func newPlain() *plainAPI {
	return &plainAPI{hc: agentdoer.AgentDoer{Next: http.DefaultClient, Agent: "jira-wrappeddoer-int/1.0.0"}}
}
