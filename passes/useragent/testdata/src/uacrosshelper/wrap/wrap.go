// Package wrap passes its callers' paths on to atlhttp: the request is
// judged where they are known, in the packages importing this one.
package wrap

import (
	"context"
	"net/http"

	"uacrosshelper/atlhttp"
)

type Wrapper struct {
	hc *atlhttp.HTTPClient
}

func Wrap(hc *atlhttp.HTTPClient) *Wrapper { return &Wrapper{hc: hc} }

func (w *Wrapper) Get(ctx context.Context, path string) (*http.Response, error) {
	return w.hc.Get(ctx, path)
}
