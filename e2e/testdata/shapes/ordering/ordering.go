// Package ordering holds requests whose headers are set on some paths
// only, or after the send: shape 3 of issue 12. A header counts for a
// send only if every path from the request's creation to the send sets
// it.
package ordering

import (
	"bytes"
	"context"
	"net/http"
	"net/url"

	"example.com/shapes/agent"
)

// Client talks to one Jira site.
type Client struct {
	Site     string // acme, for acme.atlassian.net
	Email    string
	APIToken string
	Access   string // an OAuth 2.0 access token, when the user connected with OAuth
	CloudID  string
	HC       *http.Client
}

// New returns a client for a site that authenticates with an API token.
func New(site, email, token string) *Client {
	return &Client{Site: site, Email: email, APIToken: token, HC: &http.Client{}}
}

func (c *Client) base() string { return "https://" + c.Site + ".atlassian.net" }

// Delete deletes an issue, and sets the User-Agent only when logging
// what it did, after the request has gone.
func (c *Client) Delete(ctx context.Context, key string) error {
	req, err := http.NewRequestWithContext(ctx, "DELETE", c.base()+"/rest/api/3/issue/"+url.PathEscape(key), nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.Email, c.APIToken)
	// MISTAKE(useragent/default): the User-Agent is set below, after the send.
	res, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", agent.UserAgent)
	return res.Body.Close()
}

// Update edits an issue; a request with a body gets its headers in
// one branch, a request without one goes out bare.
func (c *Client) Update(ctx context.Context, key string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, "PUT", c.base()+"/rest/api/3/issue/"+url.PathEscape(key), bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("User-Agent", agent.UserAgent)
	}
	req.SetBasicAuth(c.Email, c.APIToken)
	// MISTAKE(useragent/default): when body is nil the User-Agent is not set.
	res, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// setJSON sets the headers of a request with a JSON body.
func setJSON(req *http.Request) {
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", agent.UserAgent)
}

// Comment adds a comment; the helper that sets the User-Agent runs
// only for a non-empty body.
func (c *Client) Comment(ctx context.Context, key string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, "POST", c.base()+"/rest/api/3/issue/"+url.PathEscape(key)+"/comment", bytes.NewReader(body))
	if err != nil {
		return err
	}
	if len(body) > 0 {
		setJSON(req)
	}
	req.SetBasicAuth(c.Email, c.APIToken)
	// MISTAKE(useragent/default): setJSON, which sets the User-Agent, is skipped for an empty body.
	res, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Search sets the User-Agent on both branches.
func (c *Client) Search(ctx context.Context, jql string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, "POST", c.base()+"/rest/api/3/search/jql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		setJSON(req)
	} else {
		req.URL.RawQuery = url.Values{"jql": {jql}}.Encode()
		req.Header.Set("User-Agent", agent.UserAgent)
	}
	req.SetBasicAuth(c.Email, c.APIToken)
	// OK(useragent/default): both branches set the User-Agent.
	res, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Watchers sets the User-Agent before the branch.
func (c *Client) Watchers(ctx context.Context, key string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base()+"/rest/api/3/issue/"+url.PathEscape(key)+"/watchers", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", agent.UserAgent)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.SetBasicAuth(c.Email, c.APIToken)
	// OK(useragent/default): set on every path.
	res, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Myself picks the URL and the credentials together: a bearer token
// goes only to the gateway, the API token to the site. The bearer path
// and the site path never meet.
func (c *Client) Myself(ctx context.Context) error {
	base := c.base()
	if c.Access != "" {
		base = "https://api.atlassian.com/ex/jira/" + c.CloudID
	}
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", agent.UserAgent)
	if c.Access != "" {
		req.Header.Set("Authorization", "Bearer "+c.Access)
	} else {
		req.SetBasicAuth(c.Email, c.APIToken)
	}
	// OK(siteurl/bearer-to-site): the bearer token is set only when base is the gateway.
	res, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Priorities sends the bearer token to the site on one path: the
// gateway is chosen by a flag that is not the one that picks the
// token.
func (c *Client) Priorities(ctx context.Context, viaGateway bool) error {
	base := c.base()
	if viaGateway {
		base = "https://api.atlassian.com/ex/jira/" + c.CloudID
	}
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/rest/api/3/priority", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", agent.UserAgent)
	if c.Access != "" {
		req.Header.Set("Authorization", "Bearer "+c.Access)
	}
	// MISTAKE(siteurl/bearer-to-site): with an access token and viaGateway false, the token goes to the site.
	res, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
