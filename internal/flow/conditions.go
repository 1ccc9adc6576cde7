package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A Cond is a branch taken on the way to a value.
type Cond = paths.Branch

// An Alt is one value an expression can take, with the branches that
// lead to it, relative to the call that sends the request. Merged means
// the value was read from somewhere that merges several values without
// saying which path gives which (a struct field, a helper, the stores
// of several constructors): it may or may not go with any given
// alternative of another value.
type Alt struct {
	Value  Str
	Conds  []Cond
	Merged bool
}

// Certain reports whether a is the value on every path.
func (a Alt) Certain() bool { return !a.Merged && len(a.Conds) == 0 }

// Meets reports whether a and b, alternatives of two values sent
// together (a URL and an Authorization), can be taken on one path, as
// far as atlvet can tell with confidence: their branches decide no
// condition in opposite ways, and either one holds on every path or
// both are tied to branches of the function. Conditions that are not
// the same (an access token set; a flag that picks the gateway) are
// independent, and a path takes both: a bearer token set when one holds
// and a site URL chosen when the other does not meet. A merged value
// (from a field, or a helper's many callers) meets only what holds on
// every path: which of its values goes with which branch is not known.
func (a Alt) Meets(b Alt) bool {
	if paths.Conflict(a.Conds, b.Conds) {
		return false
	}
	if a.Certain() || b.Certain() {
		return true
	}
	return !a.Merged && !b.Merged
}

// An AuthAlt is one Authorization a request can carry.
type AuthAlt struct {
	Alt
	// Bearer: an OAuth bearer token ("Authorization: Bearer ...", or
	// a client from golang.org/x/oauth2).
	Bearer bool
	// Site is where it was attached, in this package, if known.
	Site token.Pos
}

// maxAlts bounds the alternatives enumerated for one value.
const maxAlts = 16

// A SendSite is a place where a request reaches a send, as siteurl
// reports it: the call that sends the request; or, when that call
// sends a request its function received as a parameter, each call of
// the function in this package (send(req) in each caller, with the
// request that caller passes); or a call of another package's function
// that sends the request it is given (lib.Send(req), known from facts).
type SendSite struct {
	// Call is the call to report at.
	Call *ast.CallExpr
	// Requests are what the call sends; Clients what it sends them
	// through.
	Requests []Request
	Clients  []Client

	// stages are the functions the request goes through on its way to
	// the send, outermost first, each with the call that passes it on
	// (the helper's call in the caller, then the send in the helper).
	stages  []stage
	urlArg  ssa.Value // the URL argument of http.Get and its kind
	q       *SiteQuery
	events  []urlEvent // URL writes on the way, once computed
	traced  bool
	aliased [][]ssa.Value // per stage, the values holding the request
}

type stage struct {
	fn    *ssa.Function
	point ssa.CallInstruction
	req   ssa.Value // the request argument at point, nil for http.Get
	base  []Cond    // the decisions known to hold at point
}

// Helpers tells what functions of other packages do with a request
// given to them; a pass answers from the facts it exports.
type Helpers struct {
	// Sends returns the request parameters fn sends.
	Sends func(fn *types.Func) []ParamSend
	// WritesURL reports whether fn may change the URL of the request
	// (or *url.URL) passed as its parameter i, receiver first.
	WritesURL func(fn *types.Func, i int) bool
}

// A ParamSend says that a function sends the request it receives as
// parameter Param (0-based, receiver first), and whether every client
// it sends it through carries an OAuth bearer token.
type ParamSend struct {
	Param  int
	Bearer bool
}

// A SiteQuery answers siteurl's questions about the sends of one
// package; it memoises as it goes and lives for one run of the pass.
type SiteQuery struct {
	r           *Result
	h           Helpers
	sites       map[*Send][]*SendSite
	helperSites []*SendSite
	helpersDone bool
	writes      map[paramKey]bool
	instrs      map[token.Pos]ssa.Instruction
	contains    map[[2]*ssa.Function]bool
}

type paramKey struct {
	fn *ssa.Function
	i  int
}

// SiteQuery returns a query over r's sends, told about other packages'
// helpers by h.
func (r *Result) SiteQuery(h Helpers) *SiteQuery {
	return &SiteQuery{r: r, h: h, sites: map[*Send][]*SendSite{}, writes: map[paramKey]bool{}, contains: map[[2]*ssa.Function]bool{}}
}

