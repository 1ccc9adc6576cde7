package secrets

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/funcs"
)

// Field reads are followed to the objects they read, not to every
// store of the field: cfg.APIToken reaches a sink with the literal of
// the Config that flows into cfg, not with the template Config another
// function writes to a file. An object is known by where it is made (a
// composite literal), by the variables that hold it (their stores, the
// stores to their fields, the stores through the parameters of this
// package's functions they are passed to, the stores through the
// variables that alias it), by the elements of the maps and slices it
// is put in, by the arguments of the calls of the function whose
// parameter holds it, and by the results of the helper that returns
// it. Where an object may come from somewhere the tracer cannot see (a
// function value, an interface method, a pointer stored away), the
// read falls back to every store of the field in the package.

// maxObjectSteps bounds the work of one object query; past it the read
// falls back to the field-wide stores, which keeps the cost linear.
const maxObjectSteps = 256

// A varField is field f of the object a variable holds or points to.
type varField struct {
	v, f *types.Var
}

// An argUse is a variable handed to a call in a way that lets the
// callee store into what it holds: by address, as a pointer, map or
// slice, or as the receiver of a method with a pointer receiver. index
// is -1 for the receiver; callee is nil for a call of a function value.
type argUse struct {
	call   *ast.CallExpr
	callee *types.Func
	index  int
}

// objectIndex is what the object queries need from the whole package,
// gathered with the tracer's other indexes.
type objectIndex struct {
	fieldStoresOn  map[varField][]store        // v.F = x
	untracked      map[*types.Var][]store      // x.y.F = v, f().F = v: stores to F through no variable
	elementStores  map[*types.Var][]store      // m[k] = v, s[i] = v
	fieldElements  map[*types.Var][]store      // x.F[k] = v, for every x
	escapedFields  map[*types.Var]bool         // fields whose map or slice is used other than in place
	argUses        map[*types.Var][]argUse     // f(&v), f(p), v.ptrMethod()
	aliases        map[*types.Var][]*types.Var // w := &v, w := p: stores through w are stores through v
	rangeOver      map[*types.Var][]ast.Expr   // for _, v := range x
	opaque         map[*types.Var]bool         // holds what the queries cannot follow
	paramVars      map[paramRef]*types.Var     // the variable of each named parameter
	funcValues     map[*types.Func]bool        // functions used as values
	calledAbstract map[string]bool             // names of interface methods called here
	exportedFuncs  []*types.Func               // functions with bodies other packages may call, in source order
}

func newObjectIndex() objectIndex {
	return objectIndex{
		fieldStoresOn:  map[varField][]store{},
		untracked:      map[*types.Var][]store{},
		elementStores:  map[*types.Var][]store{},
		fieldElements:  map[*types.Var][]store{},
		escapedFields:  map[*types.Var]bool{},
		argUses:        map[*types.Var][]argUse{},
		aliases:        map[*types.Var][]*types.Var{},
		rangeOver:      map[*types.Var][]ast.Expr{},
		opaque:         map[*types.Var]bool{},
		paramVars:      map[paramRef]*types.Var{},
		funcValues:     map[*types.Func]bool{},
		calledAbstract: map[string]bool{},
	}
}

// trackedVar returns the variable of this package (local, parameter
// or package-level, not a field) that e names, or nil.
func (t *tracer) trackedVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := t.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		v, ok = t.pass.TypesInfo.Defs[id].(*types.Var)
	}
	if !ok || v.IsField() || v.Pkg() != t.pass.Pkg {
		return nil
	}
	return v
}

// sharesStorage reports whether copying a value of type typ copies a
// reference: stores through the copy are stores through the original.
func sharesStorage(typ types.Type) bool {
	switch typeUnder(typ).(type) {
	case *types.Pointer, *types.Map, *types.Slice:
		return true
	}
	return false
}

// addFieldStore records a store to a field: on the variable written
// through, or as untracked.
func (t *tracer) addFieldStore(lhs *ast.SelectorExpr, f *types.Var, st store) {
	if v := t.trackedVar(lhs.X); v != nil {
		key := varField{v, f}
		t.fieldStoresOn[key] = append(t.fieldStoresOn[key], st)
		return
	}
	t.untracked[f] = append(t.untracked[f], st)
}

// addElementStore records a store to an element of a map or slice a
// variable holds; a store into any other container makes the objects
// of the elements' type untraceable where they are read from it.
func (t *tracer) addElementStore(lhs *ast.IndexExpr, st store) {
	if v := t.trackedVar(lhs.X); v != nil {
		t.elementStores[v] = append(t.elementStores[v], st)
	} else if g := t.containerField(lhs.X); g != nil {
		t.fieldElements[g] = append(t.fieldElements[g], st)
	}
}

