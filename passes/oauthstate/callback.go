package oauthstate

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A callback is the handler the authorization server redirects the
// user's browser to. It must compare the request's state with the one
// bound to the user's session before it exchanges the code; otherwise
// an attacker can make a victim's browser deliver the attacker's code
// (the account-linking attack of Atlassian's OAuth FAQ).

// requestReaders lists the methods and functions that read a query or
// form value of an incoming HTTP request by key, with the index of
// the key argument (receiver first).
var requestReaders = []struct {
	pkg, typ string
	names    []string
	key      int
}{
	{"net/http", "Request", []string{"FormValue", "PostFormValue"}, 1},
	{"github.com/gin-gonic/gin", "Context", []string{"Query", "DefaultQuery", "GetQuery", "PostForm", "DefaultPostForm", "GetPostForm"}, 1},
	{"github.com/labstack/echo/v4", "Context", []string{"QueryParam", "FormValue"}, 1},
	{"github.com/labstack/echo", "Context", []string{"QueryParam", "FormValue"}, 1},
	{"github.com/gofiber/fiber/v2", "Ctx", []string{"Query", "FormValue"}, 1},
}

// requestKey returns the key under which v, a string, is read from an
// incoming request: r.FormValue("code"), r.URL.Query().Get("code"),
// r.Form.Get("state"), c.Query("code") in gin, ...
func (c *checker) requestKey(v ssa.Value) (string, bool) {
	var call *ssa.Call
	switch v := v.(type) {
	case *ssa.Call:
		call = v
	case *ssa.Extract:
		if v.Index != 0 {
			return "", false
		}
		call, _ = v.Tuple.(*ssa.Call)
	}
	if call == nil {
		return "", false
	}
	com := call.Common()
	obj := calleeObj(com)
	if obj == nil {
		return "", false
	}
	args := com.Args
	keyAt := func(i int) (string, bool) {
		if i < len(args) {
			return c.res.Eval(args[i]).Const()
		}
		return "", false
	}
	for _, rd := range requestReaders {
		if funcs.IsMethod(obj, rd.pkg, rd.typ, rd.names...) {
			if com.IsInvoke() {
				return keyAt(rd.key - 1) // the receiver is not among the arguments
			}
			return keyAt(rd.key)
		}
	}
	if funcs.IsMethod(obj, "net/url", "Values", "Get") && len(args) == 2 && fromRequest(args[0]) {
		return keyAt(1)
	}
	return "", false
}

// fromRequest reports whether v, a url.Values, holds an incoming
// request's query or form: r.URL.Query(), r.Form, r.PostForm.
func fromRequest(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Call:
		if obj := calleeObj(v.Common()); funcs.IsMethod(obj, "net/url", "URL", "Query") && len(v.Common().Args) == 1 {
			if l, ok := v.Common().Args[0].(*ssa.UnOp); ok && l.Op == token.MUL {
				if fa, ok := l.X.(*ssa.FieldAddr); ok {
					return funcs.IsNamed(fa.X.Type(), "net/http", "Request")
				}
			}
		}
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			return funcs.IsNamed(fa.X.Type(), "net/http", "Request")
		}
	case *ssa.Phi:
		return slices.ContainsFunc(v.Edges, fromRequest)
	}
	return false
}

// codeKind says where an authorization code comes from.
type codeKind int

const (
	codeUnknown  codeKind = iota
	codeRequest           // an incoming HTTP request: a callback
	codeTerminal          // the terminal or the command line: a CLI flow
)

// A codeSource is where an exchanged code was read: in fn, before pos.
type codeSource struct {
	kind codeKind
	fn   *ssa.Function
	pos  token.Pos // verification in fn must come before this
}

