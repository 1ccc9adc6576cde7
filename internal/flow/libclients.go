package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/textproto"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Client libraries.
//
// A client of a client library (go-jira, go-atlassian, resty, ...) is
// followed as an object: from the call that makes it, through the
// variables, fields and builder chains that hold it, to the setters
// called on it (a User-Agent, a credential, a base URL) and the calls
// that send through it. What each library call does comes from the
// tables of internal/atlassian (LookupLibraryCall), never from the
// library's source: drivers need not analyse it.
//
// Two kinds of sends are told apart, as the rule catalogue places
// their findings differently. Requests the library builds itself from
// the client's settings (service calls, resty's R().Get) are the
// client's: a LibClientSite gathers them at the expression that makes
// the client. Requests a program builds with a library's request API
// (go-jira's NewRequest + Do, retryablehttp) are judged at the send,
// like net/http's: requestOrigins and sendParts know those calls.

// A LibClient is what a client of a client library does with every
// request it sends.
type LibClient struct {
	Library *atlassian.ClientLibrary
	// Package is the library package that made it (which says the
	// product, for go-atlassian).
	Package string
	// BaseURLs are the base URLs its requests go to; Unknown when not
	// known. In a summary they may hold parameters of the function.
	BaseURLs Strs
	// Headers are set on each of its requests: a User-Agent, an
	// Authorization.
	Headers []Header
	// HTTP describes what sends its requests: the *http.Client it was
	// given, with that client's transport. Empty is Go's default
	// client.
	HTTP []Client
	// Bearer: it sends an OAuth 2.0 bearer token.
	Bearer bool
	// Opaque: code atlvet cannot see may change its settings.
	Opaque bool
	// Escapes: it leaves the function that makes it (returned, stored
	// in a field or a global, handed to other code), so its sends are
	// not all in view.
	Escapes bool
	// InTest: it is made in a _test.go file, where a base URL on the
	// loopback interface is a fake standing in for Atlassian (an
	// httptest server), not a local Jira such as the plugin SDK's.
	InTest bool

	// What follows is known only in the package that makes it.

	// Create is the call that makes it, and Call its syntax.
	Create token.Pos
	// BearerSite is where the bearer token was given to it.
	BearerSite token.Pos
	// Sends are the requests it sends that the library builds.
	Sends []LibSend
	// Query are query parameters it adds to every request.
	Query []LibQuery

	// scheme is the Authorization scheme set for its token (resty's
	// SetAuthScheme): a bearer token is one only as "Bearer".
	scheme string
}

// A LibSend is a request a client library builds and sends.
type LibSend struct {
	Call *ast.CallExpr
	URLs Strs
	// Headers are set on this request alone (resty's R().SetHeader).
	Headers []Header
	Bearer  bool
	Opaque  bool
	Query   []LibQuery
}

// A LibQuery is a query parameter a library call adds to requests:
// resty's SetQueryParam, or an entry of SetQueryParams' map.
type LibQuery struct {
	Name  string // "" when not known
	Value Strs
	Site  token.Pos // the call that adds it
}

// A LibClientSite is an expression that makes a library client, with
// the client: a call of a library's constructor, or of a function of
// the module that returns one (whose summary left it undecided which
// host it talks to).
type LibClientSite struct {
	Call   *ast.CallExpr
	Fn     *ssa.Function
	Client LibClient
	// Wrapped is set when Call is a function of the module, not the
	// library: its own view of the client, before the arguments were
	// known.
	Wrapped *LibClient
}

// libraryState is what client-library tracking finds in a package,
// each part computed on first use.
type libraryState struct {
	libSites      []*LibClientSite
	libSitesDone  bool
	paramLibs     []*ParamLibClient
	paramLibsDone bool
	libClients    map[*ssa.Call]*LibClient       // by the call that makes each
	agentParams   map[*ssa.Function][]ParamAgent // see paramAgents
}

// UserAgents returns the User-Agent headers the client and send set,
// those of the client's HTTP transport included.
func (c *LibClient) UserAgents(s *LibSend) []Header {
	var out []Header
	for _, h := range c.Headers {
		if h.Name == "User-Agent" {
			out = append(out, h)
		}
	}
	if s != nil {
		for _, h := range s.Headers {
			if h.Name == "User-Agent" {
				out = append(out, h)
			}
		}
	}
	for _, hc := range c.HTTP {
		for _, h := range hc.Headers {
			if h.Name == "User-Agent" {
				out = append(out, h)
			}
		}
	}
	return out
}

// OpaqueTransport reports whether what the client's HTTP client adds
// to requests is not known.
func (c *LibClient) OpaqueTransport() bool {
	return slices.ContainsFunc(c.HTTP, func(hc Client) bool { return hc.Opaque })
}

// CarriesBearer reports whether requests of the client, or of send,
// carry an OAuth 2.0 bearer token: its credential, or its HTTP
// client's (an oauth2 client, a bearer transport).
func (c *LibClient) CarriesBearer(s *LibSend) bool {
	if c.Bearer || s != nil && s.Bearer {
		return true
	}
	return len(c.HTTP) > 0 && !slices.ContainsFunc(c.HTTP, func(hc Client) bool { return !clientBearer(hc) })
}

// LibCall returns what a call means by the client-library tables.
func LibCall(c *ssa.CallCommon) (atlassian.LibraryCall, bool) { return libCall(c) }

// LibArg returns the argument of kind k of a library call, or nil.
func LibArg(c *ssa.CallCommon, lc atlassian.LibraryCall, k atlassian.ArgKind) ssa.Value {
	return libArg(c, lc, k)
}

