package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/textproto"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A Header is a header set on a request, by the request's own code,
// a helper, or a client's transport.
type Header struct {
	Name  string // canonical form: "User-Agent"
	Value Strs
	// Site is the position of the call that set the header when it is
	// in the package under analysis, else token.NoPos.
	Site token.Pos
	// ValueExprs are the expressions of this package that give the
	// whole value when the header is set from a parameter of a helper
	// (setUserAgent(req, "jira-acme-int/1.0")): the arguments at the
	// helper's call sites. Passes report a bad value there, where the
	// literal is, rather than at the Header.Set inside the helper.
	ValueExprs []ast.Expr
	// NonCanonical: set by writing the header map under a key that is
	// not in canonical form (req.Header["user-agent"] = ...). The
	// header is sent under that key, but Go's transport, which looks
	// up "User-Agent" as is, also sends its own default.
	NonCanonical bool
	// LibraryDefault: the header is what a client library sends when
	// nothing sets it (resty's own User-Agent), not the program's.
	LibraryDefault bool
	// WhenParam, in a helper's summary: the header is set only when its
	// bool parameter WhenParam-1 (receiver first) is WhenTrue; 0 when
	// the helper's own branches do not tie it to a parameter. Each call
	// passing a constant is judged by it (see setFor).
	WhenParam int
	WhenTrue  bool

	// instr is the instruction that sets the header, in the function
	// whose code decorated the request: a Header.Set, a map write, the
	// call of a helper that sets it. Not part of facts.
	instr ssa.Instruction
}

// A Request is one way a request can be made: where it goes and what
// was set on it on the way to being sent.
type Request struct {
	URLs    Strs
	Headers []Header
	// Opaque: where the request was made is not known (it came from
	// an unknown call or a field), so its URL and headers are not.
	Opaque bool
	// MaybeDecorated: the request was handed to code atlvet cannot
	// see (a function value, an interface method) that may set headers.
	MaybeDecorated bool
	// Param is the 1-based parameter the request came from, if any.
	Param int
	// Create is the http.NewRequest call that made the request, when
	// it is in the package under analysis.
	Create token.Pos
	// HeaderReplaced: the request's Header map is replaced
	// (req.Header = ...), so a header set on it before may be lost.
	HeaderReplaced bool

	// raw are the URLs in terms of the parameters of fn, the function
	// that made the request, before resolveRequest resolved them
	// through its callers (see URLCaller). Not part of facts.
	raw Strs
	fn  *ssa.Function
}

// A Client is what a send goes through.
type Client struct {
	Headers []Header // set by its transport on every request
	// Bearer: the client attaches an OAuth 2.0 bearer token (oauth2).
	Bearer bool
	Opaque bool // the client or its transport is not known
	// Site is where an OAuth client was made, in this package.
	Site token.Pos
	// Deferred: the client is what the packages importing this one pass
	// to a parameter of an exported function (an SDK's constructor
	// taking an HTTPClient) that no code of this package calls: it is
	// judged where they call it (see ClientSend).
	Deferred bool

	// deferFn and deferParam are that function and its parameter
	// (0-based, receiver first). Not part of facts.
	deferFn    *ssa.Function
	deferParam int
}

// A Send is a call that sends a request.
type Send struct {
	Call     *ast.CallExpr
	Fn       *ssa.Function
	Requests []Request
	Clients  []Client
}

// requestState is what request tracking finds in a package, each part
// computed on first use.
type requestState struct {
	// requestContextCalls: the package's calls, outside tests, of
	// (*http.Request).WithContext and Clone; see putsClientIntoRequests.
	requestContextCalls []*ssa.CallCommon
	requestsGetClient   progress
	requestsClient      bool
	deferred            map[*ssa.Function][]ClientSend // see clientSends
	sends               []*Send
	sendsDone           bool
	sites               []*Site
	sitesDone           bool
	helperSendsOf       map[*ssa.Function][]HelperSend // see helperSends
	// defaultTransportSet: the package assigns http.DefaultTransport
	// or the Transport of http.DefaultClient.
	defaultTransportSet bool
}

// HeaderValues returns every value req or client sets for name.
func HeaderValues(name string, req Request, clients []Client) []Header {
	name = textproto.CanonicalMIMEHeaderKey(name)
	var out []Header
	for _, h := range req.Headers {
		if h.Name == name {
			out = append(out, h)
		}
	}
	for _, c := range clients {
		for _, h := range c.Headers {
			if h.Name == name {
				out = append(out, h)
			}
		}
	}
	return out
}

// An Unset is a way for a request to reach its send without a header:
// the branches of the path that misses it, and whether the header is
// set only after the send on that path.
type Unset struct {
	Path  []paths.Branch
	After bool
}

// Unset tells whether req, sent at site, can reach the send on a path
// of the site's function on which nothing sets the header name: a
// header set only in one branch, or after the send, does not count for
// the paths that miss it. It answers ok = false when every path sets
// the header, or when the header also comes from where the path cannot
// be followed (the client's transport, a caller, code the request is
// handed to).
func (r *Result) Unset(site *Site, req Request, clients []Client, name string) (u Unset, ok bool) {
	name = textproto.CanonicalMIMEHeaderKey(name)
	send := r.callInstrs[site.Call.Lparen]
	if send == nil || req.Opaque || req.MaybeDecorated {
		return Unset{}, false
	}
	for _, c := range clients {
		for _, h := range c.Headers {
			if h.Name == name {
				return Unset{}, false
			}
		}
	}
	sets := map[ssa.Instruction]bool{}
	for _, h := range req.Headers {
		if h.Name != name {
			continue
		}
		if h.instr == nil || h.instr.Parent() != send.Parent() || h.instr == send {
			return Unset{}, false // set elsewhere, or by the sending helper itself
		}
		sets[h.instr] = true
	}
	if len(sets) == 0 {
		return Unset{}, false // never set: a plain default, not a path question
	}
	from := send.Parent().Blocks[0].Instrs[0]
	if create := r.callInstrs[req.Create]; create != nil && create.Parent() == send.Parent() {
		from = create
	}
	path, missed := paths.Missed(from, send, func(i ssa.Instruction) bool { return sets[i] }, nil)
	if !missed {
		return Unset{}, false
	}
	u.Path = paths.Relative(path, paths.Dominating(send)) // what every path to the send takes goes without saying
	for set := range sets {
		if paths.Reaches(send, set) && !paths.Reaches(set, send) {
			u.After = true
		}
	}
	return u, true
}

