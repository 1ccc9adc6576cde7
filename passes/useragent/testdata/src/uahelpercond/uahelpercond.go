package uahelpercond // want package:"identity jira-uahelpercond-int"

// A helper sets the User-Agent only on one branch of its bool
// parameter: each caller is judged by what it passes.

import (
	"context"
	"net/http"
)

func authorize(req *http.Request, jsonBody bool) {
	req.SetBasicAuth("me@example.com", "x")
	if jsonBody {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("User-Agent", "jira-uahelpercond-int/1.0.0")
	}
}

func decorate(req *http.Request, anonymous bool) {
	if !anonymous {
		req.Header.Set("User-Agent", "jira-uahelpercond-int/1.0.0")
	}
}

func configuration(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://acme.atlassian.net/rest/agile/1.0/board/1/configuration", nil)
	if err != nil {
		return nil, err
	}
	authorize(req, false)
	return http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
}

func anonymous(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://acme.atlassian.net/rest/api/3/serverInfo", nil)
	if err != nil {
		return nil, err
	}
	decorate(req, true)
	return http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
}

// Near misses: the branch that sets it, and a value not known here.

func move(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "POST", "https://acme.atlassian.net/rest/agile/1.0/sprint/1/issue", nil)
	if err != nil {
		return nil, err
	}
	authorize(req, true)
	return http.DefaultClient.Do(req)
}

func named(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	decorate(req, false)
	return http.DefaultClient.Do(req)
}

func either(ctx context.Context, body bool) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	authorize(req, body)
	return http.DefaultClient.Do(req)
}
