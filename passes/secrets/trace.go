package secrets

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow/stores"
	"github.com/atlvet/atlvet/internal/funcs"
)

// maxDepth bounds how deep the tracer descends into helper functions
// from one use; past it a value counts as unknown, which keeps the
// rule silent. The work does not grow with the depth: what a helper's
// results are made of is summarised once per result, role and sink
// (see summary), so this only guards the stack.
const maxDepth = 32

// The tracer follows values backwards from credential sinks to the
// constants they are made of: through local and package variables,
// struct fields (the stores into the objects read, where those are
// known), the results of helper functions (binding their parameters to
// the arguments of the call being followed), and, when a value is a
// parameter of the function it is used in, to every call of that
// function in the package. Where a value can come from is the answer
// of the stores package (stores.Index); what the tracer adds is what
// the value means on the way: the role of each part of a
// concatenation, a Sprintf or a function the tables know, and whether
// a constant found is a credential. What it learns about parameters
// and fields is exported as facts, so that packages importing this one
// follow their arguments and stores into the same sinks.
//
// Function literals bound to a local variable (or called where they
// are written) are helpers too, followed the same way within the
// package.
type tracer struct {
	*checker
	// stores says where a value can come from; the tracer judges
	// what it finds there.
	stores *stores.Index
	seen   map[seenKey]bool
	// quiet is above zero while stores into objects handed out (see
	// stores.Store.HandedOut) are followed: the parameters they come
	// from are credential parameters, but their constants are not
	// known to be sent and are not reported.
	quiet int

	summaries map[summaryKey]*summary
	depth     int

	localParams map[*types.Func][]sinkUse
	localFields map[*types.Var][]sinkUse
	litParams   map[*ast.FuncLit][]sinkUse
}

// paramOwner is the function a parameter belongs to, as frames name it.
func paramOwner(p stores.Param) any {
	if p.Lit != nil {
		return p.Lit
	}
	return p.Func
}

// A frame is the body of a helper being summarised: a parameter of
// fn reached there is noted in sum, to be bound to the arguments of
// each call by the caller, instead of being followed from here.
type frame struct {
	fn  any // *types.Func or *ast.FuncLit
	sum *summary
}

// A summary says which parameters of a helper (and in which role, on
// the way to which sink) one of its results is made of; the constants
// it is made of are reported while the summary is made. Summaries are
// made once per helper, result, role and sink, so that following
// helpers that call helpers is linear in the size of the code, not
// exponential in the depth of the calls.
type summary struct {
	params []paramUse
}

type paramUse struct {
	index int
	role  role
	sink  sink
}

func (s *summary) add(u paramUse) {
	if !slices.Contains(s.params, u) {
		s.params = append(s.params, u)
	}
}

type summaryKey struct {
	fn    any
	index int
	r     role
	s     sink
}

type seenKey struct {
	x     any
	r     role
	fr    *frame
	quiet bool
}

func newTracer(c *checker) *tracer {
	return &tracer{
		checker:     c,
		stores:      stores.New(c.pass.Pkg, c.pass.TypesInfo, c.insp),
		seen:        map[seenKey]bool{},
		summaries:   map[summaryKey]*summary{},
		localParams: map[*types.Func][]sinkUse{},
		localFields: map[*types.Var][]sinkUse{},
		litParams:   map[*ast.FuncLit][]sinkUse{},
	}
}

// knownString returns the value of e if it is a string constant, or a
// variable of this package every store to which is the same constant
// (a header name held in a local variable).
func (t *tracer) knownString(e ast.Expr) (string, bool) {
	v := t.stores.Constant(e)
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}