// Summary is what a function does that callers need to know, in terms
// of its parameters. Summaries of a package's functions are exported
// as facts for the packages that import it.
type Summary struct {
	Results      []Strs      // per result: the string or URL values it returns
	Requests     [][]Request // per result: the requests it returns
	Clients      [][]Client  // per result: the HTTP clients it returns
	ParamHeaders [][]Header  // per parameter, receiver first: headers set on the request passed there
	// ParamOpaque, per parameter: the request passed there is handed
	// to code atlvet cannot see (a function value, an interface
	// method, a transport it cannot resolve), which may set headers.
	ParamOpaque []bool
	// ParamSends, per parameter: when the request passed there is sent
	// (here or by a helper), the clients it is sent through; nil when
	// it is not sent. See RequestSites.
	ParamSends [][]Client
	// LibClients are, per result, the client-library clients it
	// returns.
	LibClients [][]LibClient
	// ClientSends are the requests sent, here or by the package's
	// other code, through the HTTP client passed to one of its
	// parameters: judged where importers call it.
	ClientSends []ClientSend
	// ParamURLs, per parameter (receiver first): the complete URLs a
	// url.Values passed there becomes inside the function and the
	// helpers it calls (sent, parsed, made into a request), in terms
	// of its parameters, so that importers judge a query they fill by
	// where (*jira.Client).Get puts it. What it returns is in Results.
	ParamURLs []Strs
	// ParamAgents are the parameters that become the User-Agent of a
	// library client it makes: judged at its callers' arguments.
	ParamAgents []ParamAgent
	// HelperSends are the requests it sends whose URL its callers
	// give; ResultFields what it stores in the string fields of the
	// structs it makes and returns (see HelperCalls).
	HelperSends  []HelperSend
	ResultFields []ResultField
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

func (s *Summary) String() string { return "flow summary" }

func (s *Summary) empty() bool {
	for _, r := range s.Results {
		for _, v := range r {
			if !v.IsUnknown() || slices.ContainsFunc(v.Parts, func(p Part) bool { return p.Resolve != nil }) {
				return false // a deferred resolution keeps its base
			}
		}
	}
	for _, r := range s.Requests {
		if len(r) > 0 {
			return false
		}
	}
	for _, c := range s.Clients {
		if len(c) > 0 {
			return false
		}
	}
	for _, h := range s.ParamHeaders {
		if len(h) > 0 {
			return false
		}
	}
	for _, cs := range s.ParamSends {
		if cs != nil {
			return false
		}
	}
	for _, cs := range s.LibClients {
		if len(cs) > 0 {
			return false
		}
	}
	for _, urls := range s.ParamURLs {
		if len(urls) > 0 {
			return false
		}
	}
	return !slices.Contains(s.ParamOpaque, true) && len(s.ClientSends) == 0 && len(s.ParamAgents) == 0 && len(s.HelperSends) == 0 && len(s.ResultFields) == 0
}

// summary returns what fn does, computing it for functions of this
// package and importing it for others.
func (r *Result) summary(fn *ssa.Function) *Summary {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if s, ok := r.summaries[fn]; ok {
		return s
	}
	s := &Summary{}
	r.summaries[fn] = s // a recursive call sees an empty summary
	if fn.Pkg != r.pkg || fn.Blocks == nil {
		if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != r.pass.Pkg && !atlassian.IsClientLibraryPackage(obj.Pkg().Path()) {
			imported := new(Summary)
			if r.pass.ImportObjectFact(obj, imported) {
				*s = *imported
			}
		}
		return s
	}
	sig := fn.Signature
	n := sig.Results().Len()
	s.Results = make([]Strs, n)
	s.Requests = make([][]Request, n)
	s.Clients = make([][]Client, n)
	s.LibClients = make([][]LibClient, n)
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, v := range ret.Results {
			t := sig.Results().At(i).Type()
			switch {
			case isStringish(t):
				s.Results[i] = append(s.Results[i], r.eval(v)...)
			case isURLType(t):
				s.Results[i] = append(s.Results[i], r.urlStrings(v)...)
			case funcs.IsNamed(t, "net/http", "Request"):
				s.Requests[i] = append(s.Requests[i], r.requestOrigins(v)...)
			case funcs.IsNamed(t, "net/http", "Client"):
				s.Clients[i] = append(s.Clients[i], r.clientOrigins(v)...)
			case r.isLibClientType(t):
				s.LibClients[i] = append(s.LibClients[i], r.libResultClients(v)...)
			}
		}
	}
	for i := range s.Results {
		s.Results[i] = s.Results[i].bounded()
	}
	s.ParamHeaders = make([][]Header, len(fn.Params))
	s.ParamOpaque = make([]bool, len(fn.Params))
	roundTrip := fn.Name() == "RoundTrip" && sig.Recv() != nil
	for i, p := range fn.Params {
		switch {
		case funcs.IsNamed(p.Type(), "net/http", "Request") && isPointer(p.Type()):
			req := r.decorate(Request{}, p, roundTrip)
			s.ParamHeaders[i] = req.Headers
			for k := range req.Headers {
				paramCondition(fn, &req.Headers[k])
			}
			s.ParamOpaque[i] = req.MaybeDecorated
			if s.ParamSends == nil {
				s.ParamSends = make([][]Client, len(fn.Params))
			}
			s.ParamSends[i] = r.paramSends(fn, i)
		case funcs.IsNamed(p.Type(), "net/http", "Header") && !isPointer(p.Type()):
			s.ParamHeaders[i], s.ParamOpaque[i] = r.mapHeaders(p, map[ssa.Value]bool{})
		}
	}
	return s
}

func (r *Result) exportFacts() {
	var uses *URLUses // built for the first function that takes a url.Values
	for _, fn := range r.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil {
			continue
		}
		s := r.summary(fn)
		if sends := r.clientSends()[fn]; len(sends) > 0 {
			s.ClientSends = sends
		}
		if obj.Exported() && slices.ContainsFunc(fn.Params, func(p *ssa.Parameter) bool { return isValuesType(p.Type()) }) {
			if uses == nil {
				uses = r.URLUses()
			}
			s.ParamURLs = uses.paramQueryURLs(fn)
		}
		s.ParamAgents = r.paramAgents()[fn]
		if r.importersCall(fn) {
			s.HelperSends = r.helperSends()[fn]
			s.ResultFields = r.resultFields(fn)
		}
		if s.empty() {
			continue
		}
		r.pass.ExportObjectFact(obj, s.portable())
	}
}

// portable drops what is meaningful only inside this package.
func (s *Summary) portable() *Summary {
	out := &Summary{Results: s.Results, ParamHeaders: make([][]Header, len(s.ParamHeaders)), ParamOpaque: s.ParamOpaque, ParamURLs: s.ParamURLs, ParamAgents: s.ParamAgents, HelperSends: s.HelperSends, ResultFields: s.ResultFields}
	strip := func(hs []Header) []Header {
		out := slices.Clone(hs)
		for i := range out {
			out[i].Site = token.NoPos
			out[i].ValueExprs = nil
		}
		return out
	}
	for _, cs := range s.ClientSends {
		reqs := make([]Request, len(cs.Requests))
		for i, req := range cs.Requests {
			req.Headers = strip(req.Headers)
			req.Create = token.NoPos
			reqs[i] = req
		}
		cs.Requests = reqs
		out.ClientSends = append(out.ClientSends, cs)
	}
	for i, hs := range s.ParamHeaders {
		out.ParamHeaders[i] = strip(hs)
	}
	for _, cs := range s.ParamSends {
		var cl []Client
		for _, c := range cs {
			c.Headers = strip(c.Headers)
			c.Site = token.NoPos
			cl = append(cl, c)
		}
		out.ParamSends = append(out.ParamSends, cl)
	}
	for _, reqs := range s.Requests {
		var rs []Request
		for _, req := range reqs {
			req.Headers = strip(req.Headers)
			req.Create = token.NoPos
			rs = append(rs, req)
		}
		out.Requests = append(out.Requests, rs)
	}
	for _, cs := range s.Clients {
		var cl []Client
		for _, c := range cs {
			c.Headers = strip(c.Headers)
			c.Site = token.NoPos
			cl = append(cl, c)
		}
		out.Clients = append(out.Clients, cl)
	}
	for _, cs := range s.LibClients {
		var cl []LibClient
		for _, c := range cs {
			c.Headers = strip(c.Headers)
			for i := range c.HTTP {
				c.HTTP[i].Headers = strip(c.HTTP[i].Headers)
				c.HTTP[i].Site = token.NoPos
			}
			c.Create, c.BearerSite, c.Sends, c.Query = token.NoPos, token.NoPos, nil, nil
			cl = append(cl, c)
		}
		out.LibClients = append(out.LibClients, cl)
	}
	return out
}

