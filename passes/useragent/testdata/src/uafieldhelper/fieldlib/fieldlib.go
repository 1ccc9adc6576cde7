// Package fieldlib's helpers read their URL only from the fields of
// what their callers made: with http.Get, from a literal of an
// exported struct, from a configuration passed by value. It knows of
// no Atlassian URL and reports nothing itself.
package fieldlib

import (
	"net/http"
)

// Getter sends through (*http.Client).Get, with Go's default
// User-Agent.
type Getter struct {
	base string
	hc   *http.Client
}

func NewGetter(base string) *Getter { return &Getter{base: base, hc: &http.Client{}} }

func (g *Getter) Get(path string) (*http.Response, error) {
	return g.hc.Get(g.base + path)
}

// Server is filled in by its callers; Status's URL is all fields.
type Server struct {
	Base string
}

func (s *Server) Status() (*http.Response, error) {
	req, err := http.NewRequest("GET", s.Base+"/status", nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Config configures NewFromConfig.
type Config struct {
	URL string
}

type Client struct {
	base string
}

func NewFromConfig(cfg Config) *Client { return &Client{base: cfg.URL + "/status"} }

func (c *Client) Check(name string) (*http.Response, error) {
	req, err := http.NewRequest("GET", c.base+"/"+name, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Named sets a User-Agent on every request.
type Named struct {
	Base string
}

func (n *Named) Status() (*http.Response, error) {
	req, err := http.NewRequest("GET", n.Base+"/status", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-fieldhelper-int/1.0.0")
	return http.DefaultClient.Do(req)
}
