// Package wikisdk is jirasdk for Confluence, whose default client
// identifies the integration: the interface holds an *http.Client with
// a decorating transport.
package wikisdk

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"example.com/shapes/agent"
)

// Doer is what the client sends requests with.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

// Client is a Confluence Cloud client.
type Client struct {
	doer Doer
	base string
}

// New returns a client for the Confluence of site; a nil doer is a
// client that sets the integration's User-Agent.
func New(doer Doer, site string) *Client {
	if doer == nil {
		doer = &http.Client{Transport: &agent.Transport{}}
	}
	return &Client{doer: doer, base: "https://" + site + ".atlassian.net/wiki"}
}

// Default returns a client with the default doer.
func Default(site string) *Client { return New(nil, site) }

// Page fetches a page.
func (c *Client) Page(ctx context.Context, id string, out any) error {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/api/v2/pages/"+url.PathEscape(id), nil)
	if err != nil {
		return err
	}
	// OK(useragent/default): the only client stored into doer sets the User-Agent.
	res, err := c.doer.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(out)
}