// requestOrigins returns the ways v, a *http.Request, can have been
// made, each with the headers set on it in v's function.
func (r *Result) requestOrigins(v ssa.Value) []Request {
	if r.evaluating[v] {
		return nil
	}
	r.evaluating[v] = true
	defer delete(r.evaluating, v)

	var out []Request
	switch v := v.(type) {
	case *ssa.Const:
		return nil // a nil request, as returned with an error, is never sent
	case *ssa.Phi:
		for _, e := range v.Edges {
			out = append(out, r.requestOrigins(e)...)
		}
		return out
	case *ssa.Extract:
		call, ok := v.Tuple.(*ssa.Call)
		if !ok {
			break
		}
		c := call.Common()
		obj := calleeObj(c)
		switch {
		case funcs.IsFunc(obj, "net/http", "NewRequest") && v.Index == 0:
			out = []Request{{URLs: r.eval(c.Args[1]), Create: call.Pos()}}
		case funcs.IsFunc(obj, "net/http", "NewRequestWithContext") && v.Index == 0:
			out = []Request{{URLs: r.eval(c.Args[2]), Create: call.Pos()}}
		default:
			if reqs, ok := r.libRequestOrigins(call, v.Index); ok {
				out = reqs
			} else {
				out = r.calleeRequests(call, v.Index)
			}
		}
	case *ssa.Call:
		c := v.Common()
		obj := calleeObj(c)
		if funcs.IsMethod(obj, "net/http", "Request", "Clone", "WithContext") {
			out = r.requestOrigins(c.Args[0])
		} else if reqs, ok := r.libRequestOrigins(v, 0); ok {
			out = reqs
		} else {
			out = r.calleeRequests(v, 0)
		}
	case *ssa.Parameter:
		out = []Request{{Opaque: true, Param: slices.Index(v.Parent().Params, v) + 1}}
	case *ssa.FreeVar:
		// A request captured by value by a closure: what the enclosing
		// function bound to it.
		for _, b := range closureBindings(v) {
			out = append(out, r.requestOrigins(b)...)
		}
	case *ssa.UnOp:
		// A request variable captured by a closure lives in memory.
		if v.Op != token.MUL {
			break
		}
		for _, alloc := range variableAllocs(v.X) {
			var reqs []Request
			for _, ref := range *alloc.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
					reqs = append(reqs, r.requestOrigins(st.Val)...)
				}
			}
			for i := range reqs {
				reqs[i] = r.decorate(reqs[i], alloc, false)
			}
			out = append(out, reqs...)
		}
	case *ssa.Alloc:
		var urls Strs
		if st, ok := structOf(v.Type()); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i).Name() == "URL" {
					for _, ref := range *v.Referrers() {
						if fa, ok := ref.(*ssa.FieldAddr); ok && fa.Field == i {
							for _, ref2 := range *fa.Referrers() {
								if store, ok := ref2.(*ssa.Store); ok {
									urls = append(urls, r.urlStrings(store.Val)...)
								}
							}
						}
					}
				}
			}
		}
		out = []Request{{URLs: urls}}
	}
	if len(out) == 0 {
		out = []Request{{Opaque: true}}
	}
	for i := range out {
		out[i] = r.decorate(out[i], v, false)
	}
	return out
}

// closureBindings returns the values the enclosing function binds to
// v, a free variable of a closure, where it makes the closure.
func closureBindings(v *ssa.FreeVar) []ssa.Value {
	fn := v.Parent()
	i := slices.Index(fn.FreeVars, v)
	if i < 0 || fn.Parent() == nil {
		return nil
	}
	var out []ssa.Value
	for _, b := range fn.Parent().Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn && i < len(mc.Bindings) {
				out = append(out, mc.Bindings[i])
			}
		}
	}
	return out
}

// variableAllocs returns the local variables addr may be the address
// of: addr itself, or what a closure's free variable is bound to.
func variableAllocs(addr ssa.Value) []*ssa.Alloc {
	switch addr := addr.(type) {
	case *ssa.Alloc:
		return []*ssa.Alloc{addr}
	case *ssa.FreeVar:
		var out []*ssa.Alloc
		for _, b := range closureBindings(addr) {
			out = append(out, variableAllocs(b)...)
		}
		return out
	}
	return nil
}

func (r *Result) calleeRequests(call *ssa.Call, index int) []Request {
	fn := call.Common().StaticCallee()
	if fn == nil {
		return []Request{{Opaque: true}}
	}
	s := r.summary(fn)
	if index >= len(s.Requests) || len(s.Requests[index]) == 0 {
		return []Request{{Opaque: true}}
	}
	args := r.argValues(call.Common())
	var out []Request
	for _, req := range s.Requests[index] {
		req.URLs = substAll(req.URLs, args)
		req.Headers = substHeaders(req.Headers, args)
		if fn.Pkg != r.pkg {
			req.Create = token.NoPos
		}
		out = append(out, req)
	}
	return out
}

func substAll(ss Strs, args []Strs) Strs {
	var out Strs
	for _, s := range ss {
		out = append(out, s.subst(args)...)
	}
	return out.bounded()
}

// paramCondition ties h, set on a request parameter of fn, to a bool
// parameter of fn when the code setting it runs only on one branch of
// that parameter: if jsonBody { req.Header.Set(...) }.
func paramCondition(fn *ssa.Function, h *Header) {
	if h.instr == nil || h.instr.Parent() != fn {
		return
	}
	for _, b := range paths.Dominating(h.instr) {
		cond, taken := b.Cond, b.Taken
		if not, ok := cond.(*ssa.UnOp); ok && not.Op == token.NOT {
			cond, taken = not.X, !taken
		}
		p, ok := cond.(*ssa.Parameter)
		if !ok || p.Parent() != fn {
			continue
		}
		if i := slices.Index(fn.Params, p); i >= 0 {
			h.WhenParam, h.WhenTrue = i+1, taken
			return
		}
	}
}

// setFor reports whether the header h of a helper's summary is set by
// the call c: not when c passes a constant that fails h's condition.
// A header kept is unconditional for c's function.
func setFor(c *ssa.CallCommon, h *Header) bool {
	i, want := h.WhenParam-1, h.WhenTrue
	h.WhenParam, h.WhenTrue = 0, false
	if i < 0 || i >= len(c.Args) {
		return true
	}
	k, ok := c.Args[i].(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.Bool {
		return true
	}
	return constant.BoolVal(k.Value) == want
}

func substHeaders(hs []Header, args []Strs) []Header {
	out := slices.Clone(hs)
	for i := range out {
		out[i].Value = substAll(out[i].Value, args)
	}
	return out
}

// decorate adds to req the headers set on v, and on every value v
// flows to, within v's function. With clones, headers set on copies
// made by Clone or WithContext count too (a RoundTrip that decorates
// a copy before forwarding it).
func (r *Result) decorate(in Request, v ssa.Value, clones bool) (req Request) {
	req = in
	defer func() { req.Headers = uniqueHeaders(req.Headers) }()
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{v}
	for len(work) > 0 {
		a := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[a] || a.Referrers() == nil {
			continue
		}
		seen[a] = true
		for _, ref := range *a.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Phi:
				work = append(work, ref)
			case *ssa.ChangeType:
				work = append(work, ref)
			case *ssa.UnOp:
				if ref.Op == token.MUL && ref.X == a {
					work = append(work, ref) // a is the address of a request variable
				}
			case *ssa.MakeClosure:
				// A closure that captures the request (or its variable)
				// may decorate it.
				if i := slices.Index(ref.Bindings, a); i >= 0 {
					if fn, ok := ref.Fn.(*ssa.Function); ok && i < len(fn.FreeVars) {
						work = append(work, fn.FreeVars[i])
					}
				}
			case *ssa.Store:
				if alloc, ok := ref.Addr.(*ssa.Alloc); ok && ref.Val == a {
					for _, load := range *alloc.Referrers() {
						if u, ok := load.(*ssa.UnOp); ok && u.Op == token.MUL {
							work = append(work, u)
						}
					}
				}
			case *ssa.FieldAddr:
				st, ok := structOf(ref.X.Type())
				if !ok {
					continue
				}
				switch f := st.Field(ref.Field); {
				case f.Name() == "Header":
					hs, opaque := r.headerOps(ref)
					req.Headers = append(req.Headers, hs...)
					req.MaybeDecorated = req.MaybeDecorated || opaque
					req.HeaderReplaced = req.HeaderReplaced || len(storesAt(ref)) > 0
				case funcs.IsNamed(f.Type(), "net/http", "Request") && isPointer(f.Type()):
					// A library request that wraps an *http.Request
					// (retryablehttp's embeds one): its header is that
					// request's.
					for _, load := range *ref.Referrers() {
						if u, ok := load.(*ssa.UnOp); ok && u.Op == token.MUL {
							work = append(work, u)
						}
					}
				}
			case ssa.CallInstruction:
				c := ref.Common()
				argIndex := slices.Index(c.Args, a)
				if argIndex < 0 {
					if c.Value == a {
						continue
					}
					continue
				}
				obj := calleeObj(c)
				switch {
				case funcs.IsMethod(obj, "net/http", "Request", "WithContext"):
					// The copy shares the Header map: what is set on
					// it is set on the original too.
					if call, ok := ref.(*ssa.Call); ok {
						work = append(work, call)
					}
				case funcs.IsMethod(obj, "net/http", "Request", "Clone"):
					if clones {
						if call, ok := ref.(*ssa.Call); ok {
							work = append(work, call)
						}
					}
				case funcs.IsMethod(obj, "net/http", "Request", "SetBasicAuth"):
					req.Headers = append(req.Headers, Header{Name: "Authorization", Value: Strs{Lit("Basic ").Concat(Unknown())}, Site: ref.Pos(), instr: ref})
				case setsBearerHeader(obj):
					req.Headers = append(req.Headers, Header{Name: "Authorization", Value: Strs{Lit("Bearer ").Concat(Unknown())}, Site: ref.Pos(), instr: ref})
				case isSend(obj) || c.IsInvoke() && isDoer(obj):
					if clones && funcs.IsMethod(obj, "net/http", "RoundTripper", "RoundTrip") && c.IsInvoke() {
						// A RoundTrip that forwards to the transport it
						// wraps: that transport's headers are added too.
						next := r.transportClient(c.Value)
						req.Headers = append(req.Headers, next.Headers...)
						req.MaybeDecorated = req.MaybeDecorated || next.Opaque
					}
				case c.IsInvoke() || c.StaticCallee() == nil:
					req.MaybeDecorated = true
				default:
					s := r.summary(c.StaticCallee())
					if argIndex < len(s.ParamOpaque) && s.ParamOpaque[argIndex] {
						req.MaybeDecorated = true
					}
					if argIndex < len(s.ParamHeaders) && len(s.ParamHeaders[argIndex]) > 0 {
						args := r.argValues(c)
						for i, h := range substHeaders(s.ParamHeaders[argIndex], args) {
							if !setFor(c, &h) {
								continue
							}
							if h.Site == token.NoPos || c.StaticCallee().Pkg != r.pkg {
								h.Site = ref.Pos()
							}
							h.instr = ref
							if e := r.argExpr(ref, s.ParamHeaders[argIndex][i].Value); e != nil {
								h.ValueExprs = []ast.Expr{e}
							}
							req.Headers = append(req.Headers, h)
						}
					}
				}
			}
		}
	}
	return req
}

