package flow

import "golang.org/x/tools/go/ssa"

// ParamURLs returns what fn's summary says its url.Values parameters
// become (see Summary.ParamURLs), for the probes.
func (r *Result) ParamURLs(fn *ssa.Function) []Strs { return r.summary(fn).ParamURLs }
