// Package handlers answers where a function serves HTTP requests and
// what runs before it: where it is registered as a handler (on a
// net/http mux or a router library's route), which middleware wraps it
// (chained ahead of it on the route, attached to its router or to a
// group the router comes from, or a wrapper it is passed through), and
// whether a middleware calls the next handler only on some paths. A
// rule that asks "is this handler's request checked before it gets
// here?" needs all three: the check may be in the handler, in any
// middleware around it, in the function a closure shares its request
// with, or in every caller of a helper.
//
// A handler reads the request's query and form by key; ReadKey says
// which read a value is, so that a rule can follow "code" or "state".
//
// What counts as a check is not decided here: the caller provides it
// (a Guard, such as a verification of the request's OAuth state).
// What is known here is the web frameworks' handler shapes (the
// Frameworks table) and the conventions routers share: a middleware
// runs the next handler by calling it, its ServeHTTP method or the
// context's Next method, and is attached to a router by its Use
// method. A wrapper atlvet cannot see (called through an interface of
// an unknown package or a function value, returning a handler) may
// check; a registration does not.
package handlers

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A Program is what the package's flow analysis knows about its
// functions; a *flow.Result is one.
type Program interface {
	// Functions returns the package's functions.
	Functions() []*ssa.Function
	// FuncOf returns the package's function for obj, or nil.
	FuncOf(obj types.Object) *ssa.Function
	// Callers returns the calls of fn in the package.
	Callers(fn *ssa.Function) []*ssa.Call
	// SliceElems returns the elements stored into the slice v.
	SliceElems(v ssa.Value) []ssa.Value
}

// A Guard is the check a chain of handlers is asked about: the
// caller's knowledge, such as a verification of the request's state.
type Guard interface {
	// Guards reports whether every path from fn's entry to at passes
	// the check.
	Guards(fn *ssa.Function, at ssa.Instruction) bool
	// ChecksAnywhere reports whether the check succeeds on some path
	// of fn.
	ChecksAnywhere(fn *ssa.Function) bool
	// Known reports packages whose functions are known not to check:
	// the standard library, the frameworks.
	Known(pkg *types.Package) bool
	// Middleware reports whether fn, a function of another package,
	// is or makes middleware that checks before the next handler
	// runs (as a fact records).
	Middleware(fn *types.Func) bool
	// Checks reports whether fn, a function of another package, checks
	// itself and answers whether the check passed (as a fact records).
	Checks(fn *types.Func) bool
}

// Config says which package's handlers to find, and which check to ask
// about.
type Config struct {
	Pkg     *types.Package
	Program Program
	Guard   Guard
}

// Chains answers, for the functions of one package, where they are
// used as handlers and what runs before them. It memoises its answers;
// it is not safe for concurrent use.
type Chains struct {
	cfg      Config
	uses     map[*ssa.Function][]Use
	attaches *[]ssa.CallInstruction
}

// New returns the Chains of the package cfg names.
func New(cfg Config) *Chains {
	return &Chains{cfg: cfg, uses: map[*ssa.Function][]Use{}}
}

// A Use is a call that receives a handler as a value: to register it,
// wrap it, or chain it after middleware.
type Use struct {
	Call ssa.CallInstruction
	// Before are the arguments the call receives ahead of the
	// handler, the receiver first: among them the handlers chained
	// before it (gin's r.GET(path, verifyState, callback)).
	Before []ssa.Value
}

// Guarded reports whether the request that reaches at in fn may have
// been checked: in fn on every path to at, by middleware around fn, in
// the function whose request a closure shares, or on every call of fn.
// What cannot be followed counts as checked.
func (h *Chains) Guarded(fn *ssa.Function, at ssa.Instruction) bool {
	return h.guarded(fn, at, 0)
}

func (h *Chains) guarded(fn *ssa.Function, at ssa.Instruction, depth int) bool {
	if depth > 4 {
		return true
	}
	if h.cfg.Guard.Guards(fn, at) {
		return true
	}
	uses := h.Uses(fn)
	for _, u := range uses {
		if h.wraps(u, 0) {
			return true
		}
	}
	if parent := fn.Parent(); parent != nil && !hasRequestParam(fn) && capturesRequest(fn) {
		// go func() { ... r.FormValue("code") ... }(): the parent's
		// request, checked before the closure is made.
		made := closureMade(parent, fn)
		return made == nil || h.guarded(parent, made, depth+1)
	}
	callers := h.cfg.Program.Callers(fn)
	if len(callers) == 0 || len(uses) > 0 {
		return false // a handler, registered without a check around it
	}
	for _, call := range callers {
		if !h.guarded(call.Parent(), call, depth+1) {
			return false
		}
	}
	return true
}

// UnguardedCalls returns the calls of fn, a helper that gets the
// request from its callers, on whose way to at the request is not
// checked; nil when fn checks it itself or is a handler, and nil when
// no caller checks, since the helper is then the place to fix, unless
// it has a single caller.
func (h *Chains) UnguardedCalls(fn *ssa.Function, at ssa.Instruction) []*ssa.Call {
	if h.cfg.Guard.Guards(fn, at) || len(h.Uses(fn)) > 0 || fn.Parent() != nil {
		return nil
	}
	callers := h.cfg.Program.Callers(fn)
	var out []*ssa.Call
	for _, call := range callers {
		if !h.guarded(call.Parent(), call, 1) {
			out = append(out, call)
		}
	}
	if len(out) == len(callers) && len(out) != 1 {
		return nil // no caller checks: the helper is the place to fix
	}
	return out
}

// closureMade returns the instruction of parent that makes the closure
// fn, or nil.
func closureMade(parent, fn *ssa.Function) ssa.Instruction {
	for _, b := range parent.Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn {
				return instr
			}
		}
	}
	return nil
}

func hasRequestParam(fn *ssa.Function) bool {
	return slices.ContainsFunc(fn.Params, func(p *ssa.Parameter) bool { return IsRequest(p.Type()) })
}

func capturesRequest(fn *ssa.Function) bool {
	return slices.ContainsFunc(fn.FreeVars, func(v *ssa.FreeVar) bool {
		t := v.Type()
		if p, ok := t.Underlying().(*types.Pointer); ok && !IsRequest(t) {
			t = p.Elem() // a captured variable
		}
		return IsRequest(t)
	})
}

// localCallee returns the function of the package analysed that com
// statically calls, or nil.
func (h *Chains) localCallee(com *ssa.CallCommon) *ssa.Function {
	callee := com.StaticCallee()
	if callee == nil || com.IsInvoke() {
		return nil
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Blocks == nil || callee.Synthetic != "" || callee.Pkg == nil || callee.Pkg.Pkg != h.cfg.Pkg {
		return nil
	}
	return callee
}