// uniqueHeaders drops repeats of a header set at the same place: a
// request reached both as a value and through the variable holding it
// is decorated once per way.
func uniqueHeaders(hs []Header) []Header {
	type key struct {
		name, value string
		site        token.Pos
	}
	seen := map[key]bool{}
	out := hs[:0:0]
	for _, h := range hs {
		k := key{h.Name, render(h.Value), h.Site}
		if h.Site.IsValid() && seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, h)
	}
	return out
}

func render(ss Strs) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.render(hole))
		b.WriteByte(0xff)
	}
	return b.String()
}

func isSend(obj *types.Func) bool {
	return funcs.IsMethod(obj, "net/http", "Client", "Do", "Get", "Head", "Post", "PostForm") ||
		funcs.IsMethod(obj, "net/http", "RoundTripper", "RoundTrip") ||
		funcs.IsMethod(obj, "net/http", "Transport", "RoundTrip")
}

// headerOps returns the headers set through the Header field at addr:
// req.Header.Set(k, v), req.Header[k] = v, req.Header = http.Header{...},
// helper(req.Header). opaque reports that the map may also get headers
// atlvet cannot read: a name that is not a constant, a helper it cannot
// see into, a map made by a call.
func (r *Result) headerOps(addr *ssa.FieldAddr) (out []Header, opaque bool) {
	seen := map[ssa.Value]bool{}
	for _, ref := range *addr.Referrers() {
		switch ref := ref.(type) {
		case *ssa.UnOp:
			hs, op := r.mapHeaders(ref, seen)
			out, opaque = append(out, hs...), opaque || op
		case *ssa.Store:
			if ref.Addr == addr {
				hs, op := r.mapHeaders(ref.Val, seen)
				out, opaque = append(out, hs...), opaque || op
				if !isNewMap(ref.Val) {
					// A map made elsewhere: what the module puts into
					// the maps it can be.
					hs, complete := r.storedHeaders(ref)
					out, opaque = append(out, hs...), opaque || !complete
				}
			}
		}
	}
	return out, opaque
}

// isNewMap reports whether v is a map made on the spot (make, a
// literal, nil), whose every entry the referrers of v show.
func isNewMap(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.MakeMap:
		return true
	case *ssa.Const:
		return v.Value == nil
	case *ssa.ChangeType:
		return isNewMap(v.X)
	}
	return false
}

// mapHeaders returns the headers set on h, an http.Header map, and
// whether headers atlvet cannot read may be set on it too.
func (r *Result) mapHeaders(h ssa.Value, seen map[ssa.Value]bool) (out []Header, opaque bool) {
	if seen[h] || h.Referrers() == nil {
		return nil, false
	}
	seen[h] = true
	add := func(hs []Header, op bool) {
		out, opaque = append(out, hs...), opaque || op
	}
	for _, ref := range *h.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Phi:
			add(r.mapHeaders(ref, seen))
		case *ssa.ChangeType:
			add(r.mapHeaders(ref, seen))
		case *ssa.MapUpdate:
			if ref.Map != h {
				continue
			}
			var val Strs
			var elem ssa.Value
			if elems := r.variadic(ref.Value); len(elems) > 0 {
				elem = elems[0]
				val = r.eval(elem)
			} else {
				val = Strs{Unknown()}
			}
			name, ok := r.eval(ref.Key).Const()
			if !ok {
				// h[k] = []string{v}, k a key of a map ranged over.
				if elem == nil {
					elem = ref.Value // h[k] = vs
				}
				hs, known := r.rangedHeaders(ref.Key, elem, ref)
				out, opaque = append(out, hs...), opaque || !known
				continue
			}
			canonical := textproto.CanonicalMIMEHeaderKey(name)
			out = append(out, Header{Name: canonical, Value: val, Site: ref.Pos(), NonCanonical: canonical != name, instr: ref})
		case *ssa.Call:
			c := ref.Common()
			obj := calleeObj(c)
			argIndex := slices.Index(c.Args, h)
			switch {
			case funcs.IsMethod(obj, "net/http", "Header", "Set", "Add") && len(c.Args) == 3 && c.Args[0] == h:
				name, ok := r.eval(c.Args[1]).Const()
				if !ok {
					// Set(k, v), k a key of a map ranged over.
					hs, known := r.rangedHeaders(c.Args[1], c.Args[2], ref)
					out, opaque = append(out, hs...), opaque || !known
					continue
				}
				out = append(out, Header{Name: textproto.CanonicalMIMEHeaderKey(name), Value: r.eval(c.Args[2]), Site: ref.Pos(), instr: ref})
			case obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "net/http" && argIndex == 0:
				// Get, Values, Clone, Write...: reading the map.
			case argIndex < 0:
				// h is the function called, not an argument.
			case c.IsInvoke() || c.StaticCallee() == nil:
				opaque = true
			default:
				s := r.summary(c.StaticCallee())
				if argIndex < len(s.ParamOpaque) && s.ParamOpaque[argIndex] {
					opaque = true
				}
				if argIndex < len(s.ParamHeaders) {
					args := r.argValues(c)
					for i, hdr := range substHeaders(s.ParamHeaders[argIndex], args) {
						if !setFor(c, &hdr) {
							continue
						}
						if hdr.Site == token.NoPos || c.StaticCallee().Pkg != r.pkg {
							hdr.Site = ref.Pos()
						}
						hdr.instr = ref
						if e := r.argExpr(ref, s.ParamHeaders[argIndex][i].Value); e != nil {
							hdr.ValueExprs = []ast.Expr{e}
						}
						out = append(out, hdr)
					}
				}
			}
		}
	}
	return out, opaque
}

