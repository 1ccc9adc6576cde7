package flow

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow/paths"
)

// Request helpers of other packages whose URL their callers give.
//
// A package of the module often wraps net/http for the others
//
//	func NewHTTPClient(baseURL string) *HTTPClient { return &HTTPClient{base: baseURL, hc: &http.Client{}} }
//	func (c *HTTPClient) Do(ctx context.Context, method, path string) (*http.Response, error) {
//		req, err := http.NewRequestWithContext(ctx, method, c.base+path, nil)
//		...
//		return c.hc.Do(req)
//	}
//
// and the packages importing it hold the site (the argument of
// NewHTTPClient) and the REST paths (the arguments of Do). The helper's
// package sees a send to an unknown URL; its importers see no send.
// A HelperSend, in the Summary of an exported function, is such a
// request in terms of the function's parameters and of the fields of
// the objects they point to, with what is set on it; the importers
// substitute their arguments (and what their constructors put in
// those fields, known from ResultFields) and judge the request at
// their call (see HelperCalls). Each pass judges there what it needs
// to know of the request: useragent the headers set on it, siteurl
// whether it carries a bearer token to a host the call gives.

// A HelperSend is a request that a function sends (itself or through
// the helpers it calls) whose URL depends on its parameters.
type HelperSend struct {
	// URLs in terms of the function's parameters (1-based, receiver
	// first); Param len(params)+1+i stands for Fields[i].
	URLs   Strs
	Fields []ParamField
	// Headers are set on the request, or by the client it is sent
	// through, on some path to the send.
	Headers []Header
	// Unset are the headers of Headers that some path to the send
	// does not set, with that path.
	Unset []UnsetHeader
	// Bearer: an OAuth bearer token goes with the request on every
	// path to the send.
	Bearer bool
	// KnownAtlassian: the helper's package already finds the URL
	// Atlassian's, whatever its callers pass or because a caller there
	// makes it so, and judges there what that tells; only what the
	// callers alone know (the site's host) is left to importers.
	KnownAtlassian bool
	// Opaque: code atlvet cannot see may decorate the request, or the
	// client it goes through is not known.
	Opaque bool
	// Via names the function that sends it and At where, for messages:
	// "atlassian.(*HTTPClient).Do", "httpclient.go:71".
	Via, At string
}

// A ParamField is a string field of the struct a parameter points to
// (or is): Param is 1-based, receiver first; Field is the field's index.
type ParamField struct {
	Param, Field int
}

// An UnsetHeader is a header that a path to a send does not set: the
// branches of that path, described in the sending function's terms,
// and whether the header is set only after the send on it.
type UnsetHeader struct {
	Name  string
	Path  []string
	After bool
}

// A ResultField is what an exported constructor stores into a string
// field of the struct its result points to, in terms of its
// parameters: NewHTTPClient(baseURL) keeps baseURL in field base.
// Param len(params)+1+i of Values stands for Fields[i], a field of
// what a parameter is or points to: NewFromConfig(cfg) keeps
// cfg.URL + "/rest/api/3".
type ResultField struct {
	Result, Field int
	Values        Strs
	Fields        []ParamField
}

// pendingSend is a HelperSend of fn still to be lifted to the
// functions that call fn.
type pendingSend struct {
	fn   *ssa.Function
	send HelperSend
}

