// Package app fills queries and hands them to package endpoints.
package app

import (
	"net/http"
	"net/url"

	"valuesxpkg/endpoints"
)

var _ = http.MethodGet

func showURL(s string) {}

func cases(site, jql, key string) {
	q := url.Values{}
	q.Set("jql", jql)
	q.Set("atlOrigin", "abc")
	showURL(endpoints.SearchURL(site, q)) // want `url: scheme=https host=…\.atlassian\.net\? path=/rest/api/3/search/jql query=atlOrigin=abc\&jql=… class=site/rest api path`

	p := url.Values{"orderBy": {"name"}}
	showURL(endpoints.PagedURL(site, p)) // want `url: scheme=https host=…\.atlassian\.net\? path=/rest/api/3/project/search query=orderBy=name\&maxResults=50 class=site/rest api path`

	l := url.Values{}
	l.Set("atlOrigin", "abc")
	showURL(endpoints.BrowseURL(site, key, l)) // want `url: scheme=https host=…\.atlassian\.net\? path=/browse/… query=atlOrigin=abc… class=site/ui link`

	showURL(endpoints.Audit(q)) // want `url: scheme=https host=audit\.example\.com path=/log query= class=not atlassian/other path`
}
