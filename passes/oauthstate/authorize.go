package oauthstate

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/fixes"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// An authorizeURL is an expression that yields a finished authorize
// URL: an AuthCodeURL call, a concatenation, a fmt.Sprintf, a
// u.String(), or a string literal.
type authorizeURL struct {
	config    ssa.Value // the *oauth2.Config of an AuthCodeURL call, or nil
	expr      ast.Expr
	pos, end  token.Pos
	value     ssa.Value // nil for a literal
	authCall  *ast.CallExpr
	handBuilt bool // not made by AuthCodeURL, which sets response_type itself
	urls      []flow.URL
	kinds     []atlassian.AuthorizeKind
}

// authorizeAlternatives returns the values of ss read as URLs when all
// of them are authorize URLs: a value that may go elsewhere (another
// provider, a URL not known) is not judged.
func (c *checker) authorizeAlternatives(ss flow.Strs) ([]flow.URL, []atlassian.AuthorizeKind) {
	var urls []flow.URL
	var kinds []atlassian.AuthorizeKind
	for _, s := range ss {
		u := flow.ParseURL(s)
		if !u.SchemeKnown || !u.HostKnown || !u.PathComplete {
			return nil, nil
		}
		k := c.hosts.ClassifyAuthorize(u.Host, u.Path)
		if k == atlassian.NotAuthorize {
			return nil, nil
		}
		urls = append(urls, u)
		kinds = append(kinds, k)
	}
	return urls, kinds
}

// checkAuthorizeURLs finds every finished authorize URL and checks it.
func (c *checker) checkAuthorizeURLs() {
	for _, fn := range c.sortedFuncs() {
		if c.quietFile(fn.Pos()) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				v, ok := instr.(ssa.Value)
				if !ok {
					continue
				}
				if !c.isURLBuilder(v) {
					c.checkHelperState(v)
					continue
				}
				// Extended first: it is cheap, and the parts of a long
				// concatenation are each extended by the next.
				if c.res.Extended(v) || onlyMatched(v) {
					continue
				}
				urls, kinds := c.authorizeAlternatives(c.evalURL(v))
				if len(urls) == 0 {
					continue
				}
				expr := c.syntaxOf(v)
				if expr == nil {
					continue
				}
				a := &authorizeURL{expr: expr, value: v, urls: urls, kinds: kinds}
				a.pos, a.end = c.reportRange(v, expr)
				a.authCall = c.authCodeURLCall(expr)
				a.handBuilt = a.authCall == nil
				if a.authCall != nil {
					if instr, _ := c.res.CallAt(a.authCall); instr != nil {
						if args := flow.MethodArgs(instr.Common(), flow.CalleeObj(instr.Common())); len(args) > 0 {
							a.config = args[0]
						}
					}
				}
				c.checkAuthorizeURL(a)
			}
		}
	}
	c.checkLiteralURLs()
}

// checkHelperState applies the state rules to the authorize URL that v,
// a call of a helper of another package, returns when the helper takes
// its state from the call's arguments (stateParamsFact): the helper's
// package judges the rest of the URL, and cannot judge the state.
func (c *checker) checkHelperState(v ssa.Value) {
	call, ok := v.(*ssa.Call)
	if !ok {
		return
	}
	if _, ok := c.stateParams(call.Common()); !ok || c.res.Extended(v) || onlyMatched(v) {
		return
	}
	urls, kinds := c.authorizeAlternatives(c.evalURL(v))
	expr := c.syntaxOf(v)
	if len(urls) == 0 || expr == nil {
		return
	}
	a := &authorizeURL{expr: expr, value: v, urls: urls, kinds: kinds, handBuilt: true}
	a.pos, a.end = c.reportRange(v, expr)
	c.checkState(a)
}

// isMatcher reports the functions that compare, search or match text:
// a URL given to them is a pattern to recognise, not a URL sent to the
// browser (strings.HasPrefix(loc, "https://auth.atlassian.com/authorize?...")).
func isMatcher(obj *types.Func) bool {
	switch {
	case obj == nil || obj.Pkg() == nil:
		return false
	case funcs.IsFunc(obj, "strings", "HasPrefix", "HasSuffix", "Contains", "ContainsAny", "EqualFold", "Index", "IndexAny",
		"LastIndex", "Compare", "Count", "Cut", "CutPrefix", "CutSuffix"),
		funcs.IsFunc(obj, "bytes", "HasPrefix", "HasSuffix", "Contains", "ContainsAny", "EqualFold", "Index", "IndexAny",
			"LastIndex", "Compare", "Count", "Cut", "CutPrefix", "CutSuffix", "Equal"),
		funcs.IsFunc(obj, "regexp", "MustCompile", "Compile", "MustCompilePOSIX", "CompilePOSIX", "MatchString", "Match", "QuoteMeta"),
		funcs.IsFunc(obj, "path", "Match"), funcs.IsFunc(obj, "path/filepath", "Match"),
		funcs.IsFunc(obj, "slices", "Contains", "Index"),
		funcs.IsFunc(obj, "reflect", "DeepEqual"):
		return true
	}
	return obj.Pkg().Path() == "regexp" && obj.Signature().Recv() != nil // (*regexp.Regexp).MatchString
}

// onlyMatched reports whether the string v is only compared (==, !=)
// or given to functions that match text.
func onlyMatched(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	n := 0
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
			continue
		case *ssa.BinOp:
			if ref.Op != token.EQL && ref.Op != token.NEQ {
				return false
			}
		case ssa.CallInstruction:
			if !isMatcher(flow.CalleeObj(ref.Common())) {
				return false
			}
		default:
			return false
		}
		n++
	}
	return n > 0
}