// helperSends returns, by function of this package that importers can
// call, the HelperSends of the requests it sends; computed once.
func (r *Result) helperSends() map[*ssa.Function][]HelperSend {
	if r.helperSendsOf != nil {
		return r.helperSendsOf
	}
	r.helperSendsOf = map[*ssa.Function][]HelperSend{}
	if r.pass.Pkg.Name() == "main" {
		return r.helperSendsOf
	}
	var pending []pendingSend
	bearer := r.bearerSends()
	for _, site := range r.RequestSites() {
		if site.Via != "" || slices.ContainsFunc(site.Clients, func(c Client) bool { return c.Deferred }) {
			continue // judged where importers pass the client
		}
		for _, req := range site.Requests {
			if req.Opaque || r.inTestFile(site.Fn) {
				continue
			}
			send := HelperSend{Opaque: req.MaybeDecorated, Via: shortName(site.Fn), At: r.shortPos(site.Call.Pos())}
			var fn *ssa.Function
			send.URLs, send.Fields, fn = r.fieldURLs(site, req)
			if !slices.ContainsFunc(send.URLs, hasParam) {
				continue
			}
			send.KnownAtlassian = r.judgedHere(req)
			send.Bearer = bearer(site)
			send.Headers = slices.Clone(req.Headers)
			for _, c := range site.Clients {
				send.Headers = append(send.Headers, c.Headers...)
				send.Opaque = send.Opaque || c.Opaque
			}
			if u, ok := r.Unset(site, req, site.Clients, "User-Agent"); ok {
				uh := UnsetHeader{Name: "User-Agent", After: u.After}
				for _, b := range u.Path {
					uh.Path = append(uh.Path, paths.Describe(r.pass.Fset, r.pass.Files, b))
				}
				send.Unset = append(send.Unset, uh)
			}
			for i := range send.Headers {
				send.Headers[i].Site, send.Headers[i].ValueExprs, send.Headers[i].instr = token.NoPos, nil, nil
			}
			pending = append(pending, pendingSend{fn, send})
		}
	}
	// Sends of other packages' helpers whose URL this package's
	// functions pass on from their own parameters.
	r.callsOut(func(fn *ssa.Function, call *ssa.Call, _ *ast.CallExpr, _ *types.Func) {
		if r.inTestFile(fn) {
			return
		}
		callee := call.Call.StaticCallee()
		for _, hs := range r.summary(callee).HelperSends {
			urls, fields := r.liftURLs(hs, call, fn)
			if !slices.ContainsFunc(urls, hasParam) {
				continue // this package's call gives the URL, and is judged
			}
			hs.URLs, hs.Fields = urls, fields
			// What this package's call gives makes it Atlassian's:
			// judged here, but for the host its callers may give.
			hs.KnownAtlassian = hs.KnownAtlassian || r.atlassianURL(r.resolveParams(urls, fn))
			pending = append(pending, pendingSend{fn, hs})
		}
	})
	for _, p := range pending {
		r.liftSend(p.fn, p.send, map[*ssa.Function]bool{}, 0)
	}
	return r.helperSendsOf
}

// liftSend records send, in fn's terms, for fn if importers can call
// it, and for the functions of this package calling fn, in theirs.
func (r *Result) liftSend(fn *ssa.Function, send HelperSend, seen map[*ssa.Function]bool, depth int) {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if seen[fn] || depth > 8 {
		return
	}
	seen[fn] = true
	if r.importersCall(fn) {
		r.helperSendsOf[fn] = append(r.helperSendsOf[fn], send)
	}
	for _, call := range r.callers[fn] {
		urls, fields := r.liftURLs(send, call, call.Parent())
		if slices.ContainsFunc(urls, hasParam) {
			up := send
			up.URLs, up.Fields = urls, fields
			r.liftSend(call.Parent(), up, seen, depth+1)
		}
	}
}

// liftURLs returns the URLs of send, a HelperSend of the function call
// calls, in the terms of caller, the function making the call: its
// arguments for the parameters, and for the fields of what they point
// to, the fields of caller's own parameters, else what the package
// (or, for another package's struct, the constructor that made it)
// stores there.
func (r *Result) liftURLs(send HelperSend, call ssa.CallInstruction, caller *ssa.Function) (Strs, []ParamField) {
	c := call.Common()
	// The callee's parameters past its own (receiver first, as the
	// call's arguments) stand for its fields.
	args := r.argValues(c)
	var fields []ParamField
	for _, f := range send.Fields {
		var vals Strs
		if f.Param-1 < len(c.Args) {
			arg := c.Args[f.Param-1]
			if p, ok := arg.(*ssa.Parameter); ok && p.Parent() == caller {
				fields = append(fields, ParamField{Param: slices.Index(caller.Params, p) + 1, Field: f.Field})
				vals = Strs{paramStr(len(caller.Params) + len(fields))}
			} else {
				vals = r.foreignField(arg, f.Field, 0)
			}
		}
		args = append(args, vals)
	}
	return substAll(send.URLs, args), fields
}

// bearerSends returns a test of whether every request a site of this
// package sends carries an OAuth bearer token on every path, as
// siteurl's query tells it.
func (r *Result) bearerSends() func(*Site) bool {
	var q *SiteQuery
	var sends map[*ast.CallExpr]*Send
	return func(site *Site) bool {
		if q == nil {
			q, sends = r.SiteQuery(Helpers{}), map[*ast.CallExpr]*Send{}
			for _, s := range r.Sends() {
				sends[s.Call] = s
			}
		}
		send := sends[site.Call]
		return send != nil && send.Fn.Parent() == nil && q.alwaysBearer(send)
	}
}

