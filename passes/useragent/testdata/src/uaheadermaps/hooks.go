package uaheadermaps

import (
	"context"
	"net/http"
)

// Hooks copies the header template its constructor fills, which holds
// no User-Agent.
type Hooks struct {
	site   string
	header http.Header
	hc     *http.Client
}

func NewHooks(site string) *Hooks {
	return &Hooks{site: site, header: http.Header{"Accept": {"application/json"}}, hc: &http.Client{}}
}

func (h *Hooks) Register(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "POST", h.site+"/rest/api/3/webhook", nil)
	if err != nil {
		return nil, err
	}
	req.Header = h.header.Clone()
	return h.hc.Do(req) // want `request to the Atlassian REST path /rest/api/3/webhook is sent with Go's default User-Agent`
}

// Pages copies a template that holds the User-Agent.
type Pages struct {
	site   string
	header http.Header
	hc     *http.Client
}

func NewPages(site string) *Pages {
	p := &Pages{site: site, header: http.Header{"Accept": {"application/json"}}, hc: &http.Client{}}
	p.header.Set("User-Agent", "jira-uaheadermaps-int/1.0.0")
	return p
}

func (p *Pages) Page(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", p.site+"/wiki/api/v2/pages", nil)
	if err != nil {
		return nil, err
	}
	req.Header = p.header.Clone()
	return p.hc.Do(req)
}

// Relay forwards webhook deliveries to Jira with the headers of the
// request that brought them, which never hold a User-Agent.
type Relay struct {
	site string
	hc   *http.Client
}

func NewRelay(site string) *Relay { return &Relay{site: site, hc: &http.Client{}} }

func (r *Relay) forward(ctx context.Context, in *http.Request) (*http.Response, error) {
	out, err := http.NewRequestWithContext(ctx, "POST", r.site+"/rest/api/3/issue", in.Body)
	if err != nil {
		return nil, err
	}
	out.Header = in.Header
	return r.hc.Do(out) // want `request to the Atlassian REST path /rest/api/3/issue is sent with Go's default User-Agent`
}

func (r *Relay) Deliver(ctx context.Context) {
	in, err := http.NewRequestWithContext(ctx, "POST", "https://hooks.example.com/in", nil)
	if err != nil {
		return
	}
	in.Header.Set("Content-Type", "application/json")
	r.forward(ctx, in)
}

// identifiedForward forwards requests that its caller names.
func (r *Relay) identifiedForward(ctx context.Context, in *http.Request) (*http.Response, error) {
	out, err := http.NewRequestWithContext(ctx, "POST", r.site+"/rest/api/3/issue", in.Body)
	if err != nil {
		return nil, err
	}
	out.Header = in.Header
	return r.hc.Do(out)
}

func (r *Relay) DeliverIdentified(ctx context.Context) {
	in, err := http.NewRequestWithContext(ctx, "POST", "https://hooks.example.com/in", nil)
	if err != nil {
		return
	}
	in.Header.Set("User-Agent", "jira-uaheadermaps-int/1.0.0")
	r.identifiedForward(ctx, in)
}