// requestArg returns the request a send call passes on, or nil.
func requestArg(instr ssa.CallInstruction) ssa.Value {
	if lc, ok := libCall(instr.Common()); ok && lc.Role == atlassian.RoleDo {
		return libArg(instr.Common(), lc, atlassian.ArgRequest)
	}
	obj := calleeObj(instr.Common())
	args := CallArgs(instr.Common())
	if len(args) > 1 && (funcs.IsMethod(obj, "net/http", "Client", "Do") ||
		funcs.IsMethod(obj, "net/http", "RoundTripper", "RoundTrip") ||
		funcs.IsMethod(obj, "net/http", "Transport", "RoundTrip")) {
		return args[1]
	}
	return nil
}

// urlArgOf returns the URL argument of http.Get and the like, or nil.
func urlArgOf(instr ssa.CallInstruction) ssa.Value {
	if lc, ok := libCall(instr.Common()); ok && lc.Role == atlassian.RoleSend && !lc.Library.BuildsRequests {
		return libArg(instr.Common(), lc, atlassian.ArgURL)
	}
	obj := calleeObj(instr.Common())
	args := CallArgs(instr.Common())
	switch {
	case funcs.IsFunc(obj, "net/http", "Get", "Head", "Post", "PostForm") && len(args) > 0:
		return args[0]
	case funcs.IsMethod(obj, "net/http", "Client", "Get", "Head", "Post", "PostForm") && len(args) > 1:
		return args[1]
	}
	return nil
}

func (q *SiteQuery) newStage(fn *ssa.Function, point ssa.CallInstruction, req ssa.Value) stage {
	return stage{fn: fn, point: point, req: req, base: q.baseConds(point)}
}

// Sites returns where the requests of send are reported: at send
// itself, or at each call in this package of the function that sends
// a request it received as a parameter.
func (q *SiteQuery) Sites(send *Send) []*SendSite {
	if sites, ok := q.sites[send]; ok {
		return sites
	}
	sites := q.sites0(send)
	q.sites[send] = sites
	return sites
}

func (q *SiteQuery) sites0(send *Send) []*SendSite {
	r := q.r
	instr := r.callInstrs[send.Call.Lparen]
	direct := &SendSite{Call: send.Call, Requests: send.Requests, Clients: send.Clients, q: q}
	if instr == nil {
		return []*SendSite{direct}
	}
	reqArg := requestArg(instr)
	direct.stages = []stage{q.newStage(send.Fn, instr, reqArg)}
	if reqArg == nil {
		direct.urlArg = urlArgOf(instr)
		return []*SendSite{direct}
	}
	param := paramOrigin(reqArg)
	fn := send.Fn
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	callers := r.callers[fn]
	if param < 0 || len(callers) == 0 || len(callers) > maxAlternatives {
		return []*SendSite{direct}
	}
	var out []*SendSite
	for _, call := range callers {
		syntax := r.calls[call.Pos()]
		c := call.Common()
		if syntax == nil || param >= len(c.Args) {
			return []*SendSite{direct}
		}
		site := &SendSite{Call: syntax, Clients: send.Clients, q: q}
		for _, origin := range r.requestOrigins(c.Args[param]) {
			site.Requests = append(site.Requests, r.resolveRequest(origin, call.Parent()))
		}
		site.stages = []stage{q.newStage(call.Parent(), call, c.Args[param]), direct.stages[0]}
		out = append(out, site)
	}
	return out
}

// HelperSites returns the calls in this package of functions of other
// packages that send a request they are given, as Helpers.Sends tells.
func (q *SiteQuery) HelperSites() []*SendSite {
	r := q.r
	if !r.Relevant || q.h.Sends == nil || q.helpersDone {
		return q.helperSites
	}
	q.helpersDone = true
	var out []*SendSite
	r.callsOut(func(fn *ssa.Function, call *ssa.Call, syntax *ast.CallExpr, obj *types.Func) {
		for _, ps := range q.h.Sends(obj.Origin()) {
			args := call.Call.Args
			if ps.Param >= len(args) {
				continue
			}
			site := &SendSite{Call: syntax, Clients: []Client{{Bearer: ps.Bearer}}, q: q}
			for _, origin := range r.requestOrigins(args[ps.Param]) {
				site.Requests = append(site.Requests, r.resolveRequest(origin, fn))
			}
			site.stages = []stage{q.newStage(fn, call, args[ps.Param])}
			out = append(out, site)
		}
	})
	q.helperSites = out
	return out
}

