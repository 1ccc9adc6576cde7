package concat

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Edges.
//
// What text precedes and follows a string where it is used decides
// whether "atlOrigin=abc" at its start is a parameter ("x=1&" before
// it) or a value ("?jql=" before it), and whether a parameter at its
// end may be cut with its "&" (nothing after it). The neighbours in a
// concatenation say it; a string assigned to a variable, stored to a
// field, passed to a helper of the package or returned from one is
// followed to every place it is read, and the answers are merged. A
// string given to a function that takes a whole URL (http.Get,
// url.Parse, a URL field) has nothing before or after it.

// An Edge is what precedes or follows a string's text.
type Edge struct {
	Kind EdgeKind
	Char byte // for EdgeText
}

// An EdgeKind says what is known of an edge.
type EdgeKind int

const (
	EdgeUnknown EdgeKind = iota
	EdgeNone             // the start or end of the string
	EdgeText             // a known character, Char
)

var (
	unknownEdge = Edge{Kind: EdgeUnknown}
	noEdge      = Edge{Kind: EdgeNone}
)

func mergeEdge(a, b Edge) Edge {
	if a == b {
		return a
	}
	return unknownEdge
}

// Edges returns what precedes and follows the chain's string wherever
// it is used: for a format, the string fmt.Sprintf makes.
func (ch *Chain) Edges() (before, after Edge) {
	if !ch.edgesDone {
		ch.edgesDone = true
		cur := ch.Cursor
		if ch.Format != nil {
			cur = cur.Parent()
		}
		ch.before, ch.after = ch.x.Edges(cur)
	}
	return ch.before, ch.after
}

// Edges returns what text precedes and follows the value of the string
// expression at cur wherever it goes.
func (x *Index) Edges(cur inspector.Cursor) (before, after Edge) { return x.edges(cur, 0) }

// maxEdgeDepth bounds the variables, parameters and returns edges
// follows.
const maxEdgeDepth = 4

// edges says what text precedes and follows the value of the string
// expression at cur wherever it goes: the neighbours in a
// concatenation, and through variables, helper parameters and return
// values to theirs. Where the value is a whole URL or query (the
// argument of http.Get, a url.URL field) both edges are EdgeNone.
func (x *Index) edges(cur inspector.Cursor, depth int) (before, after Edge) {
	if depth > maxEdgeDepth {
		return unknownEdge, unknownEdge
	}
	n := cur.Node()
	p := cur.Parent()
	bset, aset := false, false
loop:
	for p.Valid() {
		switch pn := p.Node().(type) {
		case *ast.ParenExpr:
		case *ast.BinaryExpr:
			if pn.Op != token.ADD {
				break loop
			}
			if pn.X == n && !aset {
				after, aset = x.firstEdge(pn.Y), true
			}
			if pn.Y == n && !bset {
				before, bset = x.lastEdge(pn.X), true
			}
		case *ast.CallExpr:
			if tv, ok := x.info.Types[pn.Fun]; !ok || !tv.IsType() || len(pn.Args) != 1 {
				break loop
			}
			// A conversion: string(x).
		default:
			break loop
		}
		n, p = p.Node(), p.Parent()
	}
	if bset && aset {
		return before, after
	}
	b, a := x.contextEdges(p, n, depth)
	if !bset {
		before = b
	}
	if !aset {
		after = a
	}
	return before, after
}

func (x *Index) firstEdge(e ast.Expr) Edge {
	if s, ok := constString(x.info, e); ok && s != "" {
		return Edge{Kind: EdgeText, Char: s[0]}
	}
	return unknownEdge
}

func (x *Index) lastEdge(e ast.Expr) Edge {
	if s, ok := constString(x.info, e); ok && s != "" {
		return Edge{Kind: EdgeText, Char: s[len(s)-1]}
	}
	return unknownEdge
}

