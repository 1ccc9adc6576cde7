// Package atlas is a small SDK for the Jira Service Management REST
// API that TeamSync publishes for other teams. Callers may bring their
// own HTTP client (anything with a Do method), which is how the tests
// fake the server.
package atlas

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// Version is the SDK's version.
const Version = "0.9.2"

// HTTPClient is the part of *http.Client the SDK uses.
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// Client talks to one site's service desks.
type Client struct {
	hc    HTTPClient
	base  *url.URL
	email string
	token string
	agent string
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces http.DefaultClient.
func WithHTTPClient(hc HTTPClient) Option { return func(c *Client) { c.hc = hc } }

// WithUserAgent replaces the SDK's User-Agent.
func WithUserAgent(ua string) Option { return func(c *Client) { c.agent = ua } }

// New returns a client for site (https://acme.atlassian.net).
func New(site, email, token string, opts ...Option) (*Client, error) {
	base, err := url.Parse(strings.TrimSuffix(site, "/") + "/")
	if err != nil {
		return nil, err
	}
	if base.Scheme != "https" {
		return nil, fmt.Errorf("atlas: %s: the site must use https", site)
	}
	c := &Client{
		hc:    http.DefaultClient,
		base:  base,
		email: email,
		token: token,
		// MISTAKE(useragent/convention): the constant prefix "AtlasGo/" has upper case and no {product}-{source}-int; the value expression is this initialiser, where the fix goes (the catalogue does not say for a value kept in a field).
		agent: "AtlasGo/" + Version,
	}
	for _, opt := range opts {
		opt(c)
	}
	return c, nil
}

// newRequest resolves ref against the site and authenticates the
// request.
func (c *Client) newRequest(ctx context.Context, method, ref string, body io.Reader) (*http.Request, error) {
	rel, err := url.Parse(ref)
	if err != nil {
		return nil, err
	}
	u := c.base.ResolveReference(rel)
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.email, c.token)
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", c.agent)
	return req, nil
}

// do sends req and decodes the answer into out.
func (c *Client) do(req *http.Request, out any) error {
	// OK(useragent/default): newRequest set the User-Agent on every request that reaches here.
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return fmt.Errorf("atlas: %s %s: %s", req.Method, req.URL.Path, res.Status)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// ServiceDesk is a service desk project.
type ServiceDesk struct {
	ID         string `json:"id"`
	ProjectKey string `json:"projectKey"`
}

// ServiceDesks lists the service desks.
func (c *Client) ServiceDesks(ctx context.Context) ([]ServiceDesk, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "rest/servicedeskapi/servicedesk", nil)
	if err != nil {
		return nil, err
	}
	var out struct{ Values []ServiceDesk }
	return out.Values, c.do(req, &out)
}

// RequestTypes lists the request types of a desk.
func (c *Client) RequestTypes(ctx context.Context, deskID string) ([]map[string]any, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "rest/servicedeskapi/servicedesk/"+url.PathEscape(deskID)+"/requesttype", nil)
	if err != nil {
		return nil, err
	}
	var out struct{ Values []map[string]any }
	return out.Values, c.do(req, &out)
}

// CreateRequest raises a customer request.
func (c *Client) CreateRequest(ctx context.Context, deskID, typeID, summary string) (string, error) {
	b, err := json.Marshal(map[string]any{
		"serviceDeskId":      deskID,
		"requestTypeId":      typeID,
		"requestFieldValues": map[string]string{"summary": summary},
	})
	if err != nil {
		return "", err
	}
	req, err := c.newRequest(ctx, http.MethodPost, "rest/servicedeskapi/request", strings.NewReader(string(b)))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	var out struct {
		IssueKey string `json:"issueKey"`
	}
	return out.IssueKey, c.do(req, &out)
}

// Attachment downloads an attachment of a request. It builds its
// request itself because attachment content answers with a redirect
// that must not be decoded.
func (c *Client) Attachment(ctx context.Context, issueKey, attachmentID string) (io.ReadCloser, error) {
	u := c.base.JoinPath("rest/servicedeskapi/request", issueKey, "attachment", attachmentID)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.email, c.token)
	// MISTAKE(useragent/default): unlike newRequest, no User-Agent here, and the module never gives the SDK a decorating HTTPClient.
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if res.StatusCode != http.StatusOK {
		res.Body.Close()
		return nil, fmt.Errorf("atlas: attachment %s: %s", attachmentID, res.Status)
	}
	return res.Body, nil
}
