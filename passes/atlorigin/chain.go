package atlorigin

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A chain is a string built by concatenation, a + b + c, read as one
// text: the parameters of a URL are found, judged and removed in the
// whole, not in each literal alone, so that removing "?atlOrigin=abc"
// from key + "?atlOrigin=abc" + "&fields=x" keeps the "?" the rest
// needs.
type chain struct {
	root    ast.Expr
	rootCur inspector.Cursor
	ops     []operand
	// text is the operands' text; an operand whose value is unknown
	// stands in it as one unknownByte.
	text string
	// format is the fmt.Sprintf call whose format the chain is.
	format *ast.CallExpr
	// verbs of a format, and inVerb[i] when text[i] belongs to one;
	// complexVerbs when a verb uses an argument index or "*", so that
	// verbs cannot be mapped to arguments simply.
	verbs        []verb
	inVerb       []bool
	complexVerbs bool

	edgesDone     bool
	before, after edge

	// nextStop caches the last answer of stopAt.
	stopFrom, stopAtPos int
}

// An operand of a chain.
type operand struct {
	expr  ast.Expr
	lit   *ast.BasicLit // the operand when it is a string literal
	value string        // when known
	known bool
	start int // offset in the chain's text
}

func (o operand) width() int {
	if o.known {
		return len(o.value)
	}
	return 1
}

// unknownByte stands for an operand of unknown value in a chain's text.
const unknownByte = '\x00'

// A verb is a formatting verb of a format chain.
type verb struct {
	start, end int // in the chain's text
	arg        int // the argument it formats, counting from 0 after the format
}

// An edge is what precedes or follows a string's text.
type edge struct {
	kind edgeKind
	char byte // for edgeText
}

type edgeKind int

const (
	edgeUnknown edgeKind = iota
	edgeNone             // the start or end of the string
	edgeText             // a known character
)

func mergeEdge(a, b edge) edge {
	if a == b {
		return a
	}
	return edge{kind: edgeUnknown}
}

// chainRoot returns the outermost string concatenation that the
// string literal at cur is an operand of (or the literal itself). The
// concatenations climbed through remember their root, so that finding
// the roots of every literal of one long concatenation costs time in
// proportion to its length, not to its square.
func (c *checker) chainRoot(cur inspector.Cursor) inspector.Cursor {
	info := c.pass.TypesInfo
	rootCur := cur
	var climbed []ast.Node
	for {
		p := rootCur.Parent()
		if known, ok := c.roots[p.Node()]; ok {
			rootCur = known
			break
		}
		bin, ok := p.Node().(*ast.BinaryExpr)
		if !ok || bin.Op != token.ADD || !isStringExpr(info, bin) {
			break
		}
		climbed = append(climbed, bin)
		rootCur = p
	}
	for _, n := range climbed {
		c.roots[n] = rootCur
	}
	return rootCur
}

// chainAt returns the chain whose root concatenation is at rootCur.
func (c *checker) chainAt(rootCur inspector.Cursor) *chain {
	info := c.pass.TypesInfo
	ch := &chain{root: rootCur.Node().(ast.Expr), rootCur: rootCur}
	if call, ok := rootCur.Parent().Node().(*ast.CallExpr); ok && len(call.Args) > 0 && call.Args[0] == ch.root &&
		funcs.IsFunc(funcs.Callee(info, call), "fmt", "Sprintf") {
		ch.format = call
	}
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		if bin, ok := e.(*ast.BinaryExpr); ok && bin.Op == token.ADD && isStringExpr(info, bin) {
			flatten(bin.X)
			flatten(bin.Y)
			return
		}
		op := operand{expr: e}
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			op.lit = lit
		}
		op.value, op.known = constString(info, e)
		if op.known && strings.IndexByte(op.value, unknownByte) >= 0 {
			op.value, op.known = "", false
		}
		ch.ops = append(ch.ops, op)
	}
	flatten(ch.root)
	var b strings.Builder
	for i := range ch.ops {
		ch.ops[i].start = b.Len()
		if ch.ops[i].known {
			b.WriteString(ch.ops[i].value)
		} else {
			b.WriteByte(unknownByte)
		}
	}
	ch.text = b.String()
	if ch.format != nil {
		ch.parseVerbs()
	}
	ch.stopFrom, ch.stopAtPos = -1, -1
	return ch
}

func isStringExpr(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if t == nil {
		return true // not type-checked: + of string literals still reads as text
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// constString returns the constant string value of e.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return "", false
		}
		return constant.StringVal(tv.Value), true
	}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		if s, err := strconv.Unquote(lit.Value); err == nil {
			return s, true
		}
	}
	return "", false
}

