// Package verification answers one question of flow: can this point
// of a function be reached only after a value supplied by an incoming
// request was verified against a value the server stored? An OAuth
// callback must not exchange the authorization code before the
// request's state matched the one bound to the user's session; the
// same shape guards any token, nonce or one-time key a server hands
// out and expects back.
//
// A value is verified when it is found equal (==, a constant-time
// comparison, hmac.Equal) to a value that is neither a constant nor
// the request's value again; when something looked up by it (a map, a
// sync.Map, a SQL query with a WHERE clause, a store behind an
// interface) is found, or its error is nil; when a helper that
// verifies it answers so (its Verdict: which result, true or nil, says
// the value matched); or when code atlvet cannot see, given the
// request, answers with a nil error. An emptiness test, a comparison
// of the value with itself, a comparison whose result is ignored or
// only logged, a value stored and never compared: none binds the
// request to anything the server knows, so none counts.
//
// A check guards an instruction when every path from the function's
// entry to it takes a branch that implies success (see paths.Implies
// and paths.FromEntry); a check skipped when a cookie is missing
// leaves a path round it. The pass says how the value is read from a
// request (Request) and under which key (Config.Key): no web framework
// is known here. What is known is the standard library: its
// comparisons, its string functions that make a new value of the
// request's, its functions that only print one, database/sql.
package verification

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
)

// A Request says how the value to verify is read from an incoming
// request: the caller's knowledge of net/http and the web frameworks.
type Request interface {
	// KeyArg returns the key argument of v when v reads a value of
	// an incoming request by key (r.FormValue(key), q.Get(key),
	// q[key]), or nil.
	KeyArg(v ssa.Value) ssa.Value
	// IsRequest reports the types whose values carry an incoming
	// request (*http.Request, a framework's context).
	IsRequest(t types.Type) bool
	// Known reports packages other than the standard library whose
	// functions are known not to verify the value: the frameworks
	// the request is read with.
	Known(pkg *types.Package) bool
	// Verifies reports library functions that read the value from
	// the request they are given and verify it themselves: a nil
	// error result says it matched.
	Verifies(fn *types.Func) bool
}

// Values is what the package's flow analysis says about values; a
// *flow.Result is one.
type Values interface {
	// Eval returns what the string v can be.
	Eval(v ssa.Value) flow.Strs
	// Origins returns what was sent or stored where v was received or
	// loaded.
	Origins(v ssa.Value) ([]flow.Origin, bool)
}

// Config says what to verify, in which package.
type Config struct {
	// Pkg is the package analysed; its functions are summarised.
	Pkg *types.Package
	// Module is the path of the module under analysis, whose packages
	// are not the standard library even when their path has no dot.
	Module string
	// Key is the key the request's value is read under ("state").
	Key     string
	Request Request
	Values  Values
	// Imported returns the verdict recorded (as a fact) for a
	// function of another package, or nil. It may be nil.
	Imported func(*types.Func) *Verdict
}

// A Verifier answers for the functions of one package. It memoises
// its answers; it is not safe for concurrent use.
type Verifier struct {
	cfg       Config
	checks    map[*ssa.Function]*Checks
	summaries map[*ssa.Function]*Verdict
}

// New returns a Verifier configured by cfg.
func New(cfg Config) *Verifier {
	return &Verifier{
		cfg:       cfg,
		checks:    map[*ssa.Function]*Checks{},
		summaries: map[*ssa.Function]*Verdict{},
	}
}

// In returns the checks of fn as a handler sees them: only a value
// read from a request counts as the request's value.
func (v *Verifier) In(fn *ssa.Function) *Checks {
	if s, ok := v.checks[fn]; ok {
		return s
	}
	s := v.newChecks(fn, false)
	v.checks[fn] = s
	return s
}

// Standard reports whether pkg is of the standard library: its path
// has no dot in its first element, and it is neither the package
// analysed nor one of the module under analysis, whose path may have
// no dot either.
func (v *Verifier) Standard(pkg *types.Package) bool {
	if pkg == nil || pkg == v.cfg.Pkg {
		return false
	}
	path := pkg.Path()
	if m := v.cfg.Module; m != "" && (path == m || strings.HasPrefix(path, m+"/")) {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// known reports packages whose functions are known not to verify the
// value: the standard library and the ones the Request names.
func (v *Verifier) known(pkg *types.Package) bool {
	return pkg != nil && (v.Standard(pkg) || v.cfg.Request.Known(pkg))
}

// requestKey returns the constant key under which v is read from an
// incoming request.
func (v *Verifier) requestKey(val ssa.Value) (string, bool) {
	key := v.cfg.Request.KeyArg(val)
	if key == nil {
		return "", false
	}
	return v.cfg.Values.Eval(key).Const()
}

// localCallee returns the function of the package analysed that com
// statically calls, or nil.
func (v *Verifier) localCallee(com *ssa.CallCommon) *ssa.Function {
	callee := com.StaticCallee()
	if callee == nil || com.IsInvoke() {
		return nil
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Blocks == nil || callee.Synthetic != "" || callee.Pkg == nil || callee.Pkg.Pkg != v.cfg.Pkg {
		return nil
	}
	return callee
}
