package flow

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Configuration objects: what the URL fields of a configuration type
// the knowledge table names (atlassian.ConfigURLFields: an
// *oauth2.Config's Endpoint.AuthURL, Endpoint.TokenURL and
// RedirectURL) can be, wherever the object was built: a composite
// literal, field assignments, a package variable, a struct field, a
// constructor in this package or, by facts, in another package of the
// module.

// Field paths of oauth2.Config that atlvet follows.
var (
	PathAuthURL     = atlassian.OAuth2AuthURL
	PathTokenURL    = atlassian.OAuth2TokenURL
	PathRedirectURL = atlassian.OAuth2RedirectURL
)

// OAuthSummary is a fact about a function of this module: for each of
// its results that is an oauth2.Config (or a pointer to one) or an
// oauth2.Endpoint, the values of the followed fields, keyed by their
// dotted path ("Endpoint.AuthURL", "RedirectURL", "AuthURL"), in terms
// of the function's parameters. On a package variable it describes the
// variable's value as its only "result".
type OAuthSummary struct {
	Results [][]OAuthField // per result, sorted by path
}

// An OAuthField is the value of one followed field path.
type OAuthField struct {
	Path   string
	Values Strs
}

// field returns the values of the field at path, if recorded.
func fieldOf(fields []OAuthField, path string) (Strs, bool) {
	for _, f := range fields {
		if f.Path == path {
			return f.Values, true
		}
	}
	return nil, false
}

// AFact marks OAuthSummary as an analysis fact.
func (*OAuthSummary) AFact() {}

func (*OAuthSummary) String() string { return "oauth config summary" }

// configIndex holds what the OAuth queries need, built on first use.
type configIndex struct {
	stores      []pathStore
	globalAddrs map[*ssa.Global][]*ssa.FieldAddr
	globalLoads map[*ssa.Global][]*ssa.UnOp
	fieldLoads  map[string][]*ssa.UnOp // by rooted key, see loadKey
	funcsByObj  map[types.Object]*ssa.Function
	visiting    map[fieldQuery]bool
}

// A pathStore is a store to a field path of a struct: root.a.b = val.
type pathStore struct {
	root     ssa.Value
	rootType *types.Struct // the struct root points to
	path     []string
	val      ssa.Value
	fn       *ssa.Function
	pos      token.Pos
	addr     *ssa.FieldAddr // the field stored to
	key      string         // typeKey(rootType)
}

type fieldQuery struct {
	v    ssa.Value
	path string
}

func (r *Result) configIdx() *configIndex {
	if r.configs != nil {
		return r.configs
	}
	ix := &configIndex{
		globalAddrs: map[*ssa.Global][]*ssa.FieldAddr{},
		globalLoads: map[*ssa.Global][]*ssa.UnOp{},
		fieldLoads:  map[string][]*ssa.UnOp{},
		funcsByObj:  map[types.Object]*ssa.Function{},
		visiting:    map[fieldQuery]bool{},
	}
	r.configs = ix
	for _, fn := range r.funcs {
		if obj := fn.Object(); obj != nil {
			ix.funcsByObj[obj] = fn
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Store:
					if fa, ok := instr.Addr.(*ssa.FieldAddr); ok {
						root, path := fieldChain(fa)
						if st, ok := pointee(root.Type()); ok {
							ix.stores = append(ix.stores, pathStore{root, st, path, instr.Val, fn, instr.Pos(), fa, typeKey(st)})
						}
					}
				case *ssa.FieldAddr:
					if g, ok := instr.X.(*ssa.Global); ok {
						ix.globalAddrs[g] = append(ix.globalAddrs[g], instr)
					}
				case *ssa.UnOp:
					if instr.Op != token.MUL {
						continue
					}
					switch x := instr.X.(type) {
					case *ssa.Global:
						ix.globalLoads[x] = append(ix.globalLoads[x], instr)
					case *ssa.FieldAddr:
						if key, ok := loadKey(x); ok {
							ix.fieldLoads[key] = append(ix.fieldLoads[key], instr)
						}
					}
				}
			}
		}
	}
	return ix
}

