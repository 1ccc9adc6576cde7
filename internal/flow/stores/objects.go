package stores

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/funcs"
)

// Field reads are answered by the objects they read, not by every
// store of the field: an object is known by where it is made (a
// composite literal), by the variables that hold it (their stores, the
// stores to their fields, the stores through the parameters of this
// package's functions they are passed to, the stores through the
// variables that alias it), by the elements of the maps and slices it
// is put in, by the arguments of the calls of the function whose
// parameter holds it, and by the results of the helper that returns
// it. Where an object may come from somewhere the index cannot see (a
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

// trackedVar returns the variable of this package (local, parameter
// or package-level, not a field) that e names, or nil.
func (x *Index) trackedVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := x.info.Uses[id].(*types.Var)
	if !ok {
		v, ok = x.info.Defs[id].(*types.Var)
	}
	if !ok || v.IsField() || v.Pkg() != x.pkg {
		return nil
	}
	return v
}

// sharesStorage reports whether copying a value of type typ copies a
// reference: stores through the copy are stores through the original.
func sharesStorage(typ types.Type) bool {
	switch funcs.Underlying(typ).(type) {
	case *types.Pointer, *types.Map, *types.Slice:
		return true
	}
	return false
}

// addFieldStore records a store to a field: on the variable written
// through, or as untracked.
func (x *Index) addFieldStore(lhs *ast.SelectorExpr, f *types.Var, st Store) {
	if v := x.trackedVar(lhs.X); v != nil {
		key := varField{v, f}
		x.fieldStoresOn[key] = append(x.fieldStoresOn[key], st)
		return
	}
	x.untracked[f] = append(x.untracked[f], st)
}

// addElementStore records a store to an element of a map or slice a
// variable holds; a store into any other container makes the objects
// of the elements' type untraceable where they are read from it.
func (x *Index) addElementStore(lhs *ast.IndexExpr, st Store) {
	if v := x.trackedVar(lhs.X); v != nil {
		x.elementStores[v] = append(x.elementStores[v], st)
	} else if g := x.containerField(lhs.X); g != nil {
		x.fieldElements[g] = append(x.fieldElements[g], st)
	}
}

// containerField returns the field of map or slice type that e
// selects, or nil.
func (x *Index) containerField(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s, ok := x.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
		switch funcs.Underlying(s.Type()).(type) {
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
func (x *Index) noteFieldUse(cur inspector.Cursor, sel *ast.SelectorExpr) {
	g := x.containerField(sel)
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
		if tv, ok := x.info.Types[p.Fun]; ok && tv.IsBuiltin() {
			if id, ok := ast.Unparen(p.Fun).(*ast.Ident); ok && id.Name != "copy" {
				return // len, cap, delete, clear, append(x.F, ...)
			}
		}
	}
	x.escapedFields[g] = true
}

// addArgUses records the variables call hands to its callee in a way
// that lets it store into what they hold.
func (x *Index) addArgUses(call *ast.CallExpr, callee *types.Func) {
	info := x.info
	if callee != nil {
		if recv := callee.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			x.calledAbstract[callee.Name()] = true
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal && sharesStorage(s.Obj().(*types.Func).Signature().Recv().Type()) {
			if v := x.trackedVar(sel.X); v != nil {
				x.argUses[v] = append(x.argUses[v], argUse{call, callee, -1})
			}
		}
	}
	for i, arg := range call.Args {
		arg = ast.Unparen(arg)
		addr := false
		if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
			arg, addr = u.X, true
		}
		if v := x.trackedVar(arg); v != nil && (addr || sharesStorage(v.Type())) {
			x.argUses[v] = append(x.argUses[v], argUse{call, callee, i})
		}
	}
}