// parseVerbs finds the formatting verbs of a format chain.
func (ch *chain) parseVerbs() {
	s := ch.text
	ch.inVerb = make([]bool, len(s))
	arg := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		if i+1 < len(s) && s[i+1] == '%' {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.[]*", s[j]) >= 0 {
			if s[j] == '[' || s[j] == '*' {
				ch.complexVerbs = true
			}
			j++
		}
		if j < len(s) {
			j++ // the verb letter
		}
		for k := i; k < j; k++ {
			ch.inVerb[k] = true
		}
		ch.verbs = append(ch.verbs, verb{start: i, end: j, arg: arg})
		arg++
		i = j - 1
	}
}

func (ch *chain) isVerb(i int) bool { return ch.inVerb != nil && ch.inVerb[i] }

// opAt returns the index of the operand holding text offset i.
func (ch *chain) opAt(i int) int {
	lo, hi := 0, len(ch.ops)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ch.ops[mid].start <= i {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	// Skip empty operands that start at i too.
	for lo+1 < len(ch.ops) && ch.ops[lo].width() == 0 {
		lo++
	}
	return lo
}

// str renders the chain as a symbolic string: unknown operands and
// formatting verbs are unknown.
func (ch *chain) str() flow.Str {
	out := flow.Str{}
	for _, op := range ch.ops {
		switch {
		case !op.known:
			out = out.Concat(flow.Unknown())
		case ch.format != nil:
			out = out.Concat(formatStr(op.value))
		default:
			out = out.Concat(flow.Lit(op.value))
		}
	}
	return out
}

// A param is one atlOrigin-like parameter in a chain's text.
type param struct {
	key    string // as written
	match  atlassian.OriginMatch
	op     int // the operand holding the key
	start  int // of the key, in the chain's text
	keyEnd int // the "=" after the key, or the end of a parameter without one
	end    int // end of the value: the following "&" or "#", or the end of the text
	hasEq  bool
	// bounded: where the value ends is known. It is not when text of
	// unknown value follows a value that has begun ("?atlOrigin=abc"
	// + rest: rest may go on with the value or start a parameter).
	bounded bool
}

// maxKey bounds the length of a parameter name worth matching.
const maxKey = 64

// findParams finds the atlOrigin-like parameters of the chain: a name
// after "?" or "&", or at the start of the text, followed by "=" (or,
// after a real "?" or "&", by "&", "#" or the end). It takes time
// linear in the text, however many "?", "&" and "=" it holds.
func (c *checker) findParams(ch *chain) []param {
	s := ch.text
	var out []param
	for i := 0; i < len(s); i++ {
		// strong: a real "?" or "&" comes before; weak: perhaps (the
		// start of the text, or an unknown operand), so "=" must follow.
		strong, weak := false, false
		switch {
		case i == 0:
			weak = true // decided below, when a name is there
		case (s[i-1] == '?' || s[i-1] == '&') && !ch.isVerb(i-1):
			strong = true
		case s[i-1] == unknownByte:
			weak = true
		}
		if !strong && !weak {
			continue
		}
		j := i
		for j < len(s) && !isKeyStop(s[j]) {
			j++
		}
		if j == i {
			continue
		}
		if j-i > maxKey {
			i = j - 1 // no parameter starts before the next stop
			continue
		}
		hasEq := j < len(s) && s[j] == '='
		if !hasEq && !((strong || i == 0) && (j == len(s) || s[j] == '&' || s[j] == '#')) {
			i = j - 1
			continue
		}
		raw := s[i:j]
		key := raw
		if k, err := url.QueryUnescape(raw); err == nil {
			key = k
		}
		m := atlassian.MatchOriginParam(key)
		if m == atlassian.NotOrigin {
			i = j - 1
			continue
		}
		if i == 0 {
			// What comes before the string: "x=1&" + "atlOrigin=abc"
			// is a parameter, "?jql=" + "atlOrigin=abc" is a value.
			switch b := c.edgesOf(ch).before; {
			case b.kind == edgeText && (b.char == '?' || b.char == '&'):
				strong = true
			case b.kind == edgeText:
				i = j - 1
				continue
			}
			if !hasEq && !strong {
				i = j - 1
				continue
			}
		}
		p := param{key: raw, match: m, op: ch.opAt(i), start: i, keyEnd: j, end: j, hasEq: hasEq, bounded: true}
		if hasEq {
			c.valueEnd(ch, &p)
		}
		out = append(out, p)
		i = j - 1
	}
	return out
}

func isKeyStop(b byte) bool {
	switch b {
	case '=', '&', '?', '#', '/', '%', ' ', unknownByte:
		return true
	}
	return false
}

// valueEnd finds where the value of p ends: at the next "&" or "#"
// outside a formatting verb, or at the end of the text. An operand of
// unknown value may be the value ("?atlOrigin=" + origin), but only as
// its beginning.
func (c *checker) valueEnd(ch *chain, p *param) {
	from := p.keyEnd + 1
	for {
		j := ch.stopAt(from)
		if j < len(ch.text) && ch.text[j] == unknownByte {
			if j != p.keyEnd+1 || from != p.keyEnd+1 {
				p.bounded = false
			}
			from = j + 1
			continue
		}
		p.end = j
		return
	}
}

// stopAt returns the first offset at or after from that holds "&",
// "#" or an unknown operand outside a verb, or the length of the text.
// Calls with increasing from take linear time in all.
func (ch *chain) stopAt(from int) int {
	if ch.stopFrom >= 0 && ch.stopFrom <= from && from <= ch.stopAtPos {
		return ch.stopAtPos
	}
	s := ch.text
	j := from
	for j < len(s) {
		if b := s[j]; (b == '&' || b == '#' || b == unknownByte) && !ch.isVerb(j) {
			break
		}
		j++
	}
	ch.stopFrom, ch.stopAtPos = from, j
	return j
}

// edgesOf returns what precedes and follows the chain's string: for a
// format, the string fmt.Sprintf makes.
func (c *checker) edgesOf(ch *chain) *chain {
	if !ch.edgesDone {
		ch.edgesDone = true
		cur := ch.rootCur
		if ch.format != nil {
			cur = cur.Parent()
		}
		ch.before, ch.after = c.edges(cur, 0)
	}
	return ch
}

// maxEdgeDepth bounds the variables, parameters and returns edges
// follows.
const maxEdgeDepth = 4

// edges says what text precedes and follows the value of the string
// expression at cur wherever it goes: the neighbours in a
// concatenation, and through variables, helper parameters and return
// values to theirs. Where the value is a whole URL or query (the
// argument of http.Get, a url.URL field) both edges are edgeNone.
func (c *checker) edges(cur inspector.Cursor, depth int) (before, after edge) {
	unknown := edge{kind: edgeUnknown}
	if depth > maxEdgeDepth {
		return unknown, unknown
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
				after, aset = c.firstEdge(pn.Y), true
			}
			if pn.Y == n && !bset {
				before, bset = c.lastEdge(pn.X), true
			}
		case *ast.CallExpr:
			if tv, ok := c.pass.TypesInfo.Types[pn.Fun]; !ok || !tv.IsType() || len(pn.Args) != 1 {
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
	b, a := c.contextEdges(p, n, depth)
	if !bset {
		before = b
	}
	if !aset {
		after = a
	}
	return before, after
}

func (c *checker) firstEdge(e ast.Expr) edge {
	if s, ok := constString(c.pass.TypesInfo, e); ok && s != "" {
		return edge{kind: edgeText, char: s[0]}
	}
	return edge{kind: edgeUnknown}
}

func (c *checker) lastEdge(e ast.Expr) edge {
	if s, ok := constString(c.pass.TypesInfo, e); ok && s != "" {
		return edge{kind: edgeText, char: s[len(s)-1]}
	}
	return edge{kind: edgeUnknown}
}

// contextEdges says what precedes and follows the string n in p, the
// node above the concatenation n completes.
func (c *checker) contextEdges(p inspector.Cursor, n ast.Node, depth int) (before, after edge) {
	info := c.pass.TypesInfo
	unknown, none := edge{kind: edgeUnknown}, edge{kind: edgeNone}
	if !p.Valid() {
		return unknown, unknown
	}
	switch pn := p.Node().(type) {
	case *ast.AssignStmt:
		if i := indexOf(pn.Lhs, n); i >= 0 {
			if pn.Tok == token.ADD_ASSIGN && len(pn.Rhs) == 1 {
				return unknown, c.firstEdge(pn.Rhs[0]) // x += "...": x goes on
			}
			return unknown, unknown
		}
		i := indexOf(pn.Rhs, n)
		if i < 0 || len(pn.Lhs) != len(pn.Rhs) {
			return unknown, unknown
		}
		if pn.Tok == token.ADD_ASSIGN {
			if id, ok := pn.Lhs[i].(*ast.Ident); ok {
				_, a := c.objEdges(info.Uses[id], depth+1)
				return unknown, a
			}
			return unknown, unknown
		}
		switch lhs := ast.Unparen(pn.Lhs[i]).(type) {
		case *ast.Ident:
			if lhs.Name == "_" {
				return none, none
			}
			obj := info.Defs[lhs]
			if obj == nil {
				obj = info.Uses[lhs]
			}
			return c.objEdges(obj, depth+1)
		case *ast.SelectorExpr:
			return c.fieldEdges(info.Uses[lhs.Sel], depth)
		}
		return unknown, unknown
	case *ast.ValueSpec:
		i := indexOf(pn.Values, n)
		if i < 0 || len(pn.Names) != len(pn.Values) {
			return unknown, unknown
		}
		if pn.Names[i].Name == "_" {
			return none, none
		}
		return c.objEdges(info.Defs[pn.Names[i]], depth+1)
	case *ast.KeyValueExpr:
		if pn.Value != n {
			return unknown, unknown
		}
		if key, ok := pn.Key.(*ast.Ident); ok {
			if _, isStruct := p.Parent().Node().(*ast.CompositeLit); isStruct {
				return c.fieldEdges(info.Uses[key], depth)
			}
		}
		return unknown, unknown
	case *ast.CompositeLit:
		// A positional field: T{"...", ...}.
		if st, ok := typeUnder(info.TypeOf(pn)).(*types.Struct); ok {
			if i := indexOf(pn.Elts, n); i >= 0 && i < st.NumFields() {
				return c.fieldEdges(st.Field(i), depth)
			}
		}
		return unknown, unknown
	case *ast.ReturnStmt:
		return c.returnEdges(p, depth)
	case *ast.CallExpr:
		i := indexOf(pn.Args, n)
		if i < 0 {
			return unknown, unknown
		}
		fn := funcs.Callee(info, pn)
		switch {
		case fn == nil:
			return unknown, unknown
		case isURLConsumer(fn):
			return none, none
		case fn.Pkg() == c.pass.Pkg:
			if v := c.paramVar(fn, i, pn); v != nil {
				return c.objEdges(v, depth+1)
			}
			return unknown, unknown
		case funcs.IsFunc(fn, "fmt", "Sprintf", "Sprint", "Sprintln"):
			return unknown, unknown // inserted among other text
		}
		// A helper of another package: its base may come before,
		// nothing is expected after.
		return unknown, none
	}
	return unknown, unknown
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
// struct field: a URL field of net/url or oauth2 holds a whole URL;
// a field of this package is followed to where it is read.
func (c *checker) fieldEdges(obj types.Object, depth int) (before, after edge) {
	unknown, none := edge{kind: edgeUnknown}, edge{kind: edgeNone}
	f, ok := obj.(*types.Var)
	if !ok || !f.IsField() || f.Pkg() == nil {
		return unknown, unknown
	}
	switch f.Pkg().Path() {
	case "net/url":
		return none, none // url.URL{RawQuery: ...}, u.Path = ...
	case "golang.org/x/oauth2":
		switch f.Name() {
		case "AuthURL", "TokenURL", "DeviceAuthURL", "RedirectURL":
			return none, none
		}
		return unknown, unknown
	}
	return c.objEdges(f, depth+1)
}

// objEdges merges the edges of every use of a variable or constant.
func (c *checker) objEdges(obj types.Object, depth int) (before, after edge) {
	unknown := edge{kind: edgeUnknown}
	switch obj.(type) {
	case *types.Var, *types.Const:
	default:
		return unknown, unknown
	}
	if obj.Pkg() != c.pass.Pkg {
		return unknown, unknown
	}
	if e, ok := c.objEdgeMemo[obj]; ok {
		return e[0], e[1] // unknown while being worked out: a cycle
	}
	c.objEdgeMemo[obj] = [2]edge{unknown, unknown}
	before, after = c.objEdges1(obj, depth)
	c.objEdgeMemo[obj] = [2]edge{before, after}
	return before, after
}

func (c *checker) objEdges1(obj types.Object, depth int) (before, after edge) {
	unknown, none := edge{kind: edgeUnknown}, edge{kind: edgeNone}
	first := true
	for _, id := range c.usesOf(obj) {
		cur, ok := c.insp.Root().FindByPos(id.Pos(), id.End())
		if !ok {
			return unknown, unknown
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
		b, a := c.edges(cur, depth)
		if first {
			before, after, first = b, a, false
		} else {
			before, after = mergeEdge(before, b), mergeEdge(after, a)
		}
	}
	if first {
		return none, none // never read here: a whole string for others
	}
	return before, after
}

// returnEdges merges the edges of the calls of the function whose
// result the return statement at p gives.
func (c *checker) returnEdges(p inspector.Cursor, depth int) (before, after edge) {
	unknown := edge{kind: edgeUnknown}
	var obj types.Object
	for encl := range p.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if decl, ok := encl.Node().(*ast.FuncDecl); ok {
			obj = c.pass.TypesInfo.Defs[decl.Name]
		}
		break
	}
	fn, ok := obj.(*types.Func)
	if !ok {
		return unknown, unknown
	}
	sites := c.callSites(fn)
	if len(sites) == 0 {
		return unknown, edge{kind: edgeNone} // exported or unused: a whole string
	}
	first := true
	for _, cur := range sites {
		b, a := c.edges(cur, depth+1)
		if first {
			before, after, first = b, a, false
		} else {
			before, after = mergeEdge(before, b), mergeEdge(after, a)
		}
	}
	return before, after
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return t.Underlying()
}