// fieldChain walks x.a.b back to x and returns x and ["a", "b"].
func fieldChain(fa *ssa.FieldAddr) (ssa.Value, []string) {
	var path []string
	var v ssa.Value = fa
	for {
		f, ok := v.(*ssa.FieldAddr)
		if !ok {
			break
		}
		st, ok := pointee(f.X.Type())
		if !ok || f.Field >= st.NumFields() {
			break
		}
		path = append(path, st.Field(f.Field).Name())
		v = f.X
	}
	slices.Reverse(path)
	return v, path
}

// pointee returns the struct a pointer type points to, generic types
// taken at their origin so that all instances share one key.
func pointee(t types.Type) (*types.Struct, bool) {
	p, ok := types.Unalias(t).Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	e := types.Unalias(p.Elem())
	if n, ok := e.(*types.Named); ok {
		e = n.Origin()
	}
	st, ok := e.Underlying().(*types.Struct)
	return st, ok
}

// loadKey names a field path by the struct type at its root, so that
// loads and stores through different values of one type meet.
func loadKey(fa *ssa.FieldAddr) (string, bool) {
	root, path := fieldChain(fa)
	st, ok := pointee(root.Type())
	if !ok {
		return "", false
	}
	return typeKey(st) + "|" + strings.Join(path, "."), true
}

func typeKey(st *types.Struct) string {
	return types.TypeString(st, nil)
}

// FuncOf returns the SSA function of a function or method declared in
// this package, or nil.
func (r *Result) FuncOf(obj types.Object) *ssa.Function {
	if !r.Relevant || obj == nil {
		return nil
	}
	return r.configIdx().funcsByObj[obj]
}

// Callers returns the static calls of fn made in this package.
func (r *Result) Callers(fn *ssa.Function) []*ssa.Call {
	if !r.Relevant {
		return nil
	}
	return r.callers[fn]
}

// ConfigField evaluates the string at path (PathAuthURL, ...) of the
// oauth2.Config (or other struct) that v is or points to.
func (r *Result) ConfigField(v ssa.Value, path []string) Strs {
	if !r.Relevant || v == nil {
		return nil
	}
	home := v.Parent()
	return r.resolveParams(r.objectField(v, path, home, 0), home)
}

// maxFieldDepth bounds the chain of stores, loads and calls followed
// for one field.
const maxFieldDepth = 8

// objectField evaluates path in the struct v points to (or is), in
// terms of home's parameters.
func (r *Result) objectField(v ssa.Value, path []string, home *ssa.Function, depth int) Strs {
	if depth > maxFieldDepth || v == nil {
		return Strs{Unknown()}
	}
	ix := r.configIdx()
	q := fieldQuery{v, strings.Join(path, ".")}
	if ix.visiting[q] {
		return Strs{Unknown()}
	}
	ix.visiting[q] = true
	defer delete(ix.visiting, q)

	if len(path) == 0 {
		return r.toHome(r.eval(v), v.Parent(), home)
	}
	if _, ok := pointee(v.Type()); !ok {
		return r.structValueField(v, path, home, depth)
	}
	switch v := v.(type) {
	case *ssa.FieldAddr:
		st, ok := pointee(v.X.Type())
		if ok && v.Field < st.NumFields() {
			return r.objectField(v.X, append([]string{st.Field(v.Field).Name()}, path...), home, depth+1)
		}
	case *ssa.Alloc:
		return r.allocField(v, path, home, depth)
	case *ssa.Global:
		return r.globalField(v, path, home, depth)
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL && g.Pkg != r.pkg {
			return r.globalField(g, path, home, depth) // a pointer variable of another package
		}
		if v.Op == token.MUL {
			var out Strs
			for _, p := range r.storedPointers(v.X, depth) {
				out = append(out, r.objectField(p, path, home, depth+1)...)
			}
			if len(out) > 0 {
				return out.bounded()
			}
		}
	case *ssa.Phi:
		var out Strs
		for _, e := range v.Edges {
			out = append(out, r.objectField(e, path, home, depth+1)...)
		}
		return out.bounded()
	case *ssa.MakeInterface:
		return r.objectField(v.X, path, home, depth+1)
	case *ssa.ChangeType:
		return r.objectField(v.X, path, home, depth+1)
	case *ssa.TypeAssert:
		return r.objectField(v.X, path, home, depth+1)
	case *ssa.Call:
		return r.calleeField(v, 0, path, home, depth)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return r.calleeField(call, v.Index, path, home, depth)
		}
	case *ssa.Parameter:
		return r.paramField(v, path, home, depth, r.objectField)
	}
	return r.typeField(v.Type(), path, home, depth)
}

