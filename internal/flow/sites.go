package flow

import (
	"go/ast"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A Site is a place where requests are reported as sent: a call that
// sends requests made in its function; or, where a function sends a
// request it receives as a parameter (a do(req) helper), each call of
// that function, in this package or (known from facts) in another,
// that passes it a request made by the caller. Reporting at the helper's
// call puts a finding where the request is made and can be fixed, once
// per caller, however many callers the helper has.
type Site struct {
	Call     *ast.CallExpr
	Fn       *ssa.Function
	Requests []Request
	Clients  []Client
	// Via, for the call of another package's function that sends its
	// requests through the client it is given here (see ClientSend),
	// names the function that sends them.
	Via string
}

// RequestSites returns the package's sites, in source order of their
// functions. Requests a function receives as parameters are not among
// its own sends' requests: they are its callers'.
func (r *Result) RequestSites() []*Site {
	if !r.Relevant || r.sitesDone {
		return r.sites
	}
	r.sitesDone = true
	for _, fn := range r.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				syntax := r.calls[call.Pos()]
				if syntax == nil {
					continue
				}
				if site := r.sendSite(fn, call, syntax); site != nil {
					r.sites = append(r.sites, site)
				}
				r.sites = append(r.sites, r.helperSites(fn, call, syntax)...)
				r.sites = append(r.sites, r.clientSendSites(fn, call, syntax)...)
			}
		}
	}
	return r.sites
}

// sendSite is the site of a send call, with the requests its function
// makes itself.
func (r *Result) sendSite(fn *ssa.Function, call ssa.CallInstruction, syntax *ast.CallExpr) *Site {
	clients, reqArg, urlArg, ok := r.sendParts(call)
	if !ok {
		return nil
	}
	site := &Site{Call: syntax, Fn: fn, Clients: clients}
	if reqArg == nil {
		site.Requests = []Request{{URLs: r.resolveParams(r.eval(urlArg), fn)}}
		return site
	}
	for _, req := range r.requestOrigins(reqArg) {
		if req.Param == 0 {
			site.Requests = append(site.Requests, r.resolveRequest(req, fn))
		}
	}
	if len(site.Requests) == 0 {
		return nil // only requests of the callers
	}
	return site
}

// helperSites are the sites of a call of a function that sends the
// request it is given, one per argument so sent.
func (r *Result) helperSites(fn *ssa.Function, call ssa.CallInstruction, syntax *ast.CallExpr) []*Site {
	callee := call.Common().StaticCallee()
	if callee == nil {
		return nil
	}
	s := r.summary(callee)
	var out []*Site
	args := r.argValues(call.Common())
	for j, clients := range s.ParamSends {
		if clients == nil || j >= len(call.Common().Args) {
			continue
		}
		site := &Site{Call: syntax, Fn: fn, Clients: r.substClients(clients, args, callee)}
		for _, req := range r.requestOrigins(call.Common().Args[j]) {
			if req.Param != 0 {
				continue // the caller's own parameter: its callers' sites
			}
			// requestOrigins has decorated req with what every helper
			// it is handed to in fn sets on it, this one included.
			site.Requests = append(site.Requests, r.resolveRequest(req, fn))
		}
		if len(site.Requests) > 0 {
			out = append(out, site)
		}
	}
	return out
}

// paramSends returns, when fn sends the request it receives as
// parameter i (itself or through a helper), the clients it sends it
// through; nil when it does not.
func (r *Result) paramSends(fn *ssa.Function, i int) []Client {
	var out []Client
	sent := false
	fromParam := func(v ssa.Value) bool {
		return slices.ContainsFunc(r.requestOrigins(v), func(req Request) bool { return req.Param == i+1 })
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if clients, reqArg, _, ok := r.sendParts(call); ok {
				if reqArg != nil && fromParam(reqArg) {
					sent = true
					out = append(out, clients...)
				}
				continue
			}
			callee := call.Common().StaticCallee()
			if callee == nil {
				continue
			}
			s := r.summary(callee)
			args := call.Common().Args
			for j, clients := range s.ParamSends {
				if clients != nil && j < len(args) && fromParam(args[j]) {
					sent = true
					out = append(out, r.substClients(clients, r.argValues(call.Common()), callee)...)
				}
			}
		}
	}
	if !sent {
		return nil
	}
	if len(out) == 0 {
		out = []Client{{Opaque: true}} // never empty: facts do not tell nil from empty
	}
	return out
}
