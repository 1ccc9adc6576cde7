package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/funcs"
)

// A URLUse is a complete string or URL that part of a URL becomes:
// the argument of the call that sends or parses it, the URL object a
// query is stored into, a string returned to code outside the package.
type URLUse struct {
	Values Strs
	// URLObject: Values come from a url.URL (a query or path was
	// stored into it), so the text of the part itself may not occur in
	// them verbatim.
	URLObject bool
	// AuthCodeURL: the part was appended to the result of
	// (*oauth2.Config).AuthCodeURL, an authorize URL.
	AuthCodeURL bool
}

// URLUses follows parts of URLs — a string literal, a url.Values — to
// the complete strings and URLs they become, through concatenation,
// fmt.Sprintf and the other string builders the evaluator knows,
// variables, constants, struct fields, helper functions of the package
// (in both directions) and url.URL fields. It exists for the passes that
// must place a diagnostic on the part (the literal carrying a query
// parameter) but judge it by the whole.
type URLUses struct {
	r    *Result
	root inspector.Cursor

	idents      map[types.Object][]*ast.Ident
	binops      map[token.Pos]*ssa.BinOp
	makemaps    map[token.Pos]*ssa.MakeMap
	fieldAddrs  map[token.Pos][]*ssa.FieldAddr
	fieldLoads  map[fieldKey][]ssa.Value
	globalLoads map[*ssa.Global][]ssa.Value
	bySyntax    map[ast.Node]*ssa.Function
}

// URLUses returns the tracker for this package, or nil when the
// package is not relevant (no SSA was built for it).
func (r *Result) URLUses() *URLUses {
	if !r.Relevant {
		return nil
	}
	insp := r.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	u := &URLUses{
		r:           r,
		root:        insp.Root(),
		idents:      map[types.Object][]*ast.Ident{},
		binops:      map[token.Pos]*ssa.BinOp{},
		makemaps:    map[token.Pos]*ssa.MakeMap{},
		fieldAddrs:  map[token.Pos][]*ssa.FieldAddr{},
		fieldLoads:  map[fieldKey][]ssa.Value{},
		globalLoads: map[*ssa.Global][]ssa.Value{},
		bySyntax:    map[ast.Node]*ssa.Function{},
	}
	for id, obj := range r.pass.TypesInfo.Uses {
		if _, ok := obj.(*types.Var); ok {
			u.idents[obj] = append(u.idents[obj], id)
		} else if _, ok := obj.(*types.Const); ok {
			u.idents[obj] = append(u.idents[obj], id)
		}
	}
	for _, ids := range u.idents {
		slices.SortFunc(ids, func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	}
	for _, fn := range r.funcs {
		if syn := fn.Syntax(); syn != nil {
			u.bySyntax[syn] = fn
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.BinOp:
					if instr.Pos().IsValid() {
						u.binops[instr.Pos()] = instr
					}
				case *ssa.MakeMap:
					if instr.Pos().IsValid() {
						u.makemaps[instr.Pos()] = instr
					}
				case *ssa.FieldAddr:
					if instr.Pos().IsValid() {
						u.fieldAddrs[instr.Pos()] = append(u.fieldAddrs[instr.Pos()], instr)
					}
				case *ssa.UnOp:
					if instr.Op != token.MUL {
						break
					}
					switch addr := instr.X.(type) {
					case *ssa.FieldAddr:
						if key, ok := fieldKeyOf(addr.X.Type(), addr.Field); ok {
							u.fieldLoads[key] = append(u.fieldLoads[key], instr)
						}
					case *ssa.Global:
						u.globalLoads[addr] = append(u.globalLoads[addr], instr)
					}
				}
			}
		}
	}
	return u
}

// urlUsesMaxDepth bounds how many calls, returns and variables a walk
// goes through; past it the walk gives up on that branch.
const urlUsesMaxDepth = 12

type urlUsesWalk struct {
	u        *URLUses
	seen     map[ssa.Value]bool
	seenNode map[ast.Node]bool
	steps    int
	authCode bool
	uses     []URLUse
}