// structValueField evaluates path in a struct value (not a pointer).
func (r *Result) structValueField(v ssa.Value, path []string, home *ssa.Function, depth int) Strs {
	if _, ok := v.Type().Underlying().(*types.Struct); !ok {
		return Strs{Unknown()} // not a struct at all: a string, an interface
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return r.objectField(v.X, path, home, depth+1)
		}
	case *ssa.Const:
		if t := leafType(v.Type(), path); t != nil && isStringish(t) {
			return Strs{{}} // the zero struct
		}
	case *ssa.Field:
		st, ok := v.X.Type().Underlying().(*types.Struct)
		if ok && v.Field < st.NumFields() {
			return r.structValueField(v.X, append([]string{st.Field(v.Field).Name()}, path...), home, depth+1)
		}
	case *ssa.Phi:
		var out Strs
		for _, e := range v.Edges {
			out = append(out, r.structValueField(e, path, home, depth+1)...)
		}
		return out.bounded()
	case *ssa.Call:
		return r.calleeField(v, 0, path, home, depth)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return r.calleeField(call, v.Index, path, home, depth)
		}
	case *ssa.Parameter:
		return r.paramField(v, path, home, depth, r.structValueField)
	}
	return Strs{Unknown()}
}

// leafType returns the type of field path in struct type t, or nil.
func leafType(t types.Type, path []string) types.Type {
	for _, name := range path {
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		found := false
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Name() == name {
				t, found = st.Field(i).Type(), true
				break
			}
		}
		if !found {
			return nil
		}
	}
	if t == nil {
		return types.Typ[types.Invalid]
	}
	return t
}

func (r *Result) toHome(ss Strs, from, home *ssa.Function) Strs {
	if from == nil || from == home {
		return ss
	}
	return r.resolveParams(ss, from)
}

// matchStores returns, of the stores in sites, those that give the
// value at path: stores to path itself or to a prefix of it (a whole
// struct), each with the rest of the path to follow in the stored value.
func matchStores(sites []pathStore, path []string) ([]pathStore, [][]string) {
	var out []pathStore
	var rest [][]string
	for _, s := range sites {
		if len(s.path) <= len(path) && slices.Equal(s.path, path[:len(s.path)]) {
			out = append(out, s)
			rest = append(rest, path[len(s.path):])
		}
	}
	return out, rest
}

// lastPerFunction keeps, in each function, the last of the stores
// (in source order): a later assignment overrides a composite literal.
func lastPerFunction(sites []pathStore, rest [][]string) ([]pathStore, [][]string) {
	last := map[*ssa.Function]int{}
	for i, s := range sites {
		if j, ok := last[s.fn]; !ok || s.pos >= sites[j].pos {
			last[s.fn] = i
		}
	}
	var out []pathStore
	var outRest [][]string
	for i, s := range sites {
		if last[s.fn] == i {
			out = append(out, s)
			outRest = append(outRest, rest[i])
		}
	}
	return out, outRest
}

func (r *Result) storeValues(sites []pathStore, rest [][]string, home *ssa.Function, depth int) Strs {
	if len(sites) > maxAlternatives {
		return Strs{Unknown()}
	}
	var out Strs
	for i, s := range sites {
		out = append(out, r.objectField(s.val, rest[i], home, depth+1)...)
	}
	return out.bounded()
}