// codeSources traces the code handed to an exchange at pos in fn.
func (c *checker) codeSources(v ssa.Value, fn *ssa.Function, pos token.Pos, depth int) []codeSource {
	if depth > 3 || v == nil {
		return nil
	}
	if key, ok := c.requestKey(v); ok {
		if key == "code" {
			return []codeSource{{codeRequest, fn, pos}}
		}
		return nil
	}
	if terminalInput(v) {
		return []codeSource{{kind: codeTerminal}}
	}
	switch v := v.(type) {
	case *ssa.Phi:
		var out []codeSource
		for _, e := range v.Edges {
			out = append(out, c.codeSources(e, fn, pos, depth+1)...)
		}
		return out
	case *ssa.Convert:
		return c.codeSources(v.X, fn, pos, depth+1)
	case *ssa.ChangeType:
		return c.codeSources(v.X, fn, pos, depth+1)
	case *ssa.Call:
		if obj := calleeObj(v.Common()); funcs.IsFunc(obj, "strings", "TrimSpace", "Trim", "TrimSuffix", "TrimRight") {
			return c.codeSources(v.Common().Args[0], fn, pos, depth+1)
		}
	case *ssa.Parameter:
		owner := v.Parent()
		i := slices.Index(owner.Params, v)
		var out []codeSource
		for _, call := range c.res.Callers(owner) {
			if args := call.Common().Args; i >= 0 && i < len(args) {
				out = append(out, c.codeSources(args[i], call.Parent(), call.Pos(), depth+1)...)
			}
		}
		return out
	}
	return nil
}

// terminalInput reports whether v was read from the terminal or the
// command line: fmt.Scan into it, a bufio reader or scanner, os.Args,
// flag.Arg.
func terminalInput(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return false
		}
		if alloc, ok := v.X.(*ssa.Alloc); ok {
			return scannedInto(alloc)
		}
	case *ssa.Call:
		obj := calleeObj(v.Common())
		return funcs.IsMethod(obj, "bufio", "Scanner", "Text") ||
			funcs.IsFunc(obj, "flag", "Arg") || funcs.IsMethod(obj, "flag", "FlagSet", "Arg") ||
			funcs.IsFunc(obj, "golang.org/x/term", "ReadPassword")
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok && v.Index == 0 {
			obj := calleeObj(call.Common())
			return funcs.IsMethod(obj, "bufio", "Reader", "ReadString", "ReadLine", "ReadBytes")
		}
	case *ssa.Index:
		if l, ok := v.X.(*ssa.UnOp); ok {
			if g, ok := l.X.(*ssa.Global); ok {
				return g.Pkg != nil && g.Pkg.Pkg.Path() == "os" && g.Name() == "Args"
			}
		}
	}
	return false
}

// scannedInto reports whether &x is handed to fmt.Scan and friends.
func scannedInto(alloc *ssa.Alloc) bool {
	for _, ref := range *alloc.Referrers() {
		mi, ok := ref.(*ssa.MakeInterface)
		if !ok {
			continue
		}
		for _, ref2 := range *mi.Referrers() {
			st, ok := ref2.(*ssa.Store)
			if !ok {
				continue
			}
			ia, ok := st.Addr.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			arr, ok := ia.X.(*ssa.Alloc)
			if !ok {
				continue
			}
			for _, ref3 := range *arr.Referrers() {
				sl, ok := ref3.(*ssa.Slice)
				if !ok {
					continue
				}
				for _, ref4 := range *sl.Referrers() {
					if call, ok := ref4.(ssa.CallInstruction); ok &&
						funcs.IsFunc(calleeObj(call.Common()), "fmt", "Scan", "Scanln", "Scanf", "Fscan", "Fscanln", "Fscanf") {
						return true
					}
				}
			}
		}
	}
	return false
}

// An exchange is a place that trades an authorization code for tokens.
type exchange struct {
	call    *ast.CallExpr // the Exchange call, or the call that sends the token request
	fn      *ssa.Function
	sources []codeSource
}