// ParamSends returns, for the functions of this package, the request
// parameters each sends (directly, through a helper of this package,
// or through one of another package that Helpers.Sends knows), for
// the pass to export as facts.
func (q *SiteQuery) ParamSends() map[*types.Func][]ParamSend {
	r := q.r
	out := map[*types.Func][]ParamSend{}
	add := func(fn *ssa.Function, req ssa.Value, clients []Client) {
		obj, ok := fn.Object().(*types.Func)
		p := paramOrigin(req)
		if !ok || fn.Parent() != nil || p < 0 {
			return
		}
		bearer := len(clients) > 0
		for _, c := range clients {
			bearer = bearer && clientBearer(c)
		}
		for _, ps := range out[obj] {
			if ps.Param == p {
				return
			}
		}
		out[obj] = append(out[obj], ParamSend{Param: p, Bearer: bearer})
	}
	if !r.Relevant {
		return out
	}
	for _, send := range r.Sends() {
		if instr := r.callInstrs[send.Call.Lparen]; instr != nil {
			if req := requestArg(instr); req != nil {
				add(send.Fn, req, send.Clients)
			}
		}
		for _, site := range q.Sites(send) {
			if len(site.stages) > 1 {
				add(site.stages[0].fn, site.stages[0].req, site.Clients)
			}
		}
	}
	for _, site := range q.HelperSites() {
		add(site.stages[0].fn, site.stages[0].req, site.Clients)
	}
	return out
}

// ParamURLWrites returns, for the functions of this package, the
// request (or *url.URL) parameters whose URL each may change, for the
// pass to export as facts.
func (q *SiteQuery) ParamURLWrites() map[*types.Func][]int {
	out := map[*types.Func][]int{}
	if !q.r.Relevant {
		return out
	}
	for _, fn := range q.r.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil {
			continue
		}
		for i := range fn.Params {
			if q.paramWritesURL(fn, i) {
				out[obj] = append(out[obj], i)
			}
		}
	}
	return out
}

// paramOrigin returns the index of the parameter that the request v
// comes from on every path, or -1.
func paramOrigin(v ssa.Value) int {
	p := -1
	for _, o := range backward(v) {
		switch o := o.(type) {
		case *ssa.Parameter:
			i := slices.Index(o.Parent().Params, o)
			if p >= 0 && i != p || i < 0 {
				return -1
			}
			p = i
		case *ssa.UnOp:
			if _, ok := o.X.(*ssa.Alloc); !ok {
				return -1 // a field, a global: not the parameter
			}
		case *ssa.Call:
			if !funcs.IsMethod(calleeObj(o.Common()), "net/http", "Request", "WithContext") {
				return -1
			}
		case *ssa.Phi, *ssa.ChangeType, *ssa.Alloc:
		case *ssa.Const:
			// nil
		default:
			return -1
		}
	}
	return p
}

// backward returns v and the values of its function v can be a copy
// of: the edges of phis, what was stored in a request variable, the
// receiver of WithContext (whose result shares the URL).
func backward(v ssa.Value) []ssa.Value {
	var out []ssa.Value
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{v}
	for len(work) > 0 && len(out) < 64 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if v == nil || seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, v)
		switch v := v.(type) {
		case *ssa.Phi:
			work = append(work, v.Edges...)
		case *ssa.ChangeType:
			work = append(work, v.X)
		case *ssa.UnOp:
			if alloc, ok := v.X.(*ssa.Alloc); ok && v.Op == token.MUL {
				work = append(work, alloc)
				for _, ref := range *alloc.Referrers() {
					if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
						work = append(work, st.Val)
					}
				}
			}
		case *ssa.Call:
			if funcs.IsMethod(calleeObj(v.Common()), "net/http", "Request", "WithContext") {
				work = append(work, v.Common().Args[0])
			}
		}
	}
	return out
}