func (r *Result) allocField(a *ssa.Alloc, path []string, home *ssa.Function, depth int) Strs {
	var sites []pathStore
	for _, s := range r.configIdx().stores {
		if s.root == a {
			sites = append(sites, s)
		}
	}
	for _, ref := range *a.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
			sites = append(sites, pathStore{root: a, val: st.Val, fn: a.Parent(), pos: st.Pos()}) // the whole struct
		}
	}
	sites, rest := matchStores(sites, path)
	if len(sites) == 0 {
		if escapes(a) {
			return Strs{Unknown()}
		}
		if t := leafType(a.Type().Underlying().(*types.Pointer).Elem(), path); t != nil && isStringish(t) {
			return Strs{{}} // never set
		}
		return Strs{Unknown()}
	}
	sites, rest = lastPerFunction(sites, rest)
	return r.storeValues(sites, rest, home, depth)
}

// escapes reports whether the struct at a (or the address of one of
// its fields) goes anywhere but into loads, stores to it and field
// selections: handed to a call (json.Unmarshal(data, &cfg), a helper
// that fills it), boxed, stored elsewhere. Its fields may then be set
// where atlvet does not look.
func escapes(a *ssa.Alloc) bool {
	var addrEscapes func(v ssa.Value, depth int) bool
	addrEscapes = func(v ssa.Value, depth int) bool {
		if depth > maxFieldDepth {
			return true
		}
		for _, ref := range *v.Referrers() {
			switch ref := ref.(type) {
			case *ssa.DebugRef, *ssa.UnOp:
			case *ssa.FieldAddr:
				if addrEscapes(ref, depth+1) {
					return true
				}
			case *ssa.Store:
				if ref.Addr != v {
					return true // the address itself is stored
				}
			default:
				return true
			}
		}
		return false
	}
	return addrEscapes(a, 0)
}

func (r *Result) globalField(g *ssa.Global, path []string, home *ssa.Function, depth int) Strs {
	if g.Pkg != r.pkg {
		if known, ok := atlassian.KnownValue(g.Pkg.Pkg.Path(), g.Name(), strings.Join(path, ".")); ok {
			return Strs{Lit(known)}
		}
		var sum OAuthSummary
		if obj := g.Object(); obj != nil && r.pass.ImportObjectFact(obj, &sum) && len(sum.Results) == 1 {
			if ss, ok := fieldOf(sum.Results[0], strings.Join(path, ".")); ok {
				return ss
			}
		}
		return Strs{Unknown()}
	}
	var sites []pathStore
	for _, s := range r.configIdx().stores {
		if s.root == g {
			sites = append(sites, s)
		}
	}
	for _, st := range r.globalStore[g] {
		sites = append(sites, pathStore{root: g, val: st.val, fn: st.fn, pos: st.pos}) // the whole struct
	}
	sites, rest := matchStores(sites, path)
	if len(sites) == 0 {
		return Strs{Unknown()}
	}
	sites, rest = lastPerFunction(sites, rest)
	return r.storeValues(sites, rest, home, depth)
}

// typeField evaluates path in a struct reached through a pointer of
// unknown origin: every store to that path of that struct type in the
// package counts.
func (r *Result) typeField(t types.Type, path []string, home *ssa.Function, depth int) Strs {
	st, ok := pointee(t)
	if !ok {
		return Strs{Unknown()}
	}
	key := typeKey(st)
	var sites []pathStore
	for _, s := range r.configIdx().stores {
		if s.key == key {
			sites = append(sites, s)
		}
	}
	sites, rest := matchStores(sites, path)
	if len(sites) == 0 {
		return Strs{Unknown()}
	}
	// Stores through other values of the type may belong to another
	// object: trust them only when they all agree.
	if out := r.storeValues(sites, rest, home, depth); len(out) == 1 {
		return out
	}
	return Strs{Unknown()}
}