// isURLBuilder reports the SSA values that can complete a URL.
func (c *checker) isURLBuilder(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.BinOp:
		return v.Op == token.ADD && funcs.IsTextType(v.Type())
	case *ssa.Call:
		obj := flow.CalleeObj(v.Common())
		if lc, ok := flow.LibCall(v.Common()); ok && lc.Role == atlassian.RoleAuthorizeURL {
			return true
		}
		if funcs.IsMethod(obj, "net/url", "URL", "String") && libAuthorizeResult(v.Common().Args[0]) {
			return false // the library's call is the builder
		}
		return takesAuthOptions(obj) ||
			funcs.IsFunc(obj, "fmt", "Sprintf", "Sprint") ||
			funcs.IsFunc(obj, "strings", "Join") ||
			funcs.IsMethod(obj, "net/url", "URL", "String")
	}
	return false
}

// takesAuthOptions reports whether obj builds an authorize URL from the
// options it is given (x/oauth2's AuthCodeURL): those options are where
// a fix adds a parameter.
func takesAuthOptions(obj *types.Func) bool {
	b, ok := flow.AuthorizeURLBuilderOf(obj)
	return ok && b.OptionsArg >= 0
}

// libAuthorizeResult reports whether u is the *url.URL a library's
// authorize call returns.
func libAuthorizeResult(u ssa.Value) bool {
	ex, ok := u.(*ssa.Extract)
	if !ok {
		return false
	}
	call, ok := ex.Tuple.(*ssa.Call)
	if !ok {
		return false
	}
	lc, ok := flow.LibCall(call.Common())
	return ok && lc.Role == atlassian.RoleAuthorizeURL
}

// authCodeURLCall returns the AuthCodeURL call that e is or that a
// concatenation e starts from.
func (c *checker) authCodeURLCall(e ast.Expr) *ast.CallExpr {
	var found []*ast.CallExpr
	ast.Inspect(e, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if c.isAuthCodeURLSyntax(call) {
				found = append(found, call)
				return false
			}
			if n != e {
				return false // inside another call: an argument, not the URL
			}
		}
		return true
	})
	if len(found) == 1 {
		return found[0]
	}
	return nil
}

// isAuthCodeURLSyntax reports whether call calls AuthCodeURL, directly
// or through a method value or expression.
func (c *checker) isAuthCodeURLSyntax(call *ast.CallExpr) bool {
	if takesAuthOptions(funcs.Callee(c.pass.TypesInfo, call)) {
		return true
	}
	instr, _ := c.res.CallAt(call)
	return instr != nil && takesAuthOptions(flow.CalleeObj(instr.Common()))
}

// checkLiteralURLs finds string constants that are whole authorize
// URLs (with a query) and are used as they are.
func (c *checker) checkLiteralURLs() {
	insp := c.res.Inspector()
	uses := map[types.Object][]*ast.Ident{}
	for id, obj := range c.pass.TypesInfo.Uses {
		uses[obj] = append(uses[obj], id)
	}
	for file := range insp.Root().Children() {
		if f, ok := file.Node().(*ast.File); ok && !c.quietFile(f.FileStart) {
			c.checkLiteralURLsIn(file, uses)
		}
	}
}

// checkLiteralURLsIn checks the literal URLs of one file.
func (c *checker) checkLiteralURLsIn(file inspector.Cursor, uses map[types.Object][]*ast.Ident) {
	for cur := range file.Preorder((*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil)) {
		e := cur.Node().(ast.Expr)
		if !c.isConstString(e) {
			continue
		}
		if _, ok := cur.Parent().Node().(*ast.CaseClause); ok {
			continue // a value compared with, not a URL used
		}
		if p, ok := cur.Parent().Node().(ast.Expr); ok && c.isConstString(p) {
			continue // not the whole constant
		}
		if _, ok := cur.Parent().Node().(*ast.ImportSpec); ok {
			continue
		}
		// Only the whole constant's value is computed: go/constant
		// builds the value of a concatenation on first use and keeps
		// it, and those of every part of a long one would be
		// quadratic in its length.
		val, _ := c.constString(e)
		if !strings.Contains(val, "?") {
			continue
		}
		urls, kinds := c.authorizeAlternatives(flow.Strs{flow.Lit(val)})
		if len(urls) == 0 || !hasOAuthParam(urls[0]) {
			continue
		}
		if !c.finished(cur, uses, 0) {
			continue
		}
		c.checkAuthorizeURL(&authorizeURL{expr: e, pos: e.Pos(), end: e.End(), urls: urls, kinds: kinds, handBuilt: true})
	}
}

// isConstString reports whether e is a constant string, without
// computing its value.
func (c *checker) isConstString(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String
}