func (u *URLUses) newWalk() *urlUsesWalk {
	return &urlUsesWalk{u: u, seen: map[ssa.Value]bool{}, seenNode: map[ast.Node]bool{}}
}

// OfExpr returns the complete strings and URLs that the value of e, a
// string expression of this package (typically a literal), becomes.
func (u *URLUses) OfExpr(e ast.Expr) []URLUse {
	if u == nil {
		return nil
	}
	cur, ok := u.root.FindNode(e)
	if !ok {
		return nil
	}
	w := u.newWalk()
	w.fromExpr(cur, 0)
	return w.uses
}

// OfQuery returns the URLs into which the url.Values that n edits or
// builds is encoded: n is a (url.Values).Set or Add call, or a
// url.Values composite literal.
func (u *URLUses) OfQuery(n ast.Node) []URLUse {
	if u == nil {
		return nil
	}
	var q ssa.Value
	switch n := n.(type) {
	case *ast.CallExpr:
		instr, ok := u.r.callInstrs[n.Lparen]
		if !ok {
			return nil
		}
		args := callArgs(instr.Common())
		if len(args) == 0 {
			return nil
		}
		q = args[0]
	case *ast.CompositeLit:
		mm, ok := u.makemaps[n.Lbrace]
		if !ok {
			return nil
		}
		q = mm
	default:
		return nil
	}
	w := u.newWalk()
	w.forward(q, nil, 0)
	return w.uses
}

// fromExpr follows the expression at cur up the syntax tree to the
// instruction that consumes its value.
func (w *urlUsesWalk) fromExpr(cur inspector.Cursor, depth int) {
	w.steps++
	if depth > urlUsesMaxDepth || w.steps > 500 || w.seenNode[cur.Node()] {
		return
	}
	w.seenNode[cur.Node()] = true
	e, ok := cur.Node().(ast.Expr)
	if !ok {
		return
	}
	info := w.u.r.pass.TypesInfo
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.ParenExpr:
		w.fromExpr(parent, depth)
		return
	case *ast.BinaryExpr:
		if p.Op != token.ADD {
			return
		}
		if tv, ok := info.Types[p]; ok && tv.Value != nil {
			w.fromExpr(parent, depth) // folded constant
			return
		}
		if b, ok := w.u.binops[p.OpPos]; ok {
			w.noteAuthCode(b)
			w.forward(b, nil, depth)
		}
		return
	case *ast.CallExpr:
		if p.Fun == e {
			return
		}
		if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
			w.fromExpr(parent, depth) // a conversion
			return
		}
		instr, ok := w.u.r.callInstrs[p.Lparen]
		if !ok {
			w.addConst(e)
			return
		}
		i := slices.Index(p.Args, e)
		if i < 0 {
			return
		}
		w.intoCall(instr, i, true, nil, e, depth)
		return
	case *ast.CompositeLit:
		if t := info.TypeOf(p); t != nil && isSliceType(t) {
			w.fromExpr(parent, depth) // []string{...} handed to strings.Join & co.
		}
		return
	case *ast.KeyValueExpr:
		if p.Value != e {
			return
		}
		lit, ok := parent.Parent().Node().(*ast.CompositeLit)
		if !ok {
			return
		}
		if t := info.TypeOf(lit); t == nil || !isStructType(t) {
			return
		}
		w.intoField(p.Colon, e, depth)
		return
	case *ast.ValueSpec:
		i := slices.Index(p.Values, e)
		if i < 0 || len(p.Names) != len(p.Values) {
			return
		}
		w.fromObject(info.Defs[p.Names[i]], e, depth)
		return
	case *ast.AssignStmt:
		i := slices.Index(p.Rhs, e)
		if i < 0 || len(p.Lhs) != len(p.Rhs) {
			return
		}
		if p.Tok == token.ADD_ASSIGN {
			if b, ok := w.u.binops[p.Pos()]; ok {
				w.forward(b, nil, depth)
			}
			return
		}
		switch lhs := ast.Unparen(p.Lhs[i]).(type) {
		case *ast.Ident:
			obj := info.Defs[lhs]
			if obj == nil {
				obj = info.Uses[lhs]
			}
			w.fromObject(obj, e, depth)
		case *ast.SelectorExpr:
			w.intoField(lhs.Sel.Pos(), e, depth)
		}
		return
	case *ast.ReturnStmt:
		i := slices.Index(p.Results, e)
		encl, ok := urlUsesEnclosing(parent)
		if i < 0 || !ok {
			return
		}
		fn := w.u.bySyntax[encl]
		if fn == nil {
			return
		}
		w.intoCallers(fn, i, e, nil, depth)
		return
	}
	w.addConst(e)
}