// run finds the package's sinks and follows the values reaching them,
// then exports what it learnt.
func (t *tracer) run() {
	info := t.pass.TypesInfo
	for cur := range t.insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			callee := funcs.Callee(info, n)
			if callee == nil {
				continue
			}
			uses := t.callSinks(n, callee)
			if callee.Pkg() != nil && callee.Pkg() != t.pass.Pkg {
				var fact paramSinkFact
				if t.pass.ImportObjectFact(callee, &fact) {
					uses = append(uses, fact.Uses...)
				}
			}
			for _, u := range uses {
				if arg := t.stores.Arg(n, u.Index); arg != nil {
					s := u.Sink
					s.pos, s.end = arg.Pos(), arg.End()
					t.trace(arg, u.Role, s, nil)
				}
			}
		case *ast.CompositeLit:
			t.compositeSinks(n)
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) || (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) {
				continue
			}
			for i, lhs := range n.Lhs {
				rhs := n.Rhs[i]
				switch l := ast.Unparen(lhs).(type) {
				case *ast.SelectorExpr:
					if sel, ok := info.Selections[l]; ok && sel.Kind() == types.FieldVal {
						t.storeToField(sel.Obj().(*types.Var), rhs)
					}
				case *ast.IndexExpr:
					// req.Header["Authorization"] = []string{v}
					if funcs.IsNamed(info.TypeOf(l.X), "net/http", "Header") {
						if name, ok := t.knownString(l.Index); ok && isAuthHeader(name) {
							t.headerValues(rhs)
						}
					}
				}
			}
		}
	}
	t.exportFacts()
}

// compositeSinks follows the values a composite literal puts into
// sink fields, or into the Authorization entry of an http.Header.
func (t *tracer) compositeSinks(lit *ast.CompositeLit) {
	info := t.pass.TypesInfo
	typ := info.TypeOf(lit)
	if typ == nil {
		return
	}
	if funcs.IsNamed(typ, "net/http", "Header") {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if name, ok := t.knownString(kv.Key); ok && isAuthHeader(name) {
					t.headerValues(kv.Value)
				}
			}
		}
		return
	}
	st, ok := typ.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[key].(*types.Var); ok {
					t.storeToField(f, kv.Value)
				}
			}
		} else if i < st.NumFields() {
			t.storeToField(st.Field(i), elt)
		}
	}
}

// storeToField follows a value stored into a field that the tables or
// an imported fact know as a sink. Fields of this package's types are
// found by tracing back from their uses instead.
func (t *tracer) storeToField(f *types.Var, value ast.Expr) {
	f = f.Origin()
	if s, ok := fieldSink(f); ok {
		s.pos, s.end = value.Pos(), value.End()
		t.trace(value, roleSecret, s, nil)
		return
	}
	if f.Pkg() != nil && f.Pkg() != t.pass.Pkg {
		var fact fieldSinkFact
		if t.pass.ImportObjectFact(f, &fact) {
			for _, u := range fact.Uses {
				s := u.Sink
				s.pos, s.end = value.Pos(), value.End()
				t.trace(value, u.Role, s, nil)
			}
		}
	}
}

// headerValues follows the elements of a []string header value.
func (t *tracer) headerValues(e ast.Expr) {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			s := sinkAuthHeader
			s.pos, s.end = elt.Pos(), elt.End()
			t.trace(elt, roleAuthHeader, s, nil)
		}
	}
}

// trace follows e, which reaches sink s in role r, back to constants.
func (t *tracer) trace(e ast.Expr, r role, s sink, fr *frame) {
	if e == nil {
		return
	}
	e = ast.Unparen(e)
	key := seenKey{e, r, fr, t.quiet > 0}
	if t.seen[key] {
		return
	}
	t.seen[key] = true
	info := t.pass.TypesInfo
	if _, ok := stringConst(info, e); ok {
		t.constant(e, r, s)
		return
	}
	switch e := e.(type) {
	case *ast.Ident:
		t.traceObject(info.Uses[e], r, s, fr)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				t.traceFieldRead(e, sel, r, s, fr)
			}
			return
		}
		t.traceObject(info.Uses[e.Sel], r, s, fr)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			t.traceConcat(t.flatten(e), r, s, fr)
		}
	case *ast.CallExpr:
		t.traceCall(e, 0, r, s, fr)
	}
}

func (t *tracer) traceObject(obj types.Object, r role, s sink, fr *frame) {
	v, ok := obj.(*types.Var)
	if !ok {
		return
	}
	if v.IsField() {
		t.traceField(v.Origin(), r, s)
		return
	}
	if p, ok := t.stores.ParamOf(v); ok {
		switch {
		case fr != nil && fr.fn == paramOwner(p):
			fr.sum.add(paramUse{p.Index, r, s})
		case p.Lit != nil:
			t.recordLitParam(p, r, s)
		default:
			t.recordParam(p, r, s)
		}
		return
	}
	if v.Pkg() != t.pass.Pkg {
		return
	}
	for _, st := range t.stores.Of(v) {
		t.traceStore(st, r, s, fr)
	}
}