// containerField returns the field of map or slice type that e
// selects, or nil.
func (t *tracer) containerField(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s, ok := t.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.FieldVal {
		switch typeUnder(s.Type()).(type) {
		case *types.Map, *types.Slice:
			return s.Obj().(*types.Var).Origin()
		}
	}
	return nil
}

// noteFieldUse looks at where the map or slice of a field is used: in
// place (an element read or written, ranged over, measured, replaced)
// its elements are those stored through the field; anywhere else it
// may be filled or read through another name, and its elements are
// not followed.
func (t *tracer) noteFieldUse(cur inspector.Cursor, sel *ast.SelectorExpr) {
	g := t.containerField(sel)
	if g == nil {
		return
	}
	use, c := ast.Node(sel), cur.Parent()
	for {
		if p, ok := c.Node().(*ast.ParenExpr); ok {
			use, c = p, c.Parent()
			continue
		}
		break
	}
	switch p := c.Node().(type) {
	case *ast.IndexExpr:
		if p.X == use {
			return
		}
	case *ast.RangeStmt:
		if p.X == use {
			return
		}
	case *ast.AssignStmt:
		if slices.Contains(p.Lhs, ast.Expr(sel)) {
			return
		}
	case *ast.CallExpr:
		if tv, ok := t.pass.TypesInfo.Types[p.Fun]; ok && tv.IsBuiltin() {
			if id, ok := ast.Unparen(p.Fun).(*ast.Ident); ok && id.Name != "copy" {
				return // len, cap, delete, clear, append(x.F, ...)
			}
		}
	}
	t.escapedFields[g] = true
}

// addArgUses records the variables call hands to its callee in a way
// that lets it store into what they hold.
func (t *tracer) addArgUses(call *ast.CallExpr, callee *types.Func) {
	info := t.pass.TypesInfo
	if callee != nil {
		if recv := callee.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			t.calledAbstract[callee.Name()] = true
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal && sharesStorage(s.Obj().(*types.Func).Signature().Recv().Type()) {
			if v := t.trackedVar(sel.X); v != nil {
				t.argUses[v] = append(t.argUses[v], argUse{call, callee, -1})
			}
		}
	}
	for i, arg := range call.Args {
		arg = ast.Unparen(arg)
		addr := false
		if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
			arg, addr = u.X, true
		}
		if v := t.trackedVar(arg); v != nil && (addr || sharesStorage(v.Type())) {
			t.argUses[v] = append(t.argUses[v], argUse{call, callee, i})
		}
	}
}

// noteUse looks at where a variable or function is used, for what the
// object queries must know: a reference to a variable copied into
// another (an alias), or stored where it cannot be followed; a
// function used as a value.
func (t *tracer) noteUse(cur inspector.Cursor, id *ast.Ident) {
	info := t.pass.TypesInfo
	switch obj := info.Uses[id].(type) {
	case *types.Func:
		n := ast.Node(id)
		c := cur.Parent()
		if sel, ok := c.Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			n, c = sel, c.Parent()
		}
		if call, ok := c.Node().(*ast.CallExpr); !ok || call.Fun != n {
			t.funcValues[obj] = true
		}
	case *types.Var:
		v := t.trackedVar(id)
		if v == nil {
			return
		}
		use, c := ast.Node(id), cur.Parent()
		if u, ok := c.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
			use, c = u, c.Parent() // &v: a reference, whatever v's type
		} else if !sharesStorage(v.Type()) {
			return // a copy of v: stores through it do not reach v
		}
		switch p := c.Node().(type) {
		case *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr, *ast.RangeStmt:
			return // a field, an element, the pointee: read or written in place
		case *ast.CallExpr:
			return // an argument or a receiver: see addArgUses
		case *ast.ReturnStmt, *ast.BinaryExpr:
			return // the caller's variable holds it: its own stores are followed
		case *ast.AssignStmt:
			for i, r := range p.Rhs {
				if r != use {
					continue
				}
				if len(p.Lhs) == len(p.Rhs) {
					if w := t.trackedVar(p.Lhs[i]); w != nil {
						t.aliases[v] = append(t.aliases[v], w)
						return
					}
				}
				t.opaque[v] = true // stored into a field, an element: not followed
				return
			}
			return // written
		case *ast.ValueSpec:
			for i, r := range p.Values {
				if r == use && len(p.Names) == len(p.Values) {
					if w := t.trackedVar(p.Names[i]); w != nil {
						t.aliases[v] = append(t.aliases[v], w)
						return
					}
				}
			}
		}
		t.opaque[v] = true
	}
}

