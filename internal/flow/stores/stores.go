// Package stores indexes, in a package's syntax, where variables,
// struct fields and parameters get their values, and answers which of
// those stores a read can see: every assignment and declaration of a
// variable, every value a composite literal or an assignment gives a
// field, and, for a parameter, the calls that bind it. A field read is
// object-sensitive where the objects it reads are known: cfg.Token
// sees the literal of the Config that flows into cfg, not the template
// Config another function writes to a file. Where the objects may come
// from somewhere the index cannot see (a function value, an interface
// method, a pointer stored away), or the query runs past its step
// bound, the read sees every store of the field in the package.
//
// It works on syntax and types alone and knows nothing about what the
// values mean: a pass asks where a value can come from and judges what
// it finds. Building the index is one walk of the package; each query is
// bounded (see maxObjectSteps), so the cost stays linear in the size
// of the code.
package stores

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/funcs"
)

// A Store is a value assigned to a variable or field.
type Store struct {
	Value ast.Expr
	// Result is which result of Value, a call with several results,
	// is stored (v, err := f()); -1 when Value is stored whole.
	Result int
	// HandedOut marks a store into an object this package hands to
	// other packages (a result of an exported function, an exported
	// variable), found for a read whose objects other packages may
	// pass back: it is a store the read may see, not one known to be
	// the one it sees.
	HandedOut bool
}

// A Param is a parameter of a declared function (Func) or of a
// function literal (Lit).
type Param struct {
	Func  *types.Func
	Lit   *ast.FuncLit
	Index int // -1 for the receiver
}

// An Index is where the variables, fields and parameters of one
// package get their values.
type Index struct {
	pkg  *types.Package
	info *types.Info

	stores    map[types.Object][]Store
	calls     map[*types.Func][]*ast.CallExpr
	decls     map[*types.Func]*ast.FuncDecl
	params    map[*types.Var]Param
	constDecl map[*types.Const]ast.Expr
	litCalls  map[*ast.FuncLit][]*ast.CallExpr
	litNames  map[*ast.FuncLit]string

	// What object queries need (see objects.go).
	fieldStoresOn  map[varField][]Store        // v.F = x
	untracked      map[*types.Var][]Store      // x.y.F = v, f().F = v: stores to F through no variable
	elementStores  map[*types.Var][]Store      // m[k] = v, s[i] = v
	fieldElements  map[*types.Var][]Store      // x.F[k] = v, for every x
	escapedFields  map[*types.Var]bool         // fields whose map or slice is used other than in place
	argUses        map[*types.Var][]argUse     // f(&v), f(p), v.ptrMethod()
	aliases        map[*types.Var][]*types.Var // w := &v, w := p: stores through w are stores through v
	rangeOver      map[*types.Var][]ast.Expr   // for _, v := range x
	opaque         map[*types.Var]bool         // holds what the queries cannot follow
	paramVars      map[Param]*types.Var        // the variable of each named parameter
	funcValues     map[*types.Func]bool        // functions used as values
	calledAbstract map[string]bool             // names of interface methods called here
	exportedFuncs  []*types.Func               // functions with bodies other packages may call, in source order
}

