package oauthstate

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
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

// requestKey returns the key under which v, a string (or the []string
// of url.Values), is read from an incoming request: r.FormValue("code"),
// r.URL.Query().Get("code"), r.Form.Get("state"), q["state"],
// q["code"][0], c.Query("code") in gin, ...
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
	case *ssa.Lookup:
		// q["state"]: the values of a key of an incoming query or form.
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap && fromRequest(v.X) {
			return c.res.Eval(v.Index).Const()
		}
		return "", false
	case *ssa.UnOp:
		// q["code"][0]
		if ia, ok := v.X.(*ssa.IndexAddr); ok && v.Op == token.MUL {
			if l, ok := ia.X.(*ssa.Lookup); ok {
				return c.requestKey(l)
			}
		}
		return "", false
	case *ssa.Index:
		if l, ok := v.X.(*ssa.Lookup); ok {
			return c.requestKey(l)
		}
		return "", false
	}
	if call == nil {
		return "", false
	}
	com := call.Common()
	obj := calleeObj(com)
	if obj == nil {
		return "", false
	}
	args := callArgs(com)
	keyAt := func(i int) (string, bool) {
		if i < len(args) {
			return c.res.Eval(args[i]).Const()
		}
		return "", false
	}
	for _, rd := range requestReaders {
		if funcs.IsMethod(obj, rd.pkg, rd.typ, rd.names...) {
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
func fromRequest(v ssa.Value) bool { return fromRequest0(v, map[*ssa.Phi]bool{}) }

func fromRequest0(v ssa.Value, seen map[*ssa.Phi]bool) bool {
	switch v := v.(type) {
	case *ssa.Call:
		args := callArgs(v.Common())
		if obj := calleeObj(v.Common()); funcs.IsMethod(obj, "net/url", "URL", "Query") && len(args) == 1 {
			if l, ok := args[0].(*ssa.UnOp); ok && l.Op == token.MUL {
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
		if seen[v] {
			return false // a loop
		}
		seen[v] = true
		return slices.ContainsFunc(v.Edges, func(e ssa.Value) bool { return fromRequest0(e, seen) })
	}
	return false
}

// isRequestType reports the types whose values carry an incoming
// request: *http.Request and the contexts of gin, echo and fiber.
func isRequestType(t types.Type) bool {
	return funcs.IsNamed(t, "net/http", "Request") ||
		funcs.IsNamed(t, "github.com/gin-gonic/gin", "Context") ||
		funcs.IsNamed(t, "github.com/labstack/echo/v4", "Context") ||
		funcs.IsNamed(t, "github.com/labstack/echo", "Context") ||
		funcs.IsNamed(t, "github.com/gofiber/fiber/v2", "Ctx")
}

// knownPackage reports packages whose functions atlvet knows do not
// check an OAuth state: the standard library, oauth2, and the web
// frameworks whose requests it reads.
func (c *checker) knownPackage(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	path := pkg.Path()
	if c.isStandard(pkg) {
		return true
	}
	for _, p := range []string{"golang.org/x/oauth2", "github.com/gin-gonic/gin", "github.com/labstack/echo", "github.com/gofiber/fiber"} {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
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
		if obj := calleeObj(v.Common()); funcs.IsFunc(obj, "strings", "TrimSpace", "Trim", "TrimSuffix", "TrimRight") && len(v.Common().Args) > 0 {
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
	case *ssa.UnOp:
		if v.Op == token.ARROW {
			// <-codes: what is sent on the channel, where it is sent
			// (a loopback server's handler hands the code over).
			root := chanRoot(v.X, 0)
			if root == nil {
				return nil
			}
			var out []codeSource
			for _, f := range c.res.Functions() {
				for _, b := range f.Blocks {
					for _, instr := range b.Instrs {
						if send, ok := instr.(*ssa.Send); ok && chanRoot(send.Chan, 0) == root {
							out = append(out, c.codeSources(send.X, f, send.Pos(), depth+1)...)
						}
					}
				}
			}
			return out
		}
	}
	return nil
}

// chanRoot returns the channel that ch is: a make(chan T), or the
// variable holding one, also as captured by a closure.
func chanRoot(ch ssa.Value, depth int) ssa.Value {
	if depth > 4 {
		return nil
	}
	switch v := ch.(type) {
	case *ssa.MakeChan:
		return v
	case *ssa.Alloc, *ssa.Global:
		return v
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return chanRoot(v.X, depth+1)
		}
	case *ssa.ChangeType:
		return chanRoot(v.X, depth+1)
	case *ssa.FreeVar:
		fn := v.Parent()
		i := slices.Index(fn.FreeVars, v)
		if i < 0 || fn.Parent() == nil {
			return nil
		}
		for _, b := range fn.Parent().Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn && i < len(mc.Bindings) {
					return chanRoot(mc.Bindings[i], depth+1)
				}
			}
		}
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
	config  ssa.Value  // the *oauth2.Config exchanged with, nil for a token request
	send    *flow.Send // the token request, nil for an Exchange
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
				obj := calleeObj(com)
				if lc, ok := flow.LibCall(com); ok && lc.Role == atlassian.RoleExchangeCode {
					// A library's code exchange (go-atlassian's
					// ExchangeAuthorizationCode): its code argument.
					code := flow.LibArg(com, lc, atlassian.ArgCode)
					syntax := c.res.SyntaxCall(call)
					if code == nil || syntax == nil {
						continue
					}
					var config ssa.Value
					if args := callArgs(com); len(args) > 0 && lc.Recv != "" {
						config = args[0]
					}
					out = append(out, exchange{syntax, fn, config, nil, c.codeSources(code, fn, call.Pos(), 0)})
					continue
				}
				if !funcs.IsMethod(obj, "golang.org/x/oauth2", "Config", "Exchange") {
					continue
				}
				args := flow.MethodArgs(com, obj) // receiver, ctx, code, opts
				syntax := c.res.SyntaxCall(call)
				if len(args) < 3 || syntax == nil {
					continue
				}
				out = append(out, exchange{syntax, fn, args[0], nil, c.codeSources(args[2], fn, call.Pos(), 0)})
			}
		}
	}
	for _, send := range c.res.Sends() {
		if !c.toTokenEndpoint(send) {
			continue
		}
		var sources []codeSource
		sendNamed := mentions(send.Fn, atlassian.GrantAuthorizationCode)
		named := sendNamed
		if sendNamed && c.readsCode(send.Fn) {
			sources = append(sources, codeSource{codeRequest, send.Fn, send.Call.Pos()})
		}
		// A helper that posts the code: its callers read it, and name
		// the grant either there or in the form they hand over.
		for _, call := range c.res.Callers(send.Fn) {
			caller := call.Parent()
			callerNamed := mentions(caller, atlassian.GrantAuthorizationCode)
			if !sendNamed && !callerNamed {
				continue // a refresh or another grant
			}
			named = true
			if !sendNamed && c.readsCode(caller) {
				sources = append(sources, codeSource{codeRequest, caller, call.Pos()})
				continue
			}
			for _, a := range call.Common().Args {
				for _, s := range c.codeSources(a, caller, call.Pos(), 1) {
					if s.kind != codeUnknown {
						sources = append(sources, s)
					}
				}
			}
		}
		if !named {
			continue // a refresh or another grant
		}
		out = append(out, exchange{send.Call, send.Fn, nil, send, sources})
	}
	for _, e := range out {
		for _, s := range e.sources {
			c.anyTerminal = c.anyTerminal || s.kind == codeTerminal
			c.anyRequest = c.anyRequest || s.kind == codeRequest
		}
	}
	c.exchangeList = out
	return out
}