// LibArgIndex returns the index among the call's syntax arguments of
// the argument of kind k of a library call, or -1.
func LibArgIndex(lc atlassian.LibraryCall, k atlassian.ArgKind) int { return lc.Arg(k) }

// libCall returns what a call means by the client-library tables.
func libCall(c *ssa.CallCommon) (atlassian.LibraryCall, bool) {
	obj := calleeObj(c)
	if obj == nil || obj.Pkg() == nil {
		return atlassian.LibraryCall{}, false
	}
	pkg := obj.Pkg().Path()
	if !atlassian.IsClientLibraryImport(pkg) {
		return atlassian.LibraryCall{}, false
	}
	recv := ""
	sig := obj.Signature()
	if r := sig.Recv(); r != nil {
		recv = namedTypeName(r.Type())
		if recv == "" {
			return atlassian.LibraryCall{}, false
		}
	}
	lc, ok := atlassian.LookupLibraryCall(pkg, recv, obj.Name())
	if !ok {
		return atlassian.LibraryCall{}, false
	}
	if lc.Role == atlassian.RoleChain || lc.Result != atlassian.ResultOther && lc.Role == atlassian.RoleNone {
		// Chain rules cover whole method sets: only methods whose one
		// result has the receiver's type continue a chain.
		if sig.Results().Len() != 1 || !types.Identical(deref(sig.Results().At(0).Type()), deref(sig.Recv().Type())) {
			return atlassian.LibraryCall{}, false
		}
	}
	return lc, true
}

// namedTypeName is the name of t's named type, through a pointer.
func namedTypeName(t types.Type) string {
	t = deref(types.Unalias(t))
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin().Obj().Name()
	}
	return ""
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// libArg returns the argument of kind k of a library call, or nil.
func libArg(c *ssa.CallCommon, lc atlassian.LibraryCall, k atlassian.ArgKind) ssa.Value {
	i := lc.Arg(k)
	if i < 0 {
		return nil
	}
	args := CallArgs(c)
	if lc.Recv != "" {
		i++ // the receiver comes first
	}
	if i >= len(args) {
		return nil
	}
	return args[i]
}

// libRecv returns the receiver of a library method call.
func libRecv(c *ssa.CallCommon, lc atlassian.LibraryCall) ssa.Value {
	if lc.Recv == "" {
		return nil
	}
	args := CallArgs(c)
	if len(args) == 0 {
		return nil
	}
	return args[0]
}

// libField returns what the field index of the struct ptr points to
// means by the tables.
func libField(ptr types.Type, index int) (atlassian.LibraryField, bool) {
	named, ok := types.Unalias(deref(ptr)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return atlassian.LibraryField{}, false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || index >= st.NumFields() {
		return atlassian.LibraryField{}, false
	}
	return atlassian.LookupLibraryField(named.Obj().Pkg().Path(), named.Origin().Obj().Name(), st.Field(index).Name())
}

// newLibClient describes the client a library constructor call makes,
// from its arguments alone.
func (r *Result) newLibClient(call ssa.CallInstruction, lc atlassian.LibraryCall) LibClient {
	c := call.Common()
	out := LibClient{Library: lc.Library, Package: lc.Pkg, Create: call.Pos(), InTest: r.inTestFile(call.Parent())}
	if u := libArg(c, lc, atlassian.ArgURL); u != nil {
		out.BaseURLs = r.urlArgValues(u)
		if lc.DefaultBaseURL != "" {
			// "" means the default.
			for i, s := range out.BaseURLs {
				if k, ok := s.Const(); ok && k == "" {
					out.BaseURLs[i] = Lit(lc.DefaultBaseURL)
				}
			}
		}
	} else if lc.DefaultBaseURL != "" {
		out.BaseURLs = Strs{Lit(lc.DefaultBaseURL)}
	} else {
		out.BaseURLs = Strs{Unknown()}
	}
	if hc := libArg(c, lc, atlassian.ArgHTTPClient); hc != nil {
		out.HTTP = r.httpClientArg(hc)
	}
	if lc.Auth.SendsOAuthBearer() && libArg(c, lc, atlassian.ArgSecret) != nil {
		out.Bearer, out.BearerSite = true, call.Pos()
	}
	if lc.Auth != atlassian.AuthNone && libArg(c, lc, atlassian.ArgSecret) != nil {
		out.Headers = append(out.Headers, authHeader(lc.Auth, call))
	}
	if opts := libArg(c, lc, atlassian.ArgOptions); opts != nil {
		r.libOptions(&out, opts)
	}
	if ua := lc.Library.DefaultUserAgent; ua != "" {
		// resty's own User-Agent, sent when nothing sets one: a
		// library's default, which useragent reports as such.
		out.Headers = append(out.Headers, Header{Name: "User-Agent", Value: Strs{Lit(strings.ReplaceAll(ua, "<version>", versionOf(lc.Library)))}, LibraryDefault: true})
	}
	return out
}

// versionOf is the version a library's default User-Agent names.
func versionOf(lib *atlassian.ClientLibrary) string {
	return strings.TrimPrefix(lib.Version, "v")
}

// authHeader is the Authorization a credential of scheme a sets.
func authHeader(a atlassian.AuthScheme, call ssa.Instruction) Header {
	var v Str
	switch a {
	case atlassian.AuthBasic:
		v = Lit("Basic ").Concat(Unknown())
	case atlassian.AuthBearer, atlassian.AuthClientSecret:
		v = Lit("Bearer ").Concat(Unknown())
	default:
		v = Unknown()
	}
	return Header{Name: "Authorization", Value: Strs{v}, Site: call.Pos(), instr: call}
}

// urlArgValues evaluates a URL argument: a string, *url.URL or url.URL.
func (r *Result) urlArgValues(v ssa.Value) Strs {
	if isStringish(v.Type()) {
		return r.eval(v)
	}
	if isURLType(v.Type()) {
		return r.urlStrings(v)
	}
	return Strs{Unknown()}
}

// httpClientArg describes the HTTP client given to a library: an
// *http.Client, nil (Go's default client), or an interface value with
// a Do method.
func (r *Result) httpClientArg(v ssa.Value) []Client {
	if c, ok := v.(*ssa.Const); ok && c.Value == nil {
		return []Client{r.defaultClient()}
	}
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if funcs.IsNamed(v.Type(), "net/http", "Client") {
		return r.clientOrigins(v)
	}
	return []Client{{Opaque: true}}
}

// libOptions applies the options passed to a constructor's variadic
// parameter: go-atlassian's WithOAuth and WithAutoRenewalToken.
func (r *Result) libOptions(out *LibClient, opts ssa.Value) {
	elems := r.variadic(opts)
	if elems == nil {
		if c, ok := opts.(*ssa.Const); !ok || c.Value != nil {
			out.Opaque = true // options built elsewhere
		}
		return
	}
	for _, e := range elems {
		call, ok := e.(*ssa.Call)
		if !ok {
			out.Opaque = true
			continue
		}
		lc, ok := libCall(call.Common())
		if !ok || lc.Role != atlassian.RoleOption {
			out.Opaque = true
			continue
		}
		if lc.Auth.SendsOAuthBearer() && libArg(call.Common(), lc, atlassian.ArgSecret) != nil {
			out.Bearer, out.BearerSite = true, call.Pos()
			out.Headers = append(out.Headers, authHeader(lc.Auth, call))
		}
	}
}

// LibClientSites returns the expressions of this package that make
// library clients, with what is known of each client, in source order
// of their functions.
func (r *Result) LibClientSites() []*LibClientSite {
	if !r.Relevant || r.libSitesDone {
		return r.libSites
	}
	r.libSitesDone = true
	for _, fn := range r.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				syntax := r.calls[call.Pos()]
				if syntax == nil {
					continue
				}
				if lc, ok := libCall(call.Common()); ok && lc.Role == atlassian.RoleNewClient {
					c := r.libClientAt(call, lc)
					r.libSites = append(r.libSites, &LibClientSite{Call: syntax, Fn: fn, Client: c})
					continue
				}
				r.libSites = append(r.libSites, r.wrappedLibSites(fn, call, syntax)...)
			}
		}
	}
	return r.libSites
}

