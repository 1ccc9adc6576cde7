// Package jirarest is a Jira Cloud REST client in the style of the
// popular command-line tools: one request helper that every endpoint
// goes through, thin verb wrappers per API version, and a method per
// endpoint in files of their own.
//
// Shape 1 of issue 12: the helper has more callers than the flow
// analysis keeps alternatives for, and sets headers from a map its
// callers fill.
package jirarest

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"time"
)

// Header is the extra headers a call sends.
type Header map[string]string

// Client talks to one Jira Cloud site with an API token.
type Client struct {
	server    string
	login     string
	token     string
	transport http.RoundTripper
	timeout   time.Duration
}

// NewClient returns a client for the site at server
// (https://acme.atlassian.net).
func NewClient(server, login, token string) *Client {
	return &Client{
		server:    strings.TrimSuffix(server, "/"),
		login:     login,
		token:     token,
		transport: &http.Transport{MaxIdleConns: 10, IdleConnTimeout: 30 * time.Second},
		timeout:   15 * time.Second,
	}
}

// Get sends a GET to the platform REST API, version 3.
func (c *Client) Get(ctx context.Context, path string, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodGet, c.server+"/rest/api/3"+path, nil, headers)
}

// GetV2 sends a GET to the platform REST API, version 2.
func (c *Client) GetV2(ctx context.Context, path string, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodGet, c.server+"/rest/api/2"+path, nil, headers)
}

// GetV1 sends a GET to the Jira Software (agile) REST API.
func (c *Client) GetV1(ctx context.Context, path string, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodGet, c.server+"/rest/agile/1.0"+path, nil, headers)
}

// Post sends a POST to the platform REST API, version 3.
func (c *Client) Post(ctx context.Context, path string, body []byte, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodPost, c.server+"/rest/api/3"+path, body, headers)
}

// PostV2 sends a POST to the platform REST API, version 2.
func (c *Client) PostV2(ctx context.Context, path string, body []byte, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodPost, c.server+"/rest/api/2"+path, body, headers)
}

// PostV1 sends a POST to the Jira Software (agile) REST API.
func (c *Client) PostV1(ctx context.Context, path string, body []byte, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodPost, c.server+"/rest/agile/1.0"+path, body, headers)
}

// Put sends a PUT to the platform REST API, version 3.
func (c *Client) Put(ctx context.Context, path string, body []byte, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodPut, c.server+"/rest/api/3"+path, body, headers)
}

// PutV2 sends a PUT to the platform REST API, version 2.
func (c *Client) PutV2(ctx context.Context, path string, body []byte, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodPut, c.server+"/rest/api/2"+path, body, headers)
}

// PutV1 sends a PUT to the Jira Software (agile) REST API.
func (c *Client) PutV1(ctx context.Context, path string, body []byte, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodPut, c.server+"/rest/agile/1.0"+path, body, headers)
}

// DeleteV2 sends a DELETE to the platform REST API, version 2.
func (c *Client) DeleteV2(ctx context.Context, path string, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodDelete, c.server+"/rest/api/2"+path, nil, headers)
}

// Delete sends a DELETE to the platform REST API, version 3.
func (c *Client) Delete(ctx context.Context, path string, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodDelete, c.server+"/rest/api/3"+path, nil, headers)
}

// DeleteV1 sends a DELETE to the Jira Software (agile) REST API.
func (c *Client) DeleteV1(ctx context.Context, path string, headers Header) (*http.Response, error) {
	return c.request(ctx, http.MethodDelete, c.server+"/rest/agile/1.0"+path, nil, headers)
}

// request is the one place requests are made and sent. The header map
// comes from the callers; none of them puts a User-Agent into it.
func (c *Client) request(ctx context.Context, method, endpoint string, body []byte, headers Header) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	req.SetBasicAuth(c.login, c.token)
	httpClient := &http.Client{Transport: c.transport, Timeout: c.timeout}
	// MISTAKE(useragent/default): twelve callers, all to /rest/api or /rest/agile, none with a User-Agent.
	return httpClient.Do(req)
}