func urlUsesEnclosing(cur inspector.Cursor) (ast.Node, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c.Node(), true
	}
	return nil, false
}

// fromObject follows a variable or constant to every place it is used.
func (w *urlUsesWalk) fromObject(obj types.Object, e ast.Expr, depth int) {
	if obj == nil {
		return
	}
	ids := w.u.idents[obj]
	if len(ids) == 0 {
		w.addConst(e)
		return
	}
	for _, id := range ids {
		if cur, ok := w.u.root.FindNode(id); ok {
			w.fromExpr(cur, depth+1)
		}
	}
}

// intoField follows a value stored to a struct field, given the
// position of the store's field selection: into the url.URL it
// completes, or to every load of that field in the package.
func (w *urlUsesWalk) intoField(pos token.Pos, e ast.Expr, depth int) {
	for _, fa := range w.u.fieldAddrs[pos] {
		if isURLType(fa.X.Type()) {
			w.addURL(fa.X, nil)
			continue
		}
		key, ok := fieldKeyOf(fa.X.Type(), fa.Field)
		loads := w.u.fieldLoads[key]
		if !ok || len(loads) == 0 {
			w.addConst(e)
			continue
		}
		for _, l := range loads {
			w.forward(l, nil, depth+1)
		}
	}
}

// intoCallers follows result index of fn (returning v, or the
// expression e when v is nil) to fn's call sites; chain holds the
// calls through which the walk entered fn, if it did.
func (w *urlUsesWalk) intoCallers(fn *ssa.Function, index int, e ast.Expr, chain []*ssa.Call, depth int) {
	if n := len(chain); n > 0 {
		call := chain[n-1]
		if v := urlUsesResult(call, index); v != nil {
			w.forward(v, chain[:n-1], depth+1)
		}
		return
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	callers := w.u.r.callers[fn]
	if len(callers) == 0 || len(callers) > maxAlternatives {
		if e != nil {
			w.addConst(e)
		}
		return
	}
	for _, call := range callers {
		if v := urlUsesResult(call, index); v != nil {
			w.forward(v, nil, depth+1)
		}
	}
}

// urlUsesResult returns the value of result index of call.
func urlUsesResult(call *ssa.Call, index int) ssa.Value {
	if call.Call.Signature().Results().Len() == 1 {
		if index == 0 {
			return call
		}
		return nil
	}
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok && ex.Index == index {
			return ex
		}
	}
	return nil
}

func (w *urlUsesWalk) noteAuthCode(b *ssa.BinOp) {
	for _, x := range []ssa.Value{b.X, b.Y} {
		if call, ok := x.(*ssa.Call); ok && funcs.IsMethod(calleeObj(call.Common()), "golang.org/x/oauth2", "Config", "AuthCodeURL") {
			w.authCode = true
		}
	}
}