// A ParamLibClient is a library client that a function of this
// package gets as a parameter, with what the code does with it from
// there: the User-Agents and credentials set on it or its requests,
// the requests it sends. What was done to it before is not known, so
// it is Opaque and its base URL Unknown.
type ParamLibClient struct {
	Fn     *ssa.Function
	Param  *ssa.Parameter
	Client LibClient
}

// ParamLibClients returns the library clients the package's functions
// get as parameters, in source order of their functions.
func (r *Result) ParamLibClients() []*ParamLibClient {
	if !r.Relevant || r.paramLibsDone {
		return r.paramLibs
	}
	r.paramLibsDone = true
	if !importsClientLibrary(r.pass.Pkg) {
		return nil
	}
	for _, fn := range r.funcs {
		for _, p := range fn.Params {
			named, ok := types.Unalias(deref(p.Type())).(*types.Named)
			if !ok || named.Obj().Pkg() == nil {
				continue
			}
			pkg := named.Obj().Pkg().Path()
			lib, ok := atlassian.LibraryClientType(pkg, named.Obj().Name())
			if !ok {
				continue
			}
			c := LibClient{Library: lib, Package: pkg, BaseURLs: Strs{Unknown()}, Opaque: true, InTest: r.inTestFile(fn)}
			w := &libWalk{r: r, client: &c, seen: map[ssa.Value]bool{}}
			w.forward(p, 0)
			c.Headers = uniqueHeaders(c.Headers)
			r.paramLibs = append(r.paramLibs, &ParamLibClient{Fn: fn, Param: p, Client: c})
		}
	}
	return r.paramLibs
}

// libClientAt returns the client a library constructor call makes,
// with what the code does with it afterwards; memoised.
func (r *Result) libClientAt(call *ssa.Call, lc atlassian.LibraryCall) LibClient {
	if c, ok := r.libClients[call]; ok {
		return *c
	}
	c := r.newLibClient(call, lc)
	r.libClients[call] = &c
	w := &libWalk{r: r, client: &c, seen: map[ssa.Value]bool{}}
	w.forward(clientValue(call), 0)
	c.Headers = uniqueHeaders(c.Headers)
	return c
}

// clientValue is the value that holds what call makes: the call, or
// the first result it returns with an error.
func clientValue(call *ssa.Call) ssa.Value {
	if _, ok := call.Type().(*types.Tuple); !ok {
		return call
	}
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok && ex.Index == 0 {
			return ex
		}
	}
	return nil
}

// wrappedLibSites are the sites of a call of a function of the module
// that returns a library client whose host its caller decides (the
// base URL is a parameter).
func (r *Result) wrappedLibSites(fn *ssa.Function, call *ssa.Call, syntax *ast.CallExpr) []*LibClientSite {
	callee := call.Common().StaticCallee()
	if callee == nil {
		return nil
	}
	s := r.summary(callee)
	var out []*LibClientSite
	for i, clients := range s.LibClients {
		for _, inner := range clients {
			if !slices.ContainsFunc(inner.BaseURLs, hasParam) {
				continue // decided where it is made
			}
			c := r.substLibClient(inner, r.argValues(call.Common()))
			c.Create, c.Escapes = call.Pos(), false // what the caller does with it says
			var v ssa.Value = call
			if _, ok := call.Type().(*types.Tuple); ok {
				v = nil
				for _, ref := range *call.Referrers() {
					if ex, ok := ref.(*ssa.Extract); ok && ex.Index == i {
						v = ex
					}
				}
			}
			w := &libWalk{r: r, client: &c, seen: map[ssa.Value]bool{}}
			if v != nil {
				w.forward(v, 0)
			}
			c.Headers = uniqueHeaders(c.Headers)
			inner := inner
			out = append(out, &LibClientSite{Call: syntax, Fn: fn, Client: c, Wrapped: &inner})
		}
	}
	return out
}