func (t *tracer) traceStore(st stores.Store, r role, s sink, fr *frame) {
	if st.Result >= 0 {
		if call, ok := st.Value.(*ast.CallExpr); ok {
			t.traceCall(call, st.Result, r, s, fr)
		}
		return
	}
	t.trace(st.Value, r, s, fr)
}

// recordParam notes that parameter p reaches sink s, follows the
// arguments of its calls in this package, and keeps it for the facts.
func (t *tracer) recordParam(p stores.Param, r role, s sink) {
	for _, u := range t.localParams[p.Func] {
		if u.Index == p.Index && u.Role == r {
			return
		}
	}
	s = s.via(funcName(p.Func, false))
	t.localParams[p.Func] = append(t.localParams[p.Func], sinkUse{Index: p.Index, Role: r, Sink: s})
	defer t.loud()()
	for _, call := range t.stores.Calls(p) {
		t.trace(t.stores.Arg(call, p.Index), r, s, nil)
	}
}

// recordLitParam notes that parameter p of a function literal reaches
// sink s and follows the arguments of the calls of the literal.
func (t *tracer) recordLitParam(p stores.Param, r role, s sink) {
	for _, u := range t.litParams[p.Lit] {
		if u.Index == p.Index && u.Role == r {
			return
		}
	}
	s = s.via(t.litName(p.Lit))
	t.litParams[p.Lit] = append(t.litParams[p.Lit], sinkUse{Index: p.Index, Role: r, Sink: s})
	defer t.loud()()
	for _, call := range t.stores.Calls(p) {
		t.trace(t.stores.Arg(call, p.Index), r, s, nil)
	}
}

func (t *tracer) litName(lit *ast.FuncLit) string {
	if name := t.stores.LitName(lit); name != "" {
		return name
	}
	return "a function literal"
}

// loud lets constants be reported again while a parameter's callers
// are followed: a parameter known to reach a sink is a sink for every
// caller, whatever the path that found it. It returns the function
// that restores the previous state.
func (t *tracer) loud() func() {
	quiet := t.quiet
	t.quiet = 0
	return func() { t.quiet = quiet }
}

// traceFieldRead follows the read x.F of a field: the stores into F
// of the objects x may be, where those are known (see
// stores.Index.FieldRead), else every store to F in this package.
func (t *tracer) traceFieldRead(e *ast.SelectorExpr, sel *types.Selection, r role, s sink, fr *frame) {
	f := sel.Obj().(*types.Var).Origin()
	// Inside a helper being summarised the objects would be those of
	// every caller, not the one being followed: keep the field's.
	if fr == nil {
		if sts, ok := t.stores.FieldRead(e); ok {
			t.recordField(f, r, s)
			s = s.via("field " + fieldName(f, false))
			for _, st := range sts {
				if st.HandedOut {
					t.quiet++
					t.traceStore(st, r, s, nil)
					t.quiet--
				} else {
					t.traceStore(st, r, s, nil)
				}
			}
			return
		}
	}
	t.traceField(f, r, s)
}

// everyStoreOf keys the following of every store to a field.
type everyStoreOf struct{ f *types.Var }

// recordField notes that field f of this package reaches sink s in
// role r, for the facts.
func (t *tracer) recordField(f *types.Var, r role, s sink) {
	if f.Pkg() != t.pass.Pkg {
		return
	}
	for _, u := range t.localFields[f] {
		if u.Role == r {
			return
		}
	}
	t.localFields[f] = append(t.localFields[f], sinkUse{Role: r, Sink: s})
}

// traceField follows every store to field f in this package.
func (t *tracer) traceField(f *types.Var, r role, s sink) {
	t.recordField(f, r, s)
	key := seenKey{everyStoreOf{f}, r, nil, t.quiet > 0}
	if t.seen[key] {
		return
	}
	t.seen[key] = true
	s = s.via("field " + fieldName(f, false))
	for _, st := range t.stores.Of(f) {
		t.traceStore(st, r, s, nil)
	}
}

// flatten returns the operands of a string concatenation, keeping
// constant sub-expressions whole.
func (t *tracer) flatten(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if _, ok := stringConst(t.pass.TypesInfo, e); !ok {
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
			return append(t.flatten(b.X), t.flatten(b.Y)...)
		}
	}
	return []ast.Expr{e}
}