// toTokenEndpoint reports whether send's URL is a token endpoint.
func (c *checker) toTokenEndpoint(send *flow.Send) bool {
	for _, req := range send.Requests {
		for _, s := range req.URLs {
			u := flow.ParseURL(s)
			if u.HostKnown && u.PathComplete && c.hosts.IsTokenEndpoint(u.Host, u.Path) {
				return true
			}
		}
	}
	return false
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
// whose state was not checked first on some way the request gets there.
func (c *checker) checkCallbacks(exchanges []exchange) {
	for _, e := range exchanges {
		for _, s := range e.sources {
			if s.kind != codeRequest || c.guarded(s.fn, s.pos, 0) {
				continue
			}
			d := analysis.Diagnostic{
				Pos:      e.call.Pos(),
				End:      e.call.End(),
				Category: CategoryUnverifiedState,
				Message: "the callback exchanges the authorization code without first comparing the request's state " +
					"with the value bound to the user's session (cookie, session or server-side store); " +
					"without that check an attacker can link their " + c.exchangeAccount(e) + " account to your user's session",
			}
			// A helper that some callers guard: name the ones that do not.
			for i, call := range c.unguardedCalls(s.fn, s.pos) {
				if i == 3 {
					break
				}
				d.Related = append(d.Related, analysis.RelatedInformation{
					Pos:     call.Pos(),
					Message: "reached from here without a check of the request's state",
				})
			}
			c.report(d)
			break
		}
	}
}

// exchangeAccount names the account an exchange links: Bitbucket's
// when its config or token URL is Bitbucket's, the attacker's "own" at
// another provider when every token URL is known and not Atlassian's,
// else Atlassian's.
func (c *checker) exchangeAccount(e exchange) string {
	var urls flow.Strs
	if e.config != nil {
		urls = c.res.ConfigField(e.config, flow.PathTokenURL)
	} else if e.send != nil {
		for _, req := range e.send.Requests {
			urls = append(urls, req.URLs...)
		}
	}
	if len(urls) == 0 {
		return "Atlassian"
	}
	bitbucket, other := 0, 0
	for _, s := range urls {
		u := flow.ParseURL(s)
		switch {
		case !u.HostKnown:
			return "Atlassian"
		case c.hosts.Classify(u.Host) == atlassian.Bitbucket:
			bitbucket++
		case c.hosts.Classify(u.Host) == atlassian.NotAtlassian:
			other++
		}
	}
	switch {
	case bitbucket == len(urls):
		return "Bitbucket"
	case other == len(urls):
		return "own" // another provider's token endpoint: localhost:9096/oauth/token
	}
	return "Atlassian"
}

// guarded reports whether the request that reaches pos in fn may have
// had its state checked: in fn before pos, by middleware around fn, in
// the function whose request a closure shares, or on every call of fn.
// What cannot be followed counts as checked.
func (c *checker) guarded(fn *ssa.Function, pos token.Pos, depth int) bool {
	if depth > 4 {
		return true
	}
	if c.verifiedBefore(fn, pos) {
		return true
	}
	uses := c.handlerUses(fn)
	for _, u := range uses {
		if c.wraps(u, 0) {
			return true
		}
	}
	if parent := fn.Parent(); parent != nil && !hasRequestParam(fn) && capturesRequest(fn) {
		// go func() { ... r.FormValue("code") ... }(): the parent's request.
		return c.guarded(parent, fn.Pos(), depth+1) // where the parent makes it
	}
	callers := c.res.Callers(fn)
	if len(callers) == 0 || len(uses) > 0 {
		return false // a handler, registered without a check around it
	}
	for _, call := range callers {
		if !c.guarded(call.Parent(), call.Pos(), depth+1) {
			return false
		}
	}
	return true
}

// unguardedCalls returns the calls of fn, a helper that gets the
// request from its callers, on whose way to pos the state is not
// checked; nil when fn checks it itself or is a handler.
func (c *checker) unguardedCalls(fn *ssa.Function, pos token.Pos) []*ssa.Call {
	if c.verifiedBefore(fn, pos) || len(c.handlerUses(fn)) > 0 || fn.Parent() != nil {
		return nil
	}
	var out []*ssa.Call
	for _, call := range c.res.Callers(fn) {
		if !c.guarded(call.Parent(), call.Pos(), 1) {
			out = append(out, call)
		}
	}
	if len(out) == len(c.res.Callers(fn)) && len(out) == 1 {
		return out
	}
	if len(out) == len(c.res.Callers(fn)) {
		return nil // no caller checks: the helper is the place to fix
	}
	return out
}

func hasRequestParam(fn *ssa.Function) bool {
	return slices.ContainsFunc(fn.Params, func(p *ssa.Parameter) bool { return isRequestType(p.Type()) })
}

func capturesRequest(fn *ssa.Function) bool {
	return slices.ContainsFunc(fn.FreeVars, func(v *ssa.FreeVar) bool {
		t := v.Type()
		if p, ok := t.Underlying().(*types.Pointer); ok && !isRequestType(t) {
			t = p.Elem() // a captured variable
		}
		return isRequestType(t)
	})
}

// verification is what a function does to check state.
type verification struct {
	points []token.Pos // where a request's state is checked
	params []int       // parameters (0-based) whose value it compares
}

// verification computes where fn checks a request's state: a state
// read from the request and compared, a call of a helper that does so
// (in this package or, by facts, another), a library that verifies it
// (gothic.CompleteUserAuth), or a call that hands the request to code
// atlvet cannot see and returns a verdict.
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
			case c.verdictCall(call):
				v.points = append(v.points, call.Pos())
			case obj != nil && obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg:
				var f verifyFact
				if c.pass.ImportObjectFact(obj, &f) && f.Reads {
					v.points = append(v.points, call.Pos())
				}
			default:
				if callee := c.localCallee(com); callee != nil && len(c.verification(callee).points) > 0 {
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

// localCallee returns the function of this package that com statically
// calls, or nil.
func (c *checker) localCallee(com *ssa.CallCommon) *ssa.Function {
	callee := com.StaticCallee()
	if callee == nil || com.IsInvoke() {
		return nil
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Blocks == nil || callee.Synthetic != "" || callee.Pkg == nil || callee.Pkg.Pkg != c.pass.Pkg {
		return nil
	}
	return callee
}

// verdictCall reports a call that hands the request to code atlvet
// cannot see (an interface method, a function value) and returns only
// a verdict, an error or a bool, that the caller uses:
// if err := s.store.Validate(r); err != nil { ... }. Such code can read
// the state and compare it.
func (c *checker) verdictCall(call ssa.CallInstruction) bool {
	v, ok := call.(*ssa.Call)
	if !ok {
		return false
	}
	com := call.Common()
	if _, builtin := com.Value.(*ssa.Builtin); builtin {
		return false
	}
	args := callArgs(com)
	if obj := calleeObj(com); obj != nil && obj.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:] // the receiver: r.Cookie, c.Query are the framework's
	}
	if !slices.ContainsFunc(args, func(a ssa.Value) bool { return isRequestType(a.Type()) }) {
		return false
	}
	res := com.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	for i := 0; i < res.Len(); i++ {
		t := res.At(i).Type()
		if b, ok := t.Underlying().(*types.Basic); !(ok && b.Kind() == types.Bool) && !types.Identical(t, errorType) {
			return false
		}
	}
	if !used(v) {
		return false
	}
	switch {
	case com.IsInvoke():
		return !c.knownPackage(com.Method.Pkg())
	case com.StaticCallee() == nil:
		return true // a function value
	}
	return false
}

var errorType = types.Universe.Lookup("error").Type()

// used reports whether the result of call, or any of its results, is used.
func used(call *ssa.Call) bool {
	for _, ref := range *call.Referrers() {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.Extract:
			if refs := ref.Referrers(); refs != nil && slices.ContainsFunc(*refs, func(i ssa.Instruction) bool {
				_, debug := i.(*ssa.DebugRef)
				return !debug
			}) {
				return true
			}
		default:
			return true
		}
	}
	return false
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

// closuresVerify reports whether a closure in fn (such as the handler
// a middleware returns) checks state.
func (c *checker) closuresVerify(fn *ssa.Function) bool {
	for _, anon := range fn.AnonFuncs {
		if len(c.verification(anon).points) > 0 || c.closuresVerify(anon) {
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
// store), or a function that compares it, also after it is taken apart
// or built into a key (strings.Cut, "prefix:"+state, fmt.Sprintf). A
// value handed to code atlvet cannot see may be compared, so that the
// rule stays silent.
func (c *checker) compared(v ssa.Value, seen map[ssa.Value]bool, depth int) bool {
	return c.comparison(v, seen, depth) != notCompared
}

func (c *checker) comparison(v ssa.Value, seen map[ssa.Value]bool, depth int) comparison {
	if seen[v] || depth > 8 || v.Referrers() == nil {
		return notCompared
	}
	seen[v] = true
	best := notCompared
	for _, ref := range *v.Referrers() {
		var got comparison
		switch ref := ref.(type) {
		case *ssa.BinOp:
			switch ref.Op {
			case token.EQL, token.NEQ:
				other := ref.X
				if other == v {
					other = ref.Y
				}
				if isConstant(other) {
					continue // an emptiness test, or a constant that binds nothing to the session
				}
				if key, ok := c.requestKey(other); ok && key == "state" {
					continue // the request's state with itself
				}
				got = isCompared
			case token.ADD:
				got = c.comparison(ref, seen, depth+1) // a key made from it
			}
		case *ssa.Lookup:
			if ref.Index == v {
				got = isCompared
			} else {
				got = c.comparison(ref, seen, depth+1)
			}
		case *ssa.IndexAddr, *ssa.Index, *ssa.Slice, *ssa.Extract, *ssa.Phi, *ssa.Convert, *ssa.ChangeType:
			got = c.comparison(ref.(ssa.Value), seen, depth+1)
		case *ssa.UnOp:
			if ref.Op == token.MUL {
				got = c.comparison(ref, seen, depth+1) // an element loaded
			}
		case *ssa.MakeInterface:
			got = c.comparison(ref, seen, depth+1)
			if got == notCompared && c.escapesInterface(ref) {
				got = maybeCompared
			}
		case *ssa.Store:
			got = c.storeComparison(ref, v, seen, depth)
		case *ssa.Return, *ssa.Send, *ssa.MapUpdate:
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

// isConstant reports a constant, also one converted ([]byte("x")).
func isConstant(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.Const:
			return true
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return false
		}
	}
}

// storeComparison handles a store of v: into the variadic arguments of
// a call (fmt.Sprintf's, which build a key, or a logger's, which do
// not compare), or anywhere else, kept for a comparison elsewhere.
func (c *checker) storeComparison(st *ssa.Store, v ssa.Value, seen map[ssa.Value]bool, depth int) comparison {
	if st.Val != v {
		return notCompared
	}
	ia, ok := st.Addr.(*ssa.IndexAddr)
	if !ok {
		return maybeCompared
	}
	arr, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return maybeCompared
	}
	best := notCompared
	for _, ref := range *arr.Referrers() {
		sl, ok := ref.(*ssa.Slice)
		if !ok {
			continue
		}
		for _, ref2 := range *sl.Referrers() {
			call, ok := ref2.(ssa.CallInstruction)
			if !ok {
				best = max(best, maybeCompared)
				continue
			}
			obj := calleeObj(call.Common())
			switch {
			case funcs.IsFunc(obj, "fmt", "Sprintf", "Sprint", "Sprintln"):
				if val, ok := call.(*ssa.Call); ok {
					best = max(best, c.comparison(val, seen, depth+1))
				}
			case isReporting(obj):
			default:
				best = max(best, c.callComparison(call, sl, seen, depth))
			}
		}
	}
	return best
}

// escapesInterface reports whether a boxed state goes anywhere but
// into the arguments of calls (which comparison follows).
func (c *checker) escapesInterface(mi *ssa.MakeInterface) bool {
	for _, ref := range *mi.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			if _, ok := ref.Addr.(*ssa.IndexAddr); !ok {
				return true
			}
		case ssa.CallInstruction, *ssa.DebugRef, *ssa.BinOp:
		default:
			return true
		}
	}
	return false
}

// isReporting reports functions that only print or wrap a value.
func isReporting(obj *types.Func) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	if funcs.IsFunc(obj, "fmt", "Sprintf", "Sprint", "Sprintln", "Sscan", "Sscanf", "Sscanln") {
		return false // these make or take apart a value
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
	i := slices.Index(callArgs(com), v)
	switch {
	case funcs.IsFunc(obj, "crypto/subtle", "ConstantTimeCompare"),
		funcs.IsFunc(obj, "crypto/hmac", "Equal"),
		funcs.IsFunc(obj, "bytes", "Equal", "Compare", "EqualFold"),
		funcs.IsFunc(obj, "strings", "EqualFold", "Compare"),
		funcs.IsFunc(obj, "slices", "Contains", "Index"),
		funcs.IsMethod(obj, "sync", "Map", "Load", "LoadAndDelete", "LoadOrStore", "CompareAndDelete", "CompareAndSwap"):
		if others := slices.DeleteFunc(slices.Clone(callArgs(com)), func(a ssa.Value) bool { return a == v }); len(others) > 0 &&
			!funcs.IsMethod(obj, "sync", "Map") && !slices.ContainsFunc(others, func(a ssa.Value) bool { return !isConstant(a) }) {
			return notCompared // strings.EqualFold(state, "null")
		}
		return isCompared
	case isReporting(obj), funcs.IsFunc(obj, "strings", "HasPrefix", "HasSuffix", "Contains", "ContainsAny", "Index", "Count"):
		return notCompared
	case isSQLQuery(obj):
		return sqlComparison(com, obj)
	case funcs.IsMethod(obj, "database/sql", "Stmt", sqlQueryMethods...):
		return maybeCompared // the query was prepared elsewhere
	case funcs.IsFunc(obj, "database/sql", "Named"):
		if val, ok := call.(*ssa.Call); ok {
			return c.comparison(val, seen, depth+1)
		}
		return notCompared
	case i < 0:
		return maybeCompared // a method of the state itself
	}
	if b, ok := com.Value.(*ssa.Builtin); ok {
		if val, isCall := call.(*ssa.Call); isCall && b.Name() == "append" {
			return c.comparison(val, seen, depth+1)
		}
		return notCompared // len, delete, copy
	}
	if callee := c.localCallee(com); callee != nil {
		if i < len(callee.Params) {
			return c.comparison(callee.Params[i], seen, depth+1)
		}
		return notCompared
	}
	var f verifyFact
	if obj != nil && c.pass.ImportObjectFact(obj, &f) && slices.Contains(f.Params, i) {
		return isCompared
	}
	if obj != nil && c.isStandard(obj.Pkg()) {
		// Taken apart or converted by the standard library
		// (strings.Cut, strings.Split, base64 decoding, url.QueryUnescape):
		// follow the strings it yields.
		if val, ok := call.(*ssa.Call); ok {
			return c.resultComparison(val, seen, depth)
		}
		return notCompared
	}
	if com.IsInvoke() || com.StaticCallee() == nil {
		return maybeCompared // code atlvet cannot see
	}
	if obj != nil && c.knownPackage(obj.Pkg()) {
		return notCompared // known not to compare
	}
	return maybeCompared
}

var sqlQueryMethods = []string{"Exec", "ExecContext", "Query", "QueryContext", "QueryRow", "QueryRowContext"}

// isSQLQuery reports the database/sql methods that run a query given
// as text: a server-side state store kept in a SQL table.
func isSQLQuery(obj *types.Func) bool {
	return funcs.IsMethod(obj, "database/sql", "DB", sqlQueryMethods...) ||
		funcs.IsMethod(obj, "database/sql", "Tx", sqlQueryMethods...) ||
		funcs.IsMethod(obj, "database/sql", "Conn", sqlQueryMethods...)
}

// sqlWhere matches a WHERE clause, which is where a query compares
// the state it is given.
var sqlWhere = regexp.MustCompile(`(?i)\bwhere\b`)

// sqlComparison says whether a state handed to a SQL query is compared:
// a query with a WHERE clause looks it up (SELECT, DELETE, UPDATE); one
// without (an INSERT into an audit table) does not; a query whose text
// is not a constant may.
func sqlComparison(com *ssa.CallCommon, obj *types.Func) comparison {
	params := obj.Signature().Params()
	args := callArgs(com)
	for j := 0; j < params.Len(); j++ {
		if params.At(j).Name() != "query" {
			continue
		}
		k := j + len(args) - params.Len() // args may start with the receiver
		if k < 0 || k >= len(args) {
			break
		}
		q, ok := args[k].(*ssa.Const)
		if !ok || q.Value == nil || q.Value.Kind() != constant.String {
			return maybeCompared
		}
		if sqlWhere.MatchString(constant.StringVal(q.Value)) {
			return isCompared
		}
		return notCompared
	}
	return maybeCompared
}

// resultComparison follows the string results of a standard library
// call made from the state.
func (c *checker) resultComparison(call *ssa.Call, seen map[ssa.Value]bool, depth int) comparison {
	res := call.Common().Signature().Results()
	if res.Len() == 1 {
		if yieldsText(res.At(0).Type()) {
			return c.comparison(call, seen, depth+1)
		}
		return notCompared
	}
	best := notCompared
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok && ex.Index < res.Len() && yieldsText(res.At(ex.Index).Type()) {
			best = max(best, c.comparison(ex, seen, depth+1))
		}
	}
	return best
}

// yieldsText reports a string, bytes, or a slice of them.
func yieldsText(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Slice); ok && isStringOrBytes(s.Elem()) {
		return true
	}
	return isStringOrBytes(t)
}

func isStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// isStandard reports whether pkg is of the standard library: its path
// has no dot, and it is neither this package nor one of the module
// under analysis, whose path may have no dot either.
func (c *checker) isStandard(pkg *types.Package) bool {
	if pkg == nil || pkg == c.pass.Pkg {
		return false
	}
	path := pkg.Path()
	if m := c.pass.Module; m != nil && m.Path != "" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
		return false
	}
	return isStandard(path)
}

// A handlerUse is a call that receives a handler as a value: to
// register it, wrap it, or chain it after middleware.
type handlerUse struct {
	call ssa.CallInstruction
	// before are the other handlers the call receives ahead of it
	// (gin's r.GET(path, verifyState, callback)).
	before []ssa.Value
}

// handlerUses returns the calls that receive fn as a value, through
// method values, closures, conversions (http.HandlerFunc(fn)) and the
// slices of variadic calls.
func (c *checker) handlerUses(fn *ssa.Function) []handlerUse {
	if uses, ok := c.usesMemo[fn]; ok {
		return uses
	}
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
	var uses []handlerUse
	for _, f := range c.res.Functions() {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				var rands []*ssa.Value
				for _, op := range instr.Operands(rands) {
					if *op == nil || !matches(*op) {
						continue
					}
					if call, ok := instr.(ssa.CallInstruction); ok && call.Common().Value == *op {
						continue // a call of fn, not a use of its value
					}
					if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == *op {
						continue // the closure itself is matched
					}
					uses = append(uses, c.valueUses(instr, *op, 0)...)
				}
			}
		}
	}
	c.usesMemo[fn] = uses
	return uses
}