func (r *Result) substLibClient(c LibClient, args []Strs) LibClient {
	c.BaseURLs = substAll(c.BaseURLs, args)
	c.Headers = substHeaders(c.Headers, args)
	c.HTTP = r.substClients(c.HTTP, args, nil)
	c.Sends = nil
	return c
}

// A libWalk follows a library client forward from where it is made,
// gathering what is done with it.
type libWalk struct {
	r      *Result
	client *LibClient
	seen   map[ssa.Value]bool
}

// maxLibDepth bounds how deep a walk follows a client into the
// functions of this package it is passed to.
const maxLibDepth = 3

func (w *libWalk) forward(v ssa.Value, depth int) {
	if v == nil || w.seen[v] || v.Referrers() == nil {
		return
	}
	w.seen[v] = true
	for _, ref := range *v.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Phi, *ssa.ChangeType, *ssa.MakeInterface:
			w.forward(ref.(ssa.Value), depth)
		case *ssa.Extract:
			w.forward(ref, depth)
		case *ssa.UnOp:
			if ref.Op == token.MUL {
				w.forward(ref, depth)
			}
		case *ssa.FieldAddr:
			w.field(ref, ref.Field, v.Type(), depth)
		case *ssa.Field:
			w.field(ref, ref.Field, types.NewPointer(v.Type()), depth)
		case *ssa.Store:
			if ref.Val != v {
				continue
			}
			w.store(ref, depth)
		case *ssa.Return:
			w.client.Escapes = true
		case *ssa.MapUpdate, *ssa.Send:
			w.client.Escapes, w.client.Opaque = true, true
		case ssa.CallInstruction:
			w.call(ref, v, depth)
		}
	}
}

// field follows a field of the client: a service (c.Issue), its
// authentication (c.Auth), or a setting stored there.
func (w *libWalk) field(ref ssa.Value, index int, ptr types.Type, depth int) {
	lf, ok := libField(ptr, index)
	if !ok {
		// A service or sub-object: what is called on it is the
		// client's.
		w.forward(ref, depth)
		return
	}
	switch lf.Role {
	case atlassian.FieldHeader:
		// c.Header.Set(...): a header of every request.
		if fa, ok := ref.(*ssa.FieldAddr); ok {
			hs, opaque := w.r.headerOps(fa)
			w.client.Headers = append(w.client.Headers, hs...)
			w.client.Opaque = w.client.Opaque || opaque
		}
	case atlassian.FieldBaseURL, atlassian.FieldHTTPClient, atlassian.FieldSecret, atlassian.FieldAuthScheme:
		if fa, ok := ref.(*ssa.FieldAddr); ok {
			for _, st := range storesAt(fa) {
				w.setField(lf, st)
			}
		}
	default:
		w.forward(ref, depth)
	}
}

// storesAt returns the stores into the address fa.
func storesAt(fa *ssa.FieldAddr) []*ssa.Store {
	var out []*ssa.Store
	for _, ref := range *fa.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == fa {
			out = append(out, st)
		}
	}
	return out
}

// setField applies the store st into a library field of the client.
func (w *libWalk) setField(lf atlassian.LibraryField, st *ssa.Store) {
	c := w.client
	switch lf.Role {
	case atlassian.FieldBaseURL:
		c.BaseURLs = w.r.urlArgValues(st.Val)
	case atlassian.FieldHTTPClient:
		c.HTTP = w.r.httpClientArg(st.Val)
	case atlassian.FieldSecret:
		if lf.Auth.SendsOAuthBearer() {
			c.Bearer, c.BearerSite = true, st.Pos()
		}
		c.Headers = append(c.Headers, authHeader(lf.Auth, st))
	case atlassian.FieldAuthScheme:
		k, ok := w.r.eval(st.Val).Const()
		if !ok {
			k = "?"
		}
		c.scheme = k
		if !strings.EqualFold(k, "Bearer") {
			c.Bearer = false
		}
	}
}

// store follows the client into where it is stored: a local variable
// is read back; a field or global makes it escape, and what is done
// with that field or global anywhere in the package is done with it.
func (w *libWalk) store(st *ssa.Store, depth int) {
	r := w.r
	switch addr := st.Addr.(type) {
	case *ssa.Alloc:
		for _, ref := range *addr.Referrers() {
			if load, ok := ref.(*ssa.UnOp); ok && load.Op == token.MUL {
				w.forward(load, depth)
			}
		}
		if addr.Heap {
			// Captured by a closure, or its address taken.
			w.forward(addr, depth)
		}
	case *ssa.FieldAddr:
		w.client.Escapes = true
		key, ok := fieldKeyOf(addr.X.Type(), addr.Field)
		if !ok {
			return
		}
		for _, load := range r.fieldLoads(key) {
			w.forward(load, depth)
		}
	case *ssa.Global:
		w.client.Escapes = true
		for _, load := range r.globalLoads(addr) {
			w.forward(load, depth)
		}
	default:
		w.client.Escapes, w.client.Opaque = true, true
	}
}