// exchanges finds the calls of (*oauth2.Config).Exchange and the POSTs
// of grant_type=authorization_code to a token endpoint, and decides
// whether the package is a command-line flow.
func (c *checker) exchanges() []exchange {
	var out []exchange
	for _, fn := range c.sortedFuncs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				com := call.Common()
				if !funcs.IsMethod(calleeObj(com), "golang.org/x/oauth2", "Config", "Exchange") || len(com.Args) < 3 {
					continue
				}
				syntax := c.res.SyntaxCall(call)
				if syntax == nil {
					continue
				}
				out = append(out, exchange{syntax, fn, c.codeSources(com.Args[2], fn, call.Pos(), 0)})
			}
		}
	}
	for _, send := range c.res.Sends() {
		if !c.isTokenRequest(send) {
			continue
		}
		var sources []codeSource
		if c.readsCode(send.Fn) {
			sources = append(sources, codeSource{codeRequest, send.Fn, send.Call.Pos()})
		} else {
			// A helper that posts the code: its callers read it.
			for _, call := range c.res.Callers(send.Fn) {
				for _, a := range call.Common().Args {
					for _, s := range c.codeSources(a, call.Parent(), call.Pos(), 1) {
						if s.kind != codeUnknown {
							sources = append(sources, s)
						}
					}
				}
			}
		}
		out = append(out, exchange{send.Call, send.Fn, sources})
	}
	terminal, request := false, false
	for _, e := range out {
		for _, s := range e.sources {
			terminal = terminal || s.kind == codeTerminal
			request = request || s.kind == codeRequest
		}
	}
	c.cliOnly = terminal && !request
	return out
}

// isTokenRequest reports whether send posts an authorization code to a
// token endpoint: its URL is one, and its function names the grant.
func (c *checker) isTokenRequest(send *flow.Send) bool {
	token := false
	for _, req := range send.Requests {
		for _, s := range req.URLs {
			u := flow.ParseURL(s)
			if u.HostKnown && u.PathComplete && c.hosts.IsTokenEndpoint(u.Host, u.Path) {
				token = true
			}
		}
	}
	return token && mentions(send.Fn, atlassian.GrantAuthorizationCode)
}

// mentions reports whether fn uses the string constant s.
func mentions(fn *ssa.Function, s string) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			var rands []*ssa.Value
			for _, op := range instr.Operands(rands) {
				if k, ok := (*op).(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String &&
					strings.Contains(constant.StringVal(k.Value), s) {
					return true
				}
			}
		}
	}
	return false
}

// readsCode reports whether fn reads "code" from an incoming request.
func (c *checker) readsCode(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if v, ok := instr.(ssa.Value); ok {
				if key, ok := c.requestKey(v); ok && key == "code" {
					return true
				}
			}
		}
	}
	return false
}

// checkCallbacks reports exchanges of a code taken from a request
// whose state was not checked first.
func (c *checker) checkCallbacks(exchanges []exchange) {
	for _, e := range exchanges {
		for _, s := range e.sources {
			if s.kind != codeRequest || c.verifiedBefore(s.fn, s.pos) || c.wrappedByVerifier(s.fn) {
				continue
			}
			c.report(analysis.Diagnostic{
				Pos:      e.call.Pos(),
				End:      e.call.End(),
				Category: CategoryUnverifiedState,
				Message: "the callback exchanges the authorization code without first comparing the request's state " +
					"with the value bound to the user's session (cookie, session or server-side store); " +
					"without that check an attacker can link their Atlassian account to your user's session",
			})
			break
		}
	}
}

// verification is what a function does to check state.
type verification struct {
	points []token.Pos // where a request's state is checked
	params []int       // parameters (0-based) whose value it compares
}

