package requests

import (
	"context"
	"net/http"
	"strings"
)

const site = "https://acme.atlassian.net"

type uaTransport struct{ next http.RoundTripper }

func (t uaTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("User-Agent", "jira-acme-int/1.0.0")
	return t.next.RoundTrip(r) // want `send: urls=\[\] User\-Agent=\["jira\-acme\-int/1\.0\.0"\] opaque; clients \{\}`
}

var decorated = &http.Client{Transport: uaTransport{http.DefaultTransport}}

func decorate(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Add("accept", "application/json")
}

func newRequest(ctx context.Context, path string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", site+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header["X-Atlassian-Token"] = []string{"no-check"}
	return req, nil
}

func cases(ctx context.Context, c *http.Client, tok string, hook func(*http.Request)) {
	http.Get(site + "/rest/api/3/myself")                                            // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{\}`
	http.Post(site+"/rest/api/3/issue", "application/json", strings.NewReader("{}")) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/issue"\]; clients \{\}`

	req, _ := http.NewRequest("GET", site+"/rest/api/3/project", nil)
	req.Header.Set("user-agent", "jira-acme-int/1.0.0")
	req.SetBasicAuth("me@example.com", tok)
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/project"\] User-Agent=\["jira-acme-int/1.0.0"\] Authorization=\["Basic …"\]; clients \{\}`

	req2, _ := newRequest(ctx, "/rest/api/3/issue/KEY-1")
	decorate(req2, tok)
	c.Do(req2) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/issue/KEY-1"\] X-Atlassian-Token=\["no-check"\] Authorization=\["Bearer …"\] Accept=\["application/json"\]; clients \{opaque\}`

	decorated.Get(site + "/rest/api/3/field") // want `send: urls=\["https://acme.atlassian.net/rest/api/3/field"\]; clients \{User-Agent=\["jira-acme-int/1.0.0"\]\}`

	req3, _ := http.NewRequest("GET", site+"/rest/api/3/status", nil)
	hook(req3)
	req4 := req3.WithContext(ctx)
	do := http.DefaultClient.Do
	do(req4) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/status"\] maybe-decorated; clients \{\}`

	var tr http.RoundTripper = uaTransport{http.DefaultTransport}
	tr.RoundTrip(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/project"\] User-Agent=.*; clients \{User-Agent=\["jira-acme-int/1.0.0"\]\}`

	func() {
		req5, _ := http.NewRequest("GET", site+"/wiki/api/v2/pages", nil)
		set := func() { req5.Header.Set("User-Agent", "jira-acme-int/2.0.0") }
		set()
		http.DefaultClient.Do(req5) // want `send: urls=\["https://acme.atlassian.net/wiki/api/v2/pages"\] User-Agent=\["jira-acme-int/2.0.0"\]; clients \{\}`
	}()
}

// send is a helper every request goes through: the requests its
// callers built arrive with their headers.
func send(req *http.Request) (*http.Response, error) {
	return decorated.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/a"\] Authorization=\["Bearer …"\] Accept=\["application/json"\] \| urls=\["https://acme.atlassian.net/rest/api/3/b"\]; clients \{User-Agent=\["jira-acme-int/1.0.0"\]\}`
}

func callers(tok string) {
	a, _ := http.NewRequest("GET", site+"/rest/api/3/a", nil)
	decorate(a, tok)
	send(a)
	b, _ := http.NewRequest("GET", site+"/rest/api/3/b", nil)
	send(b)
}

func withRetry(n int, f func() error) error { return f() }

// Requests captured by closures, and sent by go statements.
func captured(tok string) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/c", nil)
	req.Header.Set("User-Agent", "jira-acme-int/1.0.0")
	withRetry(3, func() error {
		_, err := http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/c"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`
		return err
	})
	go func() {
		http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/c"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`
	}()
	go http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/c"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`

	var later *http.Request
	later, _ = http.NewRequest("GET", site+"/rest/api/3/d", nil)
	defer func() {
		http.DefaultClient.Do(later) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/d"\] Accept=\["application/json"\]; clients \{\}`
	}()
	later.Header.Set("Accept", "application/json")
	later = nil
}