// objectField returns the stores into field f of the objects base may
// denote; ok is false when base may denote an object the tracer cannot
// follow.
func (t *tracer) objectField(base ast.Expr, f *types.Var) ([]store, bool) {
	q := &objectQuery{t: t, seen: map[objectKey]bool{}}
	sts := q.fieldStores(base, f)
	return sts, !q.failed
}

type objectQuery struct {
	t      *tracer
	seen   map[objectKey]bool
	steps  int
	failed bool
}

// An objectKey is a question an object query has asked: the stores
// into field f of what x denotes (x an ast.Expr, a *types.Var, a
// paramRef), or of the elements of what it holds (x an elementsOf).
type objectKey struct {
	x any
	f *types.Var
}

type elementsOf struct{ v *types.Var }

type through struct{ v *types.Var }

// enter reports whether x is to be followed for field f: not already
// followed in this query, and within its budget.
func (q *objectQuery) enter(x any, f *types.Var) bool {
	if q.failed || q.seen[objectKey{x, f}] {
		return false
	}
	q.seen[objectKey{x, f}] = true
	if q.steps++; q.steps > maxObjectSteps {
		q.failed = true
		return false
	}
	return true
}

func (q *objectQuery) fail() []store {
	q.failed = true
	return nil
}

// fieldStores returns the stores into field f of the objects e may
// denote, with the stores to f that name no variable.
func (q *objectQuery) fieldStores(e ast.Expr, f *types.Var) []store {
	return append(q.field(e, f), q.t.untracked[f]...)
}

// field returns the stores into field f of the objects e may denote.
func (q *objectQuery) field(e ast.Expr, f *types.Var) []store {
	e = ast.Unparen(e)
	if !q.enter(e, f) {
		return nil
	}
	info := q.t.pass.TypesInfo
	switch e := e.(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return q.field(e.X, f)
		}
	case *ast.StarExpr:
		return q.field(e.X, f)
	case *ast.CompositeLit:
		if v := literalField(info, e, f); v != nil {
			return []store{{value: v, index: -1}}
		}
		return nil
	case *ast.Ident:
		if v := q.t.trackedVar(e); v != nil {
			return q.variable(v, f)
		}
		if _, ok := info.Uses[e].(*types.Nil); ok {
			return nil
		}
	case *ast.SelectorExpr:
		// x.G.F: the objects stored in G of x's objects.
		if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal && len(sel.Index()) == 1 {
			var out []store
			for _, st := range q.fieldStores(e.X, sel.Obj().(*types.Var).Origin()) {
				out = append(out, q.stored(st, f)...)
			}
			return out
		}
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.X]; ok && tv.IsValue() {
			return q.elements(e.X, f)
		}
	case *ast.CallExpr:
		return q.result(e, 0, f)
	}
	return q.fail()
}

// stored returns the stores into field f of the object a store puts.
func (q *objectQuery) stored(st store, f *types.Var) []store {
	var out []store
	switch call, ok := st.value.(*ast.CallExpr); {
	case st.index < 0:
		out = q.field(st.value, f)
	case ok:
		out = q.result(call, st.index, f)
	default:
		return q.fail()
	}
	if st.handedOut {
		return markHandedOut(out)
	}
	return out
}

// variable returns the stores into field f of the objects variable v
// holds: what is assigned to it, what is stored into its field, the
// objects its callers pass when it is a parameter, and the elements of
// what it ranges over.
func (q *objectQuery) variable(v, f *types.Var) []store {
	t := q.t
	if t.opaque[v] {
		return q.fail()
	}
	if !q.enter(v, f) {
		return nil
	}
	out := q.through(v, f)
	for _, st := range t.stores[v] {
		out = append(out, q.stored(st, f)...)
	}
	if p, ok := t.params[v]; ok {
		out = append(out, q.param(p, f)...)
	}
	for _, x := range t.rangeOver[v] {
		out = append(out, q.elements(x, f)...)
	}
	return out
}