// aliases returns the values of their function that hold the request
// one of start holds, following it forward: phis, request variables, and the
// results of WithContext, which share its URL.
func aliases(start []ssa.Value) []ssa.Value {
	var out []ssa.Value
	seen := map[ssa.Value]bool{}
	work := slices.Clone(start)
	for len(work) > 0 && len(out) < 256 {
		a := work[len(work)-1]
		work = work[:len(work)-1]
		if a == nil || seen[a] || a.Referrers() == nil {
			continue
		}
		seen[a] = true
		out = append(out, a)
		for _, ref := range *a.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Phi:
				work = append(work, ref)
			case *ssa.ChangeType:
				work = append(work, ref)
			case *ssa.UnOp:
				if ref.Op == token.MUL && ref.X == a {
					work = append(work, ref)
				}
			case *ssa.Store:
				if alloc, ok := ref.Addr.(*ssa.Alloc); ok && ref.Val == a {
					work = append(work, alloc)
				}
			case *ssa.Call:
				if funcs.IsMethod(calleeObj(ref.Common()), "net/http", "Request", "WithContext") && slices.Index(ref.Common().Args, a) == 0 {
					work = append(work, ref)
				}
			}
		}
	}
	return out
}

// A urlEvent is a change that may be made to a request's URL: req.URL
// = u, req.URL.Host = h (and Scheme, Path, Opaque), or a call that may
// do either (known is false then).
type urlEvent struct {
	instr ssa.Instruction // in the function of stage
	stage int
	field string    // "" for the whole URL
	val   ssa.Value // nil when not known
}

// urlFields are the fields of url.URL that change where a request goes
// (its host) or what it asks for (its path).
var urlFields = []string{"Scheme", "Host", "Path", "RawPath", "Opaque"}

// urlEvents returns the changes made to the URL of the request held by
// the values as (all of one function, as aliases returns them), each
// attributed to an instruction of that function: the store itself, or
// the call of a helper that makes it. skip is a call not to look into
// (the next stage).
func (q *SiteQuery) urlEvents(as []ssa.Value, skip ssa.Instruction) []urlEvent {
	var out []urlEvent
	for _, a := range as {
		for _, ref := range *a.Referrers() {
			switch ref := ref.(type) {
			case *ssa.FieldAddr:
				st, ok := structOf(ref.X.Type())
				if !ok || ref.X != a || st.Field(ref.Field).Name() != "URL" {
					continue
				}
				for _, ref2 := range *ref.Referrers() {
					switch ref2 := ref2.(type) {
					case *ssa.Store:
						if ref2.Addr == ref {
							out = append(out, urlEvent{instr: ref2, val: ref2.Val})
						}
					case *ssa.UnOp:
						if ref2.Op == token.MUL {
							out = append(out, q.urlObjectEvents(ref2)...)
						}
					}
				}
			case *ssa.MakeClosure:
				// A closure that captures the request may change it.
				if i := slices.Index(ref.Bindings, a); i >= 0 {
					if fn, ok := ref.Fn.(*ssa.Function); ok && i < len(fn.FreeVars) && q.writesURL(fn.FreeVars[i]) {
						out = append(out, urlEvent{instr: ref})
					}
				}
			case ssa.CallInstruction:
				if ref == skip {
					continue
				}
				if q.callWritesURL(ref, a) {
					out = append(out, urlEvent{instr: ref})
				}
			}
		}
	}
	return out
}

// urlObjectEvents returns the changes made to the *url.URL u.
func (q *SiteQuery) urlObjectEvents(u ssa.Value) []urlEvent {
	var out []urlEvent
	for _, ref := range *u.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr:
			st, ok := structOf(ref.X.Type())
			if !ok || ref.X != u || !slices.Contains(urlFields, st.Field(ref.Field).Name()) {
				continue
			}
			for _, ref2 := range *ref.Referrers() {
				if store, ok := ref2.(*ssa.Store); ok && store.Addr == ref {
					out = append(out, urlEvent{instr: store, field: st.Field(ref.Field).Name(), val: store.Val})
				}
			}
		case ssa.CallInstruction:
			if q.callWritesURL(ref, u) {
				out = append(out, urlEvent{instr: ref})
			}
		}
	}
	return out
}