// schemeOnly returns the scheme of a constant that is only a scheme
// and the space after it, as in "Bearer " + token.
func schemeOnly(v string) (string, bool) {
	s := strings.TrimSpace(v)
	if !strings.HasSuffix(v, " ") || !slices.Contains(authSchemes, strings.ToLower(s)) {
		return "", false
	}
	return s, true
}

// afterScheme is the role of what follows scheme in an Authorization value.
func afterScheme(scheme string) role {
	if strings.EqualFold(scheme, "basic") {
		return roleBasicEncoded
	}
	return roleSecret
}

func (t *tracer) traceConcat(ops []ast.Expr, r role, s sink, fr *frame) {
	info := t.pass.TypesInfo
	switch r {
	case roleAuthHeader:
		if len(ops) < 2 {
			return
		}
		v, ok := stringConst(info, ops[0])
		if !ok {
			return
		}
		if scheme, rest, ok := splitScheme(v); ok && isOAuth1(scheme, rest) {
			t.traceOAuth1(ops, s.withScheme(scheme), fr)
			return
		}
		scheme, ok := schemeOnly(v)
		if !ok {
			return
		}
		for _, op := range ops[1:] {
			t.trace(op, afterScheme(scheme), s.withScheme(scheme), fr)
		}
	case roleBasicPayload:
		// user + ":" + secret, or user + ":secret"
		for i, op := range ops {
			v, ok := stringConst(info, op)
			if !ok || !strings.Contains(v, ":") {
				continue
			}
			if !strings.HasSuffix(v, ":") {
				t.trace(op, roleBasicPayload, s, fr)
			}
			for _, rest := range ops[i+1:] {
				t.trace(rest, roleSecret, s, fr)
			}
			return
		}
	case roleSecret:
		for _, op := range ops {
			if _, ok := stringConst(info, op); !ok {
				t.trace(op, roleSecret, s, fr)
			}
		}
	}
}

// isOAuth1 reports whether an Authorization value with this scheme
// and what follows it is OAuth 1.0a's list of parameters.
func isOAuth1(scheme, rest string) bool {
	return strings.EqualFold(scheme, "oauth") && strings.Contains(rest, "=")
}

// traceOAuth1 follows the parts of an OAuth 1.0a Authorization value
// ("OAuth oauth_consumer_key=\"…\", oauth_token=\"…\", …") joined
// from ops: a credential parameter's value written in a constant part,
// and the part joined on just after a credential parameter's opening
// quote. The rest is the syntax of the header, or values made per
// request.
func (t *tracer) traceOAuth1(ops []ast.Expr, s sink, fr *frame) {
	info := t.pass.TypesInfo
	for i, op := range ops {
		v, ok := stringConst(info, op)
		if !ok {
			continue
		}
		for _, c := range atlassian.OAuth1Credentials(v) {
			if !c.Open {
				t.trace(op, roleOAuth1Params, s, fr)
			} else if i+1 < len(ops) {
				t.trace(ops[i+1], roleSecret, s, fr)
			}
		}
	}
}

// traceCall follows result index of call.
func (t *tracer) traceCall(call *ast.CallExpr, index int, r role, s sink, fr *frame) {
	info := t.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 { // string(b), []byte(s), Token(s)
			t.trace(call.Args[0], r, s, fr)
		}
		return
	}
	callee := funcs.Callee(info, call)
	if callee == nil {
		if lit, _ := t.stores.FuncLit(call); lit != nil {
			nres := 0
			if lit.Type.Results != nil {
				nres = lit.Type.Results.NumFields()
			}
			t.traceHelper(call, lit, lit.Body, nres, t.litName(lit), index, r, s, fr)
		}
		return
	}
	switch {
	case funcs.IsFunc(callee, "strings", "TrimSpace", "TrimPrefix", "TrimSuffix", "Trim", "TrimLeft", "TrimRight", "Clone"),
		funcs.IsFunc(callee, "bytes", "TrimSpace"):
		if len(call.Args) > 0 {
			t.trace(call.Args[0], r, s, fr)
		}
	case funcs.IsFunc(callee, "cmp", "Or"):
		for _, a := range call.Args {
			t.trace(a, r, s, fr)
		}
	case funcs.IsMethod(callee, "encoding/base64", "Encoding", "EncodeToString"):
		if r == roleBasicEncoded && len(call.Args) == 1 {
			t.trace(call.Args[0], roleBasicPayload, s, fr)
		}
	case funcs.IsFunc(callee, "fmt", "Sprintf"):
		t.traceSprintf(call, r, s, fr)
	case funcs.IsFunc(callee, "strings", "Join"):
		if r != roleBasicPayload || len(call.Args) != 2 {
			return
		}
		if sep, ok := stringConst(info, call.Args[1]); !ok || sep != ":" {
			return
		}
		if elems, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit); ok {
			for i, e := range elems.Elts {
				if i > 0 {
					t.trace(e, roleSecret, s, fr)
				}
			}
		}
	default:
		decl := t.stores.Decl(callee)
		if decl == nil || decl.Body == nil {
			if r == roleSecret {
				t.importedLiteral(call, callee, max(index, 0), s)
			}
			return
		}
		name := funcName(callee, callee.Pkg() != t.pass.Pkg)
		t.traceHelper(call, callee, decl.Body, callee.Signature().Results().Len(), name, index, r, s, fr)
	}
}

