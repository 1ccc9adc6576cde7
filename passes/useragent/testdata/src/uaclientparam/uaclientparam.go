package uaclientparam // want package:"identity bitbucket-uaclientparam-int"

// Helpers that take the client as a parameter: an unexported helper
// whose callers are all here sends through the clients they pass.

import (
	"context"
	"net/http"
)

func fetch(ctx context.Context, hc *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := hc.Do(req) // want `request to api\.bitbucket\.org is sent with Go's default User-Agent; set one such as "bitbucket-uaclientparam-int/1\.0\.0"`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Repositories(ctx context.Context) error {
	return fetch(ctx, &http.Client{}, "https://api.bitbucket.org/2.0/repositories")
}

func User(ctx context.Context) error {
	return fetch(ctx, http.DefaultClient, "https://api.bitbucket.org/2.0/user")
}

// A caller's client whose transport sets the User-Agent.
type agent struct{}

func (agent) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("User-Agent", "bitbucket-uaclientparam-int/1.0.0")
	return http.DefaultTransport.RoundTrip(r)
}

func fetchWith(ctx context.Context, hc *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	_, err = hc.Do(req)
	return err
}

func Workspaces(ctx context.Context) error {
	return fetchWith(ctx, &http.Client{Transport: agent{}}, "https://api.bitbucket.org/2.0/workspaces")
}

// Exported, or used as a value: callers elsewhere may pass any client.
func Fetch(ctx context.Context, hc *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	_, err = hc.Do(req)
	return err
}

func fetchValue(ctx context.Context, hc *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	_, err = hc.Do(req)
	return err
}

var Fetcher = fetchValue

func Snippets(ctx context.Context) error {
	Fetch(ctx, &http.Client{}, "https://api.bitbucket.org/2.0/snippets")
	return fetchValue(ctx, &http.Client{}, "https://api.bitbucket.org/2.0/snippets")
}