// callWritesURL reports whether call may change the URL of the request
// (or the *url.URL) a that it is passed.
func (q *SiteQuery) callWritesURL(call ssa.CallInstruction, a ssa.Value) bool {
	c := call.Common()
	i := slices.Index(c.Args, a)
	if i < 0 || c.IsInvoke() {
		// A method of an interface or a function value: not known,
		// taken not to touch the URL (request options set headers).
		return false
	}
	obj := calleeObj(c)
	callee := c.StaticCallee()
	if obj == nil || callee == nil {
		return false
	}
	if funcs.IsMethod(obj, "net/url", "URL", "UnmarshalBinary") {
		return true
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg != q.r.pkg {
		// Facts tell; the standard library, which some drivers do not
		// analyse, only reads a request's URL.
		return q.h.WritesURL != nil && q.h.WritesURL(obj.Origin(), i)
	}
	return q.paramWritesURL(callee, i)
}

// paramWritesURL reports whether fn may change the URL of the request
// or *url.URL passed as its parameter i.
func (q *SiteQuery) paramWritesURL(fn *ssa.Function, i int) bool {
	key := paramKey{fn, i}
	if w, ok := q.writes[key]; ok {
		return w
	}
	q.writes[key] = false // a recursive call adds nothing
	w := i < len(fn.Params) && q.writesURL(fn.Params[i])
	q.writes[key] = w
	return w
}

// writesURL reports whether the function of v, a request or a
// *url.URL, may change its URL.
func (q *SiteQuery) writesURL(v ssa.Value) bool {
	switch {
	case funcs.IsNamed(v.Type(), "net/http", "Request") && isPointer(v.Type()):
		return len(q.urlEvents(aliases([]ssa.Value{v}), nil)) > 0
	case isURLType(v.Type()) && isPointer(v.Type()):
		return len(q.urlObjectEvents(v)) > 0
	}
	return false
}

// trace finds the changes made to the URL of site's requests on their
// way to the send, keeping those that can happen before it.
func (site *SendSite) trace() []urlEvent {
	if site.traced {
		return site.events
	}
	site.traced = true
	for k, st := range site.stages {
		var skip ssa.Instruction
		if k+1 < len(site.stages) {
			skip = st.point
		}
		for _, e := range site.q.urlEvents(site.aliases(k), skip) {
			if e.instr.Parent() == st.fn && paths.Reaches(e.instr, st.point) {
				e.stage = k
				site.events = append(site.events, e)
			}
		}
	}
	slices.SortStableFunc(site.events, func(a, b urlEvent) int {
		if a.stage != b.stage {
			return a.stage - b.stage
		}
		return int(a.instr.Pos() - b.instr.Pos())
	})
	return site.events
}

// aliases returns the values of stage k's function that hold the
// request passed on there.
func (site *SendSite) aliases(k int) []ssa.Value {
	if site.aliased == nil {
		site.aliased = make([][]ssa.Value, len(site.stages))
		for i, st := range site.stages {
			if st.req != nil {
				site.aliased[i] = aliases(backward(st.req))
			}
		}
	}
	return site.aliased[k]
}

// rewritten returns the URLs req has at the send when its URL is
// changed after it was made; ok is false when it is not changed, and
// the result is empty when the new URL is not known.
func (site *SendSite) rewritten(req Request) (urls Strs, ok bool) {
	events := site.trace()
	if len(events) == 0 {
		return nil, false
	}
	r := site.q.r
	urls = req.URLs
	if len(urls) == 0 {
		urls = Strs{Unknown()}
	}
	for _, e := range events {
		if e.val == nil {
			return nil, true
		}
		fn := site.stages[e.stage].fn
		var next Strs
		switch e.field {
		case "":
			next = r.resolveParams(r.urlStrings(e.val), fn)
		case "RawPath":
			continue // Path holds the same path
		case "Opaque":
			next = Strs{Unknown()}
		default:
			vals := r.resolveParams(r.eval(e.val), fn)
			if len(vals) == 0 {
				vals = Strs{Unknown()}
			}
			for _, u := range urls {
				for _, v := range vals {
					p := splitURL(u)
					switch e.field {
					case "Scheme":
						p.scheme = v
					case "Host":
						p.host = v
					case "Path":
						p.path = v
					}
					next = append(next, p.str())
				}
			}
		}
		if paths.Dominates(e.instr, site.stages[e.stage].point) {
			urls = next.bounded()
		} else {
			urls = append(urls, next...).bounded()
		}
	}
	return urls, true
}

// baseConds returns the decisions known to hold at point: those on the
// way to its block, and what a comparison among them says of the
// branches that chose a string (base == gatewayBase holds only on the
// path that set base to gatewayBase).
func (q *SiteQuery) baseConds(point ssa.Instruction) []Cond {
	base := paths.Block(point.Block())
	out := slices.Clone(base)
	for _, c := range base {
		out = append(out, q.impliedBy(c, point.Parent())...)
	}
	return out
}

// impliedBy returns what c, a comparison of a string with a constant
// that went one way, says of the branches that chose the string.
func (q *SiteQuery) impliedBy(c Cond, fn *ssa.Function) []Cond {
	bin, ok := c.Cond.(*ssa.BinOp)
	if !ok || bin.Op != token.EQL && bin.Op != token.NEQ || !isStringish(bin.X.Type()) {
		return nil
	}
	x, k := bin.X, bin.Y
	if _, isConst := x.(*ssa.Const); isConst {
		x, k = k, x
	}
	kc, ok := k.(*ssa.Const)
	if !ok || kc.Value == nil || kc.Value.Kind() != constant.String {
		return nil
	}
	want := constant.StringVal(kc.Value)
	equal := (bin.Op == token.EQL) == c.Taken
	var match [][]Cond
	for _, a := range q.r.alts(x, fn, map[ssa.Value]bool{}, 0) {
		s, ok := a.Value.Const()
		if !ok || a.Merged {
			return nil // it may be anything
		}
		if (s == want) == equal {
			match = append(match, a.Conds)
		}
	}
	if len(match) == 0 {
		return nil
	}
	var out []Cond
	for _, c0 := range match[0] {
		common := true
		for _, m := range match[1:] {
			common = common && paths.Share([]Cond{c0}, m)
		}
		if common {
			out = append(out, c0)
		}
	}
	return out
}

// possible drops the alternatives that cannot hold where base holds.
func possible(alts []Alt, base []Cond) []Alt {
	return slices.DeleteFunc(alts, func(a Alt) bool { return paths.Conflict(a.Conds, base) })
}

// URLAlts returns the URLs that req, one of the requests of site, can
// have where it is sent, each with the branches leading to it. Values
// built in the outermost function of the site are split at their phi
// nodes; values from elsewhere are one merged leaf. A URL changed on
// the way (req.URL.Host = ..., req.URL = u) is the new URL, or nothing
// when that is not known.
func (q *SiteQuery) URLAlts(site *SendSite, req Request) []Alt {
	r := q.r
	if !r.Relevant {
		return nil
	}
	if len(site.stages) == 0 {
		return leafAlts(req.URLs)
	}
	outer := site.stages[0]
	v := site.urlArg
	if v == nil {
		if urls, ok := site.rewritten(req); ok {
			return leafAlts(urls)
		}
		if req.Create.IsValid() {
			if create, ok := r.callInstrs[req.Create]; ok && create.Parent() == outer.fn {
				c := create.Common()
				switch obj := calleeObj(c); {
				case funcs.IsFunc(obj, "net/http", "NewRequest") && len(c.Args) > 1:
					v = c.Args[1]
				case funcs.IsFunc(obj, "net/http", "NewRequestWithContext") && len(c.Args) > 2:
					v = c.Args[2]
				}
			}
		}
	}
	if v == nil {
		return leafAlts(req.URLs)
	}
	return possible(relative(r.alts(v, outer.fn, map[ssa.Value]bool{}, 0), outer.base), outer.base)
}

// Path returns the branches on which the alternatives alts are all
// taken, those taken on every path to site's send left out: the path a
// finding names.
func (site *SendSite) Path(alts ...Alt) []Cond {
	var base []Cond
	for _, st := range site.stages {
		base = append(base, paths.Dominating(st.point)...)
	}
	var out []Cond
	for _, a := range alts {
		for _, c := range paths.Relative(a.Conds, base) {
			if !paths.Share([]Cond{c}, out) {
				out = append(out, c)
			}
		}
	}
	return out
}

// AuthAlts returns the Authorization values that req, sent at site, can
// carry there: headers set on the request before it is sent (directly,
// by helpers, by (*oauth2.Token).SetAuthHeader or SetBasicAuth) with the
// branches that lead to them, and the clients' transports. A header
// set only after the send, or on a branch that does not lead to it,
// does not count.
func (q *SiteQuery) AuthAlts(site *SendSite, req Request) []AuthAlt {
	r := q.r
	if !r.Relevant {
		return nil
	}
	var out []AuthAlt
	for _, h := range HeaderValues("Authorization", req, nil) {
		instr := q.instrAt(h.Site)
		k := -1
		if instr != nil {
			k = slices.IndexFunc(site.stages, func(st stage) bool { return st.fn == instr.Parent() })
		}
		if !q.setBefore(site, instr, k) {
			continue
		}
		if k < 0 {
			for _, a := range leafAlts(h.Value) {
				out = append(out, AuthAlt{Alt: a, Bearer: isBearer(a.Value), Site: h.Site})
			}
			continue
		}
		st := site.stages[k]
		conds := paths.Relative(paths.Block(instr.Block()), st.base)
		var alts []Alt
		if call, ok := instr.(ssa.CallInstruction); ok && funcs.IsMethod(calleeObj(call.Common()), "net/http", "Header", "Set", "Add") {
			if args := CallArgs(call.Common()); len(args) == 3 {
				alts = relative(r.alts(args[2], st.fn, map[ssa.Value]bool{}, 0), st.base)
			}
		}
		if alts == nil {
			alts = leafAlts(h.Value)
		}
		for _, a := range alts {
			a.Conds = append(slices.Clone(conds), a.Conds...)
			if conflicting(a.Conds) || paths.Conflict(a.Conds, st.base) {
				continue
			}
			out = append(out, AuthAlt{Alt: a, Bearer: isBearer(a.Value), Site: h.Site})
		}
	}
	bearerClients := 0
	for _, c := range site.Clients {
		if clientBearer(c) {
			bearerClients++
		}
	}
	for _, c := range site.Clients {
		if !clientBearer(c) {
			continue
		}
		out = append(out, AuthAlt{
			Alt:    Alt{Value: Lit("Bearer ").Concat(Unknown()), Merged: bearerClients < len(site.Clients)},
			Bearer: true,
			Site:   c.Site,
		})
	}
	return out
}

// setBefore reports whether the header set at instr (in the function of
// stage k of site, or in a helper when k < 0) can be set before the
// request is passed on there. What cannot be placed counts.
func (q *SiteQuery) setBefore(site *SendSite, instr ssa.Instruction, k int) bool {
	if instr == nil {
		return true
	}
	if k >= 0 {
		return paths.Reaches(instr, site.stages[k].point)
	}
	// Set in a helper: at the calls of the stages' functions that pass
	// the request to it.
	found := false
	for k, st := range site.stages {
		for _, a := range site.aliases(k) {
			for _, ref := range *a.Referrers() {
				call, ok := ref.(ssa.CallInstruction)
				if !ok || !slices.Contains(call.Common().Args, a) || call == st.point && k+1 < len(site.stages) {
					continue // the call of the next stage is judged there
				}
				callee := call.Common().StaticCallee()
				if callee == nil || !q.calls(callee, instr.Parent(), 4) {
					continue
				}
				if paths.Reaches(call, st.point) {
					return true
				}
				found = true
			}
		}
	}
	return !found
}

// calls reports whether fn is target or calls it, within depth calls.
func (q *SiteQuery) calls(fn, target *ssa.Function, depth int) bool {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn == target {
		return true
	}
	key := [2]*ssa.Function{fn, target}
	if c, ok := q.contains[key]; ok || depth == 0 {
		return c
	}
	q.contains[key] = false
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if callee := call.Common().StaticCallee(); callee != nil && callee.Pkg == q.r.pkg && q.calls(callee, target, depth-1) {
					q.contains[key] = true
					return true
				}
			}
		}
	}
	return false
}