// forward follows v, a string, *url.URL or url.Values, through the
// instructions that use it.
func (w *urlUsesWalk) forward(v ssa.Value, chain []*ssa.Call, depth int) {
	w.steps++
	if v == nil || depth > urlUsesMaxDepth || w.steps > 500 || w.seen[v] {
		return
	}
	w.seen[v] = true
	if isURLType(v.Type()) && isPointer(v.Type()) {
		w.addURL(v, chain)
		return
	}
	query := funcs.IsNamed(v.Type(), "net/url", "Values")
	refs := v.Referrers()
	if refs == nil {
		return
	}
	terminal := false
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.BinOp:
			if ref.Op == token.ADD && isStringish(ref.Type()) {
				w.noteAuthCode(ref)
				w.forward(ref, chain, depth)
			}
		case *ssa.Phi, *ssa.ChangeType:
			w.forward(ref.(ssa.Value), chain, depth)
		case *ssa.MakeInterface:
			w.forward(ref, chain, depth)
		case *ssa.Convert:
			if isStringish(ref.Type()) {
				w.forward(ref, chain, depth)
			}
		case *ssa.Store:
			if ref.Val != v {
				continue
			}
			w.intoStore(ref, chain, depth)
		case *ssa.Return:
			if i := slices.Index(ref.Results, v); i >= 0 {
				w.intoCallers(ref.Parent(), i, nil, chain, depth)
				if len(chain) == 0 && len(w.u.r.callers[urlUsesOrigin(ref.Parent())]) == 0 && !query {
					terminal = true
				}
			}
		case ssa.CallInstruction:
			c := ref.Common()
			for k, a := range c.Args {
				if a == v {
					w.intoCall(ref, k, false, chain, nil, depth)
				}
			}
			if c.Value == v && c.IsInvoke() {
				terminal = true
			}
		default:
			if !query {
				terminal = true
			}
		}
	}
	if terminal {
		w.add(v, chain)
	}
}

func urlUsesOrigin(fn *ssa.Function) *ssa.Function {
	if fn.Origin() != nil {
		return fn.Origin()
	}
	return fn
}

// intoStore follows a value stored to memory to where it is loaded.
func (w *urlUsesWalk) intoStore(st *ssa.Store, chain []*ssa.Call, depth int) {
	switch addr := st.Addr.(type) {
	case *ssa.IndexAddr:
		// An element of the implicit slice of a variadic call, or of a
		// []string handed to strings.Join.
		alloc, ok := addr.X.(*ssa.Alloc)
		if !ok {
			return
		}
		for _, ref := range *alloc.Referrers() {
			sl, ok := ref.(*ssa.Slice)
			if !ok {
				continue
			}
			for _, ref2 := range *sl.Referrers() {
				if call, ok := ref2.(ssa.CallInstruction); ok {
					if k := slices.Index(call.Common().Args, ssa.Value(sl)); k >= 0 {
						w.intoCall(call, k, false, chain, nil, depth)
					}
				}
			}
		}
	case *ssa.FieldAddr:
		if isURLType(addr.X.Type()) {
			w.addURL(addr.X, chain)
			return
		}
		key, ok := fieldKeyOf(addr.X.Type(), addr.Field)
		if !ok {
			return
		}
		loads := w.u.fieldLoads[key]
		if len(loads) == 0 {
			w.add(st.Val, chain)
		}
		for _, l := range loads {
			w.forward(l, nil, depth+1)
		}
	case *ssa.Global:
		for _, l := range w.u.globalLoads[addr] {
			w.forward(l, nil, depth+1)
		}
	case *ssa.Alloc:
		for _, ref := range *addr.Referrers() {
			if load, ok := ref.(*ssa.UnOp); ok && load.Op == token.MUL {
				w.forward(load, chain, depth+1)
			}
		}
	}
}

