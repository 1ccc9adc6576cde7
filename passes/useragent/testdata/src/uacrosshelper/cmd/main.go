// Command cmd reaches atlhttp's send through wrap, with a REST path,
// and through jira, whose own call of the helper is judged in jira.
package main

import (
	"context"

	"uacrosshelper/atlhttp"
	"uacrosshelper/jira"
	"uacrosshelper/wrap"
)

func main() {
	ctx := context.Background()
	w := wrap.Wrap(atlhttp.NewHTTPClient("https://intranet.example.com", ""))
	w.Get(ctx, "/health")              // not Atlassian's
	w.Get(ctx, "/wiki/rest/api/space") // want `request to the Atlassian REST path /wiki/rest/api/space is sent by atlhttp.\(\*HTTPClient\).Do \(atlhttp.go:33\) with Go's default User-Agent`
	jira.New("").Issue(ctx, "K-1")
}