// contextEdges says what precedes and follows the string n in p, the
// node above the concatenation n completes.
func (x *Index) contextEdges(p inspector.Cursor, n ast.Node, depth int) (before, after Edge) {
	info := x.info
	if !p.Valid() {
		return unknownEdge, unknownEdge
	}
	switch pn := p.Node().(type) {
	case *ast.AssignStmt:
		if i := indexOf(pn.Lhs, n); i >= 0 {
			if pn.Tok == token.ADD_ASSIGN && len(pn.Rhs) == 1 {
				return unknownEdge, x.firstEdge(pn.Rhs[0]) // x += "...": x goes on
			}
			return unknownEdge, unknownEdge
		}
		i := indexOf(pn.Rhs, n)
		if i < 0 || len(pn.Lhs) != len(pn.Rhs) {
			return unknownEdge, unknownEdge
		}
		if pn.Tok == token.ADD_ASSIGN {
			if id, ok := pn.Lhs[i].(*ast.Ident); ok {
				_, a := x.objEdgesOf(info.Uses[id], depth+1)
				return unknownEdge, a
			}
			return unknownEdge, unknownEdge
		}
		switch lhs := ast.Unparen(pn.Lhs[i]).(type) {
		case *ast.Ident:
			if lhs.Name == "_" {
				return noEdge, noEdge
			}
			obj := info.Defs[lhs]
			if obj == nil {
				obj = info.Uses[lhs]
			}
			return x.objEdgesOf(obj, depth+1)
		case *ast.SelectorExpr:
			return x.fieldEdges(info.Uses[lhs.Sel], depth)
		}
		return unknownEdge, unknownEdge
	case *ast.ValueSpec:
		i := indexOf(pn.Values, n)
		if i < 0 || len(pn.Names) != len(pn.Values) {
			return unknownEdge, unknownEdge
		}
		if pn.Names[i].Name == "_" {
			return noEdge, noEdge
		}
		return x.objEdgesOf(info.Defs[pn.Names[i]], depth+1)
	case *ast.KeyValueExpr:
		if pn.Value != n {
			return unknownEdge, unknownEdge
		}
		if key, ok := pn.Key.(*ast.Ident); ok {
			if _, isStruct := p.Parent().Node().(*ast.CompositeLit); isStruct {
				return x.fieldEdges(info.Uses[key], depth)
			}
		}
		return unknownEdge, unknownEdge
	case *ast.CompositeLit:
		// A positional field: T{"...", ...}.
		if st, ok := underThroughPointer(info.TypeOf(pn)).(*types.Struct); ok {
			if i := indexOf(pn.Elts, n); i >= 0 && i < st.NumFields() {
				return x.fieldEdges(st.Field(i), depth)
			}
		}
		return unknownEdge, unknownEdge
	case *ast.ReturnStmt:
		return x.returnEdges(p, depth)
	case *ast.CallExpr:
		i := indexOf(pn.Args, n)
		if i < 0 {
			return unknownEdge, unknownEdge
		}
		fn := funcs.Callee(info, pn)
		switch {
		case fn == nil:
			return unknownEdge, unknownEdge
		case isURLConsumer(fn):
			return noEdge, noEdge
		case fn.Pkg() == x.pkg:
			if v := paramVar(fn, i, pn); v != nil {
				return x.objEdgesOf(v, depth+1)
			}
			return unknownEdge, unknownEdge
		case funcs.IsFunc(fn, "fmt", "Sprintf", "Sprint", "Sprintln"):
			return unknownEdge, unknownEdge // inserted among other text
		}
		// A helper of another package: its base may come before,
		// nothing is expected after.
		return unknownEdge, noEdge
	}
	return unknownEdge, unknownEdge
}

func indexOf(list []ast.Expr, n ast.Node) int {
	for i, e := range list {
		if e == n {
			return i
		}
	}
	return -1
}

// isURLConsumer reports the functions that take a whole URL.
func isURLConsumer(fn *types.Func) bool {
	return funcs.IsFunc(fn, "net/http", "Get", "Head", "Post", "PostForm", "NewRequest", "NewRequestWithContext", "Redirect") ||
		funcs.IsMethod(fn, "net/http", "Client", "Get", "Head", "Post", "PostForm") ||
		funcs.IsFunc(fn, "net/url", "Parse", "ParseRequestURI", "ParseQuery", "JoinPath")
}