func (c *checker) constString(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func hasOAuthParam(u flow.URL) bool {
	for _, p := range u.Query {
		switch p.Key {
		case atlassian.ParamClientID, atlassian.ParamResponseType, atlassian.ParamRedirectURI, "scope",
			atlassian.ParamState, atlassian.ParamAudience, atlassian.ParamPrompt:
			return true
		}
	}
	return false
}

// finished reports whether the constant at cur is used as it is rather
// than built into a longer URL: followed through the variables and
// constants it initialises, the calls it is passed to and the results
// it is returned as.
func (c *checker) finished(cur inspector.Cursor, uses map[types.Object][]*ast.Ident, depth int) bool {
	if depth > 4 {
		return false
	}
	child := cur.Node()
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		child, parent = parent.Node(), parent.Parent()
	}
	info := c.pass.TypesInfo
	switch p := parent.Node().(type) {
	case *ast.BinaryExpr, *ast.IndexExpr, *ast.SliceExpr:
		return false
	case *ast.CallExpr:
		if child == p.Fun {
			return false
		}
		if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
			return c.finished(parent, uses, depth+1) // a conversion
		}
		if isMatcher(funcs.Callee(info, p)) {
			return false // a pattern compared with, not a URL used
		}
		i := slices.Index(p.Args, child.(ast.Expr))
		call, _ := c.res.CallAt(p)
		if call == nil && c.illTyped && i >= 0 {
			// Without SSA nothing says what a function of the package
			// does with its argument; the standard library (a redirect,
			// a request) uses a URL as it is.
			fn := funcs.Callee(info, p)
			return fn != nil && fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && isStdPath(fn.Pkg().Path())
		}
		if call == nil || i < 0 {
			return false
		}
		com := call.Common()
		if _, builtin := com.Value.(*ssa.Builtin); builtin {
			return false
		}
		sig := com.Signature()
		idx := i
		if sig.Variadic() && p.Ellipsis == token.NoPos && i >= sig.Params().Len()-1 {
			idx = sig.Params().Len() - 1
		}
		if !com.IsInvoke() && sig.Recv() != nil {
			idx++
		}
		return !c.res.ArgExtended(call, idx)
	case *ast.KeyValueExpr:
		if child != p.Value {
			return false
		}
		lit, ok := parent.Parent().Node().(*ast.CompositeLit)
		if !ok {
			return false
		}
		t := info.TypeOf(lit)
		if t == nil || flow.IsConfigType(t) {
			return false
		}
		if _, ok := t.Underlying().(*types.Struct); ok {
			if key, ok := p.Key.(*ast.Ident); ok {
				return c.usesFinished(info.ObjectOf(key), uses, depth)
			}
			return false
		}
		return true
	case *ast.ReturnStmt:
		i := slices.Index(p.Results, child.(ast.Expr))
		fn := c.enclosingFunc(parent)
		return i >= 0 && fn != nil && len(c.res.Callers(fn)) > 0 && !c.res.ResultExtended(fn, i)
	case *ast.AssignStmt:
		if p.Tok == token.ADD_ASSIGN {
			return false
		}
		i := slices.Index(p.Rhs, child.(ast.Expr))
		if i < 0 || len(p.Lhs) != len(p.Rhs) {
			return false
		}
		switch l := ast.Unparen(p.Lhs[i]).(type) {
		case *ast.Ident:
			return c.usesFinished(info.ObjectOf(l), uses, depth)
		case *ast.SelectorExpr:
			return c.usesFinished(info.ObjectOf(l.Sel), uses, depth)
		}
		return true
	case *ast.ValueSpec:
		i := slices.Index(p.Values, child.(ast.Expr))
		if i < 0 || len(p.Names) != len(p.Values) {
			return false
		}
		return c.usesFinished(info.Defs[p.Names[i]], uses, depth)
	case *ast.Field: // a struct tag
		return false
	}
	return true
}

// isStdPath reports whether path looks like a standard-library import
// path: no dot in its first element.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// usesFinished reports whether every use of the variable, constant or
// field obj uses its value as it is; an object without uses in this
// package is not judged.
func (c *checker) usesFinished(obj types.Object, uses map[types.Object][]*ast.Ident, depth int) bool {
	if obj == nil || len(uses[obj]) == 0 {
		return false
	}
	insp := c.res.Inspector()
	for _, id := range uses[obj] {
		cur, ok := insp.Root().FindNode(id)
		if !ok {
			return false
		}
		node := cur
		if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			node = cur.Parent()
		}
		// The left-hand side of a plain assignment does not read it.
		if as, ok := node.Parent().Node().(*ast.AssignStmt); ok && slices.Contains(as.Lhs, node.Node().(ast.Expr)) {
			if as.Tok == token.ADD_ASSIGN {
				return false
			}
			continue
		}
		if !c.finished(node, uses, depth+1) {
			return false
		}
	}
	return true
}

// enclosingFunc returns the SSA function of the function declaration
// or literal around cur.
func (c *checker) enclosingFunc(cur inspector.Cursor) *ssa.Function {
	for cur = cur.Parent(); cur.Node() != nil; cur = cur.Parent() {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			return c.res.FuncOf(c.pass.TypesInfo.Defs[n.Name])
		case *ast.FuncLit:
			for _, fn := range c.res.Functions() {
				if fn.Syntax() == n {
					return fn
				}
			}
			return nil
		}
	}
	return nil
}

// A stateEntry is a value that becomes the state of an authorize URL,
// with the expression where it enters the URL.
type stateEntry struct {
	val  ssa.Value
	expr ast.Expr
}

// stateEntries finds where the state of the URL v enters it.
func (c *checker) stateEntries(v ssa.Value, depth int) []stateEntry {
	if depth > 4 || v == nil {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Phi:
		var out []stateEntry
		for _, e := range v.Edges {
			out = append(out, c.stateEntries(e, depth+1)...)
		}
		return out
	case *ssa.BinOp:
		if v.Op != token.ADD {
			return nil
		}
		var out []stateEntry
		if endsWithStateKey(c.tailEval(v.X)) {
			if e := c.operandExpr(v, false); e != nil {
				out = append(out, stateEntry{v.Y, e})
			}
		}
		out = append(out, c.stateEntries(v.X, depth+1)...)
		return append(out, c.stateEntries(v.Y, depth+1)...)
	case *ssa.Call:
		return c.callStateEntries(v, depth)
	}
	return nil
}

// operandExpr returns the syntax of an operand of a concatenation.
func (c *checker) operandExpr(b *ssa.BinOp, left bool) ast.Expr {
	if e, ok := c.binExprs[b.Pos()]; ok {
		if left {
			return e.X
		}
		return e.Y
	}
	if a, ok := c.opAssigns[b.Pos()]; ok {
		if left {
			return a.Lhs[0]
		}
		return a.Rhs[0]
	}
	return nil
}

func endsWithStateKey(ss flow.Strs) bool {
	for _, s := range ss {
		if n := len(s.Parts); n > 0 {
			last := s.Parts[n-1]
			if !last.Unknown && last.Param == 0 {
				lit := last.Lit
				if strings.HasSuffix(lit, "?state=") || strings.HasSuffix(lit, "&state=") || lit == "state=" {
					return true
				}
			}
		}
	}
	return false
}