// noteUse looks at where a variable or function is used, for what the
// object queries must know: a reference to a variable copied into
// another (an alias), or stored where it cannot be followed; a
// function used as a value.
func (x *Index) noteUse(cur inspector.Cursor, id *ast.Ident) {
	info := x.info
	switch obj := info.Uses[id].(type) {
	case *types.Func:
		n := ast.Node(id)
		c := cur.Parent()
		if sel, ok := c.Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			n, c = sel, c.Parent()
		}
		if call, ok := c.Node().(*ast.CallExpr); !ok || call.Fun != n {
			x.funcValues[obj] = true
		}
	case *types.Var:
		v := x.trackedVar(id)
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
					if w := x.trackedVar(p.Lhs[i]); w != nil {
						x.aliases[v] = append(x.aliases[v], w)
						return
					}
				}
				x.opaque[v] = true // stored into a field, an element: not followed
				return
			}
			return // written
		case *ast.ValueSpec:
			for i, r := range p.Values {
				if r == use && len(p.Names) == len(p.Values) {
					if w := x.trackedVar(p.Names[i]); w != nil {
						x.aliases[v] = append(x.aliases[v], w)
						return
					}
				}
			}
		}
		x.opaque[v] = true
	}
}

// FieldRead returns the stores a read of a field can see. Where the
// objects sel.X may denote are known, objectSensitive is true and the
// stores are those into the field of those objects, with the stores to
// the field that name no variable (f().F = v). Else, and for a field
// promoted through an embedded one, the stores are every store of the
// field in the package, as Of returns them.
func (x *Index) FieldRead(sel *ast.SelectorExpr) (sts []Store, objectSensitive bool) {
	s, ok := x.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil, false
	}
	f := s.Obj().(*types.Var).Origin()
	if len(s.Index()) == 1 {
		q := &objectQuery{x: x, seen: map[objectKey]bool{}}
		if sts := q.fieldStores(sel.X, f); !q.failed {
			return sts, true
		}
	}
	return x.stores[f], false
}

// An objectQuery asks which stores into a field the objects an
// expression denotes can hold; failed says that it met an object it
// cannot follow, or ran past maxObjectSteps.
type objectQuery struct {
	x      *Index
	seen   map[objectKey]bool
	steps  int
	failed bool
}

// An objectKey is a question an object query has asked: the stores
// into field f of what x denotes (x an ast.Expr, a *types.Var, a
// Param), or of the elements of what it holds (x an elementsOf).
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

func (q *objectQuery) fail() []Store {
	q.failed = true
	return nil
}

// fieldStores returns the stores into field f of the objects e may
// denote, with the stores to f that name no variable.
func (q *objectQuery) fieldStores(e ast.Expr, f *types.Var) []Store {
	return append(q.field(e, f), q.x.untracked[f]...)
}