// valueUses returns the calls that receive v, used by instr.
func (c *checker) valueUses(instr ssa.Instruction, v ssa.Value, depth int) []handlerUse {
	if depth > 4 {
		return nil
	}
	switch instr := instr.(type) {
	case ssa.CallInstruction:
		args := callArgs(instr.Common())
		i := slices.Index(args, v)
		if i < 0 {
			return nil
		}
		return []handlerUse{{call: instr, before: args[:i]}}
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.Convert, *ssa.MakeClosure:
		val := instr.(ssa.Value)
		var out []handlerUse
		for _, ref := range *val.Referrers() {
			out = append(out, c.valueUses(ref, val, depth+1)...)
		}
		return out
	case *ssa.Store:
		// An element of a variadic call's slice.
		ia, ok := instr.Addr.(*ssa.IndexAddr)
		if !ok || instr.Val != v {
			return nil
		}
		arr, ok := ia.X.(*ssa.Alloc)
		if !ok {
			return nil
		}
		var before []ssa.Value
		for _, ref := range *arr.Referrers() {
			other, ok := ref.(*ssa.IndexAddr)
			if !ok || other == ia || !constIndexBefore(other, ia) {
				continue
			}
			for _, ref2 := range *other.Referrers() {
				if st, ok := ref2.(*ssa.Store); ok && st.Addr == other {
					before = append(before, st.Val)
				}
			}
		}
		var out []handlerUse
		for _, ref := range *arr.Referrers() {
			sl, ok := ref.(*ssa.Slice)
			if !ok {
				continue
			}
			for _, ref2 := range *sl.Referrers() {
				if call, ok := ref2.(ssa.CallInstruction); ok {
					args := callArgs(call.Common())
					i := slices.Index(args, ssa.Value(sl))
					out = append(out, handlerUse{call: call, before: append(slices.Clone(args[:max(i, 0)]), before...)})
				}
			}
		}
		return out
	}
	return nil
}

