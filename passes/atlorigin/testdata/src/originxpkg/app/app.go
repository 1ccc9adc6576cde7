// Package app fills queries that package endpoints puts on URLs.
package app

import (
	"net/http"
	"net/url"

	"originxpkg/endpoints"
)

func Search(site, jql string) (*http.Response, error) {
	q := url.Values{}
	q.Set("jql", jql)
	q.Set("atlOrigin", "abc") // want `atlOrigin parameter on a REST API URL \(….atlassian.net/rest/api/3/search/jql\)`
	return http.Get(endpoints.SearchURL(site, q))
}

func SearchLiteral(site string) (*http.Response, error) {
	q := url.Values{"atlOrigin": {"abc"}} // want `atlOrigin parameter on a REST API URL \(….atlassian.net/rest/api/3/search/jql\)`
	return http.Get(endpoints.SearchURL(site, q))
}

// Near misses: a link into the UI, where atlOrigin belongs.

func Share(site, key string) string {
	q := url.Values{}
	q.Set("atlOrigin", "abc")
	return endpoints.BrowseURL(site, key, q)
}
