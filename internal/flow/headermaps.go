package flow

import (
	"go/token"
	"go/types"
	"net/textproto"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/funcs"
)

// Header maps.
//
// Request helpers take their headers from maps their callers fill:
//
//	for k, v := range headers { req.Header.Set(k, v) }
//	req.Header = c.header.Clone()
//
// Such a header is set under a name that is not a constant, so on its
// own it could be any header. What it can be is what the module puts
// into the map: the entries of the literals and the writes (m[k] = v,
// Header.Set) of every map that can reach it, through the helper's
// callers, the values functions return, and the fields and package
// variables that hold it. When all of those are in view the map's
// entries are known, and a User-Agent comes from it only if one of
// them is one; when some are not (a map from another package, a call
// atlvet cannot see into), anything may be in it.

// A mapEntry is an entry a map can hold: a key and its value, written
// by the map write at site (in this package).
type mapEntry struct {
	key, value Strs
	site       token.Pos
	byIndex    bool // written by index (m[k] = v, a literal), not by Header.Set
}

// mapWalk follows one map value to the maps it can hold.
type mapWalk struct {
	r     *Result
	seen  map[ssa.Value]bool // values whose maps were followed
	wrote map[ssa.Value]bool // values whose writes were read
}

// maxMapDepth bounds how many calls, callers and fields a map is
// followed through.
const maxMapDepth = 8

// mapEntries returns the entries the map v can hold, and whether they
// are all it can hold.
func (r *Result) mapEntries(v ssa.Value) ([]mapEntry, bool) {
	w := &mapWalk{r: r, seen: map[ssa.Value]bool{}, wrote: map[ssa.Value]bool{}}
	return w.entries(v, 0)
}

// mapOrigins is mapEntries without the writes made to v itself: the
// entries of the maps v can be when it is made.
func (r *Result) mapOrigins(v ssa.Value) ([]mapEntry, bool) {
	w := &mapWalk{r: r, seen: map[ssa.Value]bool{v: true}, wrote: map[ssa.Value]bool{}}
	return w.origins(v, 0)
}

// entries returns the entries v can hold: those of the maps it can be,
// and those written to it.
func (w *mapWalk) entries(v ssa.Value, depth int) ([]mapEntry, bool) {
	if w.seen[v] {
		return nil, true // met again: adds nothing
	}
	if depth > maxMapDepth {
		return nil, false
	}
	w.seen[v] = true
	out, complete := w.origins(v, depth)
	written, ok := w.writes(v, depth)
	return append(out, written...), complete && ok
}

// origins returns the entries of the maps v can be.
func (w *mapWalk) origins(v ssa.Value, depth int) (out []mapEntry, complete bool) {
	r := w.r
	complete = true
	add := func(es []mapEntry, ok bool) {
		out, complete = append(out, es...), complete && ok
	}
	switch v := v.(type) {
	case *ssa.Const:
		// nil: no entries.
	case *ssa.MakeMap:
		// Its entries are the writes to it.
	case *ssa.ChangeType:
		add(w.entries(v.X, depth+1))
	case *ssa.Phi:
		for _, e := range v.Edges {
			add(w.entries(e, depth+1))
		}
	case *ssa.Parameter:
		fn := v.Parent()
		i := slices.Index(fn.Params, v)
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		callers := r.callers[fn]
		if i < 0 || len(callers) == 0 || len(callers) > maxMerged || r.escapes(fn) {
			return nil, false
		}
		for _, call := range callers {
			args := call.Common().Args
			if i >= len(args) {
				return nil, false
			}
			add(w.entries(args[i], depth+1))
		}
	case *ssa.Call:
		add(w.callResult(v, 0, depth))
	case *ssa.Extract:
		call, ok := v.Tuple.(*ssa.Call)
		if !ok {
			return nil, false
		}
		add(w.callResult(call, v.Index, depth))
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return nil, false
		}
		switch addr := v.X.(type) {
		case *ssa.Global:
			if addr.Pkg != r.pkg || addr.Object().Exported() {
				return nil, false // other packages may store into it
			}
			add(w.stored(r.globalStore[addr], r.globalLoads(addr), depth))
		case *ssa.FieldAddr:
			if funcs.IsNamed(addr.X.Type(), "net/http", "Request") {
				// in.Header of another request: what is set on it.
				add(w.requestHeader(addr.X))
				break
			}
			key, ok := fieldKeyOf(addr.X.Type(), addr.Field)
			if !ok || key.strct.Field(key.index).Exported() {
				return nil, false
			}
			add(w.stored(r.stores[key], r.fieldLoads(key), depth))
		case *ssa.Alloc:
			var sites []storeSite
			for _, ref := range *addr.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
					sites = append(sites, storeSite{st.Val, addr.Parent(), st.Pos()})
				}
			}
			var loads []ssa.Value
			for _, ref := range *addr.Referrers() {
				if load, ok := ref.(*ssa.UnOp); ok && load.Op == token.MUL && load.X == addr {
					loads = append(loads, load)
				}
			}
			add(w.stored(sites, loads, depth))
		default:
			return nil, false
		}
	case *ssa.Field:
		key, ok := fieldKeyOf(types.NewPointer(v.X.Type()), v.Field)
		if !ok || key.strct.Field(key.index).Exported() {
			return nil, false
		}
		add(w.stored(r.stores[key], r.fieldLoads(key), depth))
	default:
		return nil, false
	}
	return out, complete
}