// instrAt returns the instruction of this package at pos that sets a
// header: a call or a map update.
func (q *SiteQuery) instrAt(pos token.Pos) ssa.Instruction {
	if !pos.IsValid() {
		return nil
	}
	if q.instrs == nil {
		q.instrs = map[token.Pos]ssa.Instruction{}
		for _, fn := range q.r.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					switch instr.(type) {
					case ssa.CallInstruction, *ssa.MapUpdate, *ssa.Store:
						if p := instr.Pos(); p.IsValid() {
							if _, dup := q.instrs[p]; !dup {
								q.instrs[p] = instr
							}
						}
					}
				}
			}
		}
	}
	return q.instrs[pos]
}

// clientBearer reports whether every request sent through c carries a
// bearer token.
func clientBearer(c Client) bool {
	if c.Bearer {
		return true
	}
	for _, h := range c.Headers {
		if HasBearer(h) {
			return true
		}
	}
	return false
}

func isBearer(s Str) bool {
	return strings.HasPrefix(strings.ToLower(s.Prefix()), "bearer ")
}

// leafAlts turns the values of something not split by branches into
// alternatives: merged when there is more than one.
func leafAlts(ss Strs) []Alt {
	out := make([]Alt, 0, len(ss))
	for _, s := range ss {
		out = append(out, Alt{Value: s, Merged: len(ss) > 1})
	}
	return out
}