// New indexes the files insp walks, those of package pkg, whose types
// info holds.
func New(pkg *types.Package, info *types.Info, insp *inspector.Inspector) *Index {
	x := &Index{
		pkg:            pkg,
		info:           info,
		stores:         map[types.Object][]Store{},
		calls:          map[*types.Func][]*ast.CallExpr{},
		decls:          map[*types.Func]*ast.FuncDecl{},
		params:         map[*types.Var]Param{},
		constDecl:      map[*types.Const]ast.Expr{},
		litCalls:       map[*ast.FuncLit][]*ast.CallExpr{},
		litNames:       map[*ast.FuncLit]string{},
		fieldStoresOn:  map[varField][]Store{},
		untracked:      map[*types.Var][]Store{},
		elementStores:  map[*types.Var][]Store{},
		fieldElements:  map[*types.Var][]Store{},
		escapedFields:  map[*types.Var]bool{},
		argUses:        map[*types.Var][]argUse{},
		aliases:        map[*types.Var][]*types.Var{},
		rangeOver:      map[*types.Var][]ast.Expr{},
		opaque:         map[*types.Var]bool{},
		paramVars:      map[Param]*types.Var{},
		funcValues:     map[*types.Func]bool{},
		calledAbstract: map[string]bool{},
	}
	var valueCalls []*ast.CallExpr // calls of function values
	for cur := range insp.Root().Preorder(
		(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil),
		(*ast.CompositeLit)(nil), (*ast.CallExpr)(nil), (*ast.Ident)(nil), (*ast.SelectorExpr)(nil), (*ast.RangeStmt)(nil), (*ast.CaseClause)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.Ident:
			x.noteUse(cur, n)
		case *ast.SelectorExpr:
			x.noteFieldUse(cur, n)
		case *ast.RangeStmt:
			if v := x.trackedVar(n.Key); v != nil {
				x.opaque[v] = true
			}
			if v := x.trackedVar(n.Value); v != nil {
				x.rangeOver[v] = append(x.rangeOver[v], n.X)
			}
		case *ast.CaseClause:
			if v, ok := info.Implicits[n].(*types.Var); ok {
				x.opaque[v] = true // the variable of a type switch
			}
		case *ast.FuncLit:
			x.addParams(n.Type.Params, func(i int) Param { return Param{Lit: n, Index: i} })
		case *ast.FuncDecl:
			fn, _ := info.Defs[n.Name].(*types.Func)
			if fn == nil {
				continue
			}
			x.decls[fn] = n
			if x.callableOutside(fn) && n.Body != nil {
				x.exportedFuncs = append(x.exportedFuncs, fn)
			}
			if n.Recv != nil && len(n.Recv.List) == 1 {
				for _, name := range n.Recv.List[0].Names {
					if v, ok := info.Defs[name].(*types.Var); ok {
						x.params[v] = Param{Func: fn, Index: -1}
						x.paramVars[Param{Func: fn, Index: -1}] = v
					}
				}
			}
			x.addParams(n.Type.Params, func(i int) Param { return Param{Func: fn, Index: i} })
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, name := range n.Names {
				lhs[i] = name
				if k, ok := info.Defs[name].(*types.Const); ok && i < len(n.Values) {
					x.constDecl[k] = n.Values[i]
				}
			}
			x.addStores(lhs, n.Values)
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
				x.addStores(n.Lhs, n.Rhs)
			}
		case *ast.CompositeLit:
			st, ok := funcs.Underlying(info.TypeOf(n)).(*types.Struct)
			if !ok {
				continue
			}
			for i, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if key, ok := kv.Key.(*ast.Ident); ok {
						if f, ok := info.Uses[key].(*types.Var); ok {
							x.stores[f.Origin()] = append(x.stores[f.Origin()], Store{Value: kv.Value, Result: -1})
						}
					}
				} else if i < st.NumFields() {
					f := st.Field(i).Origin()
					x.stores[f] = append(x.stores[f], Store{Value: elt, Result: -1})
				}
			}
		case *ast.CallExpr:
			callee := funcs.Callee(info, n)
			if callee != nil {
				x.calls[callee] = append(x.calls[callee], n)
			} else {
				valueCalls = append(valueCalls, n)
			}
			if tv, ok := info.Types[n.Fun]; !ok || !tv.IsType() && !tv.IsBuiltin() {
				x.addArgUses(n, callee)
			}
		}
	}
	for _, call := range valueCalls {
		if lit, name := x.FuncLit(call); lit != nil {
			x.litCalls[lit] = append(x.litCalls[lit], call)
			if name != "" {
				x.litNames[lit] = name
			}
		}
	}
	return x
}

// Of returns the stores of a variable, or of a field (by its origin)
// in every object of its type, in this package: its declaration's
// value, assignments to it, and the values composite literals give a
// field.
func (x *Index) Of(obj types.Object) []Store {
	return x.stores[obj]
}

// Constant returns the value of e when it is a constant, or a
// variable of this package every store of which is the same constant
// (a header name held in a local variable); nil otherwise.
func (x *Index) Constant(e ast.Expr) constant.Value {
	if tv, ok := x.info.Types[e]; ok && tv.Value != nil {
		return tv.Value
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := x.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() != x.pkg {
		return nil
	}
	var value constant.Value
	for _, st := range x.stores[v] {
		if st.Result >= 0 {
			return nil
		}
		tv, ok := x.info.Types[st.Value]
		if !ok || tv.Value == nil {
			return nil
		}
		if value != nil && (tv.Value.Kind() != value.Kind() || !constant.Compare(tv.Value, token.EQL, value)) {
			return nil
		}
		value = tv.Value
	}
	return value
}

// ParamOf reports which parameter (or receiver) of a function or
// function literal of this package v is.
func (x *Index) ParamOf(v *types.Var) (Param, bool) {
	p, ok := x.params[v]
	return p, ok
}

// Calls returns the calls in this package that bind parameter p: the
// static calls of its function, or the calls of its function literal
// (written in place, or through the only variable it is stored in).
func (x *Index) Calls(p Param) []*ast.CallExpr {
	if p.Lit != nil {
		return x.litCalls[p.Lit]
	}
	return x.calls[p.Func]
}

// Decl returns the declaration of fn when it is in this package.
func (x *Index) Decl(fn *types.Func) *ast.FuncDecl {
	return x.decls[fn]
}

// ConstDecl returns the expression a constant of this package is
// declared with; false for a constant of another package, or one whose
// value is implicit (repeated from the spec above).
func (x *Index) ConstDecl(k *types.Const) (ast.Expr, bool) {
	e, ok := x.constDecl[k]
	return e, ok
}

// LitName returns the name of the variable a function literal is
// bound to and called through, or "".
func (x *Index) LitName(lit *ast.FuncLit) string {
	return x.litNames[lit]
}

// FuncLit returns the function literal a call calls: one written in
// place, or the only value ever stored in a local variable, with the
// variable's name.
func (x *Index) FuncLit(call *ast.CallExpr) (*ast.FuncLit, string) {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		return fun, ""
	case *ast.Ident:
		v, ok := x.info.Uses[fun].(*types.Var)
		if !ok || v.IsField() || v.Pkg() != x.pkg || (v.Parent() == v.Pkg().Scope() && v.Exported()) {
			return nil, ""
		}
		sts := x.stores[v]
		if len(sts) != 1 || sts[0].Result >= 0 {
			return nil, ""
		}
		lit, _ := ast.Unparen(sts[0].Value).(*ast.FuncLit)
		return lit, v.Name()
	}
	return nil, ""
}

