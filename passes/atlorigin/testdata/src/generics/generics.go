package generics

import (
	"encoding/json"
	"net/http"
)

type Client[T any] struct {
	base string
}

func New[T any](site string) *Client[T] {
	return &Client[T]{base: "https://" + site + ".atlassian.net"}
}

func (c *Client[T]) get(path string) (T, error) {
	var v T
	resp, err := http.Get(c.base + path)
	if err != nil {
		return v, err
	}
	defer resp.Body.Close()
	return v, json.NewDecoder(resp.Body).Decode(&v)
}

type Issue struct{ Key string }

func (c *Client[T]) Issue(key string) (T, error) {
	return c.get("/rest/api/3/issue/" + key + "?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL`
}

func Link[T any](c *Client[T], key string) string {
	return c.base + "/browse/" + key + "?atlOrigin=abc123"
}

func use() {
	c := New[Issue]("acme")
	c.Issue("TIS-1")
	_ = Link(c, "TIS-1")
}
