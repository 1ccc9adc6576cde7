package oauthstate

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/flow/handlers"
	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/flow/verification"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A callback is the handler the authorization server redirects the
// user's browser to. It must compare the request's state with the one
// bound to the user's session before it exchanges the code; otherwise
// an attacker can make a victim's browser deliver the attacker's code
// (the account-linking attack of Atlassian's OAuth FAQ).

// requestKey returns the key under which v, a string (or the []string
// of url.Values), is read from an incoming request: r.FormValue("code"),
// r.URL.Query().Get("code"), r.Form.Get("state"), q["state"],
// q["code"][0], c.Query("code") in gin, ...
func (c *checker) requestKey(v ssa.Value) (string, bool) {
	key := handlers.ReadKey(v)
	if key == nil {
		return "", false
	}
	return c.res.Eval(key).Const()
}

// knownPackage reports packages whose functions atlvet knows do not
// check an OAuth state: the standard library, and the packages
// stateRequests knows.
func (c *checker) knownPackage(pkg *types.Package) bool {
	return pkg != nil && (c.verify.Standard(pkg) || stateRequests{}.Known(pkg))
}

// stateGuard tells the handlers package what counts as a check: a
// verification of the request's state, in this package or, by facts,
// in another.
type stateGuard struct{ c *checker }

func (g stateGuard) Guards(fn *ssa.Function, at ssa.Instruction) bool {
	return g.c.verify.In(fn).Guards(at)
}

func (g stateGuard) ChecksAnywhere(fn *ssa.Function) bool { return g.c.verify.In(fn).ChecksAnywhere() }

func (g stateGuard) Known(pkg *types.Package) bool { return g.c.knownPackage(pkg) }

func (g stateGuard) Middleware(fn *types.Func) bool {
	var f verifyFact
	return g.c.pass.ImportObjectFact(fn, &f) && f.Middleware
}

func (g stateGuard) Checks(fn *types.Func) bool {
	var f verifyFact
	return g.c.pass.ImportObjectFact(fn, &f) && f.Verdict != nil
}

// stateRequests tells the verification package how the state is read
// from an incoming request: by net/http and the web frameworks.
type stateRequests struct{}

func (stateRequests) KeyArg(v ssa.Value) ssa.Value { return handlers.ReadKey(v) }

func (stateRequests) IsRequest(t types.Type) bool { return handlers.IsRequest(t) }

// Known reports oauth2 and the web frameworks whose requests are read:
// none of their functions checks an OAuth state.
func (stateRequests) Known(pkg *types.Package) bool {
	return atlassian.IsOAuth2Package(pkg.Path()) || handlers.InFramework(pkg)
}

// Verifies reports goth's functions that compare the request's state
// with the session's.
func (stateRequests) Verifies(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Signature().Recv() == nil && atlassian.IsStateVerifier(fn.Pkg().Path(), fn.Name())
}

// codeKind says where an authorization code comes from.
type codeKind int

const (
	codeUnknown  codeKind = iota
	codeRequest           // an incoming HTTP request: a callback
	codeTerminal          // the terminal or the command line: a CLI flow
)

// A codeSource is where an exchanged code was read: in fn, which must
// check the request's state before at, the instruction that takes the
// code on (the exchange, the call of the helper that exchanges it, the
// send on a channel). via are the places the code passed on its way to
// the exchange: a check of a request's state that guards one of them
// guards the exchange too (the function that receives the code and
// the state from a channel, and compares them).
type codeSource struct {
	kind codeKind
	fn   *ssa.Function
	at   ssa.Instruction
	via  []codeSite
}

// A codeSite is an instruction of a function.
type codeSite struct {
	fn *ssa.Function
	at ssa.Instruction
}

