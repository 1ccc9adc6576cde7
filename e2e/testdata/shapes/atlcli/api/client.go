// Package api is the HTTP layer of a small Atlassian command-line tool:
// Request makes and sends every request, Get, Post, Put and Delete
// name the method, and dozens of methods name the endpoint. The base
// URL comes from the user's configuration; only the endpoints say that
// the requests go to Atlassian.
package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Config is what the tool reads from ~/.config/atl/config.json.
type Config struct {
	Site  string `json:"site"` // https://acme.atlassian.net
	Email string `json:"email"`
	Token string `json:"-"` // from the keyring
}

// Client sends the tool's requests.
type Client struct {
	site  string
	email string
	token string
	http  *http.Client
}

// New returns a client for the configured site.
func New(cfg Config) *Client {
	return &Client{site: cfg.Site, email: cfg.Email, token: cfg.Token, http: &http.Client{Timeout: 30 * time.Second}}
}

// Request sends method to path on the site, with body as JSON.
func (c *Client) Request(ctx context.Context, method, path string, body any) (*http.Response, error) {
	var rdr io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rdr = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.site+path, rdr)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.email, c.token)
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	// MISTAKE(useragent/default): every endpoint its callers' callers name is an Atlassian REST path.
	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if res.StatusCode >= 400 {
		res.Body.Close()
		return nil, fmt.Errorf("%s %s: %s", method, path, res.Status)
	}
	return res, nil
}

// Get sends a GET.
func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) {
	return c.Request(ctx, http.MethodGet, path, nil)
}

// Post sends a POST.
func (c *Client) Post(ctx context.Context, path string, body any) (*http.Response, error) {
	return c.Request(ctx, http.MethodPost, path, body)
}

// Put sends a PUT.
func (c *Client) Put(ctx context.Context, path string, body any) (*http.Response, error) {
	return c.Request(ctx, http.MethodPut, path, body)
}

// Delete sends a DELETE.
func (c *Client) Delete(ctx context.Context, path string) (*http.Response, error) {
	return c.Request(ctx, http.MethodDelete, path, nil)
}

func into(res *http.Response, err error, v any) error {
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if v == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(v)
}