// verification computes where fn checks a request's state: a state
// read from the request and compared, a call of a helper that does so
// (in this package or, by facts, another), or a library that verifies
// it (gothic.CompleteUserAuth).
func (c *checker) verification(fn *ssa.Function) *verification {
	if v, ok := c.verifyMemo[fn]; ok {
		return v
	}
	v := &verification{}
	c.verifyMemo[fn] = v // recursion sees nothing
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if val, ok := instr.(ssa.Value); ok {
				if key, ok := c.requestKey(val); ok && key == "state" && c.compared(val, map[ssa.Value]bool{}, 0) {
					v.points = append(v.points, instr.Pos())
				}
			}
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			com := call.Common()
			obj := calleeObj(com)
			switch {
			case funcs.IsFunc(obj, "github.com/markbates/goth/gothic", "CompleteUserAuth", "ValidateState"):
				v.points = append(v.points, call.Pos())
			case obj != nil && obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg:
				var f verifyFact
				if c.pass.ImportObjectFact(obj, &f) && f.Reads {
					v.points = append(v.points, call.Pos())
				}
			default:
				if callee := com.StaticCallee(); callee != nil && !com.IsInvoke() && callee.Blocks != nil &&
					callee.Pkg != nil && callee.Pkg.Pkg == c.pass.Pkg && len(c.verification(callee).points) > 0 {
					v.points = append(v.points, call.Pos())
				}
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		// A deferred or immediately called closure checking state.
		if len(c.verification(anon).points) > 0 && calledIn(anon, fn) {
			v.points = append(v.points, anon.Pos())
		}
	}
	for i, p := range fn.Params {
		if isStringOrBytes(p.Type()) && c.comparison(p, map[ssa.Value]bool{}, 0) == isCompared {
			v.params = append(v.params, i)
		}
	}
	return v
}

// calledIn reports whether the closure anon is called within fn.
func calledIn(anon, fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				switch v := call.Common().Value.(type) {
				case *ssa.Function:
					if v == anon {
						return true
					}
				case *ssa.MakeClosure:
					if v.Fn == anon {
						return true
					}
				}
			}
		}
	}
	return false
}

func (c *checker) verifiedBefore(fn *ssa.Function, pos token.Pos) bool {
	for _, p := range c.verification(fn).points {
		if p < pos {
			return true
		}
	}
	return false
}

// A comparison says whether a value is compared with something.
type comparison int

const (
	notCompared   comparison = iota
	maybeCompared            // handed to code atlvet cannot see
	isCompared               // ==, a constant-time comparison, a lookup
)

// compared reports whether the request's state v is compared with
// something: ==, a constant-time comparison, a map lookup (a server-side
// store), or a function that compares it. A value handed to code atlvet
// cannot see may be compared, so that the rule stays silent.
func (c *checker) compared(v ssa.Value, seen map[ssa.Value]bool, depth int) bool {
	return c.comparison(v, seen, depth) != notCompared
}

func (c *checker) comparison(v ssa.Value, seen map[ssa.Value]bool, depth int) comparison {
	if seen[v] || depth > 6 || v.Referrers() == nil {
		return notCompared
	}
	seen[v] = true
	best := notCompared
	for _, ref := range *v.Referrers() {
		var got comparison
		switch ref := ref.(type) {
		case *ssa.BinOp:
			if ref.Op != token.EQL && ref.Op != token.NEQ {
				continue
			}
			other := ref.X
			if other == v {
				other = ref.Y
			}
			if k, ok := other.(*ssa.Const); ok && (k.Value == nil || constant.StringVal(k.Value) == "") {
				continue // an emptiness test
			}
			got = isCompared
		case *ssa.Lookup:
			if ref.Index == v {
				got = isCompared
			}
		case *ssa.Phi:
			got = c.comparison(ref, seen, depth+1)
		case *ssa.Convert:
			got = c.comparison(ref, seen, depth+1)
		case *ssa.ChangeType:
			got = c.comparison(ref, seen, depth+1)
		case *ssa.MakeInterface:
			if c.comparedInterface(ref) {
				got = maybeCompared
			}
		case *ssa.Store, *ssa.Return, *ssa.Send, *ssa.MapUpdate:
			got = maybeCompared // kept for a comparison elsewhere
		case ssa.CallInstruction:
			got = c.callComparison(ref, v, seen, depth)
		}
		best = max(best, got)
		if best == isCompared {
			break
		}
	}
	return best
}

