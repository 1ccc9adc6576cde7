package siteclient

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"example.com/shapes/internal/httpmock"
)

func TestRefusesHTTP(t *testing.T) {
	called := false
	// OK(siteurl/insecure-scheme): registered with the mock to assert that nothing is sent there.
	httpmock.RegisterResponder("GET", "http://acme.atlassian.net/rest/api/3/serverInfo",
		func(*http.Request) (*http.Response, error) {
			called = true
			return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("{}"))}, nil
		})
	// OK(siteurl/insecure-scheme): the refused URL, held as data.
	_, err := New("http://acme.atlassian.net", &http.Client{Transport: httpmock.Transport{}})
	if !errors.Is(err, ErrInsecure) {
		t.Fatalf("New(http://...) = %v, want ErrInsecure", err)
	}
	if called {
		t.Fatal("a request went to the plain-HTTP URL")
	}
}

func TestServerInfo(t *testing.T) {
	httpmock.RegisterResponder("GET", "https://acme.atlassian.net/rest/api/3/serverInfo",
		func(*http.Request) (*http.Response, error) {
			return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader(`{"version":"1001.0.0"}`))}, nil
		})
	c, err := New("https://acme.atlassian.net", &http.Client{Transport: httpmock.Transport{}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.ServerInfo(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
}
