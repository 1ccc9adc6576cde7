// Package headermaps sets request headers from maps the module fills:
// a header set under a key of a map ranged over, or a Header replaced by
// a copy of a map, is what the maps that reach it hold.
package headermaps

import "net/http"

const site = "https://acme.atlassian.net"

// Header is the extra headers a call sends.
type Header map[string]string

var jsonHeaders = Header{"Accept": "application/json"}

var agentHeaders = Header{"Accept": "application/json", "User-Agent": "jira-acme-int/1.0.0"}

// Defaults can be changed by the packages importing this one.
var Defaults = Header{"Accept": "application/json"}

func send(headers Header) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] Accept=\["application/json"\]; clients \{\}`
}

func callers() {
	send(jsonHeaders)
	send(nil)
}

// sendAgent's callers pass a map that holds a User-Agent.
func sendAgent(headers Header) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] Accept=\["application/json"\] User-Agent=\["jira-acme-int/1.0.0"\] Accept=\["application/json"\]; clients \{\}`
}

func agentCallers() {
	sendAgent(agentHeaders)
	sendAgent(jsonHeaders)
}

// sendDefaults's caller passes a map other packages may fill.
func sendDefaults(headers Header) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] maybe-decorated; clients \{\}`
}

func defaultsCaller() { sendDefaults(Defaults) }

// Through a wrapper, from a map a method returns and one its caller
// adds to.
func sendVia(headers Header) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] Accept=\["application/json"\] User-Agent=\["jira-acme-int/1.0.0"\] X-Request-Id=\["…"\]; clients \{\}`
}

func wrapper(h Header) { sendVia(h) }

type client struct{ id string }

func (c *client) headers() Header {
	return Header{"Accept": "application/json", "User-Agent": "jira-acme-int/1.0.0"}
}

func (c *client) viaWrapper() {
	h := c.headers()
	h["X-Request-Id"] = c.id
	wrapper(h)
}

// A key that is not known may be any header.
func sendNamed(name, value string) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	h := Header{}
	h[name] = value
	for k, v := range h {
		req.Header.Set(k, v)
	}
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] maybe-decorated; clients \{\}`
}

// A template in a field, set by the constructor, copied whole or entry
// by entry.
type hooks struct {
	tmpl http.Header
	// Extra is exported: other packages may put anything into it.
	Extra http.Header
}

func newHooks() *hooks {
	return &hooks{tmpl: http.Header{"User-Agent": {"jira-acme-int/1.0.0"}}}
}

func (h *hooks) cloned() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/webhook", nil)
	req.Header = h.tmpl.Clone()
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/webhook"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`
}

func (h *hooks) copied() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/webhook", nil)
	for k, vs := range h.tmpl {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/webhook"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`
}

func (h *hooks) indexed() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/webhook", nil)
	for k, vs := range h.tmpl {
		req.Header[k] = vs
	}
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/webhook"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`
}

func (h *hooks) extra() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/webhook", nil)
	req.Header = h.Extra.Clone()
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/webhook"\] maybe-decorated; clients \{\}`
}

// forward copies the Header of the request its callers make.
func forward(in *http.Request) {
	out, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	out.Header = in.Header
	http.DefaultClient.Do(out) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`
}

func forwarder() {
	in, _ := http.NewRequest("GET", "https://example.com/hook", nil)
	in.Header.Set("User-Agent", "jira-acme-int/1.0.0")
	forward(in)
}

// forwardBare copies the Header of a request that has none.
func forwardBare(in *http.Request) {
	out, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	out.Header = in.Header
	http.DefaultClient.Do(out) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] Accept=\["application/json"\]; clients \{\}`
}

func bareForwarder() {
	in, _ := http.NewRequest("GET", "https://example.com/hook", nil)
	in.Header.Set("Accept", "application/json")
	forwardBare(in)
}

// ForwardAny copies the Header of whatever request it is given.
func ForwardAny(in *http.Request) {
	out, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	out.Header = in.Header
	http.DefaultClient.Do(out) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] maybe-decorated; clients \{\}`
}

// kept is a package variable the map below is also kept in, and
// written through.
var kept Header

func sendKept(headers Header) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] Accept=\["application/json"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`
}

func keptCaller() {
	h := Header{"Accept": "application/json"}
	kept = h
	identify()
	sendKept(h)
}

func identify() { kept["User-Agent"] = "jira-acme-int/1.0.0" }

// cycle keeps its template in a field it writes back to itself.
type cycle struct{ tmpl http.Header }

func (c *cycle) again() {
	t := c.tmpl
	c.tmpl = t
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header = c.tmpl.Clone()
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{\}`
}