// requestHeader returns the entries of the Header of the request req:
// the headers set on it where it is made, and, when it is a parameter,
// by the callers that make it, with whether those are all.
func (w *mapWalk) requestHeader(req ssa.Value) ([]mapEntry, bool) {
	r := w.r
	var out []mapEntry
	for _, rq := range r.resolveRequests(r.requestOrigins(req), req.Parent()) {
		if rq.Opaque || rq.MaybeDecorated {
			return nil, false
		}
		for _, h := range rq.Headers {
			out = append(out, mapEntry{key: Strs{Lit(h.Name)}, value: h.Value, site: h.Site})
		}
	}
	return out, true
}

// stored returns the entries of the maps stored at sites, a variable
// or field only this package can store into, and those written to it
// where it is read (loads).
func (w *mapWalk) stored(sites []storeSite, loads []ssa.Value, depth int) (out []mapEntry, complete bool) {
	if len(sites) > maxMerged || len(loads) > maxMerged {
		return nil, false
	}
	complete = true
	for _, s := range sites {
		es, ok := w.entries(s.val, depth+1)
		out, complete = append(out, es...), complete && ok
	}
	for _, l := range loads {
		es, ok := w.writes(l, depth+1)
		out, complete = append(out, es...), complete && ok
	}
	return out, complete
}

// callResult returns the entries of the map that result index of call
// can be.
func (w *mapWalk) callResult(call *ssa.Call, index int, depth int) ([]mapEntry, bool) {
	c := call.Common()
	obj := calleeObj(c)
	switch {
	case funcs.IsMethod(obj, "net/http", "Header", "Clone") && len(c.Args) == 1,
		funcs.IsFunc(obj, "maps", "Clone") && len(c.Args) == 1:
		return w.entries(c.Args[0], depth+1)
	}
	fn := c.StaticCallee()
	if fn == nil || c.IsInvoke() {
		return nil, false
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg != w.r.pkg || fn.Blocks == nil {
		return nil, false
	}
	var out []mapEntry
	complete := true
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || index >= len(ret.Results) {
			continue
		}
		es, ok := w.entries(ret.Results[index], depth+1)
		out, complete = append(out, es...), complete && ok
	}
	return out, complete
}

// writes returns the entries written to the map v where v is used,
// and whether those are all: a use that may write what atlvet cannot
// read (a key that is not known, a call it cannot see into) makes them
// incomplete.
func (w *mapWalk) writes(v ssa.Value, depth int) (out []mapEntry, complete bool) {
	r := w.r
	if w.wrote[v] || v.Referrers() == nil {
		return nil, true // looked at already, or nothing uses it
	}
	if depth > maxMapDepth {
		return nil, false
	}
	w.wrote[v] = true
	complete = true
	for _, ref := range *v.Referrers() {
		switch ref := ref.(type) {
		case *ssa.MapUpdate:
			if ref.Map != v {
				complete = false // the map is a key or value of another
				continue
			}
			key := r.eval(ref.Key)
			if _, ok := key.Const(); !ok {
				complete = false
				continue
			}
			val := Strs{Unknown()}
			if elems := r.variadic(ref.Value); len(elems) > 0 {
				val = r.eval(elems[0])
			} else if isStringish(ref.Value.Type()) {
				val = r.eval(ref.Value)
			}
			out = append(out, mapEntry{key: key, value: val, site: ref.Pos(), byIndex: true})
		case *ssa.Phi, *ssa.ChangeType:
			es, ok := w.entries(ref.(ssa.Value), depth+1)
			out, complete = append(out, es...), complete && ok
		case *ssa.Store:
			if ref.Val != v {
				continue
			}
			// Kept in a variable or field: what is written to it where
			// it is read from there.
			es, ok := w.storedWrites(ref.Addr, depth)
			out, complete = append(out, es...), complete && ok
		case *ssa.Range, *ssa.Lookup, *ssa.DebugRef, *ssa.Return:
			// Reading it, handing it back: the caller's writes to what
			// it returns are followed from the call.
		case ssa.CallInstruction:
			es, ok := w.callWrites(ref, v, depth)
			out, complete = append(out, es...), complete && ok
		default:
			complete = false
		}
	}
	return out, complete
}