func (c *checker) callStateEntries(call *ssa.Call, depth int) []stateEntry {
	com := call.Common()
	obj := flow.CalleeObj(com)
	syn := c.res.SyntaxCall(call)
	args := flow.CallArgs(com)
	if lc, ok := flow.LibCall(com); ok && lc.Role == atlassian.RoleAuthorizeURL {
		// A library's authorize URL: its state argument.
		if i := flow.LibArgIndex(lc, atlassian.ArgState); syn != nil && i >= 0 && i < len(syn.Args) {
			if v := flow.LibArg(com, lc, atlassian.ArgState); v != nil {
				return []stateEntry{{v, syn.Args[i]}}
			}
		}
		return nil
	}
	switch {
	case takesAuthOptions(obj):
		var out []stateEntry
		for _, opts := range c.res.AuthorizeURLOptions(call) {
			for _, p := range opts.Params {
				if p.Key != atlassian.ParamState || p.Val == nil {
					continue
				}
				if set, ok := c.callsByLparen[p.Site]; ok && len(set.Args) == 2 {
					out = append(out, stateEntry{p.Val, set.Args[1]})
				}
			}
		}
		if margs := flow.MethodArgs(com, obj); len(out) == 0 && len(margs) > 1 {
			if e := syntaxArg(com, syn, 1); e != nil {
				out = append(out, stateEntry{margs[1], e})
			}
		}
		return out
	case funcs.IsFunc(obj, "fmt", "Sprintf") && len(args) == 2 && syn != nil:
		format, ok := c.res.Eval(args[0]).Const()
		elems := c.res.SliceElems(args[1])
		if !ok || elems == nil || len(syn.Args) != len(elems)+1 {
			return nil
		}
		verbs, _, _, ok := parseFormat(format)
		if !ok {
			return nil
		}
		var out []stateEntry
		for _, v := range verbs {
			if v.arg >= len(elems) {
				continue
			}
			switch e := unbox(elems[v.arg]); {
			case strings.HasSuffix(v.prefix, "?state=") || strings.HasSuffix(v.prefix, "&state="):
				if v.plain {
					out = append(out, stateEntry{e, syn.Args[v.arg+1]})
				}
			case isCall(e):
				out = append(out, c.stateEntries(e, depth+1)...) // a query encoded apart
			}
		}
		return out
	case funcs.IsMethod(obj, "net/url", "URL", "String") && len(args) == 1:
		return c.urlStateEntries(args[0])
	case funcs.IsMethod(obj, "net/url", "Values", "Encode") && len(args) == 1:
		return c.queryStateEntries(args[0])
	}
	if params, ok := c.stateParams(com); ok {
		// A helper of another package that builds the URL: its state
		// enters at this call's arguments.
		var out []stateEntry
		for _, i := range params {
			if arg := syntaxArg(com, syn, i); arg != nil && i < len(args) {
				out = append(out, stateEntry{args[i], arg})
			}
		}
		return out
	}
	callee := com.StaticCallee()
	if callee == nil || com.IsInvoke() || callee.Blocks == nil || callee.Pkg == nil || callee.Pkg.Pkg != c.pass.Pkg || syn == nil {
		return nil
	}
	// A helper of this package that builds the URL: entries that are
	// its parameters enter at this call's arguments.
	var out []stateEntry
	for _, b := range callee.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) == 0 {
			continue
		}
		for _, e := range c.stateEntries(ret.Results[0], depth+1) {
			if p, ok := e.val.(*ssa.Parameter); ok {
				i := slices.Index(callee.Params, p)
				if i >= 0 && i < len(args) {
					if arg := syntaxArg(com, syn, i); arg != nil {
						out = append(out, stateEntry{args[i], arg})
					}
				}
				continue
			}
			out = append(out, e)
		}
	}
	return out
}

// stateParamsFact records that a function returns an authorize URL
// whose state is one of its parameters (Params, counted as callArgs
// counts): the helper cannot judge it, so its callers in other
// packages are judged at the arguments they pass.
type stateParamsFact struct {
	Params []int
}

func (*stateParamsFact) AFact() {}

func (f *stateParamsFact) String() string { return fmt.Sprintf("state from parameters %v", f.Params) }

// exportStateParamFacts exports a stateParamsFact for each exported
// function of the package whose returned authorize URL takes its state
// from a parameter.
func (c *checker) exportStateParamFacts() {
	for _, fn := range c.res.Functions() {
		obj, ok := fn.Object().(*types.Func)
		res := fn.Signature.Results()
		if !ok || fn.Parent() != nil || !obj.Exported() || res.Len() == 0 || !funcs.IsTextType(res.At(0).Type()) {
			continue
		}
		var params []int
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || len(ret.Results) == 0 {
				continue
			}
			if urls, _ := c.authorizeAlternatives(c.evalURL(ret.Results[0])); len(urls) == 0 {
				continue
			}
			for _, e := range c.stateEntries(ret.Results[0], 0) {
				if p, ok := e.val.(*ssa.Parameter); ok && p.Parent() == fn {
					if i := slices.Index(fn.Params, p); i >= 0 && !slices.Contains(params, i) {
						params = append(params, i)
					}
				}
			}
		}
		if len(params) > 0 {
			slices.Sort(params)
			c.pass.ExportObjectFact(obj, &stateParamsFact{Params: params})
		}
	}
}

// stateParams returns the parameters of a function of another package
// that com calls whose arguments are the state of the authorize URL it
// returns, known by its stateParamsFact.
func (c *checker) stateParams(com *ssa.CallCommon) ([]int, bool) {
	obj := flow.CalleeObj(com)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg || com.IsInvoke() {
		return nil, false
	}
	var f stateParamsFact
	if !c.pass.ImportObjectFact(obj, &f) {
		return nil, false
	}
	return f.Params, true
}

func isCall(v ssa.Value) bool {
	_, ok := v.(*ssa.Call)
	return ok
}

func unbox(v ssa.Value) ssa.Value {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X
	}
	return v
}

