// Package httpmock is a stub of github.com/jarcoal/httpmock.
package httpmock

import "net/http"

type Responder func(*http.Request) (*http.Response, error)

type MockTransport struct{}

func (m *MockTransport) RegisterResponder(method, url string, responder Responder) {}

func (m *MockTransport) RoundTrip(req *http.Request) (*http.Response, error) { return nil, nil }

func RegisterResponder(method, url string, responder Responder) {}

func RegisterResponderWithQuery(method, path string, query any, responder Responder) {}

func NewStringResponder(status int, body string) Responder { return nil }