// fieldURLs returns the URLs req, sent at site, goes to in terms of the
// parameters of the function that made it (or of site's, for the URL
// argument of http.Get and the like), with the string fields of what
// its parameters are or point to kept as ParamFields, and that
// function.
func (r *Result) fieldURLs(site *Site, req Request) (Strs, []ParamField, *ssa.Function) {
	var fields []ParamField
	if !req.Create.IsValid() {
		if instr, ok := r.callInstrs[site.Call.Lparen]; ok && instr.Parent() == site.Fn {
			if url := urlArgOf(instr); url != nil {
				return r.evalFields(url, site.Fn, &fields, 0).bounded(), fields, site.Fn
			}
		}
		return req.raw, nil, req.fn
	}
	fn := req.fn
	if fn == nil {
		fn = site.Fn // its URL is made of fields only
	}
	create, ok := r.callInstrs[req.Create].(*ssa.Call)
	if !ok || create.Parent() != fn {
		return req.raw, nil, req.fn
	}
	args := create.Common().Args
	var url ssa.Value
	switch obj := calleeObj(create.Common()); {
	case obj == nil:
	case obj.Name() == "NewRequest" && len(args) == 3:
		url = args[1]
	case obj.Name() == "NewRequestWithContext" && len(args) == 4:
		url = args[2]
	}
	if url == nil {
		return req.raw, nil, req.fn
	}
	return r.evalFields(url, fn, &fields, 0).bounded(), fields, fn
}

// evalFields evaluates v, in fn, as eval does, but keeps a string field
// of what a parameter points to as a parameter standing for it (see
// HelperSend.Fields): c.base+path.
func (r *Result) evalFields(v ssa.Value, fn *ssa.Function, fields *[]ParamField, depth int) Strs {
	if depth > 8 {
		return r.eval(v)
	}
	field := func(x ssa.Value, index int, read ssa.Value) (Strs, bool) {
		p := structParam(x)
		if p == nil || p.Parent() != fn {
			return nil, false
		}
		if st, ok := structOf(types.NewPointer(derefStruct(x.Type()))); ok && !st.Field(index).Exported() {
			if known, ok := r.eval(read).Const(); ok {
				return Strs{Lit(known)}, true // only this package sets it: the same whoever calls
			}
		}
		f := ParamField{Param: slices.Index(fn.Params, p) + 1, Field: index}
		i := slices.Index(*fields, f)
		if i < 0 {
			*fields = append(*fields, f)
			i = len(*fields) - 1
		}
		return Strs{paramStr(len(fn.Params) + 1 + i)}, true
	}
	switch v := v.(type) {
	case *ssa.BinOp:
		if v.Op == token.ADD && isStringish(v.Type()) {
			return concatAll(r.evalFields(v.X, fn, fields, depth+1), r.evalFields(v.Y, fn, fields, depth+1))
		}
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL && isStringish(v.Type()) {
			if ss, ok := field(fa.X, fa.Field, v); ok {
				return ss
			}
		}
	case *ssa.Field:
		if ss, ok := field(v.X, v.Field, v); ok && isStringish(v.Type()) {
			return ss
		}
	case *ssa.Phi:
		var out Strs
		for _, e := range v.Edges {
			out = append(out, r.evalFields(e, fn, fields, depth+1)...)
		}
		return out.bounded()
	}
	return r.eval(v)
}

// structParam returns the parameter whose fields x reads: the
// parameter itself (a pointer, or a struct value), or a struct
// parameter kept in a variable (a value receiver whose address is
// taken); nil otherwise.
func structParam(x ssa.Value) *ssa.Parameter {
	switch x := x.(type) {
	case *ssa.Parameter:
		return x
	case *ssa.Alloc:
		var p *ssa.Parameter
		for _, ref := range *x.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == x {
				param, ok := st.Val.(*ssa.Parameter)
				if !ok || p != nil {
					return nil
				}
				p = param
			}
		}
		return p
	}
	return nil
}

