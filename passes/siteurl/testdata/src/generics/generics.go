package generics

import "net/http"

type Client[T any] struct {
	base  string
	token string
}

func New[T any](site, token string) *Client[T] {
	return &Client[T]{base: "https://" + site + ".atlassian.net", token: token}
}

func (c *Client[T]) Get(path string) (*http.Response, error) {
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site …\.atlassian\.net`
}

func Fetch[T any](c *http.Client, token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.atlassian.com/oauth/token/accessible-resources", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return c.Do(req)
}