// field returns the stores into field f of the objects e may denote.
func (q *objectQuery) field(e ast.Expr, f *types.Var) []Store {
	e = ast.Unparen(e)
	if !q.enter(e, f) {
		return nil
	}
	info := q.x.info
	switch e := e.(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return q.field(e.X, f)
		}
	case *ast.StarExpr:
		return q.field(e.X, f)
	case *ast.CompositeLit:
		if v := literalField(info, e, f); v != nil {
			return []Store{{Value: v, Result: -1}}
		}
		return nil
	case *ast.Ident:
		if v := q.x.trackedVar(e); v != nil {
			return q.variable(v, f)
		}
		if _, ok := info.Uses[e].(*types.Nil); ok {
			return nil
		}
	case *ast.SelectorExpr:
		// x.G.F: the objects stored in G of x's objects.
		if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal && len(sel.Index()) == 1 {
			var out []Store
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
func (q *objectQuery) stored(st Store, f *types.Var) []Store {
	var out []Store
	switch call, ok := st.Value.(*ast.CallExpr); {
	case st.Result < 0:
		out = q.field(st.Value, f)
	case ok:
		out = q.result(call, st.Result, f)
	default:
		return q.fail()
	}
	if st.HandedOut {
		return markHandedOut(out)
	}
	return out
}

// variable returns the stores into field f of the objects variable v
// holds: what is assigned to it, what is stored into its field, the
// objects its callers pass when it is a parameter, and the elements of
// what it ranges over.
func (q *objectQuery) variable(v, f *types.Var) []Store {
	x := q.x
	if x.opaque[v] {
		return q.fail()
	}
	if !q.enter(v, f) {
		return nil
	}
	out := q.through(v, f)
	for _, st := range x.stores[v] {
		out = append(out, q.stored(st, f)...)
	}
	if p, ok := x.params[v]; ok {
		out = append(out, q.param(p, f)...)
	}
	for _, x := range x.rangeOver[v] {
		out = append(out, q.elements(x, f)...)
	}
	return out
}

// through returns the stores into field f made through variable v:
// v.F = x, the stores through the parameters v is passed to, and the
// stores through the variables that alias v.
func (q *objectQuery) through(v, f *types.Var) []Store {
	x := q.x
	if !q.enter(through{v}, f) {
		return nil
	}
	out := append([]Store(nil), x.fieldStoresOn[varField{v, f}]...)
	for _, w := range x.aliases[v] {
		out = append(out, q.through(w, f)...)
	}
	for _, u := range x.argUses[v] {
		var p Param
		switch {
		case u.callee != nil && x.decls[u.callee] != nil:
			p = Param{Func: u.callee, Index: u.index}
		case u.callee != nil && u.callee.Pkg() != x.pkg:
			continue // another package cannot store this package's literals
		case u.callee == nil:
			if tv, ok := x.info.Types[u.call.Fun]; ok && tv.IsBuiltin() {
				continue // append, copy, delete, len: no field is written
			}
			lit, _ := x.FuncLit(u.call)
			if lit == nil {
				return q.fail()
			}
			p = Param{Lit: lit, Index: u.index}
		default:
			return q.fail() // an interface method, or a function without a body
		}
		if pv := x.paramVars[p]; pv != nil {
			out = append(out, q.through(pv, f)...)
		}
	}
	return out
}

// elements returns the stores into field f of the elements of the map,
// slice or array c: the elements of the literals and calls that make
// it, and the stores into its elements.
func (q *objectQuery) elements(c ast.Expr, f *types.Var) []Store {
	c = ast.Unparen(c)
	if !q.enter(c, f) {
		return nil
	}
	info := q.x.info
	switch c := c.(type) {
	case *ast.Ident:
		v := q.x.trackedVar(c)
		if v == nil {
			break
		}
		if q.x.opaque[v] {
			return q.fail()
		}
		if !q.enter(elementsOf{v}, f) {
			return nil
		}
		var out []Store
		for _, st := range q.x.elementStores[v] {
			out = append(out, q.stored(st, f)...)
		}
		for _, st := range q.x.stores[v] {
			if st.Result >= 0 {
				return q.fail() // the elements of a helper's result
			}
			out = append(out, q.elements(st.Value, f)...)
		}
		for _, u := range q.x.argUses[v] {
			if u.callee == nil {
				if tv, ok := info.Types[u.call.Fun]; ok && tv.IsBuiltin() {
					continue
				}
			}
			if u.callee == nil || u.callee.Pkg() == q.x.pkg {
				return q.fail() // filled by a function of this package
			}
		}
		if _, ok := q.x.params[v]; ok {
			return q.fail()
		}
		return out
	case *ast.SelectorExpr:
		g := q.x.containerField(c)
		if g == nil {
			break
		}
		if q.x.escapedFields[g] {
			return q.fail()
		}
		var out []Store
		if q.enter(elementsOf{g}, f) {
			for _, st := range q.x.fieldElements[g] {
				out = append(out, q.stored(st, f)...)
			}
		}
		if g.Pkg() != q.x.pkg {
			return out
		}
		for _, st := range q.fieldStores(c.X, g) {
			if st.Result >= 0 {
				return q.fail() // the elements of a helper's result
			}
			out = append(out, q.elements(st.Value, f)...)
		}
		return out
	case *ast.CompositeLit:
		var out []Store
		for _, elt := range c.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if inner, ok := elt.(*ast.CompositeLit); ok && inner.Type == nil {
				// {"a", "b"} elided in a []T{...}: the element's type is T.
				if v := literalField(info, inner, f); v != nil {
					out = append(out, Store{Value: v, Result: -1})
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
		if callee := funcs.Callee(info, c); callee != nil && callee.Pkg() != q.x.pkg {
			return nil // another package's containers hold none of this package's literals
		}
	}
	return q.fail()
}

// param returns the stores into field f of the objects the calls of
// p's function pass for p.
func (q *objectQuery) param(p Param, f *types.Var) []Store {
	x := q.x
	var calls []*ast.CallExpr
	if p.Lit != nil {
		calls = x.litCalls[p.Lit]
		if len(calls) == 0 {
			return q.fail() // a callback: called where the index cannot see
		}
	} else {
		calls = x.calls[p.Func]
		switch {
		case x.funcValues[p.Func]:
			return q.fail()
		case p.Func.Signature().Recv() != nil && len(calls) == 0 && x.calledAbstract[p.Func.Name()]:
			return q.fail() // perhaps called through an interface
		}
	}
	var out []Store
	for _, call := range calls {
		arg := x.Arg(call, p.Index)
		if arg == nil {
			return q.fail()
		}
		out = append(out, q.field(arg, f)...)
	}
	if p.Func != nil && x.callableOutside(p.Func) {
		// Callers in other packages pass their own objects, which the
		// fields' facts take care of there, or the objects this
		// package hands out.
		out = append(out, q.handedOut(x.paramType(p), f)...)
	}
	return out
}

// handedOut returns the stores into field f of the objects of type typ
// (or pointers to them) that this package hands to other packages: the
// results of its exported functions and its exported variables.
func (q *objectQuery) handedOut(typ types.Type, f *types.Var) []Store {
	x := q.x
	named := namedObjectType(typ)
	if named == nil || !q.enter(named, f) {
		return nil
	}
	var out []Store
	for _, fn := range x.exportedFuncs {
		results := fn.Signature().Results()
		for i := range results.Len() {
			if namedObjectType(results.At(i).Type()) == named {
				out = append(out, markHandedOut(q.returned(x.decls[fn].Body, results, i, f))...)
			}
		}
	}
	scope := x.pkg.Scope()
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok && v.Exported() && namedObjectType(v.Type()) == named {
			out = append(out, markHandedOut(q.variable(v, f))...)
		}
	}
	return out
}

// markHandedOut returns copies of sts marked as stores into objects
// handed out.
func markHandedOut(sts []Store) []Store {
	out := make([]Store, len(sts))
	for i, st := range sts {
		st.HandedOut = true
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

// paramType returns the type of the parameter p refers to.
func (x *Index) paramType(p Param) types.Type {
	if v := x.paramVars[p]; v != nil {
		return v.Type()
	}
	return nil
}

// result returns the stores into field f of the objects result index
// of call may be.
func (q *objectQuery) result(call *ast.CallExpr, index int, f *types.Var) []Store {
	x := q.x
	info := x.info
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return q.field(call.Args[0], f)
		}
		return nil
	}
	var body *ast.BlockStmt
	var results *types.Tuple
	if callee := funcs.Callee(info, call); callee != nil {
		decl := x.decls[callee]
		switch {
		case decl != nil:
			body, results = decl.Body, callee.Signature().Results()
		case callee.Pkg() != x.pkg:
			return nil // another package's objects hold none of this package's literals
		}
	} else if lit, _ := x.FuncLit(call); lit != nil {
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
func (q *objectQuery) returned(body *ast.BlockStmt, results *types.Tuple, index int, f *types.Var) []Store {
	var out []Store
	for st := range Returns(body, results.Len(), index) {
		switch {
		case st.Value == nil:
			out = append(out, q.variable(results.At(index), f)...)
		case st.Result >= 0:
			out = append(out, q.result(st.Value.(*ast.CallExpr), index, f)...)
		default:
			out = append(out, q.field(st.Value, f)...)
		}
		if q.failed {
			break
		}
	}
	return out
}

// literalField returns the value a struct literal gives field f, or
// nil.
func literalField(info *types.Info, lit *ast.CompositeLit, f *types.Var) ast.Expr {
	st, ok := funcs.Underlying(info.TypeOf(lit)).(*types.Struct)
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
