package cloud

import "net/http"

// The auth transports add their credential to a copy of each request
// and pass it on, as go-jira's do. The cloud package has no bearer or
// personal access token transport.

type BasicAuthTransport struct {
	Username  string
	APIToken  string
	Transport http.RoundTripper
}

func (t *BasicAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.SetBasicAuth(t.Username, t.APIToken)
	return next(t.Transport).RoundTrip(r)
}

func (t *BasicAuthTransport) Client() *http.Client { return &http.Client{Transport: t} }

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