// traceHelper follows result index of a call of a helper fn (a
// *types.Func or an *ast.FuncLit) with the given body and number of
// results: it summarises the helper once for this result, role and
// sink, then follows the arguments for the parameters the result is
// made of.
func (t *tracer) traceHelper(call *ast.CallExpr, fn any, body *ast.BlockStmt, nres int, name string, index int, r role, s sink, fr *frame) {
	if body == nil {
		return
	}
	rs := s.via(name)
	// One summary serves every use of the helper on the way to sinks
	// of one kind; the position is the use's own.
	anywhere := rs
	anywhere.pos, anywhere.end = token.NoPos, token.NoPos
	key := summaryKey{fn, index, r, anywhere}
	sum, ok := t.summaries[key]
	if !ok {
		if t.depth >= maxDepth {
			return
		}
		sum = &summary{}
		t.summaries[key] = sum // a recursive call sees what is known so far
		t.depth++
		nf := &frame{fn: fn, sum: sum}
		for st := range stores.Returns(body, nres, index) {
			if st.Value != nil { // what a bare return gives is not followed
				t.traceStore(st, r, rs, nf)
			}
		}
		t.depth--
	}
	for _, u := range slices.Clone(sum.params) {
		us := u.sink
		us.pos, us.end = s.pos, s.end
		t.trace(t.stores.Arg(call, u.index), u.role, us, fr)
	}
}

// traceSprintf follows the arguments of fmt.Sprintf that land in the
// credential part of its result: after "Bearer " or "Basic " in an
// Authorization value, after the colon of "user:secret", or the whole
// of a "%s".
func (t *tracer) traceSprintf(call *ast.CallExpr, r role, s sink, fr *frame) {
	info := t.pass.TypesInfo
	if len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return
	}
	format, ok := stringConst(info, call.Args[0])
	if !ok {
		return
	}
	args := call.Args[1:]
	type verb struct {
		before string // all text before the verb: the format's, and constant arguments'
		known  bool   // the text before is all known
		arg    int
	}
	var verbs []verb
	var text strings.Builder
	known := true
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			text.WriteByte(format[i])
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
			j++
		}
		if j >= len(format) || format[j] == '[' || format[j] == '*' {
			return
		}
		if format[j] == '%' {
			text.WriteByte('%')
		} else {
			n := len(verbs)
			verbs = append(verbs, verb{text.String(), known, n})
			// A constant argument printed with a plain %s or %v is
			// text like the format's: Sprintf("%s %s", "Bearer", tok).
			cv, ok := "", false
			if n < len(args) && j == i+1 && (format[j] == 's' || format[j] == 'v') {
				cv, ok = stringConst(info, args[n])
			}
			if ok {
				text.WriteString(cv)
			} else {
				known = false
			}
		}
		i = j
	}
	arg := func(v verb) ast.Expr {
		if v.arg < len(args) {
			return args[v.arg]
		}
		return nil
	}
	switch r {
	case roleSecret:
		if len(verbs) == 1 && verbs[0].before == "" && len(format) <= 3 {
			t.trace(arg(verbs[0]), roleSecret, s, fr)
		}
	case roleAuthHeader:
		for _, v := range verbs {
			if !v.known {
				break
			}
			if scheme, ok := schemeOnly(v.before); ok {
				t.trace(arg(v), afterScheme(scheme), s.withScheme(scheme), fr)
				break
			}
		}
	case roleBasicPayload:
		for _, v := range verbs {
			if strings.Contains(v.before, ":") {
				t.trace(arg(v), roleSecret, s, fr)
			}
		}
	}
}

