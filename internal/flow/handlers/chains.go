package handlers

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
)

// Chains of handlers: a handler value is followed from the function
// to the calls that receive it (through method values, closures,
// conversions such as http.HandlerFunc(fn), and the slices of variadic
// calls), and each such call is asked whether it may run a checking
// middleware first: one chained ahead of it on the same call, one
// attached to the router it is called on (Use, or a group or route
// made with the middleware), a wrapper that checks, or a wrapper that
// is itself wrapped by one.

// Uses returns the calls that receive fn as a value.
func (h *Chains) Uses(fn *ssa.Function) []Use {
	if uses, ok := h.uses[fn]; ok {
		return uses
	}
	matches := func(v ssa.Value) bool {
		switch v := v.(type) {
		case *ssa.Function:
			return v == fn || fn.Object() != nil && v.Object() == fn.Object()
		case *ssa.MakeClosure:
			f := v.Fn.(*ssa.Function)
			return f == fn || fn.Object() != nil && f.Object() == fn.Object()
		}
		return false
	}
	var uses []Use
	for _, f := range h.cfg.Program.Functions() {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				var rands []*ssa.Value
				for _, op := range instr.Operands(rands) {
					if *op == nil || !matches(*op) {
						continue
					}
					if call, ok := instr.(ssa.CallInstruction); ok && call.Common().Value == *op {
						continue // a call of fn, not a use of its value
					}
					if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == *op {
						continue // the closure itself is matched
					}
					uses = append(uses, valueUses(instr, *op, 0)...)
				}
			}
		}
	}
	h.uses[fn] = uses
	return uses
}

// valueUses returns the calls that receive v, used by instr.
func valueUses(instr ssa.Instruction, v ssa.Value, depth int) []Use {
	if depth > 4 {
		return nil
	}
	switch instr := instr.(type) {
	case ssa.CallInstruction:
		args := flow.CallArgs(instr.Common())
		i := slices.Index(args, v)
		if i < 0 {
			return nil
		}
		return []Use{{Call: instr, Before: args[:i]}}
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.Convert, *ssa.MakeClosure:
		val := instr.(ssa.Value)
		var out []Use
		for _, ref := range *val.Referrers() {
			out = append(out, valueUses(ref, val, depth+1)...)
		}
		return out
	case *ssa.Store:
		// An element of a variadic call's slice.
		ia, ok := instr.Addr.(*ssa.IndexAddr)
		if !ok || instr.Val != v {
			return nil
		}
		arr, ok := ia.X.(*ssa.Alloc)
		if !ok {
			return nil
		}
		var before []ssa.Value
		for _, ref := range *arr.Referrers() {
			other, ok := ref.(*ssa.IndexAddr)
			if !ok || other == ia || !constIndexBefore(other, ia) {
				continue
			}
			for _, ref2 := range *other.Referrers() {
				if st, ok := ref2.(*ssa.Store); ok && st.Addr == other {
					before = append(before, st.Val)
				}
			}
		}
		var out []Use
		for _, ref := range *arr.Referrers() {
			sl, ok := ref.(*ssa.Slice)
			if !ok {
				continue
			}
			for _, ref2 := range *sl.Referrers() {
				if call, ok := ref2.(ssa.CallInstruction); ok {
					args := flow.CallArgs(call.Common())
					i := slices.Index(args, ssa.Value(sl))
					out = append(out, Use{Call: call, Before: append(slices.Clone(args[:max(i, 0)]), before...)})
				}
			}
		}
		return out
	}
	return nil
}

// constIndexBefore reports whether a indexes a lower constant position
// of the same array than b.
func constIndexBefore(a, b *ssa.IndexAddr) bool {
	ka, ok1 := a.Index.(*ssa.Const)
	kb, ok2 := b.Index.(*ssa.Const)
	if !ok1 || !ok2 || ka.Value == nil || kb.Value == nil {
		return false
	}
	return constant.Compare(ka.Value, token.LSS, kb.Value)
}

// Wrapped reports whether some use of fn as a handler may run a
// checking middleware before it (see Wraps).
func (h *Chains) Wrapped(fn *ssa.Function) bool {
	return slices.ContainsFunc(h.Uses(fn), h.Wraps)
}

