// Package retryablehttp is a hermetic stub of
// github.com/hashicorp/go-retryablehttp v0.7.8 for atlvet's tests: the
// API atlvet models, with the real signatures and no behaviour.
package retryablehttp

import (
	"context"
	"net/http"
	"net/url"
)

// Request wraps an *http.Request: its URL and headers are that request's.
type Request struct {
	body interface{}
	*http.Request
}

func (r *Request) WithContext(ctx context.Context) *Request {
	return &Request{body: r.body, Request: r.Request.WithContext(ctx)}
}

func (r *Request) SetBody(rawBody interface{}) error { r.body = rawBody; return nil }

func FromRequest(r *http.Request) (*Request, error) { return &Request{Request: r}, nil }

func NewRequest(method, url string, rawBody interface{}) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, url, rawBody)
}

func NewRequestWithContext(ctx context.Context, method, url string, rawBody interface{}) (*Request, error) {
	r, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		return nil, err
	}
	return &Request{body: rawBody, Request: r}, nil
}

// Client retries requests it sends through HTTPClient.
type Client struct {
	HTTPClient *http.Client
	RetryMax   int
}

func NewClient() *Client { return &Client{HTTPClient: &http.Client{}} }

func (c *Client) Do(req *Request) (*http.Response, error) { return nil, nil }

func (c *Client) Get(url string) (*http.Response, error) { return nil, nil }

func (c *Client) Head(url string) (*http.Response, error) { return nil, nil }

func (c *Client) Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return nil, nil
}

func (c *Client) PostForm(url string, data url.Values) (*http.Response, error) { return nil, nil }

func (c *Client) StandardClient() *http.Client {
	return &http.Client{Transport: &RoundTripper{Client: c}}
}

func Get(url string) (*http.Response, error) { return nil, nil }

func Head(url string) (*http.Response, error) { return nil, nil }

func Post(url, bodyType string, body interface{}) (*http.Response, error) { return nil, nil }

func PostForm(url string, data url.Values) (*http.Response, error) { return nil, nil }

// RoundTripper sends every request through Client.
type RoundTripper struct {
	Client *Client
}

func (rt *RoundTripper) RoundTrip(req *http.Request) (*http.Response, error) { return nil, nil }
