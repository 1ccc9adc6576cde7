// Package generics misuses type parameters.
package generics

import "net/http"

type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

type Client[D Doer] struct {
	d    D
	base string
}

func (c *Client[D]) get(path string) {
	req, _ := http.NewRequest("GET", c.base+path, nil)
	c.d.Do(req)
	c.d.Missing(req)
}

func New[D Doer, X undefinedConstraint](d D) *Client[D] {
	return &Client[D]{d: d, base: "https://acme.atlassian.net"}
}

func use() {
	c := New[*http.Client](http.DefaultClient)
	c.get("/rest/api/3/myself")
	var bad Client[int]
	bad.get("/rest/api/3/project")
	send[string, int]("https://acme.atlassian.net/rest/api/3/issue")
}

func send[T ~string](u T) { http.Get(string(u)) }
