package handlers

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Reading an incoming request: which value of its query or form a
// value is, by key. A rule follows "code" and "state" from here; the
// key is evaluated by the caller.

// ReadKey returns the key argument of v when v, a string (or the
// []string of url.Values), reads a query or form value of an incoming
// request by key: r.FormValue(key), r.URL.Query().Get(key),
// r.Form.Get(key), q[key], q[key][0], a Framework's Readers (gin's
// c.Query(key), ...); or nil.
func ReadKey(v ssa.Value) ssa.Value {
	var call *ssa.Call
	switch v := v.(type) {
	case *ssa.Call:
		call = v
	case *ssa.Extract:
		if v.Index != 0 {
			return nil
		}
		call, _ = v.Tuple.(*ssa.Call)
	case *ssa.Lookup:
		// q["state"]: the values of a key of an incoming query or form.
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap && fromRequest(v.X) {
			return v.Index
		}
		return nil
	case *ssa.UnOp:
		// q["code"][0]
		if ia, ok := v.X.(*ssa.IndexAddr); ok && v.Op == token.MUL {
			if l, ok := ia.X.(*ssa.Lookup); ok {
				return ReadKey(l)
			}
		}
		return nil
	case *ssa.Index:
		if l, ok := v.X.(*ssa.Lookup); ok {
			return ReadKey(l)
		}
		return nil
	}
	if call == nil {
		return nil
	}
	com := call.Common()
	obj := flow.CalleeObj(com)
	if obj == nil {
		return nil
	}
	args := flow.CallArgs(com)
	keyAt := func(i int) ssa.Value {
		if i < len(args) {
			return args[i]
		}
		return nil
	}
	for _, f := range Frameworks {
		if funcs.IsMethod(obj, f.Pkg, f.Type, f.Readers...) {
			return keyAt(1) // the receiver, then the key
		}
	}
	if funcs.IsMethod(obj, "net/url", "Values", "Get") && len(args) == 2 && fromRequest(args[0]) {
		return keyAt(1)
	}
	return nil
}

// fromRequest reports whether v, a url.Values, holds an incoming
// request's query or form: r.URL.Query(), r.Form, r.PostForm.
func fromRequest(v ssa.Value) bool { return fromRequest0(v, map[*ssa.Phi]bool{}) }

func fromRequest0(v ssa.Value, seen map[*ssa.Phi]bool) bool {
	switch v := v.(type) {
	case *ssa.Call:
		args := flow.CallArgs(v.Common())
		if obj := flow.CalleeObj(v.Common()); funcs.IsMethod(obj, "net/url", "URL", "Query") && len(args) == 1 {
			if l, ok := args[0].(*ssa.UnOp); ok && l.Op == token.MUL {
				if fa, ok := l.X.(*ssa.FieldAddr); ok {
					return funcs.IsNamed(fa.X.Type(), "net/http", "Request")
				}
			}
		}
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			return funcs.IsNamed(fa.X.Type(), "net/http", "Request")
		}
	case *ssa.Phi:
		if seen[v] {
			return false // a loop
		}
		seen[v] = true
		return slices.ContainsFunc(v.Edges, func(e ssa.Value) bool { return fromRequest0(e, seen) })
	}
	return false
}