// urlStateEntries finds the state of a *url.URL whose RawQuery is set
// from a url.Values.
func (c *checker) urlStateEntries(u ssa.Value) []stateEntry {
	if l, ok := u.(*ssa.UnOp); ok && l.Op == token.MUL {
		u = l.X // (*u).String() on a url.URL variable
	}
	if u.Referrers() == nil {
		return nil
	}
	refs := slices.Clone(*u.Referrers())
	// u := url.URL{...} copies a literal built apart.
	for _, ref := range *u.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == u {
			if l, ok := st.Val.(*ssa.UnOp); ok && l.Op == token.MUL && l.X.Referrers() != nil {
				refs = append(refs, *l.X.Referrers()...)
			}
		}
	}
	var out []stateEntry
	for _, ref := range refs {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		st, ok := structPointee(fa.X.Type())
		if !ok || fa.Field >= st.NumFields() || st.Field(fa.Field).Name() != "RawQuery" {
			continue
		}
		for _, ref2 := range *fa.Referrers() {
			if store, ok := ref2.(*ssa.Store); ok && store.Addr == fa {
				if call, ok := store.Val.(*ssa.Call); ok {
					out = append(out, c.callStateEntries(call, 1)...)
				}
			}
		}
	}
	return out
}

// queryStateEntries finds q.Set("state", v), q.Add("state", v) and
// url.Values{"state": {v}}.
func (c *checker) queryStateEntries(q ssa.Value) []stateEntry {
	if q.Referrers() == nil {
		return nil
	}
	var out []stateEntry
	for _, ref := range *q.Referrers() {
		switch ref := ref.(type) {
		case *ssa.MapUpdate:
			if key, ok := c.res.Eval(ref.Key).Const(); !ok || key != atlassian.ParamState {
				continue
			}
			elems := c.res.SliceElems(ref.Value)
			kv, ok := c.kvByColon[ref.Pos()]
			if len(elems) == 0 || !ok {
				continue
			}
			if lit, ok := kv.Value.(*ast.CompositeLit); ok && len(lit.Elts) > 0 {
				out = append(out, stateEntry{elems[0], lit.Elts[0]})
			}
		case *ssa.Call:
			com := ref.Common()
			if !funcs.IsMethod(flow.CalleeObj(com), "net/url", "Values", "Set", "Add") || len(com.Args) != 3 {
				continue
			}
			if key, ok := c.res.Eval(com.Args[1]).Const(); !ok || key != atlassian.ParamState {
				continue
			}
			if syn := c.res.SyntaxCall(ref); syn != nil && len(syn.Args) == 2 {
				out = append(out, stateEntry{com.Args[2], syn.Args[1]})
			}
		}
	}
	return out
}

// checkAuthorizeURL applies the rules to one authorize URL.
func (c *checker) checkAuthorizeURL(a *authorizeURL) {
	c.checkState(a)
	var atl []flow.URL
	for i, u := range a.urls {
		if a.kinds[i] == atlassian.AtlassianAuthorize {
			atl = append(atl, u)
		}
	}
	if len(atl) == 0 {
		return
	}
	// Each missing parameter is its own finding, but their fixes would
	// all insert at one point (the end of AuthCodeURL's arguments, the
	// end of the literal), and drivers drop or refuse fixes that
	// overlap: the first finding reported carries one fix that adds
	// every parameter reported missing.
	var found []paramFinding
	add := func(pf paramFinding, ok bool) {
		if ok {
			found = append(found, pf)
		}
	}
	add(c.checkParam(a, atl, atlassian.ParamPrompt, CategoryMissingPrompt, func(u flow.URL) string { return atlassian.PromptConsent },
		func(u flow.URL, v string) bool { return v == atlassian.PromptConsent },
		"Atlassian requires it so that the user is shown the consent screen",
		"Atlassian requires consent so that the user is shown the consent screen"))
	if c.cfg.Audience {
		add(c.checkParam(a, atl, atlassian.ParamAudience, CategoryMissingAudience, func(u flow.URL) string { return atlassian.Audience(u.Host) },
			func(u flow.URL, v string) bool { return c.hosts.AudienceOK(u.Host, v) },
			"without it Atlassian does not issue a token for the API gateway",
			"Atlassian issues a token for the API gateway only for that audience"))
	}
	if a.handBuilt || a.authCall != nil {
		// AuthCodeURL sends response_type=code unless an option overrides it.
		const why = "Atlassian's 3LO flow only issues authorization codes"
		add(c.checkParam(a, atl, atlassian.ParamResponseType, CategoryResponseType, func(u flow.URL) string { return atlassian.ResponseTypeCode },
			func(u flow.URL, v string) bool { return v == atlassian.ResponseTypeCode }, why, why))
	}
	var missing [][2]string // the parameters to add, of findings that will show
	for _, pf := range found {
		if pf.missing != "" && c.shows(pf.diag) {
			missing = append(missing, [2]string{pf.key, pf.missing})
		}
	}
	fixed := false
	for _, pf := range found {
		d := pf.diag
		if pf.missing != "" && !fixed && c.shows(d) {
			if fix, ok := c.addParamFix(a, missing); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
			fixed = true
		}
		c.report(d)
	}
	c.checkRedirectParam(a)
}

// known reports whether the absence of key from u can be trusted.
func (a *authorizeURL) known(u flow.URL, key string) bool {
	return u.QueryComplete || key == atlassian.ParamState && a.authCall != nil && a.authCall == a.expr
}

// A paramFinding is a finding of checkParam: when the parameter is
// missing, the value to add.
type paramFinding struct {
	diag         analysis.Diagnostic
	key, missing string
}