// call applies a call that v, the client or something derived from it,
// takes part in.
func (w *libWalk) call(instr ssa.CallInstruction, v ssa.Value, depth int) {
	r := w.r
	c := instr.Common()
	c0 := w.client
	if lc, ok := libCall(c); ok {
		if libRecv(c, lc) != v {
			return // the client is an argument of a library call: its business
		}
		switch lc.Role {
		case atlassian.RoleSetBaseURL:
			if u := libArg(c, lc, atlassian.ArgURL); u != nil {
				c0.BaseURLs = r.urlArgValues(u)
			}
		case atlassian.RoleSetCredential:
			if libArg(c, lc, atlassian.ArgSecret) != nil {
				h := authHeader(lc.Auth, instr)
				if lc.Auth == atlassian.AuthBearer && c0.scheme != "" && !strings.EqualFold(c0.scheme, "Bearer") {
					h.Value = Strs{Lit(c0.scheme + " ").Concat(Unknown())} // another scheme's token
				} else if lc.Auth.SendsOAuthBearer() {
					c0.Bearer, c0.BearerSite = true, instr.Pos()
				}
				c0.Headers = append(c0.Headers, h)
			}
		case atlassian.RoleSetAuthScheme:
			k, ok := r.eval(libArg(c, lc, atlassian.ArgValue)).Const()
			if !ok {
				k = "?" // not known: not "Bearer" for sure
			}
			c0.scheme = k
			if !strings.EqualFold(k, "Bearer") {
				c0.Bearer = false
			}
		case atlassian.RoleSetUserAgent:
			c0.Headers = append(c0.Headers, r.libHeader(instr, "User-Agent", libArg(c, lc, atlassian.ArgValue)))
		case atlassian.RoleSetHeader:
			hs, opaque := r.libSetHeader(instr, c, lc)
			c0.Headers = append(c0.Headers, hs...)
			c0.Opaque = c0.Opaque || opaque
		case atlassian.RoleSetHeaders:
			hs, opaque := r.libSetHeaders(instr, libArg(c, lc, atlassian.ArgMap))
			c0.Headers = append(c0.Headers, hs...)
			c0.Opaque = c0.Opaque || opaque
		case atlassian.RoleHeaderMap:
			if call, ok := instr.(*ssa.Call); ok {
				hs, opaque := r.mapHeaders(call, map[ssa.Value]bool{})
				c0.Headers = append(c0.Headers, hs...)
				c0.Opaque = c0.Opaque || opaque
			}
		case atlassian.RoleSetQueryParam:
			c0.Query = append(c0.Query, r.libQuery(instr, c, lc)...)
		case atlassian.RoleSetQueryParams:
			c0.Query = append(c0.Query, r.libQueryMap(instr, libArg(c, lc, atlassian.ArgMap))...)
		case atlassian.RoleSetTransport:
			if t := libArg(c, lc, atlassian.ArgTransport); t != nil {
				c0.HTTP = []Client{r.transportClient(t)}
			}
		case atlassian.RoleNewRequestBuilder:
			if call, ok := instr.(*ssa.Call); ok {
				(&libRequestWalk{w: w, seen: map[ssa.Value]bool{}}).forward(call, &LibSend{}, depth)
			}
		case atlassian.RoleSend:
			if lc.Sends {
				c0.Sends = append(c0.Sends, r.libSend(instr, c, lc, c0.BaseURLs, &LibSend{}))
			}
		}
		if lc.Result == atlassian.ResultReceiver || lc.Result == atlassian.ResultCopy {
			if call, ok := instr.(*ssa.Call); ok {
				w.forward(call, depth)
			}
		}
		return
	}
	if obj := calleeObj(c); obj != nil && obj.Pkg() != nil && atlassian.IsClientLibraryPackage(obj.Pkg().Path()) {
		return // a call of the library the tables do not model: a getter, Close
	}
	// A function of this package the client is handed to: what it
	// does with it is done with the client.
	callee := c.StaticCallee()
	if callee != nil && callee.Origin() != nil {
		callee = callee.Origin()
	}
	i := slices.Index(c.Args, v)
	if callee != nil && callee.Pkg == r.pkg && callee.Blocks != nil && i >= 0 && i < len(callee.Params) && depth < maxLibDepth {
		c0.Escapes = true
		w.forward(callee.Params[i], depth+1)
		return
	}
	if c.Value == v && !c.IsInvoke() {
		return // calling a function value held by the client
	}
	// Handed to code atlvet cannot see, which may configure it.
	c0.Escapes, c0.Opaque = true, true
}

// libHeader is a header a library setter sets to the value v.
func (r *Result) libHeader(instr ssa.CallInstruction, name string, v ssa.Value) Header {
	h := Header{Name: name, Value: Strs{Unknown()}, Site: instr.Pos(), instr: instr}
	if v != nil {
		h.Value = r.eval(v)
		if syntax := r.calls[instr.Pos()]; syntax != nil {
			if e := argSyntax(syntax, instr.Common(), v); e != nil {
				h.ValueExprs = []ast.Expr{e}
			}
		}
	}
	return h
}

// argSyntax returns the syntax of the argument v of a call.
func argSyntax(syntax *ast.CallExpr, c *ssa.CallCommon, v ssa.Value) ast.Expr {
	i := slices.Index(c.Args, v)
	if i < 0 {
		return nil
	}
	if !c.IsInvoke() && c.Signature().Recv() != nil {
		i-- // the receiver is before the dot
	}
	if i < 0 || i >= len(syntax.Args) || c.Signature().Variadic() && i >= c.Signature().Params().Len()-1 {
		return nil
	}
	return syntax.Args[i]
}

