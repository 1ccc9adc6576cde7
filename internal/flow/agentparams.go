package flow

import (
	"go/ast"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
)

// User-Agents given to a library client by the callers of the function
// that makes it.
//
// A constructor of the module often takes the User-Agent from its
// caller (func NewWithAgent(site, agent string) *Exporter, which sets
// agent on the resty client it keeps): the value is written at each
// call, perhaps in another package, and that is where a bad one is
// reported. A ParamAgent, in the constructor's Summary, says which
// parameter becomes the User-Agent and where the client's requests
// go; AgentArgs finds the calls' arguments.

// A ParamAgent says that parameter Param (1-based, receiver first) of a
// function becomes the User-Agent of a client-library client the
// function makes: resty's SetHeader("User-Agent", p), go-atlassian's
// Auth.SetUserAgent(p), on the client or on a request it sends there.
type ParamAgent struct {
	Param int
	// URLs are where the requests carrying it go, as the function's
	// package knows them without its callers: parameters are forgotten,
	// for the requests may be sent by other functions (its methods)
	// whose parameters they are.
	URLs Strs
	// AtlassianLibrary: the client is of a library made for Atlassian's
	// APIs, whose requests go to Atlassian wherever its URL points.
	AtlassianLibrary bool
}

// paramAgents returns, by function of this package, the ParamAgents of
// the library clients it makes; computed on first use.
func (r *Result) paramAgents() map[*ssa.Function][]ParamAgent {
	if r.agentParams != nil {
		return r.agentParams
	}
	r.agentParams = map[*ssa.Function][]ParamAgent{}
	if !importsClientLibrary(r.pass.Pkg) {
		return r.agentParams
	}
	for _, site := range r.LibClientSites() {
		c := &site.Client
		if site.Wrapped != nil || c.Library == nil || c.Opaque {
			// Made by another function of the module, or changed by
			// code atlvet cannot see, which may set another agent.
			continue
		}
		fn := site.Fn
		atl := c.Library.Atlassian && !(c.InTest && loopbackOnly(c.BaseURLs))
		add := func(hs []Header, urls Strs) {
			for _, h := range hs {
				if h.Name != "User-Agent" || h.LibraryDefault || h.NonCanonical || !hasParam1(h.Value) || h.instr == nil || h.instr.Parent() != fn {
					continue // the parameter is fn's only where fn sets it
				}
				r.agentParams[fn] = append(r.agentParams[fn], ParamAgent{Param: h.Value[0].Parts[0].Param, URLs: urls.forgetParams(), AtlassianLibrary: atl})
			}
		}
		// The client's own agent goes with the requests that set none.
		var plain Strs
		for i := range c.Sends {
			s := &c.Sends[i]
			add(s.Headers, s.URLs)
			if !hasProgramAgent(s.Headers) {
				plain = append(plain, s.URLs...)
			}
		}
		switch {
		case len(c.Sends) == 0:
			add(c.Headers, c.BaseURLs)
		case len(plain) > 0:
			add(c.Headers, plain)
		}
	}
	return r.agentParams
}

// hasProgramAgent reports whether hs sets a User-Agent of the program's.
func hasProgramAgent(hs []Header) bool {
	for _, h := range hs {
		if h.Name == "User-Agent" && !h.LibraryDefault && !h.NonCanonical {
			return true
		}
	}
	return false
}

// paramAgentsOf returns the ParamAgents of fn: of this package, or
// from the Summary fact of another package of the module.
func (r *Result) paramAgentsOf(fn *ssa.Function) []ParamAgent {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg == r.pkg {
		return r.paramAgents()[fn]
	}
	return r.summary(fn).ParamAgents
}

// An AgentArg is an argument of a call of this package that the
// function called sets as the User-Agent of a library client it makes.
type AgentArg struct {
	Call  *ast.CallExpr
	Expr  ast.Expr // the argument
	Value Strs     // what it can be
	Agent ParamAgent
}

// Target returns where the requests carrying the argument go, in
// Atlassian's terms, and whether they go to Atlassian (see LibTarget).
func (a *AgentArg) Target(hosts atlassian.Hosts) (Target, bool) {
	return libTarget(hosts, a.Agent.URLs, a.Agent.AtlassianLibrary)
}

// AgentArgs returns the arguments of the package's calls that the
// functions called set as the User-Agent of a library client, in
// source order of their functions.
func (r *Result) AgentArgs() []AgentArg {
	if !r.Relevant {
		return nil
	}
	var out []AgentArg
	for _, fn := range r.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				callee := call.Call.StaticCallee()
				if callee == nil {
					continue
				}
				for _, a := range r.paramAgentsOf(callee) {
					e := r.argExpr(call, Strs{paramStr(a.Param)})
					if e == nil || a.Param > len(call.Call.Args) {
						continue
					}
					out = append(out, AgentArg{Call: r.calls[call.Pos()], Expr: e, Value: r.eval(call.Call.Args[a.Param-1]), Agent: a})
				}
			}
		}
	}
	return out
}