// storedPointers returns the values stored at addr: the pointers that
// a load from addr can yield.
func (r *Result) storedPointers(addr ssa.Value, depth int) []ssa.Value {
	var out []ssa.Value
	switch a := addr.(type) {
	case *ssa.Global:
		if a.Pkg != r.pkg {
			return nil
		}
		for _, s := range r.globalStore[a] {
			out = append(out, s.val)
		}
	case *ssa.Alloc:
		for _, ref := range *a.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
				out = append(out, st.Val)
			}
		}
	case *ssa.FieldAddr:
		root, path := fieldChain(a)
		ix := r.configIdx()
		var sites []pathStore
		switch root.(type) {
		case *ssa.Alloc, *ssa.Global:
			for _, s := range ix.stores {
				if s.root == root && slices.Equal(s.path, path) {
					sites = append(sites, s)
				}
			}
		default:
			st, ok := pointee(root.Type())
			if !ok {
				return nil
			}
			key := typeKey(st)
			for _, s := range ix.stores {
				if s.key == key && slices.Equal(s.path, path) {
					sites = append(sites, s)
				}
			}
		}
		for _, s := range sites {
			out = append(out, s.val)
		}
	}
	if len(out) > maxAlternatives {
		return nil
	}
	return out
}

// calleeField evaluates path in result index of call.
func (r *Result) calleeField(call *ssa.Call, index int, path []string, home *ssa.Function, depth int) Strs {
	callee := call.Common().StaticCallee()
	if callee == nil {
		return Strs{Unknown()}
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	var results Strs
	if callee.Pkg == r.pkg && callee.Blocks != nil {
		for _, b := range callee.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || index >= len(ret.Results) {
				continue
			}
			results = append(results, r.objectField(ret.Results[index], path, callee, depth+1)...)
		}
	} else {
		obj, ok := callee.Object().(*types.Func)
		if !ok || obj.Pkg() == r.pass.Pkg {
			return Strs{Unknown()}
		}
		var sum OAuthSummary
		if !r.pass.ImportObjectFact(obj, &sum) || index >= len(sum.Results) {
			return Strs{Unknown()}
		}
		ss, ok := fieldOf(sum.Results[index], strings.Join(path, "."))
		if !ok {
			return Strs{Unknown()}
		}
		results = ss
	}
	if len(results) == 0 {
		return Strs{Unknown()}
	}
	args := r.argValues(call.Common())
	var out Strs
	for _, s := range results {
		out = append(out, s.subst(args)...)
	}
	return r.toHome(out.bounded(), call.Parent(), home)
}

// ConfigFieldArgs returns the arguments (indexes into the call's
// arguments, receiver first) whose value the field at path of result
// index of call starts with: the redirect URI a constructor, in this
// package or (by facts) another, stores into RedirectURL.
func (r *Result) ConfigFieldArgs(call *ssa.Call, index int, path []string) []int {
	if !r.Relevant || call == nil {
		return nil
	}
	callee := call.Common().StaticCallee()
	if callee == nil {
		return nil
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	var results Strs
	if callee.Pkg == r.pkg && callee.Blocks != nil {
		for _, b := range callee.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
				results = append(results, r.objectField(ret.Results[index], path, callee, 0)...)
			}
		}
	} else if obj, ok := callee.Object().(*types.Func); ok && obj.Pkg() != r.pass.Pkg {
		var sum OAuthSummary
		if r.pass.ImportObjectFact(obj, &sum) && index < len(sum.Results) {
			results, _ = fieldOf(sum.Results[index], strings.Join(path, "."))
		}
	}
	var out []int
	for _, s := range results {
		if len(s.Parts) > 0 && s.Parts[0].Param > 0 && !slices.Contains(out, s.Parts[0].Param-1) {
			out = append(out, s.Parts[0].Param-1)
		}
	}
	return out
}