// libSetHeader is the header a SetHeader(name, value) call sets; a
// name that is not a constant may be any header.
func (r *Result) libSetHeader(instr ssa.CallInstruction, c *ssa.CallCommon, lc atlassian.LibraryCall) ([]Header, bool) {
	name, ok := r.eval(libArg(c, lc, atlassian.ArgName)).Const()
	if !ok {
		return nil, true
	}
	canonical := textproto.CanonicalMIMEHeaderKey(name)
	if lc.ExactName {
		canonical = name
	}
	h := r.libHeader(instr, canonical, libArg(c, lc, atlassian.ArgValue))
	h.NonCanonical = lc.ExactName && canonical != textproto.CanonicalMIMEHeaderKey(name)
	return []Header{h}, false
}

// libSetHeaders are the headers of a map literal given to a
// SetHeaders call; a map made elsewhere may hold any header.
func (r *Result) libSetHeaders(instr ssa.CallInstruction, m ssa.Value) ([]Header, bool) {
	if m == nil {
		return nil, true
	}
	if !isNewMap(m) {
		return nil, true
	}
	var out []Header
	opaque := false
	for _, ref := range *m.Referrers() {
		up, ok := ref.(*ssa.MapUpdate)
		if !ok || up.Map != m {
			continue
		}
		name, ok := r.eval(up.Key).Const()
		if !ok {
			opaque = true
			continue
		}
		h := Header{Name: textproto.CanonicalMIMEHeaderKey(name), Value: r.eval(up.Value), Site: up.Pos(), instr: instr}
		if elems := r.variadic(up.Value); len(elems) > 0 {
			h.Value = r.eval(elems[0])
		}
		out = append(out, h)
	}
	return out, opaque
}

// libQuery is the query parameter a SetQueryParam call adds.
func (r *Result) libQuery(instr ssa.CallInstruction, c *ssa.CallCommon, lc atlassian.LibraryCall) []LibQuery {
	name, ok := r.eval(libArg(c, lc, atlassian.ArgName)).Const()
	if !ok {
		return nil
	}
	return []LibQuery{{Name: name, Value: r.eval(libArg(c, lc, atlassian.ArgValue)), Site: instr.Pos()}}
}

// libQueryMap is the query parameters a SetQueryParams call adds from
// the map m, each with a constant name, all at the call. A map the
// call does not make in place adds one parameter of unknown name, so
// that the call is still known to apply to the client's requests.
func (r *Result) libQueryMap(instr ssa.CallInstruction, m ssa.Value) []LibQuery {
	if m == nil || !isNewMap(m) {
		return []LibQuery{{Value: Strs{Unknown()}, Site: instr.Pos()}}
	}
	var out []LibQuery
	for _, ref := range *m.Referrers() {
		up, ok := ref.(*ssa.MapUpdate)
		if !ok || up.Map != m {
			continue
		}
		name, _ := r.eval(up.Key).Const()
		out = append(out, LibQuery{Name: name, Value: r.eval(up.Value), Site: instr.Pos()})
	}
	if len(out) == 0 {
		out = []LibQuery{{Value: Strs{Unknown()}, Site: instr.Pos()}}
	}
	return out
}

// libSend describes a send of a request the library builds.
func (r *Result) libSend(instr ssa.CallInstruction, c *ssa.CallCommon, lc atlassian.LibraryCall, base Strs, req *LibSend) LibSend {
	s := *req
	s.Call = r.calls[instr.Pos()]
	switch {
	case lc.FixedURL != "":
		s.URLs = Strs{Lit(lc.FixedURL)}
	case libArg(c, lc, atlassian.ArgURL) != nil:
		path := r.resolveParams(r.urlArgValues(libArg(c, lc, atlassian.ArgURL)), instr.Parent())
		if lc.ResolvesURL {
			s.URLs = resolveAgainst(base, path)
		} else {
			s.URLs = path
		}
	case len(s.URLs) == 0:
		// A service call: the client's base URL and a path of the
		// library's.
		s.URLs = concatAll(base, Strs{Unknown()})
	}
	return s
}

// resolveAgainst resolves each of paths against each of bases, as
// resty and go-jira do: an absolute URL stands, a path joins the base.
func resolveAgainst(bases, paths Strs) Strs {
	var out Strs
	for _, p := range paths {
		if pre := strings.ToLower(p.Prefix()); strings.HasPrefix(pre, "http://") || strings.HasPrefix(pre, "https://") {
			out = append(out, p)
			continue
		}
		for _, b := range bases {
			switch {
			case strings.HasSuffix(b.render(hole), "/") && strings.HasPrefix(p.Prefix(), "/"):
				trimmed := Str{Parts: slices.Clone(p.Parts)}
				trimmed.Parts[0].Lit = strings.TrimPrefix(trimmed.Parts[0].Lit, "/")
				out = append(out, b.Concat(trimmed))
			case !strings.HasSuffix(b.render(hole), "/") && !strings.HasPrefix(p.Prefix(), "/") && p.Prefix() != "":
				out = append(out, b.Concat(Lit("/")).Concat(p))
			default:
				out = append(out, b.Concat(p))
			}
		}
	}
	return out.bounded()
}

// A libRequestWalk follows a request of a library's request builder
// (resty's R()) to the calls that send it.
type libRequestWalk struct {
	w    *libWalk
	seen map[ssa.Value]bool
}