// intoCall follows the k-th argument of call (k counts c.Args, or,
// with syntactic, the call expression's arguments). e is the argument
// expression when the walk comes from the syntax tree.
func (w *urlUsesWalk) intoCall(instr ssa.CallInstruction, k int, syntactic bool, chain []*ssa.Call, e ast.Expr, depth int) {
	c := instr.Common()
	obj := calleeObj(c)
	sig := c.Signature()
	packed := false
	if syntactic {
		// Map the syntactic argument to c.Args: a static method call
		// passes its receiver first; variadic arguments are packed
		// into the last one.
		if !c.IsInvoke() && sig.Recv() != nil {
			k++
		}
		if sig.Variadic() && k >= len(c.Args)-1 {
			k, packed = len(c.Args)-1, true
		}
	}
	var arg ssa.Value
	if k >= 0 && k < len(c.Args) {
		arg = c.Args[k]
	}
	call, isCall := instr.(*ssa.Call)
	stop := func() {
		if e != nil {
			w.addConst(e)
		} else if arg != nil {
			w.add(arg, chain)
		}
	}
	switch {
	case obj == nil:
		stop()
	case isCall && urlUsesBuilder(obj):
		w.forward(call, chain, depth)
	case isCall && funcs.IsFunc(obj, "net/url", "Parse", "ParseRequestURI"):
		if v := urlUsesResult(call, 0); v != nil {
			w.addURL(v, chain)
		}
	case isCall && funcs.IsMethod(obj, "net/url", "Values", "Encode"):
		w.forward(call, chain, depth)
	case funcs.IsMethod(obj, "net/url", "Values", "Set", "Add", "Del", "Get", "Has"):
		// Editing or reading a query is not a use of it as a URL.
	default:
		callee := c.StaticCallee()
		if !isCall || callee == nil || callee.Pkg != w.u.r.pkg || callee.Blocks == nil || len(chain) >= 4 ||
			k >= len(callee.Params) || packed || (sig.Variadic() && k == len(c.Args)-1) {
			if !funcs.IsNamed(urlUsesType(arg), "net/url", "Values") {
				stop()
			}
			return
		}
		w.forward(callee.Params[k], append(slices.Clip(chain), call), depth+1)
	}
}

func urlUsesType(v ssa.Value) types.Type {
	if v == nil {
		return types.Typ[types.Invalid]
	}
	return v.Type()
}

// urlUsesBuilder reports the functions whose result contains their
// string arguments.
func urlUsesBuilder(obj *types.Func) bool {
	return funcs.IsFunc(obj, "fmt", "Sprintf", "Sprint") ||
		funcs.IsFunc(obj, "strings", "Join", "ToLower", "TrimSpace", "TrimSuffix", "TrimRight", "TrimPrefix", "Clone") ||
		funcs.IsFunc(obj, "net/url", "JoinPath") ||
		funcs.IsFunc(obj, "path", "Join") ||
		funcs.IsMethod(obj, "net/url", "URL", "String")
}

// add records v, in the terms of the function the walk reached
// through chain, as a complete value.
func (w *urlUsesWalk) add(v ssa.Value, chain []*ssa.Call) {
	r := w.u.r
	if funcs.IsNamed(v.Type(), "net/url", "Values") {
		return
	}
	w.record(r.eval(v), v.Parent(), chain, false)
}

// addConst records the constant value of e as a complete value.
func (w *urlUsesWalk) addConst(e ast.Expr) {
	if e == nil {
		return
	}
	tv, ok := w.u.r.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return
	}
	w.uses = append(w.uses, URLUse{Values: Strs{Lit(constant.StringVal(tv.Value))}, AuthCodeURL: w.authCode})
}

// addURL records the URL that ptr, a *url.URL, points to.
func (w *urlUsesWalk) addURL(ptr ssa.Value, chain []*ssa.Call) {
	r := w.u.r
	var objs []urlParts
	if load, ok := ptr.(*ssa.UnOp); ok && load.Op == token.MUL {
		if fa, ok := load.X.(*ssa.FieldAddr); ok && funcs.IsNamed(fa.X.Type(), "net/http", "Request") {
			// req.URL.RawQuery = ...: the URL the request was made with.
			if st, ok := structOf(fa.X.Type()); ok && st.Field(fa.Field).Name() == "URL" {
				stores := r.urlFieldStores(ptr)
				for _, req := range r.resolveRequests(r.requestOrigins(fa.X), fa.Parent()) {
					for _, s := range req.URLs {
						u := splitURL(s)
						for field, set := range stores {
							if vals := r.eval(set); len(vals) > 0 {
								urlUsesSetField(&u, field, vals[0])
							}
						}
						objs = append(objs, u)
					}
				}
			}
		}
	}
	if objs == nil {
		objs = r.urlObjects(ptr)
	}
	var ss Strs
	for _, o := range objs {
		ss = append(ss, o.str())
	}
	var fn *ssa.Function
	if ptr.Parent() != nil {
		fn = ptr.Parent()
	}
	w.record(ss, fn, chain, true)
}