// clientOrigins returns what the *http.Client v can be.
func (r *Result) clientOrigins(v ssa.Value) []Client {
	if r.evaluating[v] {
		return nil
	}
	r.evaluating[v] = true
	defer delete(r.evaluating, v)
	switch v := v.(type) {
	case *ssa.Phi:
		var out []Client
		for _, e := range v.Edges {
			out = append(out, r.clientOrigins(e)...)
		}
		return out
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch addr := v.X.(type) {
		case *ssa.Global:
			if addr.Pkg.Pkg.Path() == "net/http" && addr.Name() == "DefaultClient" {
				return []Client{r.defaultClient()}
			}
			if addr.Pkg == r.pkg {
				return r.storedClients(r.globalStore[addr])
			}
		case *ssa.FieldAddr:
			return r.storedClients(r.storesTo(addr.X.Type(), addr.Field))
		}
	case *ssa.Alloc, *ssa.FieldAddr, *ssa.Global:
		// A client struct itself (&http.Client{...}, or a value field).
		return []Client{r.transportOf(v)}
	case *ssa.Parameter:
		if cs, ok := r.paramClients(v); ok {
			return cs
		}
	case *ssa.Call:
		if cs, ok := r.libClientOrigins(v); ok {
			return cs
		}
		c := v.Common()
		obj := calleeObj(c)
		if m, ok := oauthClientMaker(obj); ok {
			// oauth2's transport over the context's base client.
			args := CallArgs(c)
			if m.Recv != "" {
				args = args[1:]
			}
			if m.ContextArg < len(args) {
				return []Client{{Bearer: true, Opaque: !r.plainContext(args[m.ContextArg]), Site: v.Pos()}}
			}
		}
		if fn := c.StaticCallee(); fn != nil {
			s := r.summary(fn)
			if len(s.Clients) > 0 && len(s.Clients[0]) > 0 {
				return r.substClients(s.Clients[0], r.argValues(c), fn)
			}
		}
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			if fn := call.Common().StaticCallee(); fn != nil {
				s := r.summary(fn)
				if v.Index < len(s.Clients) && len(s.Clients[v.Index]) > 0 {
					return r.substClients(s.Clients[v.Index], r.argValues(call.Common()), fn)
				}
			}
		}
	}
	return []Client{{Opaque: true}}
}

// paramClients returns the clients that the client parameter p of an
// unexported function can be: those its callers pass, when every caller
// is in this package's own (non-test) code and the function is only
// ever called, never used as a value. fetch(ctx, hc, url) called with
// &http.Client{} and http.DefaultClient sends through plain clients.
func (r *Result) paramClients(p *ssa.Parameter) ([]Client, bool) {
	fn := p.Parent()
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	i := slices.Index(p.Parent().Params, p)
	obj, _ := fn.Object().(*types.Func)
	if i < 0 || obj == nil || obj.Exported() || fn.Parent() != nil || fn.Signature.Recv() != nil || r.escapes(fn) {
		return nil, false
	}
	calls := r.callers[fn]
	if len(calls) == 0 || len(calls) > maxAlternatives {
		return nil, false
	}
	var out []Client
	for _, call := range calls {
		args := call.Common().Args
		if i >= len(args) {
			return nil, false
		}
		out = append(out, r.clientOrigins(args[i])...)
	}
	return out, true
}

// escapes reports whether fn is used other than by calling it (as a
// value, which code atlvet cannot see may call with anything).
func (r *Result) escapes(fn *ssa.Function) bool {
	r.scanOperands()
	return r.escaping[fn]
}

// scanOperands looks once at every operand of the package's code for
// what the client queries need to know: the functions used as values,
// and whether oauth2.HTTPClient is mentioned.
func (r *Result) scanOperands() {
	if r.escaping != nil {
		return
	}
	r.escaping = map[*ssa.Function]bool{}
	var ops []*ssa.Value
	for _, f := range r.funcs {
		test := r.inTestFile(f)
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				var callee ssa.Value
				if call, ok := instr.(ssa.CallInstruction); ok && !call.Common().IsInvoke() {
					callee = call.Common().Value
					if !test && funcs.IsMethod(calleeObj(call.Common()), "net/http", "Request", "WithContext", "Clone") {
						r.requestContextCalls = append(r.requestContextCalls, call.Common())
					}
				}
				for _, op := range instr.Operands(ops[:0]) {
					switch v := (*op).(type) {
					case *ssa.Function:
						if *op == callee {
							break
						}
						if v.Origin() != nil {
							v = v.Origin()
						}
						r.escaping[v] = true
					case *ssa.Global:
						// A test that puts its fake server's client into
						// a context says nothing of production code.
						if pkg, name, ok := globalKey(v); ok && atlassian.IsBaseClientKey(pkg, name) && !test {
							r.mentionsHTTPClientKey = true
						}
					}
				}
			}
		}
	}
}

func (r *Result) substClients(cs []Client, args []Strs, fn *ssa.Function) []Client {
	out := slices.Clone(cs)
	for i := range out {
		out[i].Headers = substHeaders(out[i].Headers, args)
	}
	return out
}

func (r *Result) storedClients(sites []storeSite) []Client {
	if len(sites) == 0 || len(sites) > maxAlternatives {
		return []Client{{Opaque: true}}
	}
	var out []Client
	for _, s := range sites {
		out = append(out, r.clientOrigins(s.val)...)
	}
	return out
}

// defaultClient describes http.DefaultClient: a plain client, unless
// the package replaces its transport or http.DefaultTransport (in init,
// typically), after which what it sends is not known.
func (r *Result) defaultClient() Client {
	if r.defaultTransportSet {
		return Client{Opaque: true}
	}
	return Client{}
}

// plainContext reports whether the context ctx, given to an oauth2
// client constructor, carries no *http.Client of the program's (the
// oauth2.HTTPClient key): the client is then oauth2's own around
// http.DefaultClient, which sends Go's default User-Agent. The context
// is followed back through context.With* to where it comes from; one
// whose origin is not known is plain when neither this package nor a
// package of the module it imports puts a client into a context.
// Tests, which put their fake servers' there, do not count.
func (r *Result) plainContext(ctx ssa.Value) bool {
	switch r.contextBase(ctx, map[*ssa.Phi]bool{}) {
	case basePlain:
		return true
	case baseClient:
		return false
	}
	r.scanOperands()
	if r.mentionsHTTPClientKey {
		return false
	}
	for _, imp := range r.pass.Pkg.Imports() {
		if r.pass.ImportPackageFact(imp, new(contextClient)) {
			return false
		}
	}
	return true
}

// A contextBase says what a context knows of oauth2's base client.
type contextBase int

const (
	baseUnknown contextBase = iota
	basePlain               // no client of the program's
	baseClient              // one put in with oauth2.HTTPClient
)

// contextBase follows ctx back through the context package's
// derivations to a root it can judge: context.Background or TODO, a
// context.WithValue under oauth2.HTTPClient, or the context of the
// request an HTTP handler serves, which holds a client only if this
// package or one it imports puts one into a request's context.
func (r *Result) contextBase(ctx ssa.Value, seen map[*ssa.Phi]bool) contextBase {
	switch v := ctx.(type) {
	case *ssa.Phi:
		if seen[v] {
			return basePlain // a loop adds nothing its entry edges do not
		}
		seen[v] = true
		out := basePlain
		for _, e := range v.Edges {
			switch r.contextBase(e, seen) {
			case baseClient:
				return baseClient
			case baseUnknown:
				out = baseUnknown
			}
		}
		return out
	case *ssa.Extract:
		// ctx, cancel := context.WithTimeout(parent, d)
		if call, ok := v.Tuple.(*ssa.Call); ok && v.Index == 0 && isDerivedContext(calleeObj(call.Common())) {
			return r.contextBase(call.Common().Args[0], seen)
		}
	case *ssa.Call:
		c := v.Common()
		obj := calleeObj(c)
		switch {
		case funcs.IsFunc(obj, "context", "Background", "TODO"):
			return basePlain
		case funcs.IsFunc(obj, "context", "WithValue"):
			if isHTTPClientKey(c.Args[1]) {
				return baseClient
			}
			return r.contextBase(c.Args[0], seen)
		case funcs.IsFunc(obj, "context", "WithoutCancel") || isDerivedContext(obj):
			return r.contextBase(c.Args[0], seen)
		case funcs.IsMethod(obj, "net/http", "Request", "Context"):
			if servedRequest(c.Args[0]) && !r.requestContextClient() {
				return basePlain
			}
		}
	}
	return baseUnknown
}

