package values

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"strings"
)

var _ = http.MethodGet // the package talks HTTP

func show(s string) {}

const site = "https://acme.atlassian.net"

var base = site + "/rest/api/3" // never reassigned

var mutable = "https://a.atlassian.net"

func reassign() { mutable = "https://b.atlassian.net" }

type client struct {
	baseURL string
	token   string
}

func newClient(baseURL string) *client { return &client{baseURL: baseURL} }

var jira = newClient("https://jira.atlassian.net")

// issuePath is a small helper returning a path.
func issuePath(key string) string { return "/rest/api/3/issue/" + key }

func cases(key, unknown string, n int, cond bool) {
	show(site)                                                                        // want `show: \["https://acme\.atlassian\.net"\]`
	show(base)                                                                        // want `show: \["https://acme\.atlassian\.net/rest/api/3"\]`
	show(mutable)                                                                     // want `show: \["https://b\.atlassian\.net" "https://a\.atlassian\.net"\]`
	show(site + "/rest/api/3/issue/" + key)                                           // want `show: \["https://acme\.atlassian\.net/rest/api/3/issue/…"\]`
	show(fmt.Sprintf("%s/rest/api/%d/issue/%s?expand=%s", site, 3, "KEY-1", unknown)) // want `show: \["https://acme\.atlassian\.net/rest/api/3/issue/KEY\-1\?expand=…"\]`
	show(fmt.Sprintf("%q", "x"))                                                      // want `show: \["…"\]`
	show(strings.Join([]string{site, "wiki", "api", "v2"}, "/"))                      // want `show: \["https://acme\.atlassian\.net/wiki/api/v2"\]`
	show(path.Join("/rest/api/3", "issue", key))                                      // want `show: \["/rest/api/3/issue/…"\]`
	u, _ := url.JoinPath(site, "rest", "api", "3", "myself")
	show(u)                                 // want `show: \["https://acme\.atlassian\.net/rest/api/3/myself"\]`
	show(jira.baseURL + issuePath("KEY-1")) // want `show: \["https://jira\.atlassian\.net/rest/api/3/issue/KEY\-1"\]`
	show(issuePath(key))                    // want `show: \["/rest/api/3/issue/…"\]`
	show(unknown)                           // want `show: \["…"\]`
	s := site
	if cond {
		s = "https://api.atlassian.com"
	}
	show(s + "/me")                                     // want `show: \["https://acme\.atlassian\.net/me" "https://api\.atlassian\.com/me"\]`
	show(strings.TrimSuffix(site+"/", "/"))             // want `show: \["https://acme\.atlassian\.net"\]`
	show(strings.ToLower("HTTPS://ACME.ATLASSIAN.NET")) // want `show: \["https://acme\.atlassian\.net"\]`
	show(url.QueryEscape("a b&c"))                      // want `show: \["a\+b%26c"\]`
	show(string([]byte(site)))                          // want `show: \["https://acme\.atlassian\.net"\]`
}

// Optional parameters appended one by one make more paths than are
// tracked; the paths that start alike are grouped, and what each group
// starts with is kept.
func manyPaths(q, a, b, c, d string) {
	u := site + "/rest/api/3/search?jql=" + q
	if a != "" {
		u += "&startAt=" + a
	}
	if b != "" {
		u += "&maxResults=" + b
	}
	if c != "" {
		u += "&fields=" + c
	}
	if d != "" {
		u += "&expand=" + d
	}
	show(u) // want `show: \["https://acme.atlassian.net/rest/api/3/search\?jql=…" "https://acme.atlassian.net/rest/api/3/search\?jql=…&startAt=…" "https://acme.atlassian.net/rest/api/3/search\?jql=…&maxResults=…" "https://acme.atlassian.net/rest/api/3/search\?jql=…&startAt=…&…" "https://acme.atlassian.net/rest/api/3/search\?jql=…&fields=…" "https://acme.atlassian.net/rest/api/3/search\?jql=…&expand=…" "https://acme.atlassian.net/rest/api/3/search\?jql=…&startAt=…&expand=…" "https://acme.atlassian.net/rest/api/3/search\?jql=…&fields=…&expand=…"\]`
}

// A test server's URL is a loopback address.
func testServer(srv *httptest.Server) {
	show(srv.URL + "/rest/api/3/myself") // want `show: \["http://127.0.0.1/rest/api/3/myself"\]`
}

type flowState struct{ State, Verifier string }

func newFlowState(s string) flowState { return flowState{State: s} }

func fill(f *flowState) { f.State = "filled" }

// A struct field is "" only when nothing else can have set it.
func structFields(s string) {
	var empty flowState
	show(empty.State) // want `show: \[""\]`

	// A copy of what newFlowState returns holds what its literal put there.
	f := newFlowState(s)
	show(f.State) // want `show: \["…"\]`

	var g flowState
	fill(&g)
	show(g.State) // want `show: \["…" "filled"\]`
}

// Explicit argument indexes and * widths are not followed.
func sprintfIndexes(a, b string) {
	show(fmt.Sprintf("%s/rest/api/3/issue/%[1]s?x=%s", site, "KEY-1")) // want `show: \["https://acme.atlassian.net/rest/api/3/issue/…\?x=…"\]`
	show(fmt.Sprintf("x=%*d&y=%s", 5, 3, "z"))                         // want `show: \["x=…&y=…"\]`
}

// A strings.Builder is what was written to it on every path; what
// only some paths write is nothing or, when it starts with a constant
// that the rest follows, that constant and what may follow.
func built(parts []string, key string, cond bool) {
	var b strings.Builder
	b.WriteString(site)
	b.WriteString("/rest/api/3/issue/")
	b.WriteString(key)
	show(b.String()) // want `show: \["https://acme\.atlassian\.net/rest/api/3/issue/…"\]`

	p := strings.Builder{}
	p.WriteString("/rest/api/2")
	for _, part := range parts {
		p.WriteByte('/')
		p.WriteString(part)
	}
	show(p.String()) // want `show: \["/rest/api/2" "/rest/api/2/…"\]`

	var q strings.Builder
	if cond {
		q.WriteString("https://example.com")
	}
	q.WriteString("/health")
	show(q.String()) // want `show: \["/health" "https://example.com/health"\]`

	// The loop's first write is not a constant: nothing, or unknown.
	var u strings.Builder
	u.WriteString("/rest/api")
	for _, part := range parts {
		u.WriteString(part)
		u.WriteByte('/')
	}
	show(u.String()) // want `show: \["/rest/api…"\]`

	// A write the loop's first write does not precede on every path.
	var v strings.Builder
	v.WriteString("/rest/api")
	for i, part := range parts {
		if i > 0 {
			v.WriteByte(',')
		}
		v.WriteString(part)
	}
	show(v.String()) // want `show: \["/rest/api…"\]`

	var r strings.Builder
	fmt.Fprintf(&r, "%s/rest/api/3/myself", site)
	show(r.String()) // want `show: \["…"\]`
}