// literalOf returns where the constant e is written: the declaration
// of the constant it names, when that is in this package, else e.
func (t *tracer) literalOf(e ast.Expr) ast.Expr {
	for range 10 {
		k := namedConst(t.pass.TypesInfo, e)
		if k == nil || k.Pkg() != t.pass.Pkg {
			return e
		}
		d, ok := t.stores.ConstDecl(k)
		if !ok {
			return e
		}
		e = d
	}
	return e
}

// constant handles a constant that reaches sink s in role r.
func (t *tracer) constant(e ast.Expr, r role, s sink) {
	if t.quiet > 0 {
		return
	}
	info := t.pass.TypesInfo
	v, _ := stringConst(info, e)
	var secret, user string
	fixable := true
	encoded := false
	switch r {
	case roleSecret:
		secret = v
	case roleAuthHeader:
		if scheme, rest, ok := splitScheme(v); ok {
			s = s.withScheme(scheme)
			if isOAuth1(scheme, rest) {
				secret = oauth1Secret(v)
				break
			}
			if !strings.EqualFold(scheme, "basic") {
				secret = rest
				break
			}
			if len(findBasic(v)) > 0 {
				return // a literal Basic credential: scanConstants reports it
			}
			v, encoded = rest, true // "Basic <not user:secret>"
		} else if w := strings.TrimSpace(v); !strings.ContainsAny(w, " \t") && !slices.Contains(authSchemes, strings.ToLower(w)) {
			secret = v
		} else {
			return
		}
	case roleOAuth1Params:
		secret = oauth1Secret(v)
	case roleBasicEncoded:
		encoded = true
	case roleBasicPayload:
		u, p, ok := strings.Cut(v, ":")
		if !ok {
			return
		}
		secret, user = p, u
	}
	if encoded {
		u, p, ok := atlassian.DecodeBasic("Basic " + v)
		switch {
		case ok:
			if m, live := liveIn(u); live {
				// A live-format credential as the user: not fixable in
				// the encoded text.
				f := t.tokenFinding(e, m.Kind, u[m.Start:m.End], " as the user of a Basic credential and reaches "+s.describe(), "")
				f.related, f.fix = t.related(e, s), nil
				t.add(f)
				return
			}
			secret, user, fixable = p, u, false
		case strings.Contains(v, ":"):
			// "Basic " + "user:secret", not encoded
			user, secret, _ = strings.Cut(v, ":")
		default:
			// a raw secret after "Basic ", or the base64 of one
			secret = v
		}
	}
	if strings.TrimSpace(secret) == "" || atlassian.IsPlaceholder(secret) {
		return
	}
	// Report where the secret is written: the smallest part of e that
	// holds it, or the declaration of the constant that part names.
	node := e
	if fixable {
		node = smallestHolding(info, e, secret)
	}
	loc := t.literalOf(node)
	fixable = fixable && loc == node

	note := ""
	for _, m := range atlassian.FindCredentials(secret) {
		whole := m.Start == 0 && m.End == len(secret)
		switch {
		case m.ChecksumValid && whole:
			// A live-format credential is atlassian-token, reported
			// anywhere, tests and generated files included.
			f := t.tokenFinding(loc, m.Kind, secret, " and reaches "+s.describe(), "")
			f.related = t.related(loc, s)
			if !fixable {
				f.fix = nil
			}
			t.add(f)
			return
		case m.ChecksumValid && m.Kind != atlassian.LegacyAPIToken:
			// atlassian-token reports it where it is written. When
			// that is this literal, the finding below names the rest
			// of the secret in that diagnostic and keeps its fix from
			// writing it back; a named constant needs nothing more.
			if namedConst(info, smallestHolding(info, e, secret[m.Start:m.End])) != nil {
				return
			}
		case !m.ChecksumValid:
			note = formatNote(m.Kind)
		}
	}
	if !t.ordinary(loc.Pos()) {
		return // tests, generated files
	}
	of := ""
	if user != "" {
		of = " of user " + describeUser(user)
	}
	f := finding{
		category: CategoryHardcodedCredential,
		node:     loc,
		problem:  fmt.Sprintf("hard-coded credential%s %s reaches %s%s", of, atlassian.Redact(secret), s.describe(), note),
		remedy:   fmt.Sprintf("read it at run time, e.g. with os.Getenv(%q)", s.Env),
		related:  t.related(loc, s),
		secrets:  []secretRef{{text: secret, desc: fmt.Sprintf("a credential (%s) that reaches %s", atlassian.Redact(secret), s.Desc)}},
	}
	if lv, ok := stringConst(info, loc); ok && fixable {
		if spans := occurrences(lv, secret, envPart(s.Env)); len(spans) > 0 {
			f.fix = spanPlan(lv, spans)
		}
	}
	t.add(f)
}

