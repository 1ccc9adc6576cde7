package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
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

// A Judgement is what Judge learns of where a literal goes.
type Judgement struct {
	// Uses are the complete strings and URLs the literal becomes.
	Uses []URLUse
	// Text: somewhere the value is read as text rather than used as
	// a URL: compared (==, a switch case, strings.EqualFold,
	// reflect.DeepEqual, a test assertion), searched in or for
	// (strings.Contains, HasPrefix, Index, Cut, Replace's pattern...),
	// or made into a regular expression.
	Text bool
	// Table: the literal is an entry of a table, a field of a struct
	// literal that is an element of a slice, array or map literal.
	// Only the uses it was followed to say what it is.
	Table bool
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
	valueLoads  map[fieldKey][]ssa.Value // fields read from struct values (range copies)
	globalLoads map[*ssa.Global][]ssa.Value
	allocLoads  map[*ssa.Alloc][]ssa.Value
	bySyntax    map[ast.Node]*ssa.Function
}

// URLUses returns the tracker for this package, or nil when the
// package is not relevant (no SSA was built for it).
func (r *Result) URLUses() *URLUses {
	if !r.Relevant {
		return nil
	}
	insp := r.Inspector()
	u := &URLUses{
		r:           r,
		root:        insp.Root(),
		idents:      map[types.Object][]*ast.Ident{},
		binops:      map[token.Pos]*ssa.BinOp{},
		makemaps:    map[token.Pos]*ssa.MakeMap{},
		fieldAddrs:  map[token.Pos][]*ssa.FieldAddr{},
		fieldLoads:  map[fieldKey][]ssa.Value{},
		valueLoads:  map[fieldKey][]ssa.Value{},
		globalLoads: map[*ssa.Global][]ssa.Value{},
		allocLoads:  map[*ssa.Alloc][]ssa.Value{},
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
				case *ssa.Field:
					if key, ok := fieldKeyOf(types.NewPointer(instr.X.Type()), instr.Field); ok {
						u.valueLoads[key] = append(u.valueLoads[key], instr)
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
					case *ssa.Alloc:
						u.allocLoads[addr] = append(u.allocLoads[addr], instr)
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

	// judge: the walk serves Judge, which also notes where the value
	// is read as text (text) and follows table entries (table).
	judge, text, table bool

	// home: the walk summarises this function's parameter (see
	// paramQueryURLs): the URLs it records keep home's parameters, and
	// what home returns is left to its summary's Results rather than
	// followed to its callers in this package.
	home *ssa.Function
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

// Judge follows the value of e, a string literal of this package, to
// what it becomes, as OfExpr does, and also notes where it is only
// read as text and whether it is an entry of a table: a literal that
// is only compared or searched for is no URL, and a table entry is
// one only where it is used as such.
func (u *URLUses) Judge(e ast.Expr) Judgement {
	if u == nil {
		return Judgement{}
	}
	cur, ok := u.root.FindNode(e)
	if !ok {
		return Judgement{}
	}
	w := u.newWalk()
	w.judge = true
	w.fromExpr(cur, 0)
	return Judgement{Uses: w.uses, Text: w.text, Table: w.table}
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
		c := instr.Common()
		if mc, ok := c.Value.(*ssa.MakeClosure); ok && len(mc.Bindings) == 1 {
			q = mc.Bindings[0] // f := q.Set; f(key, value)
			break
		}
		args := CallArgs(c)
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
	if load, ok := q.(*ssa.UnOp); ok && load.Op == token.MUL {
		if alloc, ok := load.X.(*ssa.Alloc); ok {
			// (&q).Set(...), or q captured by a closure: every read
			// of the variable sees the edit.
			for _, l := range u.allocLoads[alloc] {
				w.forward(l, nil, 0)
			}
			return w.uses
		}
	}
	w.forward(q, nil, 0)
	return w.uses
}

// paramQueryURLs returns, per parameter of fn (receiver first), the
// complete URLs that a url.Values passed there becomes inside fn and
// the helpers it calls, in terms of fn's parameters: the query a
// request helper appends to c.base + "/rest/api/3" + path before it
// sends the request. It is nil when no url.Values parameter of fn
// reaches a URL there.
func (u *URLUses) paramQueryURLs(fn *ssa.Function) []Strs {
	var out []Strs
	for i, p := range fn.Params {
		if !isValuesType(p.Type()) {
			continue
		}
		w := u.newWalk()
		w.home = fn
		w.forward(p, nil, 0)
		var ss Strs
		for _, use := range w.uses {
			ss = append(ss, use.Values...)
		}
		if len(ss) == 0 {
			continue
		}
		if out == nil {
			out = make([]Strs, len(fn.Params))
		}
		out[i] = ss.bounded()
	}
	return out
}

// QueryEdit reports whether call calls (url.Values).Set or Add
// through a method value (f := q.Set; f(key, value)), which
// typeutil.Callee cannot see.
func (u *URLUses) QueryEdit(call *ast.CallExpr) bool {
	if u == nil {
		return false
	}
	instr, ok := u.r.callInstrs[call.Lparen]
	if !ok {
		return false
	}
	mc, ok := instr.Common().Value.(*ssa.MakeClosure)
	if !ok {
		return false
	}
	fn, ok := mc.Fn.(*ssa.Function)
	return ok && funcs.IsMethod(fn.Object(), "net/url", "Values", "Set", "Add")
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
			if w.judge && isComparison(p.Op) {
				w.text = true
			}
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
		t := info.TypeOf(p)
		switch {
		case t != nil && isSliceType(t):
			w.fromExpr(parent, depth) // []string{...} handed to strings.Join & co.
		case w.judge && t != nil && isStructType(t):
			// A positional field: T{"https://...", ...}.
			if inTable(info, parent) {
				w.table = true
			}
			w.intoField(e.Pos(), e, depth)
		}
		return
	case *ast.CaseClause:
		if w.judge && slices.Contains(p.List, e) {
			w.text = true // switch u { case "...": }
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
		if w.judge && inTable(info, parent.Parent()) {
			w.table = true
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
		if w.judge {
			loads = append(slices.Clip(loads), w.u.valueLoads[key]...)
		}
		if !ok || len(loads) == 0 {
			if !w.table {
				w.addConst(e)
			}
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
		if call, ok := x.(*ssa.Call); ok && takesAuthOptions(calleeObj(call.Common())) {
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
			} else if w.judge && isComparison(ref.Op) {
				w.text = true
			}
		case *ssa.Phi, *ssa.ChangeType:
			w.forward(ref.(ssa.Value), chain, depth)
		case *ssa.MapUpdate:
			if w.judge && ref.Key == v {
				w.text = true // a map's key: text to look up by
			} else if !query {
				terminal = true
			}
		case *ssa.Lookup:
			if w.judge && ref.Index == v {
				w.text = true
			} else if !query {
				terminal = true
			}
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
			if len(chain) == 0 && w.home != nil && urlUsesOrigin(ref.Parent()) == w.home {
				continue // what home returns is its summary's Results
			}
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
	if w.judge && obj != nil {
		param := k
		if !c.IsInvoke() && sig.Recv() != nil {
			param-- // c.Args starts with the receiver
		}
		if w.u.r.textArgOf(obj, param) {
			w.text = true
			return
		}
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
	case isCall && w.judge && funcs.IsFunc(obj, "strings", "Replace", "ReplaceAll", "ToUpper", "Trim", "TrimLeft", "TrimFunc"):
		w.forward(call, chain, depth) // a string made from the argument

	case isCall && funcs.IsFunc(obj, "net/url", "Parse", "ParseRequestURI"):
		if v := urlUsesResult(call, 0); v != nil {
			w.addURL(v, chain)
		}
	case isCall && funcs.IsMethod(obj, "net/url", "Values", "Encode"):
		w.forward(call, chain, depth)
	case funcs.IsMethod(obj, "net/url", "Values", "Set", "Add", "Del", "Get", "Has"):
		// Editing or reading a query is not a use of it as a URL.
	case isCall && w.libRequestURL(call, arg, chain):
	default:
		callee := c.StaticCallee()
		if isCall && callee != nil && callee.Pkg != w.u.r.pkg && !packed && w.intoImported(call, callee, k, chain, depth) {
			return
		}
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

// libRequestURL records, when arg is the URL a client library's
// NewRequest resolves against its client's base URL (go-jira's
// "rest/api/2/myself"), the URLs the request goes to, and reports
// whether it did.
func (w *urlUsesWalk) libRequestURL(call *ssa.Call, arg ssa.Value, chain []*ssa.Call) bool {
	r := w.u.r
	c := call.Common()
	lc, ok := libCall(c)
	if !ok || lc.Role != atlassian.RoleNewRequest || !lc.ResolvesURL || arg == nil || libArg(c, lc, atlassian.ArgURL) != arg {
		return false
	}
	recv := libRecv(c, lc)
	if recv == nil {
		return false
	}
	var bases Strs
	for _, cl := range r.libClientsOf(recv, 0) {
		bases = append(bases, cl.BaseURLs...)
	}
	if len(bases) == 0 {
		return false
	}
	w.record(resolveAgainst(bases, r.eval(arg)), call.Parent(), chain, false)
	return true
}

// intoImported follows argument k of call, a call of a function of
// another package of the module, to the results its summary (a fact)
// says are built from that parameter: a url.Values that
// endpoints.SearchURL(site, q) puts on a REST URL is part of the URL
// the call returns. A url.Values that the callee itself puts on a URL
// (jc.Get(ctx, path, q, &out) sends it on c.base + "/rest/api/3" +
// path) becomes the URLs the summary's ParamURLs name, with the call's
// arguments for the callee's parameters; so does a string that one of
// the callee's HelperSends puts in a request's URL. It reports whether
// there was such a result or URL.
func (w *urlUsesWalk) intoImported(call *ssa.Call, callee *ssa.Function, k int, chain []*ssa.Call, depth int) bool {
	sum := w.u.r.summary(callee)
	found := false
	if k < len(sum.ParamURLs) && len(sum.ParamURLs[k]) > 0 {
		found = true
		w.record(substAll(sum.ParamURLs[k], w.u.r.argValues(call.Common())), call.Parent(), chain, false)
	}
	for _, send := range sum.HelperSends {
		// A string the callee sends as part of a request's URL
		// (jc.Get(ctx, "/search?atlOrigin=x", nil, &out) sends
		// c.base + "/rest/api/3" + path): that URL, the callee's
		// fields unknown. A url.Values is ParamURLs' (above).
		if isStringish(paramType(callee.Signature, k)) &&
			slices.ContainsFunc(send.URLs, func(s Str) bool { return hasParamIndex(s, k+1) }) {
			found = true
			w.record(substAll(send.URLs, w.u.r.argValues(call.Common())), call.Parent(), chain, false)
		}
	}
	for i, res := range sum.Results {
		if !slices.ContainsFunc(res, func(s Str) bool { return hasParamIndex(s, k+1) }) {
			continue
		}
		if v := urlUsesResult(call, i); v != nil {
			found = true
			w.forward(v, chain, depth+1)
		}
	}
	return found
}

// paramType returns the type of parameter k of sig, the receiver
// first, or an invalid type.
func paramType(sig *types.Signature, k int) types.Type {
	if sig.Recv() != nil {
		if k == 0 {
			return sig.Recv().Type()
		}
		k--
	}
	if k < 0 || k >= sig.Params().Len() {
		return types.Typ[types.Invalid]
	}
	return sig.Params().At(k).Type()
}

// hasParamIndex reports whether s has a part that is parameter i.
func hasParamIndex(s Str, i int) bool {
	return slices.ContainsFunc(s.Parts, func(p Part) bool { return p.Param == i })
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
	w.steps++
	if p, ok := ptr.(*ssa.Parameter); ok && w.steps <= 500 && !(len(chain) == 0 && w.home != nil && urlUsesOrigin(p.Parent()) == w.home) {
		// A helper that edits the URL it is given (addOrigin(u)):
		// the URL is its caller's.
		if calls := w.paramCallers(p, chain); len(calls) > 0 {
			i := slices.Index(p.Parent().Params, p)
			for _, call := range calls {
				if args := call.Common().Args; i >= 0 && i < len(args) {
					w.addURL(args[i], callerChain(chain, call))
				}
			}
			return
		}
	}
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
	switch {
	case fn != nil && w.home != nil && urlUsesOrigin(fn) == w.home:
		// Summarising home: its parameters are its callers' to fill.
	case fn != nil:
		ss = r.resolveParams(ss, fn)
	default:
		ss = ss.forgetParams()
	}
	if len(ss) == 0 {
		return
	}
	w.uses = append(w.uses, URLUse{Values: ss, URLObject: urlObject, AuthCodeURL: w.authCode})
}

// An AuthOptionTarget is a call that an oauth2.AuthCodeOption
// reaches: (*oauth2.Config).AuthCodeURL, whose URL it adds a parameter
// to, or Exchange, whose token request it adds one to.
type AuthOptionTarget struct {
	Exchange bool
	// URLs are the values of the config's Endpoint.AuthURL (for
	// AuthCodeURL) or Endpoint.TokenURL (for Exchange).
	URLs Strs
	// Returned: the option is returned, alone or in a slice of options
	// (Options are the ways that slice can be), to code that uses it
	// where this package cannot see: another package of the module.
	// What the other options of the slice say (an Atlassian audience)
	// may still tell what URL it is for.
	Returned bool
	Options  []AuthOptions
}

// AuthOptionTargets returns the AuthCodeURL and Exchange calls that
// the option made by call (an oauth2.SetAuthURLParam call) reaches,
// each with the endpoint URL of the config it is called on.
func (r *Result) AuthOptionTargets(call *ast.CallExpr) []AuthOptionTarget {
	if !r.Relevant {
		return nil
	}
	instr, ok := r.callInstrs[call.Lparen]
	if !ok {
		return nil
	}
	v, ok := instr.(*ssa.Call)
	if !ok {
		return nil
	}
	var out []AuthOptionTarget
	seen := map[ssa.Value]bool{}
	seenCall := map[ssa.CallInstruction]bool{}
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if seen[v] || depth > 6 || v.Referrers() == nil {
			return
		}
		seen[v] = true
		for _, ref := range *v.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Phi, *ssa.MakeInterface, *ssa.ChangeType, *ssa.Slice:
				walk(ref.(ssa.Value), depth+1)
			case *ssa.Store:
				if ia, ok := ref.Addr.(*ssa.IndexAddr); ok && ref.Val == v {
					walk(ia.X, depth+1)
				}
			case *ssa.Return:
				i := slices.Index(ref.Results, v)
				if i < 0 {
					continue
				}
				// To the calls of the function in this package, and
				// beyond, where it cannot be followed.
				fn := urlUsesOrigin(ref.Parent())
				if callers := r.callers[fn]; len(callers) <= maxAlternatives {
					for _, call := range callers {
						if res := urlUsesResult(call, i); res != nil {
							walk(res, depth+1)
						}
					}
				}
				t := AuthOptionTarget{Returned: true}
				if isAuthOptionsType(v.Type()) {
					if _, isSlice := v.Type().Underlying().(*types.Slice); isSlice {
						t.Options = r.authOptions(v, 0)
					} else if ps, ok := r.optionParams(v); ok {
						t.Options = []AuthOptions{{Params: ps}}
					}
				}
				out = append(out, t)
			case ssa.CallInstruction:
				c := ref.Common()
				obj := calleeObj(c)
				if taker, ok := AuthOptionTakerOf(obj); ok && !seenCall[ref] {
					seenCall[ref] = true
					t := AuthOptionTarget{Exchange: taker.Exchange}
					if !c.IsInvoke() && len(c.Args) > 0 {
						t.URLs = r.ConfigField(c.Args[0], taker.URLField)
					}
					out = append(out, t)
					continue
				}
				if b, ok := c.Value.(*ssa.Builtin); ok && b.Name() == "append" {
					if c, ok := ref.(*ssa.Call); ok {
						walk(c, depth+1)
					}
				}
			}
		}
		// An array allocated for a variadic call is reached through
		// its Slice, which refers to the Alloc.
		if alloc, ok := v.(*ssa.Alloc); ok {
			for _, ref := range *alloc.Referrers() {
				if sl, ok := ref.(*ssa.Slice); ok {
					walk(sl, depth+1)
				}
			}
		}
	}
	walk(v, 0)
	return out
}

func isSliceType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

func isStructType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// paramCallers returns the calls that pass p's argument: the last of
// chain, when the walk entered p's function through it, else every
// static call of the function in the package (none when there are too
// many to follow).
func (w *urlUsesWalk) paramCallers(p *ssa.Parameter, chain []*ssa.Call) []*ssa.Call {
	if n := len(chain); n > 0 {
		return chain[n-1:]
	}
	fn := p.Parent()
	if fn == nil {
		return nil
	}
	callers := w.u.r.callers[urlUsesOrigin(fn)]
	if len(callers) > maxAlternatives {
		return nil
	}
	return callers
}

// callerChain returns chain without its last call when that is call.
func callerChain(chain []*ssa.Call, call *ssa.Call) []*ssa.Call {
	if n := len(chain); n > 0 && chain[n-1] == call {
		return chain[:n-1]
	}
	return chain
}

// inTable reports whether the struct literal at cur is an element of a
// slice, array or map literal (directly, as &T{...}, or as a map key or
// value): a table such as a table-driven test's cases.
func inTable(info *types.Info, cur inspector.Cursor) bool {
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		switch pn := p.Node().(type) {
		case *ast.UnaryExpr:
			if pn.Op == token.AND {
				continue
			}
		case *ast.KeyValueExpr:
			continue
		case *ast.CompositeLit:
			t := info.TypeOf(pn)
			if t == nil {
				return false
			}
			switch t.Underlying().(type) {
			case *types.Slice, *types.Array, *types.Map:
				return true
			}
		}
		return false
	}
	return false
}

func isComparison(op token.Token) bool {
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}

// textFuncs are the functions that read their string arguments as
// text, to compare with or search for, never as a URL to use.
var textFuncs = map[string][]string{
	"strings": {"Contains", "ContainsAny", "ContainsRune", "ContainsFunc", "HasPrefix", "HasSuffix",
		"Index", "IndexAny", "IndexByte", "IndexRune", "IndexFunc", "LastIndex", "LastIndexAny",
		"LastIndexByte", "LastIndexFunc", "EqualFold", "Compare", "Count", "Cut", "CutPrefix",
		"CutSuffix", "Split", "SplitN", "SplitAfter", "SplitAfterN", "SplitSeq", "SplitAfterSeq",
		"Fields", "FieldsSeq", "NewReplacer"},
	"bytes": {"Contains", "ContainsAny", "HasPrefix", "HasSuffix", "Index", "LastIndex", "EqualFold",
		"Equal", "Compare", "Count", "Cut", "CutPrefix", "CutSuffix"},
	"path":                         {"Match"},
	"path/filepath":                {"Match"},
	"reflect":                      {"DeepEqual"},
	"slices":                       {"Contains", "Index", "Equal"},
	"github.com/google/go-cmp/cmp": {"Diff", "Equal"},
}

// textPackages are the packages all of whose functions and methods
// read their arguments as text: regular expressions and test
// assertions.
var textPackages = []string{
	"regexp",
	"github.com/stretchr/testify/assert",
	"github.com/stretchr/testify/require",
	"gotest.tools/v3/assert",
	"gotest.tools/assert",
}

// textArg reports whether obj reads its argument number param (not
// counting a receiver) as text.
func textArg(obj *types.Func, param int) bool {
	pkg := obj.Pkg()
	if pkg == nil || param < 0 {
		return false
	}
	if slices.Contains(textPackages, pkg.Path()) {
		return true
	}
	if obj.Signature().Recv() != nil {
		return false
	}
	switch {
	case funcs.IsFunc(obj, "strings", "Replace", "ReplaceAll") || funcs.IsFunc(obj, "bytes", "Replace", "ReplaceAll"):
		return param == 1 // the text replaced, not the text it is replaced in or with
	case funcs.IsFunc(obj, "strings", "TrimPrefix", "TrimSuffix", "Trim", "TrimLeft", "TrimRight"):
		return param >= 1
	}
	names, ok := textFuncs[pkg.Path()]
	return ok && slices.Contains(names, obj.Name())
}
