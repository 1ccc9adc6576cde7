// Package app fills queries that the methods of package jira send; it
// knows where they go by facts.
package app

import (
	"context"
	"net/url"

	"originmethod/jira"
)

func fieldNames(ctx context.Context, jc *jira.Client, origin string) (map[string]string, error) {
	q := url.Values{
		"expand":    {"names"},
		"atlOrigin": {origin}, // want `atlOrigin parameter on a REST API URL \(…/rest/api/3/search/jql\)`
	}
	var out struct {
		Names map[string]string `json:"names"`
	}
	return out.Names, jc.Get(ctx, "/search/jql", q, &out)
}

// Near misses: a link into the UI, a request for a page of the UI,
// and a query put on no URL at all.

func announce(jc *jira.Client, key, origin string) string {
	q := url.Values{"atlOrigin": {origin}}
	return "New issue: " + jc.Link(key, q)
}

func open(ctx context.Context, jc *jira.Client, key string) error {
	return jc.Open(ctx, key, url.Values{"atlOrigin": {"abc"}})
}

func remember(jc *jira.Client) bool {
	return jc.Remember(url.Values{"atlOrigin": {"abc"}})
}

// Both a REST URL and a UI link: no entry to delete.
func both(ctx context.Context, jc *jira.Client, key string) (string, error) {
	q := url.Values{"atlOrigin": {"abc"}} // want `atlOrigin parameter on a REST API URL \(…/rest/api/3/issue/…\)`
	return jc.Link(key, q), jc.Get(ctx, "/issue/"+key, q, nil)
}
