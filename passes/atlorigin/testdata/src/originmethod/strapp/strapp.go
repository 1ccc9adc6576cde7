// Package strapp hands paths, not queries, to the methods of package
// jira: a path that carries atlOrigin is sent on a REST URL by the
// method's request helper, as jira's facts say.
package strapp

import (
	"context"

	"originmethod/jira"
)

func issue(ctx context.Context, jc *jira.Client) error {
	var out struct{}
	return jc.Get(ctx, "/issue/ACME-1?atlOrigin=abc", nil, &out) // want `atlOrigin parameter on a REST API URL \(…/rest/api/3/issue/ACME-1\); atlOrigin is only for links into the product UI`
}

// Near misses: a key escaped into a link of the UI, and a request for
// a page of the UI.

func link(jc *jira.Client) string {
	return jc.Link("ACME-1?atlOrigin=abc", nil)
}

func open(ctx context.Context, jc *jira.Client) error {
	return jc.Open(ctx, "ACME-1?atlOrigin=abc", nil)
}