// oauth1Secret returns the first credential parameter's value written
// whole in v, a part of an OAuth 1.0a Authorization value.
func oauth1Secret(v string) string {
	for _, c := range atlassian.OAuth1Credentials(v) {
		if !c.Open && c.End > c.Start {
			return v[c.Start:c.End]
		}
	}
	return ""
}

// formatNote describes a value of a credential's format whose check
// fails, for a message about a value at a sink. A CRC-32 that fails
// marks a made-up example; a 44-character base64 value without a PAT's
// structure is as likely any random key, and says nothing.
func formatNote(k atlassian.CredentialKind) string {
	switch k {
	case atlassian.LegacyAPIToken, atlassian.DataCenterPAT:
		return ""
	case atlassian.BitbucketDataCenterToken:
		return "; it has the prefix of a Bitbucket Data Center token but not its structure"
	}
	return fmt.Sprintf("; it has the format of %s %s but a wrong checksum, so it may be a documentation example", article(k.String()), k)
}

// related points from the literal to where it is used, when that is
// elsewhere in this package.
func (t *tracer) related(loc ast.Expr, s sink) []analysis.RelatedInformation {
	if !s.pos.IsValid() || !t.inPackage(s.pos) || (s.pos >= loc.Pos() && s.pos < loc.End()) {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: s.pos, End: s.end, Message: "the credential reaches " + s.Desc + " here"}}
}

func article(s string) string {
	if s != "" && strings.ContainsRune("AEIOUaeiou", rune(s[0])) {
		return "an"
	}
	return "a"
}

// funcName names fn for messages: "newClient", "(*Client).Do", with
// the package name in front when qualified.
func funcName(fn *types.Func, qualified bool) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		rt := recv.Type()
		star := ""
		if p, ok := rt.(*types.Pointer); ok {
			rt, star = p.Elem(), "*"
		}
		if n, ok := types.Unalias(rt).(*types.Named); ok {
			name = "(" + star + n.Obj().Name() + ")." + name
		}
	}
	if qualified && fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// fieldName names a field for messages: "Client.token".
func fieldName(f *types.Var, qualified bool) string {
	name := f.Name()
	if owner := ownerType(f); owner != nil {
		name = owner.Obj().Name() + "." + name
	}
	if qualified && f.Pkg() != nil {
		name = f.Pkg().Name() + "." + name
	}
	return name
}

// exportFacts exports the parameters and fields found to reach sinks,
// for the packages that import this one.
func (t *tracer) exportFacts() {
	exported := false
	for fn, uses := range t.localParams {
		if fn.Pkg() != t.pass.Pkg {
			continue
		}
		fact := &paramSinkFact{}
		for _, u := range uses {
			u.Sink.pos, u.Sink.end = token.NoPos, token.NoPos
			u.Sink.Via = funcName(fn, true)
			fact.Uses = append(fact.Uses, u)
		}
		t.pass.ExportObjectFact(fn, fact)
		exported = true
	}
	for f, uses := range t.localFields {
		if f.Pkg() != t.pass.Pkg || ownerType(f) == nil {
			continue // fields of local types cannot be named from outside
		}
		fact := &fieldSinkFact{}
		for _, u := range uses {
			u.Sink.pos, u.Sink.end = token.NoPos, token.NoPos
			u.Sink.Via = "field " + fieldName(f, true)
			fact.Uses = append(fact.Uses, u)
		}
		t.pass.ExportObjectFact(f, fact)
		exported = true
	}
	if exported {
		t.pass.ExportPackageFact(&sinkPackageFact{})
	}
}