// isDerivedContext reports whether fn is one of the context package's
// functions that return a child of their first argument and a cancel
// function.
func isDerivedContext(fn *types.Func) bool {
	return funcs.IsFunc(fn, "context", "WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause", "WithDeadline", "WithDeadlineCause")
}

func isHTTPClientKey(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	pkg, name, ok := globalKey(v)
	return ok && atlassian.IsBaseClientKey(pkg, name)
}

// servedRequest reports whether req is the request an HTTP handler
// serves: a *http.Request parameter beside an http.ResponseWriter one.
// Its context is the server's, not one the program built for a client.
func servedRequest(req ssa.Value) bool {
	p, ok := req.(*ssa.Parameter)
	if !ok {
		return false
	}
	return slices.ContainsFunc(p.Parent().Params, func(q *ssa.Parameter) bool {
		return funcs.IsNamed(q.Type(), "net/http", "ResponseWriter")
	})
}

// requestContextClient reports whether this package, or a package of
// the module it imports, may put an oauth2 base client into the
// context of a request it serves (middleware calling r.WithContext).
func (r *Result) requestContextClient() bool {
	if r.putsClientIntoRequests() {
		return true
	}
	for _, imp := range r.pass.Pkg.Imports() {
		var f contextClient
		if r.pass.ImportPackageFact(imp, &f) && f.Requests {
			return true
		}
	}
	return false
}

// putsClientIntoRequests reports whether a call of this package's to
// (*http.Request).WithContext or Clone may give a request a context
// holding an oauth2 base client: one put in with oauth2.HTTPClient, or
// one of unknown origin in a package that mentions that key. A
// transport's req.Clone(req.Context()) keeps the context it had.
func (r *Result) putsClientIntoRequests() bool {
	r.scanOperands()
	switch r.requestsGetClient {
	case judging:
		return false // what the served requests hold is being decided
	case judged:
		return r.requestsClient
	}
	r.requestsGetClient = judging
	puts := false
	for _, c := range r.requestContextCalls {
		ctx := c.Args[1]
		if call, ok := ctx.(*ssa.Call); ok && funcs.IsMethod(calleeObj(call.Common()), "net/http", "Request", "Context") && call.Common().Args[0] == c.Args[0] {
			continue
		}
		switch r.contextBase(ctx, map[*ssa.Phi]bool{}) {
		case baseClient:
			puts = true
		case baseUnknown:
			puts = puts || r.mentionsHTTPClientKey
		}
	}
	r.requestsGetClient, r.requestsClient = judged, puts
	return puts
}

// contextClient marks a package that puts an *http.Client into
// contexts for oauth2 (context.WithValue(ctx, oauth2.HTTPClient, c));
// Requests, one that may put such a context into a request it serves.
type contextClient struct{ Requests bool }

func (*contextClient) AFact() {}
func (f *contextClient) String() string {
	if f.Requests {
		return "puts an HTTP client into contexts for oauth2, and contexts into requests"
	}
	return "puts an HTTP client into contexts for oauth2"
}

// transportOf describes the client struct at addr by the transport
// stored in it.
func (r *Result) transportOf(addr ssa.Value) Client {
	st, ok := structOf(addr.Type())
	if !ok {
		return Client{Opaque: true}
	}
	field := -1
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == "Transport" {
			field = i
		}
	}
	var sites []storeSite
	if alloc, ok := addr.(*ssa.Alloc); ok {
		for _, ref := range *alloc.Referrers() {
			if fa, ok := ref.(*ssa.FieldAddr); ok && fa.Field == field {
				for _, ref2 := range *fa.Referrers() {
					if store, ok := ref2.(*ssa.Store); ok && store.Addr == fa {
						sites = append(sites, storeSite{store.Val, alloc.Parent(), store.Pos()})
					}
				}
			}
		}
	} else {
		// A client held by value in a field or variable: any transport
		// the package stores into a client counts.
		sites = r.storesTo(addr.Type(), field)
	}
	if len(sites) == 0 {
		return r.defaultClient() // the zero Client uses http.DefaultTransport
	}
	var merged Client
	for _, s := range sites {
		merged = mergeClients(merged, r.transportClient(s.val))
	}
	return merged
}

// transportClient describes a RoundTripper value by what its
// RoundTrip method sets on every request.
func (r *Result) transportClient(v ssa.Value) Client {
	if r.evaluating[v] {
		return Client{Opaque: true} // a transport that wraps itself
	}
	r.evaluating[v] = true
	defer delete(r.evaluating, v)
	switch v := v.(type) {
	case *ssa.Const:
		switch v.Type().Underlying().(type) {
		case *types.Interface, *types.Pointer:
			return r.defaultClient() // nil: http.DefaultTransport
		}
		// The zero value of a RoundTripper struct type (transport{}).
	case *ssa.MakeInterface:
		return r.transportClient(v.X)
	case *ssa.ChangeType:
		return r.transportClient(v.X)
	case *ssa.Phi:
		var merged Client
		for _, e := range v.Edges {
			merged = mergeClients(merged, r.transportClient(e))
		}
		return merged
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch addr := v.X.(type) {
		case *ssa.Global:
			if addr.Pkg.Pkg.Path() == "net/http" && addr.Name() == "DefaultTransport" {
				return r.defaultClient()
			}
			if _, ok := v.Type().Underlying().(*types.Interface); ok && addr.Pkg == r.pkg {
				return r.storedTransports(r.globalStore[addr])
			}
		case *ssa.FieldAddr:
			// A transport held in a field (t.next of a wrapping
			// RoundTripper): every transport the package stores there.
			if _, ok := v.Type().Underlying().(*types.Interface); ok {
				return r.storedTransports(r.storesTo(addr.X.Type(), addr.Field))
			}
		}
	case *ssa.Field:
		if _, ok := v.Type().Underlying().(*types.Interface); ok {
			if key, ok := fieldKeyOf(types.NewPointer(v.X.Type()), v.Field); ok {
				return r.storedTransports(r.stores[key])
			}
		}
	}
	if c, ok := r.libRoundTripper(v); ok {
		return c
	}
	t := v.Type()
	switch {
	case funcs.IsNamed(t, "net/http", "Transport"):
		return Client{}
	case isBearerTransport(t):
		// Bearer tokens, and whatever its base adds.
		c := Client{Bearer: true, Site: v.Pos()}
		pkg, name, _ := funcs.NamedType(t)
		field, _ := atlassian.BearerTransportBase(pkg, name)
		if base, ok := r.structFieldClient(v, field); ok {
			c.Headers, c.Opaque = base.Headers, base.Opaque
		}
		return c
	}
	_, _, c, ok := r.requestMethod(t, "RoundTrip")
	if !ok {
		return Client{Opaque: true}
	}
	return r.instanceTransport(v, c)
}

// requestMethod returns the function of t's method name (Do,
// RoundTrip), its summary, and the client that summary describes: the
// headers it sets on its request parameter and whether code atlvet
// cannot see may change it. ok is false when t has no such method, or
// only a promoted one of an embedded field, whose target is not known
// here. (Methods of imported packages are "from type information";
// their summaries come from facts.)
func (r *Result) requestMethod(t types.Type, name string) (fn *ssa.Function, s *Summary, c Client, ok bool) {
	sel := types.NewMethodSet(t).Lookup(nil, name)
	if sel == nil {
		return nil, nil, Client{}, false
	}
	fn = r.pkg.Prog.MethodValue(sel)
	if fn == nil || fn.Synthetic != "" && fn.Synthetic != "from type information" {
		return nil, nil, Client{}, false
	}
	s = r.summary(fn)
	if len(s.ParamHeaders) > 1 {
		c.Headers = s.ParamHeaders[1]
	}
	if len(s.ParamOpaque) > 1 {
		c.Opaque = s.ParamOpaque[1]
	}
	return fn, s, c, true
}