// Wraps reports whether the call of u may check before the handler it
// receives runs: middleware chained before it, middleware of the
// router it is registered on, a wrapper of this package (or, by the
// Guard's facts, another) that checks, or a wrapper atlvet cannot see.
func (h *Chains) Wraps(u Use) bool { return h.wraps(u, 0) }

func (h *Chains) wraps(u Use, depth int) bool {
	if depth > 4 {
		return true
	}
	for _, b := range u.Before {
		if h.isGuard(b, 0) {
			return true
		}
	}
	com := u.Call.Common()
	if _, builtin := com.Value.(*ssa.Builtin); builtin {
		return false // append(handlers, h): a table atlvet does not follow
	}
	obj := flow.CalleeObj(com)
	if obj != nil && obj.Signature().Recv() != nil {
		if args := flow.CallArgs(com); len(args) > 0 && h.routerGuarded(args[0]) {
			return true
		}
	}
	// A wrapper that does not check may itself be wrapped.
	rewrapped := func() bool {
		call, ok := u.Call.(*ssa.Call)
		if !ok || !ReturnsHandler(com.Signature()) {
			return false
		}
		for _, ref := range *call.Referrers() {
			for _, u2 := range valueUses(ref, call, 0) {
				if h.wraps(u2, depth+1) {
					return true
				}
			}
		}
		return false
	}
	if callee := h.localCallee(com); callee != nil {
		if h.GuardsNext(callee) || h.MakesGuard(callee) {
			return true
		}
		return rewrapped()
	}
	if com.IsInvoke() || com.StaticCallee() == nil {
		// Code atlvet cannot see: a wrapper may check, a registration
		// (a router's Get) does not.
		if com.IsInvoke() && h.known(com.Method.Pkg()) {
			return rewrapped()
		}
		return ReturnsHandler(com.Signature()) || rewrapped()
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != h.cfg.Pkg {
		if h.cfg.Guard.Checks(obj) || h.cfg.Guard.Middleware(obj) {
			return true
		}
	}
	return rewrapped() // http.StripPrefix, http.TimeoutHandler, a router's registration
}

func (h *Chains) known(pkg *types.Package) bool {
	return pkg != nil && h.cfg.Guard.Known(pkg)
}

// GuardsNext reports whether fn, a handler used as middleware, checks
// before it lets the request on: it has a check, and every call that
// hands the request to the next handler (next(w, r),
// next.ServeHTTP(w, r), c.Next()) is guarded by it.
func (h *Chains) GuardsNext(fn *ssa.Function) bool {
	if !h.cfg.Guard.ChecksAnywhere(fn) {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if ok && Continues(call.Common()) && !h.cfg.Guard.Guards(fn, instr) {
				return false
			}
		}
	}
	return true
}

// MakesGuard reports whether a closure in fn (such as the handler a
// middleware factory returns) checks before it calls the next handler.
func (h *Chains) MakesGuard(fn *ssa.Function) bool {
	for _, anon := range fn.AnonFuncs {
		if h.GuardsNext(anon) || h.MakesGuard(anon) {
			return true
		}
	}
	return false
}

// isGuard reports whether v, a handler value, checks: a function or
// closure that does, one that a middleware factory of this package
// (or, by the Guard's facts, another) returns, or one from code atlvet
// cannot see.
func (h *Chains) isGuard(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	switch v := v.(type) {
	case *ssa.ChangeType:
		return h.isGuard(v.X, depth+1)
	case *ssa.MakeInterface:
		return h.isGuard(v.X, depth+1)
	case *ssa.Convert:
		return h.isGuard(v.X, depth+1)
	case *ssa.Function:
		return h.funcGuards(v)
	case *ssa.MakeClosure:
		return h.funcGuards(v.Fn.(*ssa.Function))
	case *ssa.Call:
		// A middleware made by a factory: mw.RequireState(), verify(next).
		com := v.Common()
		if !ReturnsHandler(com.Signature()) {
			return false
		}
		if callee := h.localCallee(com); callee != nil {
			return h.MakesGuard(callee)
		}
		if com.IsInvoke() {
			return !h.known(com.Method.Pkg())
		}
		if com.StaticCallee() == nil {
			return true
		}
		obj := flow.CalleeObj(com)
		return obj != nil && h.cfg.Guard.Middleware(obj)
	}
	return false
}

