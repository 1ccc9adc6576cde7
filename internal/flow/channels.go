package flow

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Values through channels and local structs.
//
// A value received from a channel (v := <-ch, v, ok := <-ch, case v :=
// <-ch in a select, for v := range ch) is what the package sends on
// that channel: a command's loopback handler that hands the
// authorization code to the function waiting for it makes that
// function exchange a code taken from an HTTP request. A channel is
// known by where it is made (make(chan T)), or by the variable or
// struct field that holds it when it is made elsewhere; the variables a
// closure captures and the parameters of the package's functions are
// followed to what they hold.
//
// A field read from a struct value is what the package stored in that
// field, when the struct was built here (a composite literal, a local
// variable) or received from a channel that carries such structs: the
// loopback handler that sends callbackResult{code: ..., state: ...}.

// A Origin is a value another one copies: what was sent on a channel
// and received, or stored in a struct field and read back. Via is the
// last send crossed on the way (a send statement, or the select whose
// case sends), nil when the value stays in its function.
type Origin struct {
	Value ssa.Value
	Via   ssa.Instruction
}

// A chanSend is a send on a channel: a send statement, or a sending
// case of a select (select { case ch <- v: default: }, the way a
// handler hands a value on without blocking), at the instruction At.
type chanSend struct {
	Chan, X ssa.Value
	At      ssa.Instruction
}

// chanSends returns the sends instr makes.
func chanSends(instr ssa.Instruction) []chanSend {
	switch instr := instr.(type) {
	case *ssa.Send:
		return []chanSend{{instr.Chan, instr.X, instr}}
	case *ssa.Select:
		var out []chanSend
		for _, st := range instr.States {
			if st.Dir == types.SendOnly {
				out = append(out, chanSend{st.Chan, st.Send, instr})
			}
		}
		return out
	}
	return nil
}

// maxOriginDepth bounds the channels and fields followed for one value.
const maxOriginDepth = 6

// Origins returns the values v copies when v is received from a
// channel or read from a field of a struct made or received in this
// package, followed through any number of such steps (and through the
// local variables that hold them); ok is false when v is neither.
// Values that cannot be followed further (an unknown sender, a struct
// from a parameter) are left out.
func (r *Result) Origins(v ssa.Value) (origins []Origin, ok bool) {
	if !r.Relevant || v == nil {
		return nil, false
	}
	seen := map[ssa.Value]bool{}
	crossed := false
	// walk reports whether v copies something and adds what it copies.
	var walk func(v ssa.Value, via ssa.Instruction, depth int) bool
	walk = func(v ssa.Value, via ssa.Instruction, depth int) bool {
		if depth > maxOriginDepth {
			return true
		}
		if seen[v] {
			return true
		}
		seen[v] = true
		var next []Origin
		if sends, ok := r.received(v); ok {
			for _, s := range sends {
				next = append(next, Origin{s.X, s.At})
			}
			crossed = true
		} else if vals, ok := r.fieldOrigins(v, depth); ok {
			next = vals
			crossed = true
		} else if vals, ok := localStores(v); ok {
			for _, val := range vals {
				next = append(next, Origin{Value: val})
			}
		} else {
			return false
		}
		for _, o := range next {
			if o.Via == nil {
				o.Via = via
			}
			if !walk(o.Value, o.Via, depth+1) {
				origins = append(origins, o)
			}
		}
		return true
	}
	if !walk(v, nil, 0) || !crossed {
		return nil, false
	}
	return origins, true
}

// localStores returns the values stored into the local variable v is
// loaded from (a variable that escapes into a closure, or whose address
// is taken, lives in an Alloc): by its function, and by the closures
// that capture it. ok is false when its address goes anywhere else.
func localStores(v ssa.Value) ([]ssa.Value, bool) {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	alloc, ok := load.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	var out []ssa.Value
	stores := func(addr ssa.Value, closure bool) bool {
		for _, ref := range *addr.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Store:
				if ref.Addr != addr {
					return false
				}
				out = append(out, ref.Val)
			case *ssa.UnOp, *ssa.DebugRef:
			case *ssa.MakeClosure:
				if closure {
					return false // captured again: not followed
				}
			default:
				return false
			}
		}
		return true
	}
	if !stores(alloc, false) {
		return nil, false
	}
	for _, ref := range *alloc.Referrers() {
		mc, ok := ref.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		fn := mc.Fn.(*ssa.Function)
		for i, b := range mc.Bindings {
			if b == alloc && i < len(fn.FreeVars) && !stores(fn.FreeVars[i], true) {
				return nil, false
			}
		}
	}
	return out, true
}

// received reports whether v is received from a channel, and returns
// the sends of this package on that channel.
func (r *Result) received(v ssa.Value) (sends []chanSend, ok bool) {
	if !r.Relevant {
		return nil, false
	}
	ch, ok := receivedFrom(v)
	if !ok {
		return nil, false
	}
	idx := r.channelIndex()
	seen := map[chanSend]bool{}
	for root := range r.chanRoots(ch) {
		for _, s := range idx[root] {
			if !seen[s] {
				seen[s] = true
				sends = append(sends, s)
			}
		}
	}
	return sends, true
}

// receivedFrom returns the channel v is received from: <-ch, the value
// of v, ok := <-ch (range over a channel), a receiving case of a select.
func receivedFrom(v ssa.Value) (ssa.Value, bool) {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.ARROW && !v.CommaOk {
			return v.X, true
		}
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.UnOp:
			if t.Op == token.ARROW && v.Index == 0 {
				return t.X, true
			}
		case *ssa.Select:
			// (index, recvOk, r_0, ..., r_n-1): one value per receiving
			// case, in order.
			k := v.Index - 2
			for _, st := range t.States {
				if st.Dir != types.RecvOnly {
					continue
				}
				if k == 0 {
					return st.Chan, true
				}
				k--
			}
		}
	}
	return nil, false
}