// codeSources traces the code v handed on at at in fn.
func (c *checker) codeSources(v ssa.Value, fn *ssa.Function, at ssa.Instruction, via []codeSite, depth int) []codeSource {
	if depth > 4 || v == nil {
		return nil
	}
	if key, ok := c.requestKey(v); ok {
		if key == "code" {
			return []codeSource{{codeRequest, fn, at, via}}
		}
		return nil
	}
	if terminalInput(v) {
		return []codeSource{{kind: codeTerminal}}
	}
	here := append(slices.Clip(via), codeSite{fn, at})
	switch v := v.(type) {
	case *ssa.Phi:
		var out []codeSource
		for _, e := range v.Edges {
			out = append(out, c.codeSources(e, fn, at, via, depth+1)...)
		}
		return out
	case *ssa.Convert:
		return c.codeSources(v.X, fn, at, via, depth+1)
	case *ssa.ChangeType:
		return c.codeSources(v.X, fn, at, via, depth+1)
	case *ssa.Call:
		if obj := flow.CalleeObj(v.Common()); funcs.IsFunc(obj, "strings", "TrimSpace", "Trim", "TrimSuffix", "TrimRight") && len(v.Common().Args) > 0 {
			return c.codeSources(v.Common().Args[0], fn, at, via, depth+1)
		}
	case *ssa.Parameter:
		owner := v.Parent()
		i := slices.Index(owner.Params, v)
		var out []codeSource
		for _, call := range c.res.Callers(owner) {
			if args := call.Common().Args; i >= 0 && i < len(args) {
				out = append(out, c.codeSources(args[i], call.Parent(), call, here, depth+1)...)
			}
		}
		return out
	}
	// Received from a channel (a loopback server's handler hands the
	// code over) or read from a struct: what was sent or stored, where
	// it was sent.
	if origins, ok := c.res.Origins(v); ok {
		var out []codeSource
		for _, o := range origins {
			if o.Via != nil {
				out = append(out, c.codeSources(o.Value, o.Via.Parent(), o.Via, here, depth+1)...)
			} else {
				out = append(out, c.codeSources(o.Value, fn, at, via, depth+1)...)
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
		obj := flow.CalleeObj(v.Common())
		return funcs.IsMethod(obj, "bufio", "Scanner", "Text") ||
			funcs.IsFunc(obj, "flag", "Arg") || funcs.IsMethod(obj, "flag", "FlagSet", "Arg") ||
			funcs.IsFunc(obj, "golang.org/x/term", "ReadPassword")
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok && v.Index == 0 {
			obj := flow.CalleeObj(call.Common())
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
						funcs.IsFunc(flow.CalleeObj(call.Common()), "fmt", "Scan", "Scanln", "Scanf", "Fscan", "Fscanln", "Fscanf") {
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

// exchanges finds the code exchanges the knowledge table names
// ((*oauth2.Config).Exchange, go-atlassian's) and the POSTs
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
				obj := flow.CalleeObj(com)
				ex, ok := flow.CodeExchangeOf(obj)
				if !ok {
					continue
				}
				// The receiver is the configuration exchanged with.
				args := flow.CallArgs(com)
				syntax := c.res.SyntaxCall(call)
				if ex.Recv == "" || len(args) < 1+ex.CodeArg+1 || syntax == nil {
					continue
				}
				code := args[1+ex.CodeArg]
				out = append(out, exchange{syntax, fn, args[0], nil, c.codeSources(code, fn, call, nil, 0)})
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
		sendInstr, _ := c.res.CallAt(send.Call)
		if sendInstr == nil {
			continue
		}
		if sendNamed && c.readsCode(send.Fn) {
			sources = append(sources, codeSource{kind: codeRequest, fn: send.Fn, at: sendInstr})
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
				sources = append(sources, codeSource{codeRequest, caller, call, []codeSite{{send.Fn, sendInstr}}})
				continue
			}
			for _, a := range call.Common().Args {
				for _, s := range c.codeSources(a, caller, call, []codeSite{{send.Fn, sendInstr}}, 1) {
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
			if s.kind != codeRequest || c.chains.Guarded(s.fn, s.at) || c.checkedOnTheWay(s) {
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
			// The way round the check: a comparison that failed, a
			// condition under which it is skipped.
			d.Related = append(d.Related, c.bypass(s.fn, s.at)...)
			// A helper that some callers guard: name the ones that do not.
			for i, call := range c.chains.UnguardedCalls(s.fn, s.at) {
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

// checkedOnTheWay reports whether a function the code of s passed
// through checks a request's state before it hands the code on.
func (c *checker) checkedOnTheWay(s codeSource) bool {
	return slices.ContainsFunc(s.via, func(site codeSite) bool { return c.verify.In(site.fn).Guards(site.at) })
}

// bypass describes the branches of a path from fn's entry to at that
// goes round the state check: one where a comparison failed ("the
// exchange still runs when state != c.Value"), one that skips the
// branch where the check is made ("the check of the state is skipped
// when err != nil"). Nothing when fn has no check at all.
func (c *checker) bypass(fn *ssa.Function, at ssa.Instruction) []analysis.RelatedInformation {
	return c.bypass0(fn, at, 0)
}

func (c *checker) bypass0(fn *ssa.Function, at ssa.Instruction, depth int) []analysis.RelatedInformation {
	s := c.verify.In(fn)
	path, open := s.Bypass(at)
	if !open {
		return nil
	}
	var out []analysis.RelatedInformation
	for _, b := range path {
		if !b.Pos().IsValid() {
			continue
		}
		other := paths.Branch{Cond: b.Cond, Taken: !b.Taken}
		var msg string
		switch {
		case s.Succeeded(other):
			msg = "the exchange still runs when " + paths.Describe(c.pass.Fset, c.pass.Files, b)
		case s.CheckedBeyond(other):
			msg = "the check of the state is skipped when " + paths.Describe(c.pass.Fset, c.pass.Files, b)
		default:
			continue
		}
		out = append(out, analysis.RelatedInformation{Pos: b.Pos(), Message: msg})
		if len(out) == 2 {
			break
		}
	}
	if len(out) > 0 || depth > 1 {
		return out
	}
	// A helper whose answer is tested on the way, which checks the
	// state on some of its paths only: the way round is in it.
	for _, b := range path {
		for _, callee := range c.answeringHelpers(b.Cond) {
			for _, blk := range callee.Blocks {
				if len(blk.Instrs) == 0 {
					continue
				}
				ret, ok := blk.Instrs[len(blk.Instrs)-1].(*ssa.Return)
				if !ok || c.verify.In(callee).Guards(ret) {
					continue
				}
				if rel := c.bypass0(callee, ret, depth+1); len(rel) > 0 {
					return rel
				}
			}
		}
	}
	return nil
}

// answeringHelpers returns the functions of this package whose answer
// the condition cond tests (err != nil, !ok) and that check the state
// somewhere without being a verdict.
func (c *checker) answeringHelpers(cond ssa.Value) []*ssa.Function {
	var out []*ssa.Function
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if depth > 4 {
			return
		}
		switch v := v.(type) {
		case *ssa.UnOp:
			walk(v.X, depth+1)
		case *ssa.BinOp:
			walk(v.X, depth+1)
			walk(v.Y, depth+1)
		case *ssa.Extract:
			walk(v.Tuple, depth+1)
		case *ssa.Call:
			if callee := c.localCallee(v.Common()); callee != nil && c.verify.Summary(callee) == nil && c.verify.In(callee).ChecksSomewhere() {
				out = append(out, callee)
			}
		}
	}
	walk(cond, 0)
	return out
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

// verifyFact records that a function answers whether a request's state
// matched (Verdict: which result says so, and whether the function reads
// the state itself or compares the parameters its callers pass it in),
// or that it is or makes middleware that checks state before the next
// handler runs (Middleware: a handler without results that checks
// state, or a function returning a handler that does).
type verifyFact struct {
	Verdict    *verification.Verdict
	Middleware bool
}

func (*verifyFact) AFact() {}

func (f *verifyFact) String() string {
	var parts []string
	if f.Verdict != nil {
		parts = append(parts, f.Verdict.String())
	}
	if f.Middleware {
		parts = append(parts, "middleware checks state")
	}
	return strings.Join(parts, ", ")
}

func (c *checker) exportVerifyFacts() {
	for _, fn := range c.res.Functions() {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil {
			continue
		}
		f := verifyFact{Verdict: c.verify.Summary(fn)}
		// Middleware matters to other packages only: a handler that
		// checks state and leaves the exchange to the next one, or a
		// function returning a handler that does.
		if obj.Exported() {
			f.Middleware = fn.Signature.Results().Len() == 0 && c.chains.GuardsNext(fn) && !c.exchangesIn(fn) ||
				handlers.ReturnsHandler(fn.Signature) && c.chains.MakesGuard(fn)
		}
		if f.Verdict != nil || f.Middleware {
			c.pass.ExportObjectFact(obj, &f)
		}
	}
}

// exchangesIn reports whether fn exchanges a code itself.
func (c *checker) exchangesIn(fn *ssa.Function) bool {
	return slices.ContainsFunc(c.exchangeList, func(e exchange) bool { return e.fn == fn })
}

func (c *checker) exportFacts() {
	c.exportVerifyFacts()
	c.exportStateParamFacts()
}