// alts enumerates what v can be in fn, splitting phi nodes into their
// edges and concatenations into their operands.
func (r *Result) alts(v ssa.Value, fn *ssa.Function, visiting map[ssa.Value]bool, depth int) []Alt {
	if depth < 8 && !visiting[v] {
		switch v := v.(type) {
		case *ssa.Phi:
			var out []Alt
			for i, e := range v.Edges {
				if visiting[e] {
					continue // a loop back edge adds nothing new
				}
				edge := paths.Edge(v.Block(), i)
				visiting[v] = true
				sub := r.alts(e, fn, visiting, depth+1)
				delete(visiting, v)
				for _, a := range sub {
					a.Conds = append(append([]Cond(nil), edge...), a.Conds...)
					if !conflicting(a.Conds) {
						out = append(out, a)
					}
				}
				if len(out) > maxAlts {
					return leafAlts(r.resolveParams(r.eval(v), fn))
				}
			}
			if len(out) > 0 {
				return out
			}
		case *ssa.BinOp:
			if v.Op == token.ADD && isStringish(v.Type()) {
				xs, ys := r.alts(v.X, fn, visiting, depth+1), r.alts(v.Y, fn, visiting, depth+1)
				if len(xs)*len(ys) <= maxAlts {
					var out []Alt
					for _, x := range xs {
						for _, y := range ys {
							a := Alt{
								Value:  x.Value.Concat(y.Value),
								Conds:  append(append([]Cond(nil), x.Conds...), y.Conds...),
								Merged: x.Merged || y.Merged,
							}
							if !conflicting(a.Conds) {
								out = append(out, a)
							}
						}
					}
					return out
				}
			}
		case *ssa.MakeInterface:
			return r.alts(v.X, fn, visiting, depth+1)
		}
	}
	return leafAlts(r.resolveParams(r.eval(v), fn))
}