// through returns the stores into field f made through variable v:
// v.F = x, the stores through the parameters v is passed to, and the
// stores through the variables that alias v.
func (q *objectQuery) through(v, f *types.Var) []store {
	t := q.t
	if !q.enter(through{v}, f) {
		return nil
	}
	out := append([]store(nil), t.fieldStoresOn[varField{v, f}]...)
	for _, w := range t.aliases[v] {
		out = append(out, q.through(w, f)...)
	}
	for _, u := range t.argUses[v] {
		var p paramRef
		switch {
		case u.callee != nil && t.decls[u.callee] != nil:
			p = paramRef{fn: u.callee, index: u.index}
		case u.callee != nil && u.callee.Pkg() != t.pass.Pkg:
			continue // another package cannot store this package's literals
		case u.callee == nil:
			if tv, ok := t.pass.TypesInfo.Types[u.call.Fun]; ok && tv.IsBuiltin() {
				continue // append, copy, delete, len: no field is written
			}
			lit, _ := t.funcLitOf(u.call)
			if lit == nil {
				return q.fail()
			}
			p = paramRef{lit: lit, index: u.index}
		default:
			return q.fail() // an interface method, or a function without a body
		}
		if pv := t.paramVars[p]; pv != nil {
			out = append(out, q.through(pv, f)...)
		}
	}
	return out
}

// elements returns the stores into field f of the elements of the map,
// slice or array c: the elements of the literals and calls that make
// it, and the stores into its elements.
func (q *objectQuery) elements(c ast.Expr, f *types.Var) []store {
	c = ast.Unparen(c)
	if !q.enter(c, f) {
		return nil
	}
	info := q.t.pass.TypesInfo
	switch c := c.(type) {
	case *ast.Ident:
		v := q.t.trackedVar(c)
		if v == nil {
			break
		}
		if q.t.opaque[v] {
			return q.fail()
		}
		if !q.enter(elementsOf{v}, f) {
			return nil
		}
		var out []store
		for _, st := range q.t.elementStores[v] {
			out = append(out, q.stored(st, f)...)
		}
		for _, st := range q.t.stores[v] {
			if st.index >= 0 {
				return q.fail() // the elements of a helper's result
			}
			out = append(out, q.elements(st.value, f)...)
		}
		for _, u := range q.t.argUses[v] {
			if u.callee == nil {
				if tv, ok := info.Types[u.call.Fun]; ok && tv.IsBuiltin() {
					continue
				}
			}
			if u.callee == nil || u.callee.Pkg() == q.t.pass.Pkg {
				return q.fail() // filled by a function of this package
			}
		}
		if _, ok := q.t.params[v]; ok {
			return q.fail()
		}
		return out
	case *ast.SelectorExpr:
		g := q.t.containerField(c)
		if g == nil {
			break
		}
		if q.t.escapedFields[g] {
			return q.fail()
		}
		var out []store
		if q.enter(elementsOf{g}, f) {
			for _, st := range q.t.fieldElements[g] {
				out = append(out, q.stored(st, f)...)
			}
		}
		if g.Pkg() != q.t.pass.Pkg {
			return out
		}
		for _, st := range q.fieldStores(c.X, g) {
			if st.index >= 0 {
				return q.fail() // the elements of a helper's result
			}
			out = append(out, q.elements(st.value, f)...)
		}
		return out
	case *ast.CompositeLit:
		var out []store
		for _, elt := range c.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if inner, ok := elt.(*ast.CompositeLit); ok && inner.Type == nil {
				// {"a", "b"} elided in a []T{...}: the element's type is T.
				if v := literalField(info, inner, f); v != nil {
					out = append(out, store{value: v, index: -1})
				}
				continue
			}
			out = append(out, q.field(elt, f)...)
		}
		return out
	case *ast.CallExpr:
		if tv, ok := info.Types[c.Fun]; ok && tv.IsBuiltin() {
			switch id, _ := ast.Unparen(c.Fun).(*ast.Ident); {
			case id != nil && id.Name == "make":
				return nil
			case id != nil && id.Name == "append" && len(c.Args) > 0:
				out := q.elements(c.Args[0], f)
				for i, a := range c.Args[1:] {
					if c.Ellipsis.IsValid() && i == len(c.Args)-2 {
						out = append(out, q.elements(a, f)...)
					} else {
						out = append(out, q.field(a, f)...)
					}
				}
				return out
			}
		}
		if callee := funcs.Callee(info, c); callee != nil && callee.Pkg() != q.t.pass.Pkg {
			return nil // another package's containers hold none of this package's literals
		}
	}
	return q.fail()
}