// constIndexBefore reports whether a indexes a lower constant position
// of the same array than b.
func constIndexBefore(a, b *ssa.IndexAddr) bool {
	ka, ok1 := a.Index.(*ssa.Const)
	kb, ok2 := b.Index.(*ssa.Const)
	if !ok1 || !ok2 || ka.Value == nil || kb.Value == nil {
		return false
	}
	return constant.Compare(ka.Value, token.LSS, kb.Value)
}

// wraps reports whether the call of u may check state before the
// handler it receives runs: middleware chained before it, middleware
// of the router it is registered on, a wrapper of this package (or, by
// facts, another) that checks state, or a wrapper atlvet cannot see.
func (c *checker) wraps(u handlerUse, depth int) bool {
	if depth > 4 {
		return true
	}
	for _, b := range u.before {
		if c.isVerifier(b, 0) {
			return true
		}
	}
	com := u.call.Common()
	if _, builtin := com.Value.(*ssa.Builtin); builtin {
		return false // append(handlers, h): a table atlvet does not follow
	}
	obj := calleeObj(com)
	if obj != nil && obj.Signature().Recv() != nil {
		if args := callArgs(com); len(args) > 0 && c.routerVerifies(args[0]) {
			return true
		}
	}
	// A wrapper that does not check may itself be wrapped.
	rewrapped := func() bool {
		call, ok := u.call.(*ssa.Call)
		if !ok || !returnsHandler(com) {
			return false
		}
		for _, ref := range *call.Referrers() {
			for _, u2 := range c.valueUses(ref, call, 0) {
				if c.wraps(u2, depth+1) {
					return true
				}
			}
		}
		return false
	}
	if callee := c.localCallee(com); callee != nil {
		if len(c.verification(callee).points) > 0 || c.closuresVerify(callee) {
			return true
		}
		return rewrapped()
	}
	if com.IsInvoke() || com.StaticCallee() == nil {
		// Code atlvet cannot see: a wrapper may check state, a
		// registration (a router's Get) does not.
		if com.IsInvoke() && c.knownPackage(com.Method.Pkg()) {
			return rewrapped()
		}
		return returnsHandler(com) || rewrapped()
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg {
		var f verifyFact
		if c.pass.ImportObjectFact(obj, &f) && (f.Reads || f.Middleware) {
			return true
		}
	}
	return rewrapped() // http.StripPrefix, http.TimeoutHandler, a router's registration
}

// returnsHandler reports whether the call returns a function or an
// http.Handler: a wrapper, not a registration.
func returnsHandler(com *ssa.CallCommon) bool { return returnsFunc(com.Signature()) }

// isVerifier reports whether v, a handler value, checks state: a
// function or closure that does, one that a middleware factory of this
// package (or, by facts, another) returns, or one from code atlvet
// cannot see.
func (c *checker) isVerifier(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	switch v := v.(type) {
	case *ssa.ChangeType:
		return c.isVerifier(v.X, depth+1)
	case *ssa.MakeInterface:
		return c.isVerifier(v.X, depth+1)
	case *ssa.Convert:
		return c.isVerifier(v.X, depth+1)
	case *ssa.Function:
		return c.funcVerifies(v)
	case *ssa.MakeClosure:
		return c.funcVerifies(v.Fn.(*ssa.Function))
	case *ssa.Call:
		// A middleware made by a factory: mw.RequireState(), verify(next).
		com := v.Common()
		if !returnsHandler(com) {
			return false
		}
		if callee := c.localCallee(com); callee != nil {
			return c.closuresVerify(callee)
		}
		if com.IsInvoke() {
			return !c.knownPackage(com.Method.Pkg())
		}
		if com.StaticCallee() == nil {
			return true
		}
		var f verifyFact
		obj := calleeObj(com)
		return obj != nil && c.pass.ImportObjectFact(obj, &f) && f.Middleware
	}
	return false
}

// funcVerifies reports whether the function fn, used as a handler,
// checks state.
func (c *checker) funcVerifies(fn *ssa.Function) bool {
	if fn.Synthetic != "" {
		// A bound method value: the method.
		if obj, ok := fn.Object().(*types.Func); ok {
			if m := c.res.FuncOf(obj); m != nil {
				fn = m
			} else {
				var f verifyFact
				return c.pass.ImportObjectFact(obj, &f) && (f.Reads || f.Middleware)
			}
		}
	}
	if fn.Pkg != nil && fn.Pkg.Pkg == c.pass.Pkg {
		return len(c.verification(fn).points) > 0
	}
	var f verifyFact
	obj, ok := fn.Object().(*types.Func)
	return ok && c.pass.ImportObjectFact(obj, &f) && (f.Reads || f.Middleware)
}

// routerVerifies reports whether the router recv has state-checking
// middleware: recv is the result of a call that receives such
// middleware (gin's r.Group("/oauth", verifyState), chi's
// r.With(verify)), or Use(verifyState) is called on recv or on a
// router recv is derived from.
func (c *checker) routerVerifies(recv ssa.Value) bool {
	chain := map[ssa.Value]bool{}
	c.routerChain(recv, chain, 0)
	for _, m := range c.middlewareCalls() {
		if call, ok := m.(*ssa.Call); ok && chain[call] {
			return true // a group made with the middleware
		}
		com := m.Common()
		args := callArgs(com)
		if calleeName(com) != "Use" {
			continue // middleware for another group or route
		}
		on := map[ssa.Value]bool{}
		c.routerChain(args[0], on, 0)
		for v := range on {
			if chain[v] {
				return true
			}
		}
	}
	return false
}

func calleeName(com *ssa.CallCommon) string {
	if obj := calleeObj(com); obj != nil {
		return obj.Name()
	}
	return ""
}

// routerChain collects the values router v is or comes from: the
// embedding engine of a promoted method's receiver, the variable it is
// loaded from, the router a group was made from.
func (c *checker) routerChain(v ssa.Value, out map[ssa.Value]bool, depth int) {
	if v == nil || out[v] || depth > 8 {
		return
	}
	out[v] = true
	switch v := v.(type) {
	case *ssa.FieldAddr:
		c.routerChain(v.X, out, depth+1)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			c.routerChain(v.X, out, depth+1)
		}
	case *ssa.ChangeType:
		c.routerChain(v.X, out, depth+1)
	case *ssa.MakeInterface:
		c.routerChain(v.X, out, depth+1)
	case *ssa.TypeAssert:
		c.routerChain(v.X, out, depth+1)
	case *ssa.Phi:
		for _, e := range v.Edges {
			c.routerChain(e, out, depth+1)
		}
	case *ssa.Call:
		if args := callArgs(v.Common()); recvOffset(v.Common()) == 1 && len(args) > 0 {
			c.routerChain(args[0], out, depth+1) // r.Group(...)
		}
	}
}