// checkParam returns a finding for the first alternative of a that
// lacks key or gives it a wrong constant value.
func (c *checker) checkParam(a *authorizeURL, urls []flow.URL, key, category string,
	want func(flow.URL) string, ok func(flow.URL, string) bool, whyMissing, whyWrong string) (paramFinding, bool) {
	// Report only when every way the URL can be is wrong: a path
	// that sets the parameter may be the one that runs.
	var first *paramFinding
	for _, u := range urls {
		vals := u.Param(key)
		var pf paramFinding
		switch {
		case len(vals) == 0 && a.known(u, key):
			w := want(u)
			pf = paramFinding{key: key, missing: w, diag: analysis.Diagnostic{
				Pos: a.pos, End: a.end, Category: category,
				Message: fmt.Sprintf("authorize URL has no %s=%s; %s", key, w, whyMissing),
			}}
		case len(vals) > 0:
			v, isConst := vals[len(vals)-1].Const()
			if !isConst || ok(u, v) {
				return paramFinding{}, false
			}
			pf = paramFinding{key: key, diag: analysis.Diagnostic{
				Pos: a.pos, End: a.end, Category: category,
				Message: fmt.Sprintf("authorize URL has %s=%s, not %s=%s; %s", key, atlassian.QuoteValue(v), key, want(u), whyWrong),
			}}
		default:
			return paramFinding{}, false // not known
		}
		if first == nil {
			first = &pf
		}
	}
	if first == nil {
		return paramFinding{}, false
	}
	return *first, true
}

// addParamFix adds the parameters (key, value): as
// oauth2.SetAuthURLParam options of an AuthCodeURL call, or into the
// literal that holds the query.
func (c *checker) addParamFix(a *authorizeURL, params [][2]string) (analysis.SuggestedFix, bool) {
	if len(params) == 0 {
		return analysis.SuggestedFix{}, false
	}
	var pairs []string
	for _, p := range params {
		pairs = append(pairs, p[0]+"="+p[1])
	}
	msg := "Add " + strings.Join(pairs, " and ")
	if a.authCall != nil {
		call := a.authCall
		if call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return analysis.SuggestedFix{}, false
		}
		file := c.fileOf(call.Pos())
		if file == nil {
			return analysis.SuggestedFix{}, false
		}
		name, add, ok := fixes.ImportName(c.pass.TypesInfo, file, call.Pos(), atlassian.OAuth2Path, "oauth2")
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		last := call.Args[len(call.Args)-1]
		var text []byte
		for _, p := range params {
			text = fmt.Appendf(text, ", %s.SetAuthURLParam(%q, %q)", name, p[0], p[1])
		}
		edits := []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: text}}
		if add {
			imports, ok := fixes.AddImports(c.pass.Fset.File(file.FileStart), file, atlassian.OAuth2Path)
			if !ok {
				return analysis.SuggestedFix{}, false
			}
			edits = append(edits, imports...)
		}
		return analysis.SuggestedFix{Message: msg, TextEdits: edits}, true
	}
	query := strings.Join(pairs, "&")
	if lit, ok := ast.Unparen(a.expr).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		// A whole literal URL: append the parameters.
		if atlassian.HoldsSecret(lit.Value) {
			return analysis.SuggestedFix{}, false // the secrets pass rewrites this literal
		}
		v, _ := c.constString(lit)
		if strings.ContainsAny(lit.Value[1:len(lit.Value)-1], "\\") && strings.Contains(v, "#") {
			return analysis.SuggestedFix{}, false
		}
		at := lit.End() - 1
		if i := strings.IndexByte(lit.Value, '#'); i >= 0 {
			at = lit.Pos() + token.Pos(i)
		}
		text := "&" + query
		if strings.HasSuffix(strings.SplitN(v, "#", 2)[0], "?") || strings.HasSuffix(strings.SplitN(v, "#", 2)[0], "&") {
			text = query
		}
		return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}}}, true
	}
	// A URL built from parts: insert after the "?" that starts its query.
	var target *ast.BasicLit
	ast.Inspect(a.expr, func(n ast.Node) bool {
		if target != nil {
			return false
		}
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			body := lit.Value[1 : len(lit.Value)-1]
			if i := strings.IndexByte(body, '?'); i >= 0 && (i == 0 || strings.HasSuffix(body[:i], "/authorize")) {
				target = lit
			}
		}
		return true
	})
	if target == nil || atlassian.HoldsSecret(target.Value) {
		return analysis.SuggestedFix{}, false
	}
	at := target.Pos() + token.Pos(strings.IndexByte(target.Value, '?')+1)
	return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(query + "&")}}}, true
}

// checkState applies the state rules to an authorize URL.
func (c *checker) checkState(a *authorizeURL) {
	if c.cliFlow(a) {
		return // a command-line flow reading the code from the terminal
	}
	account := accountName(a)
	risk := "without it an attacker can link their " + account + " account to your user's session"
	// missing-state: no state, or an empty one, whichever way the URL
	// is built (an error path may return an empty state nobody uses).
	missing, emptyArg := true, false
	for _, u := range a.urls {
		vals := u.Param(atlassian.ParamState)
		empty := len(vals) > 0
		for _, v := range vals {
			if k, ok := v.Const(); !ok || k != "" {
				empty = false
			}
		}
		if !(len(vals) == 0 && a.known(u, atlassian.ParamState) || empty) {
			missing = false
			break
		}
		emptyArg = emptyArg || len(vals) == 0 && a.authCall != nil && a.authCall == a.expr
	}
	if missing {
		msg := "authorize URL has no state parameter; " + risk +
			": send an unguessable value bound to the user's session, such as oauth2.GenerateVerifier(), and check it in the callback"
		if emptyArg {
			msg = "AuthCodeURL is called with an empty state, so the authorize URL has no state parameter; " + risk +
				": pass an unguessable value bound to the user's session, such as oauth2.GenerateVerifier(), and check it in the callback"
		}
		c.report(analysis.Diagnostic{Pos: a.pos, End: a.end, Category: CategoryMissingState, Message: msg})
		return
	}
	var entries []stateEntry
	if a.value != nil {
		entries = c.stateEntries(a.value, 0)
	}
	for _, e := range entries {
		c.checkStateEntry(e, account, 0)
	}
	if len(entries) > 0 {
		return
	}
	// A state written into the URL's text.
	for _, u := range a.urls {
		for _, v := range u.Param(atlassian.ParamState) {
			if k, ok := v.Const(); ok && k != "" {
				pos, end := c.literalHolding(a, "state="+k)
				c.reportConstantState(pos, end, []string{k}, account)
				return
			}
		}
	}
}

