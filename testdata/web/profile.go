package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"golang.org/x/oauth2"
)

// apiClient is the client the oauth2 package builds its token-adding
// client on: it identifies the integration.
var apiClient = &http.Client{Transport: userAgent{}}

type userAgent struct{}

func (userAgent) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("User-Agent", "jira-acme-int/1.4.2 (settings)")
	return http.DefaultTransport.RoundTrip(req)
}

// resource is one Atlassian site the user granted access to.
type resource struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// Profile shows the user's Jira account, through the API gateway.
func (s *Server) Profile(ctx context.Context, tok *oauth2.Token) ([]byte, error) {
	ctx = context.WithValue(ctx, oauth2.HTTPClient, apiClient)
	client := s.conf.Client(ctx, tok)
	resp, err := client.Get("https://api.atlassian.com/oauth/token/accessible-resources")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var sites []resource
	if err := json.NewDecoder(resp.Body).Decode(&sites); err != nil || len(sites) == 0 {
		return nil, err
	}
	// OK(siteurl/bearer-to-site): 3LO requests go through the gateway.
	me, err := client.Get("https://api.atlassian.com/ex/jira/" + sites[0].ID + "/rest/api/3/myself")
	if err != nil {
		return nil, err
	}
	defer me.Body.Close()
	return io.ReadAll(me.Body)
}

// Projects lists the user's projects. It was written against the site
// URL, as in the API examples for Basic auth.
func (s *Server) Projects(ctx context.Context, site string, tok *oauth2.Token) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+site+".atlassian.net/rest/api/3/project", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-acme-int/1.4.2 (settings)")
	tok.SetAuthHeader(req)
	// MISTAKE(siteurl/bearer-to-site): a 3LO token is not accepted on the site URL.
	resp, err := apiClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