func urlUsesSetField(u *urlParts, field string, val Str) {
	switch field {
	case "Scheme":
		u.scheme = val
	case "Host":
		u.host = val
	case "Path":
		u.path = val
	case "RawQuery":
		u.rawQuery = val
	}
	if field != "RawQuery" {
		u.opaque = false
	}
}

// record resolves the parameters of ss along chain, innermost call
// first, then through the callers of the outermost function.
func (w *urlUsesWalk) record(ss Strs, fn *ssa.Function, chain []*ssa.Call, urlObject bool) {
	r := w.u.r
	for i := len(chain) - 1; i >= 0; i-- {
		ss = substAll(ss, r.argValues(chain[i].Common()))
		fn = chain[i].Parent()
	}
	if fn != nil {
		ss = r.resolveParams(ss, fn)
	} else {
		ss = ss.forgetParams()
	}
	if len(ss) == 0 {
		return
	}
	w.uses = append(w.uses, URLUse{Values: ss, URLObject: urlObject, AuthCodeURL: w.authCode})
}

// AuthCodeOptionUse reports whether the option made by call (an
// oauth2.SetAuthURLParam call) reaches (*oauth2.Config).AuthCodeURL
// or Exchange, and the authorization and token URLs the package
// configures its oauth2.Endpoint values with.
func (r *Result) AuthCodeOptionUse(call *ast.CallExpr) (reaches bool, endpoints Strs) {
	if !r.Relevant {
		return false, nil
	}
	instr, ok := r.callInstrs[call.Lparen]
	if !ok {
		return false, nil
	}
	v, ok := instr.(*ssa.Call)
	if !ok {
		return false, nil
	}
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, depth int) bool
	walk = func(v ssa.Value, depth int) bool {
		if seen[v] || depth > 6 || v.Referrers() == nil {
			return false
		}
		seen[v] = true
		for _, ref := range *v.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Phi, *ssa.MakeInterface, *ssa.ChangeType, *ssa.Slice:
				if walk(ref.(ssa.Value), depth+1) {
					return true
				}
			case *ssa.Store:
				if ia, ok := ref.Addr.(*ssa.IndexAddr); ok && ref.Val == v {
					if walk(ia.X, depth+1) {
						return true
					}
				}
			case *ssa.IndexAddr:
				// v is the array behind a slice: follow the slice.
			case ssa.CallInstruction:
				obj := calleeObj(ref.Common())
				if funcs.IsMethod(obj, "golang.org/x/oauth2", "Config", "AuthCodeURL", "Exchange") {
					return true
				}
				if b, ok := ref.Common().Value.(*ssa.Builtin); ok && b.Name() == "append" {
					if c, ok := ref.(*ssa.Call); ok && walk(c, depth+1) {
						return true
					}
				}
			}
		}
		// An array allocated for a variadic call is reached through
		// its Slice, which refers to the Alloc.
		if alloc, ok := v.(*ssa.Alloc); ok {
			for _, ref := range *alloc.Referrers() {
				if sl, ok := ref.(*ssa.Slice); ok && walk(sl, depth+1) {
					return true
				}
			}
		}
		return false
	}
	reaches = walk(v, 0)
	for key, sites := range r.stores {
		if !urlUsesEndpoint(key.strct) {
			continue
		}
		name := key.strct.Field(key.index).Name()
		if name != "AuthURL" && name != "TokenURL" {
			continue
		}
		endpoints = append(endpoints, r.storedValues(sites)...)
	}
	return reaches, endpoints.bounded()
}

func urlUsesEndpoint(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == "AuthURL" && st.Field(i).Pkg() != nil && st.Field(i).Pkg().Path() == "golang.org/x/oauth2" {
			return true
		}
	}
	return false
}

func isSliceType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

func isStructType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}