// storedWrites returns the entries written to a map kept at addr, a
// variable or a field, where it is read from there; a field or variable
// other packages can reach may get anything.
func (w *mapWalk) storedWrites(addr ssa.Value, depth int) ([]mapEntry, bool) {
	r := w.r
	var loads []ssa.Value
	switch addr := addr.(type) {
	case *ssa.Alloc:
		for _, ref := range *addr.Referrers() {
			if load, ok := ref.(*ssa.UnOp); ok && load.Op == token.MUL && load.X == addr {
				loads = append(loads, load)
			}
		}
	case *ssa.Global:
		if addr.Pkg != r.pkg || addr.Object().Exported() {
			return nil, false
		}
		loads = r.globalLoads(addr)
	case *ssa.FieldAddr:
		key, ok := fieldKeyOf(addr.X.Type(), addr.Field)
		if !ok || key.strct.Field(key.index).Exported() {
			return nil, false
		}
		loads = r.fieldLoads(key)
	default:
		return nil, false // an element of a slice or map: not followed
	}
	if len(loads) > maxMerged {
		return nil, false
	}
	var out []mapEntry
	complete := true
	for _, l := range loads {
		es, ok := w.writes(l, depth+1)
		out, complete = append(out, es...), complete && ok
	}
	return out, complete
}

// callWrites returns the entries that call, which is passed the map v,
// writes to it.
func (w *mapWalk) callWrites(call ssa.CallInstruction, v ssa.Value, depth int) ([]mapEntry, bool) {
	r := w.r
	c := call.Common()
	obj := calleeObj(c)
	i := slices.Index(c.Args, v)
	switch {
	case i < 0:
		return nil, c.Value != v // a method value of the map is not followed
	case funcs.IsMethod(obj, "net/http", "Header", "Set", "Add") && i == 0 && len(c.Args) == 3:
		key := r.eval(c.Args[1])
		if _, ok := key.Const(); !ok {
			return nil, false
		}
		return []mapEntry{{key: key, value: r.eval(c.Args[2]), site: call.Pos()}}, true
	case obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "net/http" && i == 0:
		return nil, true // Get, Values, Del, Clone, Write: nothing added
	case isBuiltin(c, "len"):
		return nil, true
	}
	fn := c.StaticCallee()
	if fn == nil || c.IsInvoke() {
		return nil, false
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg != r.pkg || fn.Blocks == nil || i >= len(fn.Params) {
		return nil, false
	}
	return w.writes(fn.Params[i], depth+1)
}

func isBuiltin(c *ssa.CallCommon, name string) bool {
	b, ok := c.Value.(*ssa.Builtin)
	return ok && b.Name() == name
}

// rangedHeaders returns the headers that a Header.Set or Add call, or
// a map write (at instr), sets when its name is a key of a map ranged
// over (for k, v := range headers { req.Header.Set(k, v) }): one per
// entry that map can hold. ok is false when name is not such a key or
// the map's entries are not all known.
func (r *Result) rangedHeaders(name, value ssa.Value, instr ssa.Instruction) (hs []Header, ok bool) {
	key, isKey := name.(*ssa.Extract)
	if !isKey || key.Index != 1 {
		return nil, false
	}
	next, isNext := key.Tuple.(*ssa.Next)
	if !isNext || next.IsString {
		return nil, false
	}
	rng, isRange := next.Iter.(*ssa.Range)
	if !isRange {
		return nil, false
	}
	entries, complete := r.mapEntries(rng.X)
	if !complete {
		return nil, false
	}
	// The value set is the entry's when it is the value ranged over
	// (or, for an http.Header, an element of it).
	isValue := func(v ssa.Value) bool {
		ex, ok := v.(*ssa.Extract)
		return ok && ex.Tuple == next && ex.Index == 2
	}
	entryValue := isValue(value) || isValue(elemOf(value))
	for _, e := range entries {
		name, _ := e.key.Const()
		h := Header{Name: textproto.CanonicalMIMEHeaderKey(name), Value: e.value, Site: e.site, instr: rng}
		if !entryValue {
			h.Value = r.eval(value)
		}
		if _, isUpdate := instr.(*ssa.MapUpdate); isUpdate {
			h.NonCanonical = h.Name != name
		}
		hs = append(hs, h)
	}
	return hs, true
}

// elemOf returns the slice whose element v is loaded from (*&s[i]),
// or nil.
func elemOf(v ssa.Value) ssa.Value {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	ia, ok := load.X.(*ssa.IndexAddr)
	if !ok {
		return nil
	}
	return ia.X
}

// storedHeaders returns the headers of the maps that a store to a
// request's Header field (req.Header = c.header.Clone()) can put there,
// each attributed to the store, and whether they are all.
func (r *Result) storedHeaders(st *ssa.Store) ([]Header, bool) {
	entries, complete := r.mapOrigins(st.Val)
	var hs []Header
	for _, e := range entries {
		name, _ := e.key.Const()
		canonical := textproto.CanonicalMIMEHeaderKey(name)
		hs = append(hs, Header{Name: canonical, Value: e.value, Site: e.site, NonCanonical: e.byIndex && canonical != name, instr: st})
	}
	return hs, complete
}
