package uagenerics // want package:"identity jira-generics-int"

import "net/http"

type Client[T any] struct {
	http *http.Client
	base string
}

func NewClient[T any]() *Client[T] {
	return &Client[T]{http: &http.Client{}, base: "https://acme.atlassian.net"}
}

func (c *Client[T]) Get(path string) (*T, error) {
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return nil, err
	}
	_, err = c.http.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	return nil, err
}

func (c *Client[T]) GetWithAgent(path string) (*T, error) {
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-generics-int/1.0.0")
	_, err = c.http.Do(req)
	return nil, err
}

func Fetch[T any](c *http.Client, url string) (T, error) {
	var zero T
	_, err := c.Get(url)
	return zero, err
}

type Issue struct{}

var _, _ = NewClient[Issue]().Get("/rest/api/3/issue/KEY-1")
