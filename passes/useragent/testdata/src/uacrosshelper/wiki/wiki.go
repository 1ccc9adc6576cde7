// Package wiki builds its REST paths with a strings.Builder that joins
// the parts a caller gives, and sends them through atlhttp's helper:
// "/rest/api" alone or followed by "/" and a part is a REST path either
// way.
package wiki

import (
	"context"
	"net/http"
	"strings"

	"uacrosshelper/atlhttp"
)

const prefix = "/rest/api"

func apiPath(parts ...string) string {
	b := strings.Builder{}
	b.WriteString(strings.TrimRight(prefix, "/"))
	for _, part := range parts {
		if p := strings.Trim(part, "/"); p != "" {
			b.WriteByte('/')
			b.WriteString(p)
		}
	}
	return b.String()
}

func Page(ctx context.Context, hc *atlhttp.HTTPClient, id string) (*http.Response, error) {
	return hc.Get(ctx, apiPath("content", id)) // want `request to the Atlassian REST path /rest/api is sent by atlhttp.\(\*HTTPClient\).Do \(atlhttp.go:33\) with Go's default User-Agent`
}

// joined builds a path whose loop starts with the part, not a
// constant: what it makes is not known to be a REST path.
func joined(parts ...string) string {
	var b strings.Builder
	b.WriteString("/status")
	for _, part := range parts {
		b.WriteString(part)
		b.WriteByte('/')
	}
	return b.String()
}

func Status(ctx context.Context, hc *atlhttp.HTTPClient) (*http.Response, error) {
	return hc.Get(ctx, joined("health"))
}