// relative drops from each alternative the decisions shared with the
// block of the send (the send is only reached on those paths anyway).
func relative(alts []Alt, base []Cond) []Alt {
	for i := range alts {
		alts[i].Conds = paths.Relative(alts[i].Conds, base)
	}
	return alts
}

// conflicting reports whether conds take both ways of one condition.
func conflicting(conds []Cond) bool {
	return paths.Conflict(conds, conds)
}

// ClientArg returns the clients that an argument of a call of this
// package can be: an *http.Client, or an interface holding one.
func (r *Result) ClientArg(call *ast.CallExpr, arg int) []Client {
	if !r.Relevant || arg >= len(call.Args) {
		return nil
	}
	instr, ok := r.callInstrs[call.Lparen]
	if !ok {
		return nil
	}
	c := instr.Common()
	k := arg
	if !c.IsInvoke() && c.Signature().Recv() != nil {
		k++
	}
	if k >= len(c.Args) {
		return nil
	}
	v := c.Args[k]
	for {
		mi, ok := v.(*ssa.MakeInterface)
		if !ok {
			break
		}
		v = mi.X
	}
	if !funcs.IsNamed(v.Type(), "net/http", "Client") {
		return nil
	}
	return r.clientOrigins(v)
}

// CarriesBearer reports whether every request sent through c carries
// an OAuth bearer token.
func (c Client) CarriesBearer() bool { return clientBearer(c) }

// alwaysBearer reports whether every request send sends carries an
// OAuth bearer token on every path.
func (q *SiteQuery) alwaysBearer(send *Send) bool {
	sites := q.Sites(send)
	if len(sites) != 1 || len(sites[0].Requests) == 0 {
		return false
	}
	for _, req := range sites[0].Requests {
		if !slices.ContainsFunc(q.AuthAlts(sites[0], req), func(a AuthAlt) bool { return a.Bearer && a.Certain() }) {
			return false
		}
	}
	return true
}

// HelperCallSite is the site of c, a call of another package's request
// helper that sends a bearer token where the call says (see
// HelperCalls): the call, with the URLs it gives.
func (q *SiteQuery) HelperCallSite(c HelperCall) *SendSite {
	return &SendSite{
		Call:     c.Call,
		Requests: []Request{{URLs: c.Send.URLs}},
		Clients:  []Client{{Bearer: c.Send.Bearer}},
		q:        q,
	}
}