// literalHolding returns the string literal in a's expression whose
// text contains s, else a's own range.
func (c *checker) literalHolding(a *authorizeURL, s string) (token.Pos, token.Pos) {
	if lit := c.literalIn(a, s); lit != nil {
		return lit.Pos(), lit.End()
	}
	return a.pos, a.end
}

// literalIn returns the string literal in a's expression whose text
// contains s, or nil.
func (c *checker) literalIn(a *authorizeURL, s string) *ast.BasicLit {
	var found *ast.BasicLit
	ast.Inspect(a.expr, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && found == nil {
			if v, ok := c.constString(lit); ok && strings.Contains(v, s) {
				found = lit
			}
		}
		return found == nil
	})
	return found
}

// accountName names the account an attacker links through the
// authorize URL a: Bitbucket's, or Atlassian's.
func accountName(a *authorizeURL) string {
	for _, k := range a.kinds {
		if k != atlassian.BitbucketAuthorize {
			return "Atlassian"
		}
	}
	return "Bitbucket"
}

// reportConstantState reports a state that is the constant ks[0] (or
// one of ks on different paths).
func (c *checker) reportConstantState(pos, end token.Pos, ks []string, account string, related ...analysis.RelatedInformation) {
	quoted := make([]string, len(ks))
	for i, k := range ks {
		quoted[i] = atlassian.QuoteValue(k)
	}
	what := "the constant " + quoted[0]
	if len(ks) > 1 {
		what = "a constant (" + strings.Join(quoted, " or ") + ")"
	}
	msg := fmt.Sprintf("state is %s, the same for every user; an attacker who knows it can link their %s account "+
		"to your user's session: use an unguessable value bound to the user's session, such as oauth2.GenerateVerifier()", what, account)
	if len(ks) == 1 && atlassian.IsStatePlaceholder(ks[0]) {
		msg = fmt.Sprintf("state is %s, the placeholder from Atlassian's documentation; an attacker can link their %s account "+
			"to your user's session: use an unguessable value bound to the user's session, such as oauth2.GenerateVerifier()", quoted[0], account)
	}
	c.report(analysis.Diagnostic{Pos: pos, End: end, Category: CategoryConstantState, Message: msg, Related: related})
}

// definedAt points at the literal that the constant or package
// variable e names is declared with, if e names one.
func (c *checker) definedAt(e ast.Expr) []analysis.RelatedInformation {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	val := c.declValue(id)
	if val == nil {
		return nil
	}
	if _, isConst := c.constString(val); !isConst {
		return nil // a config or anything else that is not the state's text
	}
	if h := c.holderOf(val, "", 0); h != nil {
		return []analysis.RelatedInformation{{Pos: h.Pos(), End: h.End(), Message: "the state is defined here"}}
	}
	return nil
}

// checkStateEntry reports a constant or guessable state value. A
// state that is a parameter of a helper is judged at each call of the
// helper, where the caller's argument is.
func (c *checker) checkStateEntry(e stateEntry, account string, depth int) {
	if depth < 3 && c.checkAtCallers(e, account, depth) {
		return
	}
	ss := c.res.Eval(e.val)
	if k, ok := ss.Const(); ok {
		if k != "" {
			c.reportConstantState(e.expr.Pos(), e.expr.End(), []string{k}, account, c.definedAt(e.expr)...)
		}
		return
	}
	p := c.res.Provenance(e.val)
	if p.Kind == flow.ProvUnknown && isUserIDExpr(c.pass.TypesInfo, e.expr) {
		p = flow.Provenance{Kind: flow.ProvGuessable, Reasons: []string{atlassian.ReasonUserID}}
	}
	switch p.Kind {
	case flow.ProvConstant:
		var ks []string
		for _, s := range ss {
			if k, ok := s.Const(); ok && !slices.Contains(ks, k) {
				ks = append(ks, k)
			}
		}
		if len(ks) == 0 || len(ks) != len(ss) {
			ks = nil
		}
		if ks != nil {
			c.reportConstantState(e.expr.Pos(), e.expr.End(), ks, account)
			return
		}
		c.report(analysis.Diagnostic{
			Pos: e.expr.Pos(), End: e.expr.End(), Category: CategoryConstantState,
			Message: "state is a constant, the same for every user; an attacker who knows it can link their " + account + " account " +
				"to your user's session: use an unguessable value bound to the user's session, such as oauth2.GenerateVerifier()",
		})
	case flow.ProvGuessable:
		c.report(analysis.Diagnostic{
			Pos: e.expr.Pos(), End: e.expr.End(), Category: CategoryGuessableState,
			Message: fmt.Sprintf("state is made from %s, which an attacker can guess and use to link their %s account "+
				"to your user's session; use a value from crypto/rand, such as oauth2.GenerateVerifier(), bound to the user's session",
				p.Reason(), account),
		})
	}
}

// checkAtCallers judges a state that is a parameter of its function at
// the arguments the function's callers in this package pass, and
// reports whether it could.
func (c *checker) checkAtCallers(e stateEntry, account string, depth int) bool {
	p, ok := e.val.(*ssa.Parameter)
	if !ok {
		return false
	}
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	callers := c.res.Callers(fn)
	if i < 0 || len(callers) == 0 || len(callers) > 8 {
		return false
	}
	var entries []stateEntry
	for _, call := range callers {
		com := call.Common()
		arg := syntaxArg(com, c.res.SyntaxCall(call), i)
		if arg == nil || i >= len(com.Args) {
			return false
		}
		entries = append(entries, stateEntry{com.Args[i], arg})
	}
	for _, e := range entries {
		c.checkStateEntry(e, account, depth+1)
	}
	return true
}

