// Package httpmock is a small stand-in for github.com/jarcoal/httpmock:
// tests register a responder per method and URL, and the transport
// answers from the table instead of the network.
package httpmock

import (
	"fmt"
	"net/http"
	"sync"
)

// Responder answers a request.
type Responder func(*http.Request) (*http.Response, error)

var (
	mu         sync.Mutex
	responders = map[string]Responder{}
)

// RegisterResponder answers requests to method and url with responder.
func RegisterResponder(method, url string, responder func(*http.Request) (*http.Response, error)) {
	mu.Lock()
	defer mu.Unlock()
	responders[method+" "+url] = responder
}

// Transport answers from the registered responders.
type Transport struct{}

// RoundTrip implements http.RoundTripper.
func (Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	mu.Lock()
	r, ok := responders[req.Method+" "+req.URL.String()]
	mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("httpmock: no responder for %s %s", req.Method, req.URL)
	}
	return r(req)
}
