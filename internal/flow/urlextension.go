package flow

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/funcs"
)

// Extended reports whether the string value v goes on to be built into
// a longer string or URL: concatenated, formatted, joined, parsed as a
// URL, set as a query value, stored into an oauth2.Endpoint, or handed
// (through variables, fields, parameters and results) to code that
// does one of these. A value that is not extended is finished: what it
// is where it is used (redirected to, printed, returned) is the value
// to judge, and judging the parts it was built from would be judging
// an incomplete URL.
func (r *Result) Extended(v ssa.Value) bool {
	if !r.Relevant || v == nil {
		return false
	}
	return r.extended(v, map[ssa.Value]bool{}, 0)
}

// ArgExtended reports whether the callee of call extends its argument
// args[index] (receiver first for static method calls).
func (r *Result) ArgExtended(call ssa.CallInstruction, index int) bool {
	if !r.Relevant || call == nil {
		return false
	}
	return r.argExtended(call.Common(), index, map[ssa.Value]bool{}, 0)
}

// ResultExtended reports whether a call of fn in this package extends
// its result index.
func (r *Result) ResultExtended(fn *ssa.Function, index int) bool {
	if !r.Relevant || fn == nil {
		return false
	}
	return r.resultExtended(fn, index, map[ssa.Value]bool{}, 0)
}

// maxOAuthUseDepth bounds how far uses are followed.
const maxOAuthUseDepth = 10

func (r *Result) extended(v ssa.Value, seen map[ssa.Value]bool, depth int) bool {
	if seen[v] || depth > maxOAuthUseDepth || v.Referrers() == nil {
		return false
	}
	seen[v] = true
	ix := r.configIdx()
	for _, ref := range *v.Referrers() {
		switch ref := ref.(type) {
		case *ssa.BinOp:
			if ref.Op == token.ADD {
				return true
			}
		case *ssa.Phi:
			if r.extended(ref, seen, depth+1) {
				return true
			}
		case *ssa.MakeInterface:
			if r.extended(ref, seen, depth+1) {
				return true
			}
		case *ssa.ChangeType:
			if r.extended(ref, seen, depth+1) {
				return true
			}
		case *ssa.Convert:
			if r.extended(ref, seen, depth+1) {
				return true
			}
		case *ssa.Store:
			if ref.Val != v {
				continue
			}
			switch addr := ref.Addr.(type) {
			case *ssa.Alloc:
				for _, l := range *addr.Referrers() {
					if u, ok := l.(*ssa.UnOp); ok && u.Op == token.MUL && r.extended(u, seen, depth+1) {
						return true
					}
				}
			case *ssa.Global:
				for _, l := range ix.globalLoads[addr] {
					if r.extended(l, seen, depth+1) {
						return true
					}
				}
			case *ssa.IndexAddr:
				if r.elementExtended(addr, seen, depth) {
					return true
				}
			case *ssa.FieldAddr:
				if st, ok := pointee(addr.X.Type()); ok && addr.Field < st.NumFields() &&
					configPaths(addr.X.Type()) != nil {
					return true // configuration, not a finished URL
				}
				if key, ok := loadKey(addr); ok {
					for _, l := range ix.fieldLoads[key] {
						if r.extended(l, seen, depth+1) {
							return true
						}
					}
				}
			}
		case *ssa.Return:
			i := slices.Index(ref.Results, v)
			if i >= 0 && r.resultExtended(ref.Parent(), i, seen, depth) {
				return true
			}
		case ssa.CallInstruction:
			c := ref.Common()
			for i, a := range c.Args {
				if a == v && r.argExtended(c, i, seen, depth) {
					return true
				}
			}
		}
	}
	return false
}

func (r *Result) resultExtended(fn *ssa.Function, index int, seen map[ssa.Value]bool, depth int) bool {
	for _, call := range r.callers[fn] {
		if fn.Signature.Results().Len() == 1 {
			if r.extended(call, seen, depth+1) {
				return true
			}
			continue
		}
		for _, ref := range *call.Referrers() {
			if ex, ok := ref.(*ssa.Extract); ok && ex.Index == index && r.extended(ex, seen, depth+1) {
				return true
			}
		}
	}
	return false
}

// elementExtended reports whether the slice or variadic arguments
// that addr is an element of are built into a string (fmt.Sprintf's
// arguments, strings.Join's elements).
func (r *Result) elementExtended(addr *ssa.IndexAddr, seen map[ssa.Value]bool, depth int) bool {
	alloc, ok := addr.X.(*ssa.Alloc)
	if !ok {
		return true // a slice we cannot follow: assume the worst
	}
	for _, ref := range *alloc.Referrers() {
		sl, ok := ref.(*ssa.Slice)
		if !ok {
			continue
		}
		for _, ref2 := range *sl.Referrers() {
			call, ok := ref2.(ssa.CallInstruction)
			if !ok {
				return true
			}
			if builds(calleeObj(call.Common())) {
				return true
			}
		}
	}
	return false
}

func (r *Result) argExtended(c *ssa.CallCommon, i int, seen map[ssa.Value]bool, depth int) bool {
	obj := calleeObj(c)
	if builds(obj) || isFormat(c, i) {
		return true
	}
	callee := c.StaticCallee()
	if callee == nil || c.IsInvoke() {
		return false
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg == r.pkg && callee.Blocks != nil {
		return i < len(callee.Params) && r.extended(callee.Params[i], seen, depth+1)
	}
	// Another package's helper that returns a string made from the
	// argument (its summary says so) builds on it.
	s := r.summary(callee)
	for _, res := range s.Results {
		for _, str := range res {
			if slices.ContainsFunc(str.Parts, func(p Part) bool { return p.Param == i+1 }) {
				return true
			}
		}
	}
	return false
}

// builds reports whether fn makes a longer string or a URL out of its
// string arguments.
func builds(f *types.Func) bool {
	if f == nil {
		return false
	}
	return funcs.IsFunc(f, "fmt", "Sprintf", "Sprint", "Sprintln", "Errorf", "Appendf", "Append") ||
		funcs.IsFunc(f, "strings", "Join", "TrimSuffix", "TrimRight", "TrimPrefix", "TrimLeft", "Trim", "TrimSpace",
			"ToLower", "ToUpper", "Replace", "ReplaceAll", "Repeat") ||
		funcs.IsFunc(f, "net/url", "Parse", "ParseRequestURI", "JoinPath", "QueryEscape", "PathEscape") ||
		funcs.IsMethod(f, "net/url", "Values", "Set", "Add") ||
		funcs.IsMethod(f, "net/url", "URL", "JoinPath", "Parse") ||
		funcs.IsFunc(f, "path", "Join") ||
		funcs.IsMethod(f, "strings", "Builder", "WriteString") ||
		funcs.IsMethod(f, "bytes", "Buffer", "WriteString") ||
		SetsAuthParam(f)
}

// isFormat reports whether argument i of c is the format of a
// printf-like function (a variadic function whose parameter there is
// named format): a template, not a finished string.
func isFormat(c *ssa.CallCommon, i int) bool {
	sig := c.Signature()
	if sig == nil || !sig.Variadic() {
		return false
	}
	if !c.IsInvoke() && sig.Recv() != nil {
		i-- // the receiver comes first among the arguments
	}
	if i < 0 || i >= sig.Params().Len()-1 {
		return false
	}
	name := sig.Params().At(i).Name()
	return name == "format" || name == "fmt"
}