// instanceTransport narrows c, what a wrapping RoundTripper sets on
// every request whatever it wraps, to the instance v: a struct built in
// this package whose RoundTripper fields (the transports it forwards
// to) are known. RoundTrip's summary counts every transport the package
// stores into such a field anywhere; this instance forwards to its own.
// A UA wrapper around a bearer transport in one client does not make
// the same wrapper around http.DefaultTransport in another send tokens.
func (r *Result) instanceTransport(v ssa.Value, c Client) Client {
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		if load, isLoad := v.(*ssa.UnOp); isLoad && load.Op == token.MUL {
			alloc, ok = load.X.(*ssa.Alloc) // a struct value: Retry{Next: ...}
		}
	}
	if !ok || c.Opaque {
		return c
	}
	st, ok := structOf(alloc.Type())
	if !ok {
		return c
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !funcs.IsNamed(f.Type(), "net/http", "RoundTripper") {
			continue
		}
		all := r.storedTransports(r.storesTo(alloc.Type(), i))
		mine, ok := r.structFieldClient(alloc, f.Name())
		if !ok || mine.Opaque || all.Opaque {
			continue
		}
		// Drop what only other instances' transports set.
		c.Headers = slices.DeleteFunc(slices.Clone(c.Headers), func(h Header) bool {
			return slices.ContainsFunc(all.Headers, func(o Header) bool { return sameHeader(o, h) }) &&
				!slices.ContainsFunc(mine.Headers, func(o Header) bool { return sameHeader(o, h) })
		})
		if all.Bearer && !mine.Bearer {
			c.Bearer = false
		}
	}
	return c
}

// sameHeader reports whether two headers are the same setting: the
// same name, set at the same place, to the same value.
func sameHeader(a, b Header) bool {
	return a.Name == b.Name && a.Site == b.Site && slices.EqualFunc(a.Value, b.Value, func(x, y Str) bool { return x.String() == y.String() })
}

// structFieldClient describes the transport stored in the named field
// of the struct that v (a pointer to a local allocation) points to.
func (r *Result) structFieldClient(v ssa.Value, name string) (Client, bool) {
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return Client{}, false
	}
	st, ok := structOf(alloc.Type())
	if !ok {
		return Client{}, false
	}
	var sites []storeSite
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr:
			if st.Field(ref.Field).Name() != name {
				continue
			}
			for _, ref2 := range *ref.Referrers() {
				if store, ok := ref2.(*ssa.Store); ok && store.Addr == ref {
					sites = append(sites, storeSite{store.Val, alloc.Parent(), store.Pos()})
				}
			}
		case *ssa.Store:
			// tp := T{...}: the literal is built in an allocation of its
			// own and copied into the variable.
			if load, ok := ref.Val.(*ssa.UnOp); ok && ref.Addr == alloc && load.Op == token.MUL {
				if lit, ok := load.X.(*ssa.Alloc); ok && lit != alloc {
					if c, ok := r.structFieldClient(lit, name); ok {
						return c, true
					}
				}
			}
		}
	}
	if len(sites) == 0 {
		return Client{}, true // a nil Base is http.DefaultTransport
	}
	return r.storedTransports(sites), true
}

// storedTransports merges the transports stored at sites; none known
// is an opaque transport.
func (r *Result) storedTransports(sites []storeSite) Client {
	if len(sites) == 0 || len(sites) > maxAlternatives {
		return Client{Opaque: true}
	}
	var merged Client
	for _, s := range sites {
		merged = mergeClients(merged, r.transportClient(s.val))
	}
	return merged
}

func mergeClients(a, b Client) Client {
	a.Headers = append(a.Headers, b.Headers...)
	a.Bearer = a.Bearer || b.Bearer
	a.Opaque = a.Opaque || b.Opaque
	if b.Site != token.NoPos {
		a.Site = b.Site
	}
	return a
}

// Sends returns every call in the package that sends a request.
func (r *Result) Sends() []*Send {
	if !r.Relevant || r.sendsDone {
		return r.sends
	}
	r.sendsDone = true
	for _, fn := range r.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if s := r.send(fn, call); s != nil {
					r.sends = append(r.sends, s)
				}
			}
		}
	}
	return r.sends
}

func (r *Result) send(fn *ssa.Function, instr ssa.CallInstruction) *Send {
	clients, reqArg, urlArg, ok := r.sendParts(instr)
	if !ok {
		return nil
	}
	syntax := r.calls[instr.Pos()]
	if syntax == nil {
		return nil
	}
	s := &Send{Call: syntax, Fn: fn, Clients: clients}
	if reqArg != nil {
		s.Requests = r.resolveRequests(r.requestOrigins(reqArg), fn)
	} else {
		s.Requests = []Request{{URLs: r.resolveParams(r.eval(urlArg), fn)}}
	}
	return s
}

// sendParts tells whether instr sends a request, and if so through
// which clients, and the argument that is the request (Do, RoundTrip)
// or the URL (Get, Head, Post, PostForm).
func (r *Result) sendParts(instr ssa.CallInstruction) (clients []Client, reqArg, urlArg ssa.Value, ok bool) {
	c := instr.Common()
	obj := calleeObj(c)
	if obj == nil {
		return nil, nil, nil, false
	}
	if clients, reqArg, urlArg, ok := r.libSendParts(c); ok {
		return clients, reqArg, urlArg, true
	}
	args := CallArgs(c)
	need := obj.Signature().Params().Len()
	if obj.Signature().Recv() != nil {
		need++
	}
	if len(args) < need {
		return nil, nil, nil, false
	}
	switch {
	case funcs.IsMethod(obj, "net/http", "Client", "Do"):
		return r.clientOrigins(args[0]), args[1], nil, true
	case funcs.IsMethod(obj, "net/http", "Client", "Get", "Head", "Post", "PostForm"):
		return r.clientOrigins(args[0]), nil, args[1], true
	case funcs.IsFunc(obj, "net/http", "Get", "Head", "Post", "PostForm"):
		return []Client{r.defaultClient()}, nil, args[0], true
	case funcs.IsMethod(obj, "net/http", "RoundTripper", "RoundTrip"):
		return []Client{r.transportClient(args[0])}, args[1], nil, true
	case funcs.IsMethod(obj, "net/http", "Transport", "RoundTrip"):
		return []Client{{}}, args[1], nil, true
	case c.IsInvoke() && isDoer(obj):
		// An HTTPClient interface kept for mocking: what the module
		// puts into it sends.
		return r.doerClients(args[0], 0), args[1], nil, true
	}
	return nil, nil, nil, false
}

// isDoer reports whether the interface method m is
// Do(*http.Request) (*http.Response, error), the method of the
// HTTPClient interfaces SDKs hold their client behind.
func isDoer(m *types.Func) bool {
	if m == nil || m.Name() != "Do" {
		return false
	}
	sig := m.Signature()
	return sig.Params().Len() == 1 && sig.Results().Len() == 2 &&
		funcs.IsNamed(sig.Params().At(0).Type(), "net/http", "Request") && isPointer(sig.Params().At(0).Type()) &&
		funcs.IsNamed(sig.Results().At(0).Type(), "net/http", "Response")
}