// funcGuards reports whether the function fn, used as a handler,
// checks before the next handler runs.
func (h *Chains) funcGuards(fn *ssa.Function) bool {
	if fn.Synthetic != "" {
		// A bound method value: the method.
		if obj, ok := fn.Object().(*types.Func); ok {
			if m := h.cfg.Program.FuncOf(obj); m != nil {
				fn = m
			} else {
				return h.cfg.Guard.Middleware(obj)
			}
		}
	}
	if fn.Pkg != nil && fn.Pkg.Pkg == h.cfg.Pkg {
		return h.GuardsNext(fn)
	}
	obj, ok := fn.Object().(*types.Func)
	return ok && h.cfg.Guard.Middleware(obj)
}

// routerGuarded reports whether the router recv has checking
// middleware: recv is the result of a call that receives such
// middleware (gin's r.Group("/oauth", verifyState), chi's
// r.With(verify)), or Use(verifyState) is called on recv or on a
// router recv is derived from.
func (h *Chains) routerGuarded(recv ssa.Value) bool {
	chain := map[ssa.Value]bool{}
	routerChain(recv, chain, 0)
	for _, m := range h.attachments() {
		if call, ok := m.(*ssa.Call); ok && chain[call] {
			return true // a group made with the middleware
		}
		com := m.Common()
		args := flow.CallArgs(com)
		if !attaches(com) {
			continue // middleware for another group or route
		}
		on := map[ssa.Value]bool{}
		routerChain(args[0], on, 0)
		for v := range on {
			if chain[v] {
				return true
			}
		}
	}
	return false
}

// attaches reports a call of a router's Use method, which attaches
// middleware to every route registered on the router afterwards or
// before (gin, echo, chi, fiber, gorilla/mux all name it so).
func attaches(com *ssa.CallCommon) bool {
	obj := flow.CalleeObj(com)
	return obj != nil && obj.Name() == "Use"
}

// routerChain collects the values router v is or comes from: the
// embedding engine of a promoted method's receiver, the variable it is
// loaded from, the router a group was made from.
func routerChain(v ssa.Value, out map[ssa.Value]bool, depth int) {
	if v == nil || out[v] || depth > 8 {
		return
	}
	out[v] = true
	switch v := v.(type) {
	case *ssa.FieldAddr:
		routerChain(v.X, out, depth+1)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			routerChain(v.X, out, depth+1)
		}
	case *ssa.ChangeType:
		routerChain(v.X, out, depth+1)
	case *ssa.MakeInterface:
		routerChain(v.X, out, depth+1)
	case *ssa.TypeAssert:
		routerChain(v.X, out, depth+1)
	case *ssa.Phi:
		for _, e := range v.Edges {
			routerChain(e, out, depth+1)
		}
	case *ssa.Call:
		if args := flow.CallArgs(v.Common()); flow.RecvOffset(v.Common()) == 1 && len(args) > 0 {
			routerChain(args[0], out, depth+1) // r.Group(...)
		}
	}
}

// attachments returns the method calls of the package that receive a
// checking handler (Use, Group, With, a route's handlers).
func (h *Chains) attachments() []ssa.CallInstruction {
	if h.attaches != nil {
		return *h.attaches
	}
	var out []ssa.CallInstruction
	for _, fn := range h.cfg.Program.Functions() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || flow.RecvOffset(call.Common()) != 1 {
					continue
				}
				for _, a := range flow.CallArgs(call.Common())[1:] {
					if h.holdsGuard(a) {
						out = append(out, call)
						break
					}
				}
			}
		}
	}
	h.attaches = &out
	return out
}

// holdsGuard reports whether the argument a, a handler or a variadic
// slice of them, holds one that checks.
func (h *Chains) holdsGuard(a ssa.Value) bool {
	if _, ok := a.Type().Underlying().(*types.Slice); ok {
		for _, e := range h.cfg.Program.SliceElems(a) {
			if h.isGuard(e, 0) {
				return true
			}
		}
		return false
	}
	switch a.Type().Underlying().(type) {
	case *types.Signature, *types.Interface:
		return h.isGuard(a, 0)
	}
	return false
}