// fieldEdges says what precedes and follows a string stored to a
// struct field: a URL field of net/url or of a configuration type the
// knowledge tables know holds a whole URL; a field of this package is
// followed to where it is read.
func (x *Index) fieldEdges(obj types.Object, depth int) (before, after Edge) {
	f, ok := obj.(*types.Var)
	if !ok || !f.IsField() || f.Pkg() == nil {
		return unknownEdge, unknownEdge
	}
	switch path := f.Pkg().Path(); {
	case path == "net/url":
		return noEdge, noEdge // url.URL{RawQuery: ...}, u.Path = ...
	case atlassian.IsWholeURLField(path, f.Name()):
		return noEdge, noEdge // oauth2.Config{RedirectURL: ...}
	case path == atlassian.OAuth2Path:
		return unknownEdge, unknownEdge
	}
	return x.objEdgesOf(f, depth+1)
}

// objEdgesOf merges the edges of every use of a variable or constant.
func (x *Index) objEdgesOf(obj types.Object, depth int) (before, after Edge) {
	switch obj.(type) {
	case *types.Var, *types.Const:
	default:
		return unknownEdge, unknownEdge
	}
	if obj.Pkg() != x.pkg {
		return unknownEdge, unknownEdge
	}
	if e, ok := x.objEdges[obj]; ok {
		return e[0], e[1] // unknown while being worked out: a cycle
	}
	x.objEdges[obj] = [2]Edge{unknownEdge, unknownEdge}
	before, after = x.usesEdges(obj, depth)
	x.objEdges[obj] = [2]Edge{before, after}
	return before, after
}

func (x *Index) usesEdges(obj types.Object, depth int) (before, after Edge) {
	first := true
	for _, id := range x.Uses(obj) {
		cur, ok := x.insp.Root().FindByPos(id.Pos(), id.End())
		if !ok {
			return unknownEdge, unknownEdge
		}
		if kv, ok := cur.Parent().Node().(*ast.KeyValueExpr); ok && kv.Key == id {
			continue // T{field: ...} stores, it does not read
		}
		if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			cur = cur.Parent() // x.field
			if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && as.Tok == token.ASSIGN && indexOf(as.Lhs, sel) >= 0 {
				continue // x.field = ...: a store
			}
		}
		b, a := x.edges(cur, depth)
		if first {
			before, after, first = b, a, false
		} else {
			before, after = mergeEdge(before, b), mergeEdge(after, a)
		}
	}
	if first {
		return noEdge, noEdge // never read here: a whole string for others
	}
	return before, after
}

// returnEdges merges the edges of the calls of the function whose
// result the return statement at p gives.
func (x *Index) returnEdges(p inspector.Cursor, depth int) (before, after Edge) {
	var obj types.Object
	for encl := range p.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if decl, ok := encl.Node().(*ast.FuncDecl); ok {
			obj = x.info.Defs[decl.Name]
		}
		break
	}
	fn, ok := obj.(*types.Func)
	if !ok {
		return unknownEdge, unknownEdge
	}
	sites := x.callSites(fn)
	if len(sites) == 0 {
		return unknownEdge, noEdge // exported or unused: a whole string
	}
	first := true
	for _, cur := range sites {
		b, a := x.edges(cur, depth+1)
		if first {
			before, after, first = b, a, false
		} else {
			before, after = mergeEdge(before, b), mergeEdge(after, a)
		}
	}
	return before, after
}

// paramVar returns the variable of parameter i of fn as called by
// call; nil for a variadic one.
func paramVar(fn *types.Func, i int, call *ast.CallExpr) *types.Var {
	sig := fn.Signature()
	if call.Ellipsis.IsValid() || (sig.Variadic() && i >= sig.Params().Len()-1) || i >= sig.Params().Len() {
		return nil
	}
	v := sig.Params().At(i)
	if v.Name() == "" || v.Name() == "_" {
		return nil
	}
	return v
}

// callSites returns the calls of fn in the package.
func (x *Index) callSites(fn *types.Func) []inspector.Cursor {
	if x.callsites == nil {
		x.callsites = map[*types.Func][]inspector.Cursor{}
		for cur := range x.insp.Root().Preorder((*ast.CallExpr)(nil)) {
			if f := funcs.Callee(x.info, cur.Node().(*ast.CallExpr)); f != nil && f.Pkg() == x.pkg {
				x.callsites[f] = append(x.callsites[f], cur)
			}
		}
	}
	return x.callsites[fn]
}

// underThroughPointer returns the underlying type of t, or of what t
// points to; nil when t is not known.
func underThroughPointer(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return t.Underlying()
}