// isUserIDExpr reports a state expression that is a user ID alone,
// known by its origin, a field that holds one: u.AccountID,
// strconv.Itoa(user.ID), fmt.Sprint(s.UserID). A variable named
// userID whose value comes from elsewhere is not judged by its name.
func isUserIDExpr(info *types.Info, e ast.Expr) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if _, isVar := info.ObjectOf(x.Sel).(*types.Var); isVar {
				return isUserIDField(info.TypeOf(x.X), x.Sel.Name)
			}
			return false
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			fn := funcs.Callee(info, x)
			if (funcs.IsFunc(fn, "strconv", "Itoa", "FormatInt", "FormatUint") || funcs.IsFunc(fn, "fmt", "Sprint")) && len(x.Args) >= 1 {
				e = x.Args[0]
				continue
			}
			return false
		default:
			return false
		}
	}
}

// cliFlow reports whether the authorize URL a belongs to a
// command-line flow, exempt from the state rules: its redirect URI is
// a loopback address (or not known), and the code is read from the
// terminal, not from an HTTP request. The exchanges of a's own config
// decide when the package has any; else the package's exchanges; and
// a known loopback redirect whose code this package never takes from a
// request is exchanged by callers atlvet cannot see, a command line.
func (c *checker) cliFlow(a *authorizeURL) bool {
	loopback, known := c.loopbackRedirect(a)
	if !loopback {
		return false
	}
	if key := c.configKey(a.config, 0); key != nil {
		matched, terminal, request := false, false, false
		for _, e := range c.exchangeList {
			if e.config == nil || c.configKey(e.config, 0) != key {
				continue
			}
			matched = true
			for _, s := range e.sources {
				terminal = terminal || s.kind == codeTerminal
				request = request || s.kind == codeRequest
			}
		}
		if matched {
			return !request && (terminal || known)
		}
	}
	return !c.anyRequest && (c.anyTerminal || known)
}

// loopbackRedirect reports whether a's redirect URI is a loopback
// address or not known (loopback), and whether it is known.
func (c *checker) loopbackRedirect(a *authorizeURL) (loopback, known bool) {
	known = true
	for _, u := range a.urls {
		vals := u.Param(atlassian.ParamRedirectURI)
		if len(vals) == 0 {
			known = false
		}
		for _, v := range vals {
			r := flow.ParseURL(v)
			if !r.HostKnown {
				known = false
				continue
			}
			if !atlassian.IsLoopback(r.Host) {
				return false, false
			}
		}
	}
	return true, known
}

// configKey names the *oauth2.Config that v is, so that AuthCodeURL
// and Exchange on one config meet: a package variable, a field of a
// struct type, a local variable, the call that made it in this
// function (conf := config(port)), or nil when not known.
func (c *checker) configKey(v ssa.Value, depth int) any {
	if v == nil || depth > 4 {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Global, *ssa.Alloc:
		return v
	case *ssa.UnOp:
		if v.Op == token.MUL {
			if key := c.configKey(v.X, depth+1); key != nil {
				return key
			}
		}
	case *ssa.FieldAddr:
		if st, ok := structPointee(v.X.Type()); ok && v.Field < st.NumFields() {
			return types.TypeString(st, nil) + "." + st.Field(v.Field).Name()
		}
	case *ssa.ChangeType:
		return c.configKey(v.X, depth+1)
	case *ssa.Call:
		return v // conf := config(port): the config of this function's flow
	}
	return nil
}

// checkRedirectParam reports a redirect_uri over http:// to a host
// that is not loopback, set in a hand-built URL or by an option.
func (c *checker) checkRedirectParam(a *authorizeURL) {
	if a.authCall != nil && a.value != nil {
		if call, ok := a.value.(*ssa.Call); ok && takesAuthOptions(flow.CalleeObj(call.Common())) {
			for _, opts := range c.res.AuthorizeURLOptions(call) {
				for _, p := range opts.Params {
					if p.Key != atlassian.ParamRedirectURI {
						continue
					}
					if set, ok := c.callsByLparen[p.Site]; ok && len(set.Args) == 2 {
						c.checkRedirectValue(flow.Strs{p.Value}, set.Args[1])
					}
				}
			}
		}
		return
	}
	for _, u := range a.urls {
		for _, v := range u.Param(atlassian.ParamRedirectURI) {
			r := flow.ParseURL(v)
			if insecure(r) {
				pos, end := a.pos, a.end
				lit := c.literalIn(a, "http://"+r.Host)
				if lit == nil {
					lit = c.literalIn(a, "http%3A%2F%2F"+r.Host)
				}
				if lit == nil {
					// Set elsewhere (a field, a constant): the literal
					// in the package that starts with this URL.
					lit = c.packageLiteral("http://" + r.Host)
				}
				if lit != nil {
					pos, end = lit.Pos(), lit.End()
				}
				c.reportInsecureRedirect(pos, end, r)
				return
			}
		}
	}
}

func insecure(u flow.URL) bool {
	return u.SchemeKnown && u.Scheme == "http" && u.HostKnown && !atlassian.IsLoopback(u.Host)
}

func (c *checker) reportInsecureRedirect(pos, end token.Pos, u flow.URL, related ...analysis.RelatedInformation) {
	c.report(analysis.Diagnostic{
		Pos: pos, End: end, Category: CategoryInsecureRedirect, Related: related,
		Message: fmt.Sprintf("redirect URI http://%s uses plain http on a host that is not loopback, so the authorization code "+
			"travels unencrypted; use https://", atlassian.SafeText(u.Host)),
	})
}

// packageLiteral returns the first string literal of the package whose
// value starts with prefix.
func (c *checker) packageLiteral(prefix string) *ast.BasicLit {
	var found *ast.BasicLit
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && found == nil {
				if v, ok := c.constString(lit); ok && strings.HasPrefix(strings.ToLower(v), prefix) {
					found = lit
				}
			}
			return found == nil
		})
		if found != nil {
			break
		}
	}
	return found
}