// Arg returns the argument of call for parameter index, -1 being the
// receiver of a method call; nil when there is no single one (a
// variadic parameter, f(g()) with several results).
func (x *Index) Arg(call *ast.CallExpr, index int) ast.Expr {
	info := x.info
	if index < 0 {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		if s, ok := info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
			return nil
		}
		return sel.X
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			index++ // T.Method(recv, args...)
		}
	}
	if call.Ellipsis.IsValid() || index >= len(call.Args) {
		return nil
	}
	if sig, ok := funcs.Underlying(info.TypeOf(call.Fun)).(*types.Signature); ok {
		if sig.Variadic() && index >= sig.Params().Len()-1 {
			return nil
		}
		if sig.Params().Len() != len(call.Args) && !sig.Variadic() {
			return nil // f(g()) with several results
		}
	}
	return call.Args[index]
}

// Returns yields what a function body with nres results returns as
// result index, return statement by return statement in source order
// (those of function literals inside are not the body's): the
// expression a statement gives the result, or the call that gives
// every result (return f()) with Result index. A bare return yields a
// Store whose Value is nil: what the named result holds is returned.
func Returns(body *ast.BlockStmt, nres, index int) iter.Seq[Store] {
	return func(yield func(Store) bool) {
		if body == nil || index >= nres {
			return
		}
		stop := false
		ast.Inspect(body, func(n ast.Node) bool {
			if stop {
				return false
			}
			var st Store
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				switch {
				case len(n.Results) == nres:
					st = Store{Value: n.Results[index], Result: -1}
				case len(n.Results) == 0:
					st = Store{Result: index}
				case len(n.Results) == 1:
					call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr)
					if !ok {
						return true
					}
					st = Store{Value: call, Result: index}
				default:
					return true
				}
				stop = !yield(st)
				return !stop
			}
			return true
		})
	}
}

// addParams records the parameters of a function's signature, each
// under the reference ref makes of its index (unnamed ones counted).
func (x *Index) addParams(params *ast.FieldList, ref func(index int) Param) {
	i := 0
	for _, field := range params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, name := range field.Names {
			if v, ok := x.info.Defs[name].(*types.Var); ok {
				x.params[v] = ref(i)
				x.paramVars[ref(i)] = v
			}
			i++
		}
	}
}

func (x *Index) addStores(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && len(lhs) == len(rhs) {
			x.addElementStore(ix, Store{Value: rhs[i], Result: -1})
			continue
		}
		obj := x.lhsObject(l)
		if obj == nil {
			continue
		}
		var st Store
		switch {
		case len(lhs) == len(rhs):
			st = Store{Value: rhs[i], Result: -1}
		case len(rhs) == 1:
			call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
			switch {
			case ok:
				st = Store{Value: call, Result: i}
			case i == 0:
				st = Store{Value: rhs[0], Result: -1} // v, ok := m[k], x.(T), <-ch
			default:
				continue
			}
		default:
			continue // var a, b T
		}
		x.stores[obj] = append(x.stores[obj], st)
		if f, ok := obj.(*types.Var); ok && f.IsField() {
			if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
				x.addFieldStore(sel, f, st)
			}
		}
	}
}

// lhsObject returns the variable or field an assignment writes.
func (x *Index) lhsObject(e ast.Expr) types.Object {
	info := x.info
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return nil
		}
		if obj := info.Defs[e]; obj != nil {
			return obj
		}
		return info.Uses[e]
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				return sel.Obj().(*types.Var).Origin()
			}
			return nil
		}
		return info.Uses[e.Sel]
	}
	return nil
}

// callableOutside reports whether other packages may call fn.
func (x *Index) callableOutside(fn *types.Func) bool {
	return fn.Exported() && x.pkg.Name() != "main"
}