// middlewareCalls returns the method calls of the package that receive
// a state-checking handler (Use, Group, With, a route's handlers).
func (c *checker) middlewareCalls() []ssa.CallInstruction {
	if c.mwCalls != nil {
		return *c.mwCalls
	}
	var out []ssa.CallInstruction
	for _, fn := range c.res.Functions() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || recvOffset(call.Common()) != 1 {
					continue
				}
				for _, a := range callArgs(call.Common())[1:] {
					if c.handlersVerify(a) {
						out = append(out, call)
						break
					}
				}
			}
		}
	}
	c.mwCalls = &out
	return out
}

// handlersVerify reports whether the argument a, a handler or a
// variadic slice of them, holds one that checks state.
func (c *checker) handlersVerify(a ssa.Value) bool {
	if _, ok := a.Type().Underlying().(*types.Slice); ok {
		for _, e := range c.res.SliceElems(a) {
			if c.isVerifier(e, 0) {
				return true
			}
		}
		return false
	}
	switch a.Type().Underlying().(type) {
	case *types.Signature, *types.Interface:
		return c.isVerifier(a, 0)
	}
	return false
}

// verifyFact records that a function checks a request's state
// (Reads: a helper with results, which its callers consult), that it
// is or makes middleware that does (Middleware: a handler without
// results that checks state, or a function returning a handler that
// does), or that it compares the string parameters listed in Params.
type verifyFact struct {
	Reads      bool
	Middleware bool
	Params     []int
}

