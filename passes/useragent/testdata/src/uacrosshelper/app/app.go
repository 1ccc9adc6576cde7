// Package app gives the helper its base URL through the constructor
// and its paths through the methods, from its own functions.
package app

import (
	"context"

	"uacrosshelper/atlhttp"
)

type Service struct {
	client *atlhttp.HTTPClient
}

func NewService(site, token string) *Service {
	return &Service{client: atlhttp.NewHTTPClient(site, token)}
}

func Run(ctx context.Context, token string) {
	s := NewService("https://acme.atlassian.net/", token)
	s.status(ctx)
	other := atlhttp.NewHTTPClient("https://api.example.com", token)
	other.Get(ctx, "/v1/things") // another host: not Atlassian's
}

// The base URL is the site Run passes NewService, the path is not a
// REST path: the host makes the request Atlassian's.
func (s *Service) status(ctx context.Context) {
	s.client.Post(ctx, "/status", nil) // want `request to acme.atlassian.net is sent by atlhttp.\(\*HTTPClient\).Do \(atlhttp.go:33\) with Go's default User-Agent`
}