// comparedInterface handles a state boxed into an interface: a
// variadic argument of fmt or log is not a comparison, anything else
// may be.
func (c *checker) comparedInterface(mi *ssa.MakeInterface) bool {
	for _, ref := range *mi.Referrers() {
		st, ok := ref.(*ssa.Store)
		if !ok {
			return true
		}
		ia, ok := st.Addr.(*ssa.IndexAddr)
		if !ok {
			return true
		}
		arr, ok := ia.X.(*ssa.Alloc)
		if !ok {
			return true
		}
		for _, ref2 := range *arr.Referrers() {
			sl, ok := ref2.(*ssa.Slice)
			if !ok {
				continue
			}
			for _, ref3 := range *sl.Referrers() {
				call, ok := ref3.(ssa.CallInstruction)
				if !ok || !isReporting(calleeObj(call.Common())) {
					return true
				}
			}
		}
	}
	return false
}

// isReporting reports functions that only print or wrap a value.
func isReporting(obj *types.Func) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	switch obj.Pkg().Path() {
	case "fmt", "log", "log/slog", "errors":
		return true
	}
	return funcs.IsFunc(obj, "net/http", "Error", "Redirect") ||
		funcs.IsMethod(obj, "net/http", "Header", "Set", "Add") ||
		funcs.IsMethod(obj, "net/http", "ResponseWriter", "Write")
}

func (c *checker) callComparison(call ssa.CallInstruction, v ssa.Value, seen map[ssa.Value]bool, depth int) comparison {
	com := call.Common()
	obj := calleeObj(com)
	i := slices.Index(com.Args, v)
	switch {
	case funcs.IsFunc(obj, "crypto/subtle", "ConstantTimeCompare"),
		funcs.IsFunc(obj, "crypto/hmac", "Equal"),
		funcs.IsFunc(obj, "bytes", "Equal", "Compare", "EqualFold"),
		funcs.IsFunc(obj, "strings", "EqualFold", "Compare"),
		funcs.IsFunc(obj, "slices", "Contains", "Index"),
		funcs.IsMethod(obj, "sync", "Map", "Load", "LoadAndDelete", "LoadOrStore"):
		return isCompared
	case funcs.IsFunc(obj, "strings", "TrimSpace", "ToLower", "ToUpper", "Trim", "TrimSuffix", "TrimPrefix"),
		funcs.IsFunc(obj, "net/url", "QueryUnescape", "PathUnescape"):
		if val, ok := call.(*ssa.Call); ok {
			return max(c.comparison(val, seen, depth+1), c.extractComparison(val, seen, depth))
		}
		return notCompared
	case isReporting(obj), funcs.IsFunc(obj, "strings", "HasPrefix", "HasSuffix", "Contains", "Index"):
		return notCompared
	case i < 0:
		return maybeCompared // a method of the state itself
	}
	callee := com.StaticCallee()
	if callee == nil || com.IsInvoke() {
		return maybeCompared // code atlvet cannot see
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg != nil && callee.Pkg.Pkg == c.pass.Pkg && callee.Blocks != nil {
		if i < len(callee.Params) {
			return c.comparison(callee.Params[i], seen, depth+1)
		}
		return notCompared
	}
	var f verifyFact
	if obj != nil && c.pass.ImportObjectFact(obj, &f) && slices.Contains(f.Params, i) {
		return isCompared
	}
	if obj != nil && obj.Pkg() != nil && (isStandard(obj.Pkg().Path()) || obj.Pkg().Path() == "golang.org/x/oauth2") {
		return notCompared // analysed, or known not to compare
	}
	return maybeCompared
}

func (c *checker) extractComparison(call *ssa.Call, seen map[ssa.Value]bool, depth int) comparison {
	best := notCompared
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok && ex.Index == 0 {
			best = max(best, c.comparison(ex, seen, depth+1))
		}
	}
	return best
}

func isStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// wrappedByVerifier reports whether the handler fn is only used
// wrapped by middleware of this package that checks state, or handed
// to code of another package that does (by facts).
func (c *checker) wrappedByVerifier(fn *ssa.Function) bool {
	for _, use := range c.functionUses(fn) {
		call, ok := use.(ssa.CallInstruction)
		if !ok {
			continue
		}
		com := call.Common()
		callee := com.StaticCallee()
		if callee == nil || com.IsInvoke() {
			continue
		}
		if callee.Pkg != nil && callee.Pkg.Pkg == c.pass.Pkg {
			if len(c.verification(callee).points) > 0 {
				return true
			}
			for _, anon := range callee.AnonFuncs {
				if len(c.verification(anon).points) > 0 {
					return true
				}
			}
			continue
		}
		var f verifyFact
		if obj := calleeObj(com); obj != nil && c.pass.ImportObjectFact(obj, &f) && f.Reads {
			return true
		}
	}
	return false
}

// functionUses returns the instructions that use fn as a value (a
// handler registered or wrapped), through method values, closures
// and http.HandlerFunc conversions.
func (c *checker) functionUses(fn *ssa.Function) []ssa.Instruction {
	var out []ssa.Instruction
	matches := func(v ssa.Value) bool {
		switch v := v.(type) {
		case *ssa.Function:
			return v == fn || fn.Object() != nil && v.Object() == fn.Object()
		case *ssa.MakeClosure:
			f := v.Fn.(*ssa.Function)
			return f == fn || fn.Object() != nil && f.Object() == fn.Object()
		}
		return false
	}
	var follow func(v ssa.Value, depth int)
	follow = func(v ssa.Value, depth int) {
		if depth > 3 || v.Referrers() == nil {
			return
		}
		for _, ref := range *v.Referrers() {
			switch ref := ref.(type) {
			case *ssa.ChangeType:
				follow(ref, depth+1)
			case *ssa.MakeInterface:
				follow(ref, depth+1)
			default:
				out = append(out, ref)
			}
		}
	}
	for _, f := range c.res.Functions() {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				var rands []*ssa.Value
				for _, op := range instr.Operands(rands) {
					if *op == nil || !matches(*op) {
						continue
					}
					if v, ok := instr.(ssa.Value); ok && !isCallOf(instr, *op) {
						follow(v, 0)
					}
					if call, ok := instr.(ssa.CallInstruction); ok && call.Common().Value != *op {
						out = append(out, instr)
					}
				}
			}
		}
	}
	return out
}

func isCallOf(instr ssa.Instruction, fn ssa.Value) bool {
	call, ok := instr.(ssa.CallInstruction)
	return ok && call.Common().Value == fn
}

// verifyFact records that a function checks a request's state (Reads)
// or compares the string parameters listed in Params.
type verifyFact struct {
	Reads  bool
	Params []int
}

func (*verifyFact) AFact() {}

func (f *verifyFact) String() string {
	var parts []string
	if f.Reads {
		parts = append(parts, "checks state")
	}
	for _, p := range f.Params {
		parts = append(parts, "compares param "+strconv.Itoa(p))
	}
	return strings.Join(parts, ", ")
}

func (c *checker) exportVerifyFacts() {
	for _, fn := range c.res.Functions() {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil {
			continue
		}
		if fn.Signature.Results().Len() == 0 {
			continue // a handler, not a helper others call to check
		}
		v := c.verification(fn)
		if len(v.points) == 0 && len(v.params) == 0 {
			continue
		}
		c.pass.ExportObjectFact(obj, &verifyFact{Reads: len(v.points) > 0, Params: v.params})
	}
}

func (c *checker) exportFacts() {
	c.exportStateFacts()
	c.exportVerifyFacts()
}