// doerClients describes what an HTTPClient interface value can be:
// the *http.Client or the type of the module put into it (a type whose
// Do decorates the request and sends it through another client), by
// what the module stores into the field or variable it is read from.
// When nothing in the module says, it is a plain *http.Client.
func (r *Result) doerClients(v ssa.Value, depth int) []Client {
	if depth > 6 || r.evaluating[v] {
		return []Client{{Opaque: true}}
	}
	r.evaluating[v] = true
	defer delete(r.evaluating, v)
	switch v := v.(type) {
	case *ssa.MakeInterface:
		if funcs.IsNamed(v.X.Type(), "net/http", "Client") {
			return r.clientOrigins(v.X)
		}
		return []Client{r.doerType(v.X.Type(), v.X)}
	case *ssa.ChangeInterface:
		return r.doerClients(v.X, depth+1)
	case *ssa.Const:
		return []Client{r.defaultClient()} // nil: the SDK's default, http.DefaultClient
	case *ssa.Phi:
		var out []Client
		for _, e := range v.Edges {
			out = append(out, r.doerClients(e, depth+1)...)
		}
		return out
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		var sites []storeSite
		switch addr := v.X.(type) {
		case *ssa.FieldAddr:
			sites = r.storesTo(addr.X.Type(), addr.Field)
		case *ssa.Global:
			if addr.Pkg != r.pkg {
				break
			}
			sites = r.globalStore[addr]
		case *ssa.Alloc, *ssa.FreeVar:
			// A local variable, or one an option's closure captures:
			// func(c *Client) { c.hc = hc }.
			allocs := variableAllocs(addr)
			if len(allocs) == 0 {
				return []Client{{Opaque: true}}
			}
			for _, alloc := range allocs {
				for _, ref := range *alloc.Referrers() {
					if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
						sites = append(sites, storeSite{st.Val, alloc.Parent(), st.Pos()})
					}
				}
			}
		default:
			return []Client{{Opaque: true}}
		}
		if len(sites) == 0 {
			return []Client{r.defaultClient()}
		}
		if len(sites) > maxAlternatives {
			return []Client{{Opaque: true}}
		}
		var out []Client
		for _, s := range sites {
			out = append(out, r.doerClients(s.val, depth+1)...)
		}
		return out
	case *ssa.Field:
		if key, ok := fieldKeyOf(types.NewPointer(v.X.Type()), v.Field); ok {
			sites := r.stores[key]
			if len(sites) == 0 {
				return []Client{r.defaultClient()}
			}
			var out []Client
			for _, s := range sites {
				out = append(out, r.doerClients(s.val, depth+1)...)
			}
			return out
		}
	case *ssa.Parameter:
		// A constructor's parameter: what its callers in view pass;
		// with none in view, what the packages importing this one pass
		// when they can call it (judged there), else nothing in the
		// module says, and it is a plain *http.Client.
		fn := v.Parent()
		i := slices.Index(fn.Params, v)
		calls := r.callers[fn]
		if i < 0 || len(calls) > maxAlternatives || r.escapes(fn) {
			break
		}
		if len(calls) == 0 && r.importersCall(fn) {
			return []Client{{Deferred: true, deferFn: fn, deferParam: i}}
		}
		if len(calls) == 0 {
			return []Client{r.defaultClient()}
		}
		var out []Client
		for _, call := range calls {
			if i < len(call.Call.Args) {
				out = append(out, r.doerClients(call.Call.Args[i], depth+1)...)
			}
		}
		return out
	}
	return []Client{{Opaque: true}}
}

// doerType describes a type of the module put into an HTTPClient
// interface by its Do method: the headers it sets on the request and
// the clients it sends it through.
func (r *Result) doerType(t types.Type, obj ssa.Value) Client {
	fn, s, c, ok := r.requestMethod(t, "Do")
	if !ok {
		return Client{Opaque: true}
	}
	switch {
	case len(s.ParamSends) < 2:
		c.Opaque = true // it sends the request somewhere atlvet does not see
	case fn.Pkg != r.pkg:
		// A wrapper of another package, whose facts know only what
		// that package stores into its client field: what this
		// package stores there is what it sends through.
		if inner, ok := r.innerClients(t, obj); ok {
			for _, sent := range inner {
				c = mergeClients(c, sent)
			}
			break
		}
		fallthrough
	default:
		for _, sent := range s.ParamSends[1] {
			c = mergeClients(c, sent)
		}
	}
	return c
}

// innerClients returns what this package stores into the one field of
// the struct obj, of type t (or *t), that holds an HTTP client (an
// *http.Client, or an interface with Do), where obj is made:
// httpx.AgentDoer{Next: oauth2.NewClient(...)}. ok is false when t has
// no such single field, or obj is not a struct this package makes and
// fills.
func (r *Result) innerClients(t types.Type, obj ssa.Value) (cs []Client, ok bool) {
	if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
		t = p.Elem()
	}
	st, isStruct := t.Underlying().(*types.Struct)
	if !isStruct {
		return nil, false
	}
	field := -1
	for i := range st.NumFields() {
		ft := st.Field(i).Type()
		if funcs.IsNamed(ft, "net/http", "Client") && isPointer(ft) || isDoerInterface(ft) {
			if field >= 0 {
				return nil, false
			}
			field = i
		}
	}
	if load, isLoad := obj.(*ssa.UnOp); isLoad && load.Op == token.MUL {
		obj = load.X // a struct value: the variable it was built in
	}
	alloc, isAlloc := obj.(*ssa.Alloc)
	if field < 0 || !isAlloc {
		return nil, false
	}
	for _, ref := range *alloc.Referrers() {
		fa, isField := ref.(*ssa.FieldAddr)
		if !isField || fa.Field != field {
			continue
		}
		for _, use := range *fa.Referrers() {
			st, isStore := use.(*ssa.Store)
			if !isStore || st.Addr != fa {
				continue
			}
			if types.IsInterface(st.Val.Type()) {
				cs = append(cs, r.doerClients(st.Val, 1)...)
			} else {
				cs = append(cs, r.clientOrigins(st.Val)...)
			}
		}
	}
	return cs, len(cs) > 0
}

// isDoerInterface reports whether t is an interface whose method set
// has Do(*http.Request) (*http.Response, error).
func isDoerInterface(t types.Type) bool {
	if !types.IsInterface(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Do")
	m, ok := obj.(*types.Func)
	return ok && isDoer(m)
}

// resolveRequests replaces requests that arrived as a parameter of fn
// by those fn's callers in this package pass, with fn's decorations
// kept; and resolves the parameters left in URLs and headers.
func (r *Result) resolveRequests(reqs []Request, fn *ssa.Function) []Request {
	var out []Request
	for _, req := range reqs {
		callers := r.callers[fn]
		if req.Param == 0 || len(callers) == 0 || len(callers) > maxAlternatives {
			out = append(out, r.resolveRequest(req, fn))
			continue
		}
		for _, call := range callers {
			c := call.Common()
			if req.Param > len(c.Args) {
				continue
			}
			for _, origin := range r.requestOrigins(c.Args[req.Param-1]) {
				origin = r.resolveRequest(origin, call.Parent())
				origin.Headers = append(origin.Headers, r.resolveRequest(req, fn).Headers...)
				origin.MaybeDecorated = origin.MaybeDecorated || req.MaybeDecorated
				out = append(out, origin)
			}
		}
	}
	return out
}

func (r *Result) resolveRequest(req Request, fn *ssa.Function) Request {
	if slices.ContainsFunc(req.URLs, hasParam) {
		req.raw, req.fn = req.URLs, fn
	}
	req.URLs = r.resolveParams(req.URLs, fn)
	hs := slices.Clone(req.Headers)
	for i := range hs {
		if hasParam1(hs[i].Value) && fn != nil {
			// Each caller's argument, tests' included: it is what the
			// header is set to when that call runs, and it is reported
			// where it is written.
			for _, call := range slices.Concat(r.callers[fn], r.testCallers[fn]) {
				if e := r.argExpr(call, hs[i].Value); e != nil {
					hs[i].ValueExprs = append(hs[i].ValueExprs, e)
				}
			}
		}
		hs[i].Value = r.resolveParams(hs[i].Value, fn)
	}
	req.Headers = hs
	return req
}

// hasParam1 reports whether ss is exactly one parameter of its function.
func hasParam1(ss Strs) bool {
	return len(ss) == 1 && len(ss[0].Parts) == 1 && ss[0].Parts[0].Param > 0 && ss[0].Parts[0].Resolve == nil
}

// argExpr returns the argument expression that call passes for the
// parameter that value (in the callee's terms) consists of, when value
// is exactly one parameter and call is in this package; else nil.
func (r *Result) argExpr(call ssa.CallInstruction, value Strs) ast.Expr {
	if !hasParam1(value) {
		return nil
	}
	syntax := r.calls[call.Pos()]
	if syntax == nil {
		return nil
	}
	c := call.Common()
	if c.Signature().Variadic() {
		return nil
	}
	// SSA passes a method's receiver as its first argument; the syntax
	// has it before the dot, except in a method expression (T.m(x, a)).
	recv := len(c.Args) - len(syntax.Args)
	i := value[0].Parts[0].Param - 1 - recv
	if recv < 0 || recv > 1 || i < 0 || i >= len(syntax.Args) {
		return nil
	}
	return syntax.Args[i]
}

// HasBearer reports whether a header value is an OAuth bearer token.
func HasBearer(h Header) bool {
	if h.Name != "Authorization" {
		return false
	}
	for _, v := range h.Value {
		if strings.HasPrefix(strings.ToLower(v.Prefix()), "bearer ") {
			return true
		}
	}
	return false
}
