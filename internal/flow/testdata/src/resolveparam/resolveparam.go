// Package resolveparam: a request helper resolves its path parameter
// against its client's base URL (url.Parse of the parameter, then
// ResolveReference, or base.Parse of it); whether the base is kept is
// decided caller by caller, by what each caller passes.
package resolveparam

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

func show(s string) {}

type Client struct {
	base *url.URL
}

func NewCloud() *Client {
	base, _ := url.Parse("https://acme.atlassian.net/")
	return &Client{base: base}
}

func (c *Client) newRequest(ctx context.Context, method, ref string) (*http.Request, error) {
	rel, err := url.Parse(ref)
	if err != nil {
		return nil, err
	}
	u := c.base.ResolveReference(rel)
	show(u.String()) // want `show: \["https://acme.atlassian.net/rest/api/3/myself" "https://acme.atlassian.net/rest/api/3/issue/…" "https://acme.atlassian.net/rest/agile/1.0/board" "https://hooks.slack.com/services/T0/B0"\]`
	return http.NewRequestWithContext(ctx, method, u.String(), nil)
}

func (c *Client) Myself(ctx context.Context) {
	req, _ := c.newRequest(ctx, "GET", "rest/api/3/myself")
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{\}`
}

func (c *Client) Issue(ctx context.Context, key string) {
	// An absolute path replaces the base's path, keeping its host.
	req, _ := c.newRequest(ctx, "GET", "/rest/api/3/issue/"+url.PathEscape(key))
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/issue/…"\]; clients \{\}`
}

// get passes its own parameter on: its callers say what it is.
func (c *Client) get(ctx context.Context, ref string) {
	req, _ := c.newRequest(ctx, "GET", ref)
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/agile/1.0/board"\]; clients \{\}`
}

func (c *Client) Boards(ctx context.Context) { c.get(ctx, "rest/agile/1.0/board") }

// Near miss: an absolute URL replaces the base, host and all.
func (c *Client) Notify(ctx context.Context) {
	req, _ := c.newRequest(ctx, "POST", "https://hooks.slack.com/services/T0/B0")
	http.DefaultClient.Do(req) // want `send: urls=\["https://hooks.slack.com/services/T0/B0"\]; clients \{\}`
}

// A base not known (a site from configuration): the callers' REST
// paths are still known after it.
type Desk struct {
	site *url.URL
}

func NewDesk(site string) *Desk {
	base, _ := url.Parse(strings.TrimSuffix(site, "/") + "/")
	return &Desk{site: base}
}

func (d *Desk) do(ctx context.Context, ref string) {
	u, err := d.site.Parse(ref)
	if err != nil {
		return
	}
	req, _ := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	http.DefaultClient.Do(req) // want `send: urls=\["…/rest/servicedeskapi/servicedesk" "https://example.com/health"\]; clients \{\}`
}

func (d *Desk) ServiceDesks(ctx context.Context) { d.do(ctx, "rest/servicedeskapi/servicedesk") }

// Near miss: another host's absolute URL through the same helper.
func (d *Desk) Health(ctx context.Context) { d.do(ctx, "https://example.com/health") }

// Near miss: a helper whose callers are not in view keeps nothing of
// the reference, as before.
func Resolve(base *url.URL, ref string) {
	rel, _ := url.Parse(ref)
	show(base.ResolveReference(rel).String()) // want `show: \["…"\]`
}
