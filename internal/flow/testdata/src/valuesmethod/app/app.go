// Package app fills queries that the methods of package jiraclient
// send, and knows where they go by facts.
package app

import (
	"context"
	"net/url"

	"valuesmethod/jiraclient"
)

func cases(ctx context.Context, jc *jiraclient.Client, origin, key string) {
	q := url.Values{"jql": {"order by created"}, "atlOrigin": {origin}} // want `query: \["…/rest/api/3/search/jql" "https://api\.atlassian\.com/ex/jira/…/rest/api/3/search/jql" "…/rest/api/3/search/jql\?atlOrigin=…&jql=order\+by\+created" "https://api\.atlassian\.com/ex/jira/…/rest/api/3/search/jql\?atlOrigin=…&jql=order\+by\+created"\]`
	_ = jc.Get(ctx, "/search/jql", q)

	d := url.Values{"atlOrigin": {"abc"}} // want `query: \["…/rest/api/3/issue/…" "https://api\.atlassian\.com/ex/jira/…/rest/api/3/issue/…" "…/rest/api/3/issue/…\?atlOrigin=abc&deleteSubtasks=true" "https://api\.atlassian\.com/ex/jira/…/rest/api/3/issue/…\?atlOrigin=abc&deleteSubtasks=true"\]`
	_ = jc.Delete(ctx, key, d)

	// Near miss: a query only read.
	h := url.Values{"atlOrigin": {"abc"}} // want `query: \[\]`
	_ = jiraclient.Has(h)
}

// announce is a near miss: Link puts the query on a link into the UI,
// which it returns.
func announce(jc *jiraclient.Client, key string) string {
	l := url.Values{"atlOrigin": {"abc"}} // want `query: \["New issue: …/browse/…\?atlOrigin=abc" "New issue: https://api\.atlassian\.com/ex/jira/…/browse/…\?atlOrigin=abc"\]`
	return "New issue: " + jc.Link(key, l)
}
