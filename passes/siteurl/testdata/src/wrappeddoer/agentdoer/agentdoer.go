// Package agentdoer wraps a Doer to name the integration; it never
// stores a client into the wrapper itself.
package agentdoer

import "net/http"

type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

type AgentDoer struct {
	Next  Doer
	Agent string
}

func (d AgentDoer) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("User-Agent", d.Agent)
	return d.Next.Do(req)
}
