package jira

import "net/http"

// The auth transports add their credential to a copy of each request
// and pass it on, as go-jira's do.

type BasicAuthTransport struct {
	Username  string
	Password  string
	Transport http.RoundTripper
}

func (t *BasicAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.SetBasicAuth(t.Username, t.Password)
	return next(t.Transport).RoundTrip(r)
}

func (t *BasicAuthTransport) Client() *http.Client { return &http.Client{Transport: t} }

type BearerAuthTransport struct {
	Token     string
	Transport http.RoundTripper
}

func (t *BearerAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+t.Token)
	return next(t.Transport).RoundTrip(r)
}

func (t *BearerAuthTransport) Client() *http.Client { return &http.Client{Transport: t} }

type PATAuthTransport struct {
	Token     string
	Transport http.RoundTripper
}

func (t *PATAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+t.Token)
	return next(t.Transport).RoundTrip(r)
}

func (t *PATAuthTransport) Client() *http.Client { return &http.Client{Transport: t} }

type CookieAuthTransport struct {
	Username      string
	Password      string
	AuthURL       string
	SessionObject []*http.Cookie
	Transport     http.RoundTripper
}

func (t *CookieAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	for _, c := range t.SessionObject {
		r.AddCookie(c)
	}
	return next(t.Transport).RoundTrip(r)
}

func (t *CookieAuthTransport) Client() *http.Client { return &http.Client{Transport: t} }

type JWTAuthTransport struct {
	Secret    []byte
	Issuer    string
	Transport http.RoundTripper
}

func (t *JWTAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "JWT "+t.Issuer)
	return next(t.Transport).RoundTrip(r)
}

func (t *JWTAuthTransport) Client() *http.Client { return &http.Client{Transport: t} }

func next(rt http.RoundTripper) http.RoundTripper {
	if rt != nil {
		return rt
	}
	return http.DefaultTransport
}
