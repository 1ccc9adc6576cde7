// Package resolveref: URLs resolved against a base URL with
// (*url.URL).ResolveReference and (*url.URL).Parse keep what the base
// gives them.
package resolveref

import (
	"net/http"
	"net/url"
	"strings"
)

var _ = http.MethodGet

func showURL(s string) {}

var site, _ = url.Parse("https://acme.atlassian.net/")

var wiki, _ = url.Parse("https://acme.atlassian.net/wiki/")

var hooks, _ = url.Parse("https://hooks.slack.com/services/")

func cases(base *url.URL, key, path string) {
	showURL(site.ResolveReference(&url.URL{Path: "rest/api/3/myself"}).String())                    // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/myself query= class=site/rest api path`
	showURL(site.ResolveReference(&url.URL{Path: "rest/api/3/issue/" + key}).String())              // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/issue/… query=… class=site/rest api path`
	showURL(wiki.ResolveReference(&url.URL{Path: "api/v2/pages"}).String())                         // want `url: scheme=https host=acme\.atlassian\.net path=/wiki/api/v2/pages query= class=site/rest api path`
	showURL(wiki.ResolveReference(&url.URL{Path: "/rest/api/3/myself"}).String())                   // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/myself query= class=site/rest api path`
	showURL(wiki.ResolveReference(&url.URL{Path: "../rest/api/3/myself"}).String())                 // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/myself query= class=site/rest api path`
	showURL(site.ResolveReference(&url.URL{Path: "rest/api/3/search", RawQuery: "jql=x"}).String()) // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/search query=jql=x class=site/rest api path`

	ref, _ := url.Parse("rest/agile/1.0/board")
	showURL(site.ResolveReference(ref).String()) // want `url: scheme=https host=acme\.atlassian\.net path=/rest/agile/1\.0/board query= class=site/rest api path`

	u, _ := site.Parse("rest/api/3/project")
	showURL(u.String()) // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/project query= class=site/rest api path`

	// A base that is not known keeps the path resolved against it.
	showURL(base.ResolveReference(&url.URL{Path: "rest/api/3/myself"}).String()) // want `url: scheme= host=\? path=/rest/api/3/myself query= class=not atlassian/rest api path`

	// Near misses: another host, and an absolute reference that
	// replaces the base.
	showURL(hooks.ResolveReference(&url.URL{Path: path}).String())                                      // want `url: scheme=https host=hooks\.slack\.com path=/services/… query=… class=not atlassian/other path`
	showURL(site.ResolveReference(&url.URL{Scheme: "https", Host: "example.com", Path: "/x"}).String()) // want `url: scheme=https host=example\.com path=/x query= class=not atlassian/other path`
}

// trimmed resolves its caller's reference as go-jira's NewRequest does:
// the leading slash of its path removed, so that the base's context
// path is kept.
func trimmed(ref string) string {
	rel, _ := url.Parse(ref)
	rel.Path = strings.TrimLeft(rel.Path, "/")
	return wiki.ResolveReference(rel).String()
}

// rooted does not trim: an absolute path replaces the base's.
func rooted(ref string) string {
	rel, _ := url.Parse(ref)
	return wiki.ResolveReference(rel).String()
}

func trimmedCases() {
	showURL(trimmed("/rest/api/content"))     // want `url: scheme=https host=acme\.atlassian\.net path=/wiki/rest/api/content query= class=site/rest api path`
	showURL(trimmed("api/v2/pages"))          // want `url: scheme=https host=acme\.atlassian\.net path=/wiki/api/v2/pages query= class=site/rest api path`
	showURL(trimmed("https://example.com/x")) // want `url: scheme=https host=example\.com path=/x query= class=not atlassian/other path`
	showURL(rooted("/rest/api/content"))      // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/content query= class=site/rest api path`
}