// param returns the stores into field f of the objects the calls of
// p's function pass for p.
func (q *objectQuery) param(p paramRef, f *types.Var) []store {
	t := q.t
	var calls []*ast.CallExpr
	if p.lit != nil {
		calls = t.litCalls[p.lit]
		if len(calls) == 0 {
			return q.fail() // a callback: called where the tracer cannot see
		}
	} else {
		calls = t.calls[p.fn]
		switch {
		case t.funcValues[p.fn]:
			return q.fail()
		case p.fn.Signature().Recv() != nil && len(calls) == 0 && t.calledAbstract[p.fn.Name()]:
			return q.fail() // perhaps called through an interface
		}
	}
	var out []store
	for _, call := range calls {
		arg := t.argAt(call, p.index)
		if arg == nil {
			return q.fail()
		}
		out = append(out, q.field(arg, f)...)
	}
	if p.fn != nil && t.callableOutside(p.fn) {
		// Callers in other packages pass their own objects, which the
		// fields' facts take care of there, or the objects this
		// package hands out.
		out = append(out, q.handedOut(t.paramType(p), f)...)
	}
	return out
}

// handedOut returns the stores into field f of the objects of type typ
// (or pointers to them) that this package hands to other packages: the
// results of its exported functions and its exported variables.
func (q *objectQuery) handedOut(typ types.Type, f *types.Var) []store {
	t := q.t
	named := namedObjectType(typ)
	if named == nil || !q.enter(named, f) {
		return nil
	}
	var out []store
	for _, fn := range t.exportedFuncs {
		results := fn.Signature().Results()
		for i := range results.Len() {
			if namedObjectType(results.At(i).Type()) == named {
				out = append(out, markHandedOut(q.returned(t.decls[fn].Body, results, i, f))...)
			}
		}
	}
	scope := t.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok && v.Exported() && namedObjectType(v.Type()) == named {
			out = append(out, markHandedOut(q.variable(v, f))...)
		}
	}
	return out
}

// markHandedOut returns copies of sts marked as stores into objects
// handed out.
func markHandedOut(sts []store) []store {
	out := make([]store, len(sts))
	for i, st := range sts {
		st.handedOut = true
		out[i] = st
	}
	return out
}

// namedObjectType returns the named type of which a value of type typ
// is, or points to, an object; nil for other types.
func namedObjectType(typ types.Type) *types.TypeName {
	if ptr, ok := types.Unalias(typ).(*types.Pointer); ok {
		typ = ptr.Elem()
	}
	if named, ok := types.Unalias(typ).(*types.Named); ok {
		return named.Origin().Obj()
	}
	return nil
}

// callableOutside reports whether other packages may call fn.
func (t *tracer) callableOutside(fn *types.Func) bool {
	return fn.Exported() && t.pass.Pkg.Name() != "main"
}

// paramType returns the type of the parameter p refers to.
func (t *tracer) paramType(p paramRef) types.Type {
	if v := t.paramVars[p]; v != nil {
		return v.Type()
	}
	return nil
}

// result returns the stores into field f of the objects result index
// of call may be.
func (q *objectQuery) result(call *ast.CallExpr, index int, f *types.Var) []store {
	t := q.t
	info := t.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return q.field(call.Args[0], f)
		}
		return nil
	}
	var body *ast.BlockStmt
	var results *types.Tuple
	if callee := funcs.Callee(info, call); callee != nil {
		decl := t.decls[callee]
		switch {
		case decl != nil:
			body, results = decl.Body, callee.Signature().Results()
		case callee.Pkg() != t.pass.Pkg:
			return nil // another package's objects hold none of this package's literals
		}
	} else if lit, _ := t.funcLitOf(call); lit != nil {
		if sig, ok := info.TypeOf(lit).(*types.Signature); ok {
			body, results = lit.Body, sig.Results()
		}
	}
	if body == nil || results == nil || index >= results.Len() {
		return q.fail()
	}
	return q.returned(body, results, index, f)
}

// returned returns the stores into field f of the objects result index
// of a function with the given body and results may be.
func (q *objectQuery) returned(body *ast.BlockStmt, results *types.Tuple, index int, f *types.Var) []store {
	if body == nil {
		return nil
	}
	var out []store
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == results.Len():
				out = append(out, q.field(n.Results[index], f)...)
			case len(n.Results) == 0:
				out = append(out, q.variable(results.At(index), f)...)
			case len(n.Results) == 1:
				if inner, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					out = append(out, q.result(inner, index, f)...)
				}
			}
		}
		return !q.failed
	})
	return out
}

// literalField returns the value a struct literal gives field f, or
// nil.
func literalField(info *types.Info, lit *ast.CompositeLit, f *types.Var) ast.Expr {
	st, ok := typeUnder(info.TypeOf(lit)).(*types.Struct)
	if !ok {
		return nil
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				if g, ok := info.Uses[key].(*types.Var); ok && g.Origin() == f {
					return kv.Value
				}
			}
		} else if i < st.NumFields() && st.Field(i).Origin() == f {
			return elt
		}
	}
	return nil
}