func (*verifyFact) AFact() {}

func (f *verifyFact) String() string {
	var parts []string
	if f.Reads {
		parts = append(parts, "checks state")
	}
	if f.Middleware {
		parts = append(parts, "middleware checks state")
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
		var f verifyFact
		v := c.verification(fn)
		if fn.Signature.Results().Len() > 0 {
			f.Reads = len(v.points) > 0
			f.Params = v.params
		}
		// Middleware matters to other packages only: a handler that
		// checks state and leaves the exchange to the next one, or a
		// function returning a handler that checks.
		if obj.Exported() {
			f.Middleware = fn.Signature.Results().Len() == 0 && len(v.points) > 0 && !c.exchangesIn(fn) ||
				returnsFunc(fn.Signature) && c.closuresVerify(fn)
		}
		if f.Reads || f.Middleware || len(f.Params) > 0 {
			c.pass.ExportObjectFact(obj, &f)
		}
	}
}

// exchangesIn reports whether fn exchanges a code itself.
func (c *checker) exchangesIn(fn *ssa.Function) bool {
	return slices.ContainsFunc(c.exchangeList, func(e exchange) bool { return e.fn == fn })
}

// returnsFunc reports whether sig returns a function or an http.Handler.
func returnsFunc(sig *types.Signature) bool {
	for i := 0; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		if _, ok := t.Underlying().(*types.Signature); ok {
			return true
		}
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP"); obj != nil {
			return true
		}
	}
	return false
}

func (c *checker) exportFacts() {
	c.exportVerifyFacts()
}
