package uafieldstore // want package:"identity jira-desk-int"

// A client keeps its User-Agent in a field set by
// its constructor (and perhaps replaced by an option); the request
// helper sets the header from the field. The value is judged where it
// is stored, and the helper's requests are Atlassian's when its callers
// pass REST paths, resolved against the client's base URL.

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

const Version = "2.1.0"

type Client struct {
	base  *url.URL
	agent string
}

type Option func(*Client)

func WithUserAgent(ua string) Option { return func(c *Client) { c.agent = ua } }

func New(site string, opts ...Option) *Client {
	base, _ := url.Parse(strings.TrimSuffix(site, "/") + "/")
	c := &Client{
		base:  base,
		agent: "DeskSDK/" + Version, // want `User-Agent "DeskSDK/2.1.0" does not follow Atlassian's convention`
	}
	for _, opt := range opts {
		opt(c)
	}
	return c
}

func (c *Client) newRequest(ctx context.Context, ref string) (*http.Request, error) {
	rel, err := url.Parse(ref)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, "GET", c.base.ResolveReference(rel).String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.agent)
	return req, nil
}

func (c *Client) Desks(ctx context.Context) (*http.Response, error) {
	req, err := c.newRequest(ctx, "rest/servicedeskapi/servicedesk")
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// A User-Agent whose only fault is case, in the constructor's literal:
// reported there, and lower-cased there.
type Cased struct{ agent string }

func NewCased() *Cased { return &Cased{agent: "Jira-Desk-Int/1.0.0"} } // want `User-Agent "Jira-Desk-Int/1.0.0" does not follow Atlassian's convention`

func (c *Cased) Myself(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.agent)
	return http.DefaultClient.Do(req)
}

// A User-Agent built at run time, stored once by an assignment: its
// constant start is judged where it is stored.
type Built struct{ agent string }

func NewBuilt(build string) *Built {
	b := &Built{}
	b.agent = "Desk Sync/" + build // want `User-Agent "Desk Sync/…" does not follow .*, whatever follows: upper-case letters, spaces`
	return b
}

func (b *Built) Issue(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://acme.atlassian.net/rest/api/3/issue/KEY-1", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", b.agent)
	return http.DefaultClient.Do(req)
}

// Near misses: a bad User-Agent kept in a field of a client whose
// requests go elsewhere, and through the resolving helper, a caller's
// absolute URL of another host.
type Hooks struct{ agent string }

func NewHooks() *Hooks { return &Hooks{agent: "HookBot/1.0"} }

func (h *Hooks) Post(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "POST", "https://hooks.slack.com/services/T0/B0", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", h.agent)
	return http.DefaultClient.Do(req)
}

type Mirror struct {
	base  *url.URL
	agent string
}

func NewMirror(site string) *Mirror {
	base, _ := url.Parse(site)
	return &Mirror{base: base, agent: "MirrorBot/1.0"}
}

func (m *Mirror) get(ctx context.Context, ref string) (*http.Response, error) {
	rel, err := url.Parse(ref)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, "GET", m.base.ResolveReference(rel).String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", m.agent)
	return http.DefaultClient.Do(req)
}

func (m *Mirror) Status(ctx context.Context) (*http.Response, error) {
	return m.get(ctx, "https://status.example.com/api/v2/status.json")
}