// channelIndex returns the package's sends by the roots of their
// channels, built on first use.
func (r *Result) channelIndex() map[any][]chanSend {
	if r.sendsByChan != nil {
		return r.sendsByChan
	}
	r.sendsByChan = map[any][]chanSend{}
	for _, fn := range r.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				for _, s := range chanSends(instr) {
					for root := range r.chanRoots(s.Chan) {
						r.sendsByChan[root] = append(r.sendsByChan[root], s)
					}
				}
			}
		}
	}
	return r.sendsByChan
}

// chanRoots returns what identifies the channel ch: the make(chan T)
// calls it can come from, and the globals, struct fields and
// parameters of unknown callers that hold it.
func (r *Result) chanRoots(ch ssa.Value) map[any]bool {
	out := map[any]bool{}
	seen := map[ssa.Value]bool{}
	var value, addr func(v ssa.Value, depth int)
	value = func(v ssa.Value, depth int) {
		if v == nil || seen[v] || depth > maxOriginDepth {
			return
		}
		seen[v] = true
		switch v := v.(type) {
		case *ssa.MakeChan:
			out[v] = true
		case *ssa.ChangeType:
			value(v.X, depth+1) // chan T to <-chan T
		case *ssa.Phi:
			for _, e := range v.Edges {
				value(e, depth+1)
			}
		case *ssa.UnOp:
			if v.Op == token.MUL {
				addr(v.X, depth+1)
			}
		case *ssa.Field:
			if key, ok := fieldKeyOf(types.NewPointer(v.X.Type()), v.Field); ok {
				out[key] = true
			}
		case *ssa.Parameter:
			callers := r.callers[v.Parent()]
			i := slices.Index(v.Parent().Params, v)
			if len(callers) == 0 || i < 0 {
				out[v] = true
			}
			for _, call := range callers {
				if args := call.Call.Args; i < len(args) {
					value(args[i], depth+1)
				}
			}
		case *ssa.FreeVar:
			for _, b := range closureBindings(v) {
				value(b, depth+1)
			}
		case *ssa.Call:
			out[v] = true // made by code not followed: known by this call
		}
	}
	addr = func(a ssa.Value, depth int) {
		if a == nil || seen[a] || depth > maxOriginDepth {
			return
		}
		seen[a] = true
		switch a := a.(type) {
		case *ssa.Global:
			out[a] = true
		case *ssa.FieldAddr:
			if key, ok := fieldKeyOf(a.X.Type(), a.Field); ok {
				out[key] = true
			}
		case *ssa.Alloc:
			out[a] = true
			for _, ref := range *a.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
					value(st.Val, depth+1)
				}
			}
		case *ssa.FreeVar:
			for _, b := range closureBindings(a) {
				addr(b, depth+1)
			}
		case *ssa.Parameter:
			value(a, depth)
		}
	}
	value(ch, 0)
	return out
}

// fieldOrigins returns the values stored in the field v reads, when v
// reads a field of a struct value (s.f) or of a local struct variable
// (p := &T{...}; p.f) whose stores this function holds.
func (r *Result) fieldOrigins(v ssa.Value, depth int) ([]Origin, bool) {
	switch v := v.(type) {
	case *ssa.Field:
		return r.structField(v.X, v.Field, depth+1)
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			if alloc, ok := fa.X.(*ssa.Alloc); ok {
				return r.allocFieldOrigins(alloc, fa.Field, depth+1)
			}
		}
	}
	return nil, false
}

// structField returns what field index of the struct value s holds:
// the stores into a local variable s was loaded from, or into the
// structs sent on the channel s is received from.
func (r *Result) structField(s ssa.Value, index int, depth int) ([]Origin, bool) {
	if depth > maxOriginDepth {
		return nil, false
	}
	switch s := s.(type) {
	case *ssa.UnOp:
		if alloc, ok := s.X.(*ssa.Alloc); ok && s.Op == token.MUL {
			return r.allocFieldOrigins(alloc, index, depth+1)
		}
	case *ssa.Phi:
		var out []Origin
		for _, e := range s.Edges {
			vals, _ := r.structField(e, index, depth+1)
			out = append(out, vals...)
		}
		return out, true
	}
	if sends, ok := r.received(s); ok {
		var out []Origin
		for _, send := range sends {
			vals, _ := r.structField(send.X, index, depth+1)
			for _, o := range vals {
				if o.Via == nil {
					o.Via = send.At
				}
				out = append(out, o)
			}
		}
		return out, true
	}
	return nil, false
}

// allocFieldOrigins returns the values stored into field index of the local
// struct variable alloc: by field, or as whole values.
func (r *Result) allocFieldOrigins(alloc *ssa.Alloc, index int, depth int) ([]Origin, bool) {
	var out []Origin
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr:
			if ref.Field != index {
				continue
			}
			for _, ref2 := range *ref.Referrers() {
				if st, ok := ref2.(*ssa.Store); ok && st.Addr == ref {
					out = append(out, Origin{Value: st.Val})
				}
			}
		case *ssa.Store:
			if ref.Addr == alloc {
				vals, _ := r.structField(ref.Val, index, depth+1)
				out = append(out, vals...)
			}
		}
	}
	return out, true
}
