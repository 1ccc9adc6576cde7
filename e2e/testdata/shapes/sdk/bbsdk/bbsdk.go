// Package bbsdk is a Bitbucket Cloud SDK whose HTTPClient is a type of
// its own: a Doer that sets the User-Agent and the token, then hands
// the request to the *http.Client it wraps.
package bbsdk

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"example.com/shapes/agent"
)

// HTTPClient is what the client sends requests with.
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// authDoer decorates every request it sends.
type authDoer struct {
	next  *http.Client
	token string
}

func (d *authDoer) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("User-Agent", agent.UserAgent)
	req.Header.Set("Authorization", "Bearer "+d.token)
	return d.next.Do(req)
}

// Client is a Bitbucket Cloud client.
type Client struct {
	http HTTPClient
}

// New returns a client that sends token (a workspace access token).
func New(token string) *Client {
	return &Client{http: &authDoer{next: http.DefaultClient, token: token}}
}

// Repository fetches a repository.
func (c *Client) Repository(ctx context.Context, workspace, slug string, out any) error {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.bitbucket.org/2.0/repositories/"+url.PathEscape(workspace)+"/"+url.PathEscape(slug), nil)
	if err != nil {
		return err
	}
	// OK(useragent/default): the module's own Doer sets the User-Agent.
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(out)
}
