// Package httpx holds the HTTP plumbing TeamSync's components share: a
// transport and a Doer that put the integration's User-Agent on every
// request they send.
package httpx

import (
	"net/http"
	"time"

	"example.com/integrations/internal/identity"
)

// Doer is the part of *http.Client the API clients need; tests put a
// fake behind it.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

// AgentTransport sets the User-Agent on every request before handing
// it to Base.
type AgentTransport struct {
	Base  http.RoundTripper
	Agent string
}

// RoundTrip implements http.RoundTripper. It clones the request, as
// the RoundTripper contract asks.
func (t *AgentTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	out := req.Clone(req.Context())
	out.Header.Set("User-Agent", t.Agent)
	return base.RoundTrip(out)
}

// AgentDoer decorates a Doer with the User-Agent.
type AgentDoer struct {
	Next  Doer
	Agent string
}

// Do implements Doer.
func (d AgentDoer) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("User-Agent", d.Agent)
	return d.Next.Do(req)
}

// NewClient returns the client every component should use: a timeout,
// and the integration's User-Agent on every request.
func NewClient() *http.Client {
	return &http.Client{
		Timeout:   30 * time.Second,
		Transport: &AgentTransport{Base: http.DefaultTransport, Agent: identity.UserAgent()},
	}
}
