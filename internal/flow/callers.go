package flow

import (
	"go/ast"

	"golang.org/x/tools/go/ssa"
)

// Callers.
//
// A helper's parameters are what its callers pass. resolveParams
// substitutes a value's parameters caller by caller, and the callers'
// own parameters by what their callers pass (paramValues), as far up
// as callers are in view in this package; the merge of many callers is
// widened to what groups of them share (see cluster). A helper that
// resolves its path parameter against its client's base URL holds the
// resolution until then (see Resolution): each caller's path is
// resolved as (*url.URL).ResolveReference would. Where merging
// loses which caller makes a value what it is, URLCaller goes back up
// the callers to name one: a request helper with dozens of callers is
// reported once, in the helper, naming a caller whose URL makes the
// request Atlassian's.

// callerParams replaces the parameters of fn left in s by the values
// fn's callers pass for them (paramValues).
func (r *Result) callerParams(s Str, fn *ssa.Function) Strs {
	if !hasParam(s) {
		return Strs{s}
	}
	args := make([]Strs, len(fn.Params))
	var need func(s Str)
	need = func(s Str) {
		for _, p := range s.Parts {
			if p.Resolve != nil {
				// A deferred resolution needs the parameters of its
				// base and of its whole reference.
				need(p.Resolve.Base)
				need(p.Resolve.Ref)
				continue
			}
			if p.Param > 0 && p.Param <= len(args) && args[p.Param-1] == nil {
				args[p.Param-1] = r.paramValues(fn, p.Param-1)
			}
		}
	}
	need(s)
	return s.subst(args).forgetParams()
}

// paramValues returns what parameter i of fn can be: the arguments its
// callers in this package pass, themselves resolved through their own
// callers, merged (and widened, see bounded); unknown when no caller,
// or too many, are in view. A request helper reached through
// Get/Post/Put/Delete wrappers gets its URLs from the wrappers'
// callers. Each parameter is computed once, so resolving costs one
// visit of each call site.
func (r *Result) paramValues(fn *ssa.Function, i int) Strs {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	key := paramKey{fn, i}
	if ss, ok := r.params[key]; ok {
		return ss
	}
	r.params[key] = Strs{Unknown()} // a recursive call learns nothing
	callers := r.callers[fn]
	var out Strs
	if len(callers) == 0 || len(callers) > maxMerged {
		out, callers = Strs{Unknown()}, nil
	}
	for _, call := range callers {
		args := call.Common().Args
		if i >= len(args) {
			out = append(out, Unknown())
			continue
		}
		for _, alt := range r.eval(args[i]) {
			out = append(out, r.callerParams(alt, call.Parent())...)
		}
	}
	out = out.bounded()
	r.params[key] = out
	return out
}

// URLCaller returns a call, in this package, of the function that made
// req (or of a function that calls it, and so on up) whose arguments
// give req a URL for which match reports true, with that URL: the
// call that says where a helper's request goes. ok is false when req's
// URL does not come from its function's parameters, or no caller in
// view gives one that matches. Callers are tried in source order, each
// function once.
func (r *Result) URLCaller(req Request, match func(Str) bool) (call *ast.CallExpr, url Str, ok bool) {
	if !r.Relevant || req.fn == nil {
		return nil, Str{}, false
	}
	seen := map[*ssa.Function]bool{}
	var up func(s Str, fn *ssa.Function, depth int) bool
	up = func(s Str, fn *ssa.Function, depth int) bool {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		if depth > 8 || seen[fn] {
			return false
		}
		seen[fn] = true
		for _, c := range r.callers[fn] {
			syntax := r.calls[c.Pos()]
			for _, alt := range s.subst(r.argValues(c.Common())) {
				// The call furthest up that still matches says most of
				// where the request goes.
				if hasParam(alt) && up(alt, c.Parent(), depth+1) {
					return true
				}
				if match(alt.forgetParams()) && syntax != nil {
					call, url = syntax, alt.forgetParams()
					return true
				}
			}
		}
		return false
	}
	for _, s := range req.raw {
		if hasParam(s) && up(s, req.fn, 0) {
			return call, url, true
		}
	}
	return nil, Str{}, false
}
