package exporter // want package:"identity confluence-agentparam-int"

// The package makes library clients whose User-Agent its callers give:
// the value is judged at their arguments, not here.

import (
	"context"

	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/go-resty/resty/v2"
)

// Exporter keeps a resty client for a Confluence site.
type Exporter struct {
	rc *resty.Client
}

// NewWithAgent sets the caller's agent on the client it keeps.
func NewWithAgent(site, email, token, agent string) *Exporter {
	rc := resty.New().SetBaseURL(site).SetBasicAuth(email, token).SetHeader("User-Agent", agent)
	return &Exporter{rc: rc}
}

// Spaces sends to a Confluence REST path.
func (e *Exporter) Spaces(ctx context.Context) error {
	_, err := e.rc.R().SetContext(ctx).Get("/wiki/api/v2/spaces")
	return err
}

// Status keeps a client for a status page, not Atlassian's.
type Status struct {
	rc *resty.Client
}

// NewStatus sets the caller's agent on a client that never talks to
// Atlassian.
func NewStatus(agent string) *Status {
	return &Status{rc: resty.New().SetBaseURL("https://status.example.com").SetHeader("User-Agent", agent)}
}

// Check sends to the status page.
func (s *Status) Check() error {
	_, err := s.rc.R().Get("/api/v2/status.json")
	return err
}

// Pages keeps a client whose every request sets its own User-Agent,
// so the one its maker is given is never sent.
type Pages struct {
	rc *resty.Client
}

// NewPages sets the caller's agent, which each request overrides.
func NewPages(site, agent string) *Pages {
	return &Pages{rc: resty.New().SetBaseURL(site).SetHeader("User-Agent", agent)}
}

// List sends to a Confluence REST path with the package's own agent.
func (p *Pages) List() error {
	_, err := p.rc.R().SetHeader("User-Agent", "confluence-agentparam-int/1.0.0").Get("/wiki/api/v2/pages")
	return err
}

// Request sets the caller's agent on one request of a client.
func Request(site, agent string) error {
	_, err := resty.New().SetBaseURL(site).R().SetHeader("User-Agent", agent).Get("/wiki/api/v2/pages")
	return err
}

// Jira keeps a go-atlassian client, which talks to Jira wherever its
// site is.
type Jira struct {
	c *v3.Client
}

// NewJira gives the caller's agent to go-atlassian.
func NewJira(site, agent string) (*Jira, error) {
	c, err := v3.New(nil, site)
	if err != nil {
		return nil, err
	}
	c.Auth.SetUserAgent(agent)
	return &Jira{c: c}, nil
}

// Agent is a User-Agent given to a function that only stores it.
var Agent string

// Remember does not set agent on any client.
func Remember(agent string) { Agent = agent }