// paramField evaluates path in a parameter through the calls of its
// function in this package.
func (r *Result) paramField(p *ssa.Parameter, path []string, home *ssa.Function, depth int,
	follow func(ssa.Value, []string, *ssa.Function, int) Strs) Strs {
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	callers := r.callers[fn]
	if i < 0 || len(callers) == 0 || len(callers) > maxAlternatives {
		return Strs{Unknown()}
	}
	var out Strs
	for _, call := range callers {
		args := call.Common().Args
		if i >= len(args) {
			continue
		}
		out = append(out, follow(args[i], path, call.Parent(), depth+1)...)
	}
	if len(out) == 0 {
		return Strs{Unknown()}
	}
	return r.toHome(out.bounded(), nil, home)
}

// configPaths returns the followed field paths of t when t is a
// configuration type (oauth2.Config, oauth2.Endpoint), or a pointer to
// one.
func configPaths(t types.Type) [][]string {
	if pkg, name, ok := funcs.NamedType(t); ok {
		return atlassian.ConfigURLFields(pkg, name)
	}
	return nil
}

// exportOAuthFacts exports an OAuthSummary for every function of the
// package that returns a config or endpoint, and for every package
// variable holding one.
func (r *Result) exportOAuthFacts() {
	for _, fn := range r.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil {
			continue
		}
		res := fn.Signature.Results()
		var sum OAuthSummary
		found := false
		for i := 0; i < res.Len(); i++ {
			var fields []OAuthField
			for _, path := range configPaths(res.At(i).Type()) {
				var ss Strs
				for _, b := range fn.Blocks {
					if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
						ss = append(ss, r.objectField(ret.Results[i], path, fn, 0)...)
					}
				}
				fields = append(fields, OAuthField{strings.Join(path, "."), ss.bounded()})
				found = true
			}
			sum.Results = append(sum.Results, fields)
		}
		if found {
			r.pass.ExportObjectFact(obj, &sum)
		}
	}
	for _, mem := range r.pkg.Members {
		g, ok := mem.(*ssa.Global)
		if !ok || g.Object() == nil {
			continue
		}
		elem := g.Type().(*types.Pointer).Elem()
		paths := configPaths(elem)
		if len(paths) == 0 {
			continue
		}
		var fields []OAuthField
		for _, path := range paths {
			var ss Strs
			if _, isPtr := elem.Underlying().(*types.Pointer); isPtr {
				for _, p := range r.storedPointers(g, 0) {
					ss = append(ss, r.objectField(p, path, nil, 0)...)
				}
				if len(ss) == 0 {
					ss = Strs{Unknown()}
				}
			} else {
				ss = r.globalField(g, path, nil, 0)
			}
			fields = append(fields, OAuthField{strings.Join(path, "."), ss.forgetParams()})
		}
		r.pass.ExportObjectFact(g.Object(), &OAuthSummary{Results: [][]OAuthField{fields}})
	}
}

// SliceElems returns the elements of a slice built by a composite
// literal or by the implicit slice of a variadic call, or nil.
func (r *Result) SliceElems(v ssa.Value) []ssa.Value {
	if !r.Relevant || v == nil {
		return nil
	}
	return r.variadic(v)
}

// A FieldStore is an assignment to a field of a struct, in a
// composite literal or by x.f = v.
type FieldStore struct {
	Object ssa.Value // the pointer to the struct whose field is set
	Val    ssa.Value
	Pos    token.Pos // the Store: a composite literal's colon, or the selector
	Fn     *ssa.Function
}

// FieldStores returns the stores in this package to field of the
// struct type pkgPath.typeName.
func (r *Result) FieldStores(pkgPath, typeName, field string) []FieldStore {
	if !r.Relevant {
		return nil
	}
	var out []FieldStore
	for _, s := range r.configIdx().stores {
		if !funcs.IsNamed(s.addr.X.Type(), pkgPath, typeName) || s.path[len(s.path)-1] != field {
			continue
		}
		out = append(out, FieldStore{Object: s.addr.X, Val: s.val, Pos: s.pos, Fn: s.fn})
	}
	return out
}
