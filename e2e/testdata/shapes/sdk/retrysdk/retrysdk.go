// Package retrysdk is bbsdk with a Doer that retries but sets no
// User-Agent: the module type in the interface decides, and it adds
// nothing.
package retrysdk

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

// HTTPClient is what the client sends requests with.
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// retrier retries requests refused with 429.
type retrier struct {
	base     *http.Client
	attempts int
}

func (r *retrier) Do(req *http.Request) (*http.Response, error) {
	var res *http.Response
	var err error
	for i := 0; i < r.attempts; i++ {
		res, err = r.base.Do(req)
		if err != nil || res.StatusCode != http.StatusTooManyRequests {
			return res, err
		}
		res.Body.Close()
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return res, err
}

// Client is a Bitbucket Cloud client.
type Client struct {
	http  HTTPClient
	token string
}

// New returns a client that sends token.
func New(token string) *Client {
	return &Client{http: &retrier{base: http.DefaultClient, attempts: 3}, token: token}
}

// PullRequests lists the pull requests of a repository.
func (c *Client) PullRequests(ctx context.Context, workspace, slug string, out any) error {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.bitbucket.org/2.0/repositories/"+url.PathEscape(workspace)+"/"+url.PathEscape(slug)+"/pullrequests", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	// MISTAKE(useragent/default): the retrier in the interface sets no User-Agent, nor does the DefaultClient it wraps.
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(out)
}
