package doer

import (
	"context"
	"net/http"
)

// HTTPClient is what the SDK sends through, kept for mocking.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

type Client struct {
	base string
	http HTTPClient
}

func New(base string, hc HTTPClient) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: base, http: hc}
}

func (c *Client) Myself(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	// What importers pass to New, or http.DefaultClient when that is nil.
	return c.http.Do(req) // want `send: urls=\["…/rest/api/3/myself"\]; clients \{deferred\} \{\}`
}

// Identified sends through a type of the module that names the
// integration on every request.
type identifying struct{ next *http.Client }

func (i identifying) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("User-Agent", "jira-uadoer-int/1.0.0")
	return i.next.Do(req) // want `send: urls=\[\] User-Agent=\["jira-uadoer-int/1.0.0"\] opaque; clients {}`
}

type Identified struct {
	base string
	http HTTPClient
}

func NewIdentified(base string) *Identified {
	return &Identified{base: base, http: identifying{next: http.DefaultClient}}
}

func (c *Identified) Myself(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	return c.http.Do(req) // want `send: urls=\["…/rest/api/3/myself"\]; clients {User-Agent=\["jira-uadoer-int/1.0.0"\]}`
}

// Taken sends through the client its constructor is given, and no code
// of the package calls the constructor: what the packages importing it
// pass, judged where they call it.
type Taken struct {
	base string
	http HTTPClient
}

func NewTaken(base string, hc HTTPClient) *Taken { return &Taken{base: base, http: hc} }

func (c *Taken) Myself(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	return c.http.Do(req) // want `send: urls=\["…/rest/api/3/myself"\]; clients \{deferred\}`
}
