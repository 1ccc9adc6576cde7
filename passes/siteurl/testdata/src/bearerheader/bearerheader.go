package bearerheader

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

const site = "https://acme.atlassian.net"

func issue(ctx context.Context, token, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, site+"/rest/api/3/issue/"+key, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `OAuth 2.0 bearer token sent to the Atlassian site acme.atlassian.net, which does not accept it; send 3LO requests through the API gateway: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/issue/…, with the cloud ID from https://api.atlassian.com/oauth/token/accessible-resources`
}

func space(tok *oauth2.Token) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/wiki/rest/api/space", nil)
	if err != nil {
		return nil, err
	}
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/confluence/\{cloudid\}/wiki/rest/api/space, with`
}

func headerMap(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://legacy.jira.com/rest/agile/1.0/board", nil)
	req.Header["Authorization"] = []string{"Bearer " + token}
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site legacy.jira.com, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/agile/1.0/board, with`
}

func gov(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://agency.atlassian-us-gov-mod.net/rest/api/3/project", nil)
	req.Header.Set("authorization", "bearer "+token)
	return http.DefaultClient.Do(req) // want `site agency.atlassian-us-gov-mod.net, .*: https://api.atlassian-us-gov-mod.com/ex/jira/\{cloudid\}/rest/api/3/project, with the cloud ID from https://api.atlassian-us-gov-mod.com/oauth/token/accessible-resources`
}

// A site chosen at run time is still a site.
func anySite(name, token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://"+name+".atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site …\.atlassian\.net`
}

// Suppressed, with a reason.
func suppressed(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) //atlvet:ignore siteurl/bearer-to-site proxied through our own gateway that swaps the token
}

// Near misses.

// 3LO done right: the gateway with the cloud ID.
func gateway(cloudID, token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/"+cloudID+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

func resources(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.atlassian.com/oauth/token/accessible-resources", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

// API tokens use Basic auth, to the site or (scoped tokens) the gateway.
func basic(email, apiToken string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.SetBasicAuth(email, apiToken)
	return http.DefaultClient.Do(req)
}

func basicGateway(cloudID, email, apiToken string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/"+cloudID+"/rest/api/3/myself", nil)
	req.SetBasicAuth(email, apiToken)
	return http.DefaultClient.Do(req)
}

// Data Center on a company domain takes personal access tokens.
func dataCenter(pat string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://jira.example.com/rest/api/2/myself", nil)
	req.Header.Set("Authorization", "Bearer "+pat)
	return http.DefaultClient.Do(req)
}

// A site URL used as a browser link, next to a bearer token.
func link(w http.ResponseWriter, r *http.Request, token string) {
	r.Header.Set("Authorization", "Bearer "+token)
	http.Redirect(w, r, site+"/browse/TIS-1", http.StatusFound)
}

// The token's origin is not known, so its kind is not either.
func unknownAuth(auth string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", auth)
	return http.DefaultClient.Do(req)
}

// Bitbucket Cloud's API takes OAuth bearer tokens.
func bitbucket(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.bitbucket.org/2.0/user", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}