func (rw *libRequestWalk) forward(v ssa.Value, req *LibSend, depth int) {
	if v == nil || rw.seen[v] || v.Referrers() == nil {
		return
	}
	rw.seen[v] = true
	r := rw.w.r
	for _, ref := range *v.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Phi, *ssa.ChangeType:
			rw.forward(ref.(ssa.Value), req, depth)
		case *ssa.Store:
			if alloc, ok := ref.Addr.(*ssa.Alloc); ok && ref.Val == v {
				for _, load := range *alloc.Referrers() {
					if u, ok := load.(*ssa.UnOp); ok && u.Op == token.MUL {
						rw.forward(u, req, depth)
					}
				}
				continue
			}
			req.Opaque = true
		case *ssa.FieldAddr:
			if lf, ok := libField(v.Type(), ref.Field); ok && lf.Role == atlassian.FieldHeader {
				hs, opaque := r.headerOps(ref)
				req.Headers = append(req.Headers, hs...)
				req.Opaque = req.Opaque || opaque
			}
		case *ssa.Return:
			req.Opaque = true
			rw.w.client.Escapes = true
		case ssa.CallInstruction:
			c := ref.Common()
			lc, ok := libCall(c)
			if !ok || libRecv(c, lc) != v {
				if !ok {
					req.Opaque = true // handed to other code
				}
				continue
			}
			switch lc.Role {
			case atlassian.RoleSetUserAgent:
				req.Headers = append(req.Headers, r.libHeader(ref, "User-Agent", libArg(c, lc, atlassian.ArgValue)))
			case atlassian.RoleSetHeader:
				hs, opaque := r.libSetHeader(ref, c, lc)
				req.Headers = append(req.Headers, hs...)
				req.Opaque = req.Opaque || opaque
			case atlassian.RoleSetHeaders:
				hs, opaque := r.libSetHeaders(ref, libArg(c, lc, atlassian.ArgMap))
				req.Headers = append(req.Headers, hs...)
				req.Opaque = req.Opaque || opaque
			case atlassian.RoleSetCredential:
				if libArg(c, lc, atlassian.ArgSecret) != nil {
					req.Bearer = req.Bearer || lc.Auth.SendsOAuthBearer()
					req.Headers = append(req.Headers, authHeader(lc.Auth, ref))
				}
			case atlassian.RoleSetQueryParam:
				req.Query = append(req.Query, r.libQuery(ref, c, lc)...)
			case atlassian.RoleSetQueryParams:
				req.Query = append(req.Query, r.libQueryMap(ref, libArg(c, lc, atlassian.ArgMap))...)
			case atlassian.RoleSetURL:
				if u := libArg(c, lc, atlassian.ArgURL); u != nil {
					req.URLs = resolveAgainst(rw.w.client.BaseURLs, r.urlArgValues(u))
				}
			case atlassian.RoleSend:
				if lc.Sends {
					rw.w.client.Sends = append(rw.w.client.Sends, r.libSend(ref, c, lc, rw.w.client.BaseURLs, req))
				}
			}
			if lc.Result == atlassian.ResultReceiver || lc.Result == atlassian.ResultCopy {
				if call, ok := ref.(*ssa.Call); ok {
					next := *req
					next.Headers = slices.Clone(req.Headers)
					next.Query = slices.Clone(req.Query)
					rw.forward(call, &next, depth)
				}
			}
		}
	}
}

// fieldLoads returns the loads, in this package's own code, of the
// field key of any value of its struct type.
func (r *Result) fieldLoads(key fieldKey) []ssa.Value {
	r.indexLoads()
	return r.loadsOfField[key]
}

// globalLoads returns the loads of a global of this package.
func (r *Result) globalLoads(g *ssa.Global) []ssa.Value {
	r.indexLoads()
	return r.loadsOfGlobal[g]
}

// indexLoads indexes, once, the loads of fields and globals in the
// package's own code.
func (r *Result) indexLoads() {
	if r.loadsOfField != nil {
		return
	}
	r.loadsOfField = map[fieldKey][]ssa.Value{}
	r.loadsOfGlobal = map[*ssa.Global][]ssa.Value{}
	for _, fn := range r.funcs {
		if r.inTestFile(fn) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch v := instr.(type) {
				case *ssa.UnOp:
					if v.Op != token.MUL {
						continue
					}
					switch addr := v.X.(type) {
					case *ssa.FieldAddr:
						if key, ok := fieldKeyOf(addr.X.Type(), addr.Field); ok {
							r.loadsOfField[key] = append(r.loadsOfField[key], v)
						}
					case *ssa.Global:
						r.loadsOfGlobal[addr] = append(r.loadsOfGlobal[addr], v)
					}
				case *ssa.Field:
					if key, ok := fieldKeyOf(types.NewPointer(v.X.Type()), v.Field); ok {
						r.loadsOfField[key] = append(r.loadsOfField[key], v)
					}
				}
			}
		}
	}
}

