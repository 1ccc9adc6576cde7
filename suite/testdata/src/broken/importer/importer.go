// Package importer type-checks, but imports packages that do not.
package importer

import (
	"context"
	"net/http"

	"broken/mismatch"
	"broken/undefined"
)

var _ = mismatch.T{}

func get(ctx context.Context) {
	c := &undefined.Client{}
	c.Get(ctx, "/rest/api/3/myself")
	http.Get("https://acme.atlassian.net/rest/api/3/project")
}