// derefStruct returns the type t points to, or t.
func derefStruct(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// judgedHere reports whether this package judges req as Atlassian's
// already: its URL is, whatever its callers pass, or a caller in view
// makes it so (see URLCaller). Importers then need not judge it again.
func (r *Result) judgedHere(req Request) bool {
	if r.atlassianURL(req.URLs) {
		return true
	}
	_, _, ok := r.URLCaller(req, func(s Str) bool { return r.atlassianURL(Strs{s}) })
	return ok
}

// atlassianURL reports whether one of urls is Atlassian's by the hosts
// every configuration counts.
func (r *Result) atlassianURL(urls Strs) bool {
	hosts := atlassian.NewHosts(nil)
	return slices.ContainsFunc(urls, func(u Str) bool { return Classify(hosts, u).Atlassian() })
}

// foreignField evaluates string field index of the struct v points to:
// the field of what a constructor of another package returned (its
// ResultFields), of what this package stores where v was loaded from,
// else what this package stores in that field.
func (r *Result) foreignField(v ssa.Value, index, depth int) Strs {
	if depth > 4 {
		return Strs{Unknown()}
	}
	switch v := v.(type) {
	case *ssa.Call, *ssa.Extract:
		call, result := callResult(v)
		if call == nil {
			break
		}
		callee := call.Call.StaticCallee()
		if callee == nil || callee.Pkg == r.pkg {
			break
		}
		for _, f := range r.summary(callee).ResultFields {
			if f.Result == result && f.Field == index {
				args := r.argValues(call.Common())
				for _, pf := range f.Fields {
					vals := Strs{Unknown()}
					if pf.Param-1 < len(call.Call.Args) {
						vals = r.foreignField(call.Call.Args[pf.Param-1], pf.Field, depth+1)
					}
					args = append(args, vals)
				}
				return substAll(f.Values, args)
			}
		}
		return Strs{Unknown()}
	case *ssa.Alloc:
		// A struct made here, by a literal of another package's type
		// (&lib.Client{Base: site}) or as a variable: what is stored
		// into it.
		return r.fieldValues(v, index)
	case *ssa.Phi:
		var out Strs
		for _, e := range v.Edges {
			out = append(out, r.foreignField(e, index, depth+1)...)
		}
		return out.bounded()
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		var sites []storeSite
		switch addr := v.X.(type) {
		case *ssa.Alloc:
			if _, ok := structOf(addr.Type()); ok {
				return r.fieldValues(addr, index) // a struct value passed by copy
			}
		case *ssa.FieldAddr:
			sites = r.storesTo(addr.X.Type(), addr.Field)
		case *ssa.Global:
			sites = r.globalStore[addr]
		}
		if len(sites) == 0 || len(sites) > maxMerged {
			break
		}
		var out Strs
		for _, s := range sites {
			out = append(out, r.resolveParams(r.foreignField(s.val, index, depth+1), s.fn)...)
		}
		return out.bounded()
	}
	if _, ok := structOf(v.Type()); ok && !isForeign(v.Type(), r.pass.Pkg) {
		return r.fieldValues(v, index)
	}
	return Strs{Unknown()}
}

func callResult(v ssa.Value) (*ssa.Call, int) {
	switch v := v.(type) {
	case *ssa.Call:
		return v, 0
	case *ssa.Extract:
		call, _ := v.Tuple.(*ssa.Call)
		return call, v.Index
	}
	return nil, 0
}

// isForeign reports whether ptr points to a named struct of a package
// other than pkg, whose fields this package does not store.
func isForeign(ptr types.Type, pkg *types.Package) bool {
	p, ok := ptr.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != pkg
}

// resultFields returns what fn, a constructor, stores into the string
// fields of the struct it allocates and returns, in terms of its
// parameters.
func (r *Result) resultFields(fn *ssa.Function) []ResultField {
	var out []ResultField
	var fields []ParamField
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, v := range ret.Results {
			alloc, ok := v.(*ssa.Alloc)
			if !ok || !alloc.Heap {
				continue
			}
			st, ok := structOf(alloc.Type())
			if !ok {
				continue
			}
			for _, ref := range *alloc.Referrers() {
				fa, ok := ref.(*ssa.FieldAddr)
				if !ok || !isStringish(st.Field(fa.Field).Type()) {
					continue
				}
				for _, ref2 := range *fa.Referrers() {
					if store, ok := ref2.(*ssa.Store); ok && store.Addr == fa {
						out = addResultField(out, i, fa.Field, r.evalFields(store.Val, fn, &fields, 0))
					}
				}
			}
		}
	}
	out = slices.DeleteFunc(out, func(f ResultField) bool { return !slices.ContainsFunc(f.Values, hasParam) })
	for i := range out {
		out[i].Fields = fields
	}
	return out
}

func addResultField(fs []ResultField, result, field int, vals Strs) []ResultField {
	for i := range fs {
		if fs[i].Result == result && fs[i].Field == field {
			fs[i].Values = append(fs[i].Values, vals...).bounded()
			return fs
		}
	}
	return append(fs, ResultField{Result: result, Field: field, Values: vals})
}