// libClientsOf returns the library clients v can be, going back from a
// use to where each was made: through variables, fields, builder
// chains, constructors of this package (summaries) and of the module's
// other packages (facts).
func (r *Result) libClientsOf(v ssa.Value, depth int) []LibClient {
	if v == nil || depth > 8 || r.evaluating[v] {
		return nil
	}
	r.evaluating[v] = true
	defer delete(r.evaluating, v)
	switch v := v.(type) {
	case *ssa.Phi:
		var out []LibClient
		for _, e := range v.Edges {
			out = append(out, r.libClientsOf(e, depth+1)...)
		}
		return out
	case *ssa.ChangeType:
		return r.libClientsOf(v.X, depth+1)
	case *ssa.MakeInterface:
		return r.libClientsOf(v.X, depth+1)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return r.libClientsOfCall(call, v.Index, depth)
		}
	case *ssa.Call:
		return r.libClientsOfCall(v, 0, depth)
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch addr := v.X.(type) {
		case *ssa.Alloc:
			var out []LibClient
			for _, ref := range *addr.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
					out = append(out, r.libClientsOf(st.Val, depth+1)...)
				}
			}
			return out
		case *ssa.FieldAddr:
			if _, isLib := libField(addr.X.Type(), addr.Field); !isLib && r.isLibClientType(v.Type()) {
				return r.storedLibClients(r.storesTo(addr.X.Type(), addr.Field), depth)
			}
			// A field of a library type (c.Issue): its owner's.
			return r.libClientsOf(addr.X, depth+1)
		case *ssa.Global:
			if addr.Pkg == r.pkg {
				return r.storedLibClients(r.globalStore[addr], depth)
			}
		}
	case *ssa.FieldAddr:
		return r.libClientsOf(v.X, depth+1)
	case *ssa.Field:
		if key, ok := fieldKeyOf(types.NewPointer(v.X.Type()), v.Field); ok && r.isLibClientType(v.Type()) {
			if _, isLib := libField(types.NewPointer(v.X.Type()), v.Field); !isLib {
				return r.storedLibClients(r.stores[key], depth)
			}
		}
		return r.libClientsOf(v.X, depth+1)
	case *ssa.Parameter:
		fn := v.Parent()
		i := slices.Index(fn.Params, v)
		calls := r.callers[fn]
		obj, _ := fn.Object().(*types.Func)
		if i < 0 || len(calls) == 0 || len(calls) > maxAlternatives || obj == nil || obj.Exported() || r.escapes(fn) {
			break
		}
		var out []LibClient
		for _, call := range calls {
			if i < len(call.Call.Args) {
				out = append(out, r.libClientsOf(call.Call.Args[i], depth+1)...)
			}
		}
		return out
	}
	return []LibClient{{Opaque: true, BaseURLs: Strs{Unknown()}}}
}

// isLibClientType reports whether t is (a pointer to) a type of a
// client library.
func (r *Result) isLibClientType(t types.Type) bool {
	named, ok := types.Unalias(deref(t)).(*types.Named)
	return ok && named.Obj().Pkg() != nil && atlassian.IsClientLibraryImport(named.Obj().Pkg().Path())
}

func (r *Result) storedLibClients(sites []storeSite, depth int) []LibClient {
	if len(sites) == 0 || len(sites) > maxAlternatives {
		return []LibClient{{Opaque: true, BaseURLs: Strs{Unknown()}}}
	}
	var out []LibClient
	for _, s := range sites {
		out = append(out, r.libClientsOf(s.val, depth+1)...)
	}
	return out
}

// libClientsOfCall returns the clients result index of call can be:
// one a library call makes or passes on, or one a function of the
// module returns.
func (r *Result) libClientsOfCall(call *ssa.Call, index int, depth int) []LibClient {
	c := call.Common()
	if lc, ok := libCall(c); ok {
		switch {
		case lc.Role == atlassian.RoleNewClient && index == 0:
			return []LibClient{r.libClientAt(call, lc)}
		case lc.Result == atlassian.ResultReceiver || lc.Result == atlassian.ResultCopy:
			return r.libClientsOf(libRecv(c, lc), depth+1)
		}
		return []LibClient{{Opaque: true, BaseURLs: Strs{Unknown()}}}
	}
	if fn := c.StaticCallee(); fn != nil {
		s := r.summary(fn)
		if index < len(s.LibClients) && len(s.LibClients[index]) > 0 {
			var out []LibClient
			args := r.argValues(c)
			for _, lc := range s.LibClients[index] {
				out = append(out, r.substLibClient(lc, args))
			}
			return out
		}
	}
	return []LibClient{{Opaque: true, BaseURLs: Strs{Unknown()}}}
}

// libResultClients returns the library clients fn returns as result
// index, for its summary.
func (r *Result) libResultClients(v ssa.Value) []LibClient {
	var out []LibClient
	for _, c := range r.libClientsOf(v, 0) {
		if c.Library == nil {
			continue
		}
		c.Sends, c.Query, c.Create, c.BearerSite = nil, nil, token.NoPos, token.NoPos
		out = append(out, c)
	}
	return out
}

// loopbackOnly reports whether every URL of urls is on the loopback
// interface: an httptest server or a local fake standing in for
// Atlassian in a test, whatever library talks to it.
func loopbackOnly(urls Strs) bool {
	for _, u := range urls {
		if p := ParseURL(u); !p.HostKnown || !atlassian.IsLoopback(p.Host) {
			return false
		}
	}
	return len(urls) > 0
}

// LibTarget returns where requests of the client c go (those of send
// s when given, else its base URLs), in Atlassian's terms, and whether
// they go to Atlassian: a URL classified so, or any URL of a library
// made for Atlassian's APIs, which talks to a Jira, Confluence or
// Bitbucket wherever it is.
func LibTarget(hosts atlassian.Hosts, c *LibClient, s *LibSend) (Target, bool) {
	urls := c.BaseURLs
	if s != nil && len(s.URLs) > 0 {
		urls = s.URLs
	}
	return libTarget(hosts, urls, c.Library != nil && c.Library.Atlassian && !(c.InTest && loopbackOnly(c.BaseURLs)))
}

// libTarget returns the first of urls that goes to Atlassian, else the
// first of them as a REST path when the client is of a library made
// for Atlassian's APIs (atlassianLibrary), else the first and false.
func libTarget(hosts atlassian.Hosts, urls Strs, atlassianLibrary bool) (Target, bool) {
	var first Target
	for i, u := range urls {
		t := Classify(hosts, u)
		if i == 0 {
			first = t
		}
		if t.Atlassian() {
			return t, true
		}
	}
	if atlassianLibrary {
		if first.Path != atlassian.RESTPath {
			first.Path = atlassian.RESTPath
		}
		return first, true
	}
	return first, false
}
