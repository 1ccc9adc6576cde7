package secrets

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/funcs"
)

// Field reads are followed to the objects they read, not to every
// store of the field: cfg.APIToken reaches a sink with the literal of
// the Config that flows into cfg, not with the template Config another
// function writes to a file. An object is known by where it is made (a
// composite literal), by the variables that hold it (their stores, the
// stores to their fields, the stores through the parameters of this
// package's functions they are passed to), by the arguments of the
// calls of the function whose parameter holds it, and by the results of
// the helper that returns it. Where an object may come from somewhere
// the tracer cannot see (a package variable, a slice element, a
// function value, a pointer copied away), the read falls back to every
// store of the field in the package, as before.

// maxObjectSteps bounds the work of one object query; past it the read
// falls back to the field-wide stores, which keeps the cost linear.
const maxObjectSteps = 256

// A varField is field f of the object a variable holds or points to.
type varField struct {
	v, f *types.Var
}

// An argUse is a variable handed to a call in a way that lets the
// callee store into its fields: by address, as a pointer, or as the
// receiver of a method with a pointer receiver. index is -1 for the
// receiver; callee is nil for a call of a function value.
type argUse struct {
	call   *ast.CallExpr
	callee *types.Func
	index  int
}

// objectIndex is what the object queries need from the whole package,
// gathered with the tracer's other indexes.
type objectIndex struct {
	fieldStoresOn map[varField][]store    // v.F = x
	untracked     map[*types.Var][]store  // x.y.F = v, f().F = v: stores to F through no variable
	argUses       map[*types.Var][]argUse // f(&v), f(p), v.ptrMethod()
	opaque        map[*types.Var]bool     // made where stores cannot be followed
	paramVars     map[paramRef]*types.Var // the variable of each named parameter
	funcValues    map[*types.Func]bool    // functions used as values
}

func newObjectIndex() objectIndex {
	return objectIndex{
		fieldStoresOn: map[varField][]store{},
		untracked:     map[*types.Var][]store{},
		argUses:       map[*types.Var][]argUse{},
		opaque:        map[*types.Var]bool{},
		paramVars:     map[paramRef]*types.Var{},
		funcValues:    map[*types.Func]bool{},
	}
}

// localVar returns the variable of this package's functions that e
// names, or nil.
func (t *tracer) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := t.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		v, ok = t.pass.TypesInfo.Defs[id].(*types.Var)
	}
	if !ok || v.IsField() || v.Pkg() != t.pass.Pkg || v.Parent() == t.pass.Pkg.Scope() {
		return nil
	}
	return v
}

func isPointer(typ types.Type) bool {
	_, ok := typeUnder(typ).(*types.Pointer)
	return ok
}

// addFieldStore records a store to a field: on the variable written
// through, or as untracked.
func (t *tracer) addFieldStore(lhs *ast.SelectorExpr, f *types.Var, st store) {
	if v := t.localVar(lhs.X); v != nil {
		key := varField{v, f}
		t.fieldStoresOn[key] = append(t.fieldStoresOn[key], st)
		return
	}
	t.untracked[f] = append(t.untracked[f], st)
}

// addArgUses records the variables call hands to its callee in a way
// that lets it store into their fields.
func (t *tracer) addArgUses(call *ast.CallExpr, callee *types.Func) {
	info := t.pass.TypesInfo
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal && isPointer(s.Obj().(*types.Func).Signature().Recv().Type()) {
			if v := t.localVar(sel.X); v != nil {
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
		if v := t.localVar(arg); v != nil && (addr || isPointer(v.Type())) {
			t.argUses[v] = append(t.argUses[v], argUse{call, callee, i})
		}
	}
}

// noteUse looks at where a variable or function is used, for what the
// object queries cannot follow: a pointer to a variable that is copied
// away, a function used as a value.
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
		v := t.localVar(id)
		if v == nil {
			return
		}
		switch p := cur.Parent().Node().(type) {
		case *ast.SelectorExpr:
			return // a field read or a method call
		case *ast.CallExpr:
			return // an argument: see addArgUses
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == id {
					return
				}
			}
		case *ast.UnaryExpr:
			if p.Op == token.AND {
				if call, ok := cur.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun != p {
					return // f(&v): see addArgUses
				}
				t.opaque[v] = true
				return
			}
		}
		if isPointer(v.Type()) {
			t.opaque[v] = true // the pointer is copied: stores through the copy are not seen
		}
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

type objectKey struct {
	x any // an ast.Expr, a *types.Var or a paramRef
	f *types.Var
}

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
			return []store{{v, -1}}
		}
		return nil
	case *ast.Ident:
		if v := q.t.localVar(e); v != nil {
			return q.variable(v, f)
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
	case *ast.CallExpr:
		return q.result(e, 0, f)
	}
	q.failed = true
	return nil
}

// stored returns the stores into field f of the object a store puts.
func (q *objectQuery) stored(st store, f *types.Var) []store {
	if st.index >= 0 {
		if call, ok := st.value.(*ast.CallExpr); ok {
			return q.result(call, st.index, f)
		}
		q.failed = true
		return nil
	}
	return q.field(st.value, f)
}

// variable returns the stores into field f of the objects variable v
// holds: what is assigned to it, what is stored into its field, and
// the objects its callers pass when it is a parameter.
func (q *objectQuery) variable(v, f *types.Var) []store {
	t := q.t
	if t.opaque[v] {
		q.failed = true
		return nil
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
	return out
}

// through returns the stores into field f made through variable v:
// v.F = x, and the stores through the parameters v is passed to.
func (q *objectQuery) through(v, f *types.Var) []store {
	t := q.t
	out := append([]store(nil), t.fieldStoresOn[varField{v, f}]...)
	for _, u := range t.argUses[v] {
		var p paramRef
		switch {
		case u.callee != nil && t.decls[u.callee] != nil:
			p = paramRef{fn: u.callee, index: u.index}
		case u.callee != nil && u.callee.Pkg() != t.pass.Pkg:
			continue // another package cannot store this package's literals
		case u.callee == nil:
			lit, _ := t.funcLitOf(u.call)
			if lit == nil {
				q.failed = true
				return nil
			}
			p = paramRef{lit: lit, index: u.index}
		default:
			q.failed = true // an interface method, or a function without a body
			return nil
		}
		pv := t.paramVars[p]
		if pv == nil || !q.enter(p, f) {
			continue
		}
		out = append(out, q.through(pv, f)...)
	}
	return out
}

// param returns the stores into field f of the objects the calls of
// p's function pass for p.
func (q *objectQuery) param(p paramRef, f *types.Var) []store {
	t := q.t
	var calls []*ast.CallExpr
	if p.lit != nil {
		calls = t.litCalls[p.lit]
		if len(calls) == 0 {
			q.failed = true // a callback: called where the tracer cannot see
			return nil
		}
	} else {
		calls = t.calls[p.fn]
		sig := p.fn.Signature()
		switch {
		case t.funcValues[p.fn]:
			q.failed = true
			return nil
		case sig.Recv() != nil && len(calls) == 0:
			q.failed = true // perhaps called through an interface
			return nil
		}
		// An exported function's callers in other packages pass their
		// own objects: the fields' facts take those there.
	}
	var out []store
	for _, call := range calls {
		arg := t.argAt(call, p.index)
		if arg == nil {
			q.failed = true
			return nil
		}
		out = append(out, q.field(arg, f)...)
	}
	return out
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
		q.failed = true
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