// shortPos names a position of this package for a message to another:
// the file's base name and the line, as the file is named.
func (r *Result) shortPos(pos token.Pos) string {
	p := r.pass.Fset.PositionFor(pos, false)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// A HelperCall is a call of this package of another package's function
// that sends a request whose URL the call gives.
type HelperCall struct {
	Call   *ast.CallExpr
	Fn     *ssa.Function
	Callee *types.Func
	// Send is the callee's HelperSend with the URLs this call and the
	// callers of its function in view give.
	Send HelperSend
	// HostGiven: the helper's URL does not name its host; the call
	// gives it.
	HostGiven bool
	// InTest: the call is in a _test.go file.
	InTest bool
}

// HelperCalls returns the package's calls of other packages' functions
// that send a request whose URL they give, in source order of their
// functions, one per request sent.
func (r *Result) HelperCalls() []HelperCall {
	if !r.Relevant {
		return nil
	}
	var out []HelperCall
	r.callsOut(func(fn *ssa.Function, call *ssa.Call, syntax *ast.CallExpr, obj *types.Func) {
		for _, hs := range r.summary(call.Call.StaticCallee()).HelperSends {
			hostGiven := !slices.ContainsFunc(hs.URLs, func(u Str) bool { return ParseURL(u.forgetParams()).HostKnown })
			urls, _ := r.liftURLs(hs, call, fn)
			hs.URLs, hs.Fields = r.resolveParams(urls, fn), nil
			out = append(out, HelperCall{Call: syntax, Fn: fn, Callee: obj, Send: hs, HostGiven: hostGiven, InTest: r.inTestFile(fn)})
		}
	})
	return out
}

// DescribeHelperSends describes, for the functions of this package that
// importers call, the URLs of their HelperSends that carry a bearer
// token to a host their callers give ("{param 0 .base}{param 1}":
// parameters 0-based, receiver first), and for its constructors what
// they store in the fields those URLs read ("base", "{param 3}"):
// siteurl's facts say it, for tests and for reading. Importers judge
// the calls with HelperCalls.
func (r *Result) DescribeHelperSends() (sends map[*types.Func][]string, fields map[*types.Func][][2]string) {
	sends, fields = map[*types.Func][]string{}, map[*types.Func][][2]string{}
	if !r.Relevant {
		return sends, fields
	}
	used := map[fieldKey]bool{}
	for _, fn := range r.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || !r.importersCall(fn) {
			continue
		}
		for _, hs := range r.helperSends()[fn] {
			if !hs.Bearer || slices.ContainsFunc(hs.URLs, func(u Str) bool { return ParseURL(u.forgetParams()).HostKnown }) {
				continue
			}
			for _, u := range hs.URLs {
				sends[obj] = append(sends[obj], describeParams(u, fn, hs.Fields))
			}
			for _, f := range hs.Fields {
				if key, ok := fieldKeyOf(types.NewPointer(derefStruct(fn.Params[f.Param-1].Type())), f.Field); ok {
					used[key] = true
				}
			}
		}
	}
	for _, fn := range r.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || !r.importersCall(fn) || fn.Signature.Results().Len() == 0 {
			continue
		}
		for _, f := range r.resultFields(fn) {
			key, ok := fieldKeyOf(fn.Signature.Results().At(f.Result).Type(), f.Field)
			if f.Result != 0 || !ok || !used[key] {
				continue
			}
			for _, v := range f.Values {
				fields[obj] = append(fields[obj], [2]string{key.strct.Field(f.Field).Name(), describeParams(v, fn, f.Fields)})
			}
		}
	}
	return sends, fields
}

// describeParams renders s, in terms of fn's parameters and, past
// them, of fields, with each parameter as "{param i}" or "{param i .f}".
func describeParams(s Str, fn *ssa.Function, fields []ParamField) string {
	var b strings.Builder
	for _, p := range s.Parts {
		switch {
		case p.Param > len(fn.Params) && p.Param-len(fn.Params)-1 < len(fields):
			f := fields[p.Param-len(fn.Params)-1]
			st, _ := structOf(types.NewPointer(derefStruct(fn.Params[f.Param-1].Type())))
			fmt.Fprintf(&b, "{param %d .%s}", f.Param-1, st.Field(f.Field).Name())
		case p.Param > 0 && p.Param <= len(fn.Params):
			fmt.Fprintf(&b, "{param %d}", p.Param-1)
		case p.Param != 0 || p.Unknown:
			b.WriteString("…")
		default:
			b.WriteString(p.Lit)
		}
	}
	return b.String()
}
