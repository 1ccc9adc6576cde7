package flow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Clients judged by importers.
//
// An SDK package of the module keeps its HTTP client behind an
// interface and takes it from its constructor:
//
//	func New(hc HTTPClient, site string) *Client { return &Client{hc: hc, site: site} }
//
// When no code of the package calls New, what its sends go through is
// what the packages importing it pass, which a package analysed before
// its importers cannot see. Such a client is Deferred: the package does
// not judge the sends through it, and its facts (Summary.ClientSends)
// carry their requests to the importers, whose calls of New are request
// sites with the client they pass (a wrapping constructor of theirs
// that no code of theirs calls defers again).

// A ClientSend is a request sent through the HTTP client passed to a
// function's parameter.
type ClientSend struct {
	Param    int // 0-based, receiver first
	Requests []Request
	// Via names the function that sends it, for messages:
	// "servicedesk.(*Client).Queue".
	Via string
}

// importersCall reports whether packages importing this one can call
// fn, so that what they pass is what its parameters are.
func (r *Result) importersCall(fn *ssa.Function) bool {
	obj, ok := fn.Object().(*types.Func)
	return ok && fn.Parent() == nil && obj.Exported() && r.pass.Pkg.Name() != "main"
}

// clientSends returns, by function of this package, the requests sent
// through deferred clients of its parameters: by the package's own
// sends, and by the calls of other packages' functions it passes them
// to. Computed once.
func (r *Result) clientSends() map[*ssa.Function][]ClientSend {
	if r.deferred != nil {
		return r.deferred
	}
	r.deferred = map[*ssa.Function][]ClientSend{}
	if !r.mayDefer() {
		return r.deferred
	}
	for _, site := range r.RequestSites() {
		if len(site.Clients) == 0 {
			continue
		}
		var fn *ssa.Function
		param := -1
		for _, c := range site.Clients {
			if !c.Deferred || fn != nil && (c.deferFn != fn || c.deferParam != param) {
				fn = nil
				break
			}
			fn, param = c.deferFn, c.deferParam
		}
		if fn == nil {
			continue // not wholly one parameter's
		}
		via := site.Via
		if via == "" {
			via = shortName(site.Fn)
		}
		r.deferred[fn] = append(r.deferred[fn], ClientSend{Param: param, Requests: site.Requests, Via: via})
	}
	return r.deferred
}

// mayDefer reports whether the package can send through a deferred
// client: it sends through an HTTPClient interface, or calls a function
// of another package that does; most packages do neither, and need not
// have their request sites computed for their facts.
func (r *Result) mayDefer() bool {
	if r.pass.Pkg.Name() == "main" {
		return false
	}
	for _, fn := range r.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				c := call.Common()
				if c.IsInvoke() && isDoer(c.Method) {
					return true
				}
				if callee := c.StaticCallee(); callee != nil && callee.Pkg != r.pkg && len(r.summary(callee).ClientSends) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// clientSendSites are the sites of a call of another package's function
// whose summary says requests are sent through the client passed to
// one of its parameters: one per such send, with the clients passed.
func (r *Result) clientSendSites(fn *ssa.Function, call ssa.CallInstruction, syntax *ast.CallExpr) []*Site {
	callee := call.Common().StaticCallee()
	if callee == nil || call.Common().IsInvoke() {
		return nil
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg == r.pkg {
		return nil
	}
	var out []*Site
	args := call.Common().Args
	for _, cs := range r.summary(callee).ClientSends {
		if cs.Param >= len(args) {
			continue
		}
		out = append(out, &Site{Call: syntax, Fn: fn, Requests: cs.Requests, Clients: r.doerClients(args[cs.Param], 0), Via: cs.Via})
	}
	return out
}

// shortName names fn for a message as its package's name qualifies it:
// "servicedesk.(*Client).Queue", "servicedesk.Fetch".
func shortName(fn *ssa.Function) string {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil {
		return fn.Name()
	}
	qual := func(p *types.Package) string {
		if p == obj.Pkg() {
			return ""
		}
		return p.Name()
	}
	if recv := obj.Signature().Recv(); recv != nil {
		return obj.Pkg().Name() + ".(" + types.TypeString(recv.Type(), qual) + ")." + obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}
