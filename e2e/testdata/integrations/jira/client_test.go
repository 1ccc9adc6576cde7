package jira

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

// fakeJira answers from a route table keyed by method and URL, and
// records what it was sent.
type fakeJira struct {
	routes map[string]string
	sent   []*http.Request
}

func (f *fakeJira) Do(req *http.Request) (*http.Response, error) {
	f.sent = append(f.sent, req)
	body, ok := f.routes[req.Method+" "+req.URL.String()]
	if !ok {
		return &http.Response{StatusCode: http.StatusNotFound, Body: io.NopCloser(strings.NewReader(`{}`))}, nil
	}
	return &http.Response{StatusCode: http.StatusOK, Body: io.NopCloser(strings.NewReader(body))}, nil
}

func TestMyself(t *testing.T) {
	fake := &fakeJira{routes: map[string]string{
		"GET https://acme.atlassian.net/rest/api/3/myself": `{"accountId":"5b10a2844c20165700ede21g"}`,
	}}
	// OK(secrets/hardcoded-credential): descriptive words, not a password.
	c, err := New("https://acme.atlassian.net", "bot@acme.example", "my.api.token", "", fake)
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.Myself(context.Background())
	if err != nil || id != "5b10a2844c20165700ede21g" {
		t.Fatalf("Myself() = %q, %v", id, err)
	}
	if user, _, ok := fake.sent[0].BasicAuth(); !ok || user != "bot@acme.example" {
		t.Errorf("no basic auth on the request")
	}
}

func TestNewRefusesHTTP(t *testing.T) {
	// OK(siteurl/insecure-scheme): held as data to assert that New refuses it; nothing is sent.
	_, err := New("http://acme.atlassian.net", "bot@acme.example", "", "", &fakeJira{})
	if !errors.Is(err, ErrInsecureSite) {
		t.Fatalf("New(http://...) error = %v, want ErrInsecureSite", err)
	}
}
