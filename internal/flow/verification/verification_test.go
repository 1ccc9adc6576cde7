package verification_test

import (
	"go/constant"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/flow/flowtest"
	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/flow/verification"
	"github.com/atlvet/atlvet/internal/funcs"
)

// The programs model a callback on a request type of their own, so
// that the test needs neither net/http nor the flow analyzer: the
// request's value is what FormValue returns under the key "state", the
// stored value a cookie's.
const src = `package p

type Request struct{ form map[string]string }

func (r *Request) FormValue(key string) string { return r.form[key] }

type Cookie struct{ Value string }

func (r *Request) Cookie(name string) (*Cookie, error) { return &Cookie{}, nil }

func exchange(code string) {}

func compareThenExchange(r *Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return
	}
	if r.FormValue("state") != c.Value {
		return
	}
	exchange(r.FormValue("code"))
}

func ignoredComparison(r *Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return
	}
	ok := r.FormValue("state") == c.Value
	_ = ok
	exchange(r.FormValue("code"))
}

func loggedMismatch(r *Request, logf func(string)) {
	c, _ := r.Cookie("oauth_state")
	if r.FormValue("state") != c.Value {
		logf("state mismatch")
	}
	exchange(r.FormValue("code"))
}

func skippedWhenCookieMissing(r *Request) {
	if c, err := r.Cookie("oauth_state"); err == nil {
		if r.FormValue("state") != c.Value {
			return
		}
	}
	exchange(r.FormValue("code"))
}

func emptinessOnly(r *Request) {
	if r.FormValue("state") == "" {
		return
	}
	exchange(r.FormValue("code"))
}

func otherKeyCompared(r *Request) {
	c, _ := r.Cookie("oauth_state")
	if r.FormValue("nonce") != c.Value {
		return
	}
	exchange(r.FormValue("code"))
}

var pending = map[string]bool{}

func mapLookupFound(r *Request) {
	if _, ok := pending[r.FormValue("state")]; !ok {
		return
	}
	exchange(r.FormValue("code"))
}

func mapLookupIgnored(r *Request) {
	_, ok := pending[r.FormValue("state")]
	_ = ok
	exchange(r.FormValue("code"))
}

func validState(r *Request) bool {
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return false
	}
	return r.FormValue("state") == c.Value
}

func helperAnswered(r *Request) {
	if !validState(r) {
		return
	}
	exchange(r.FormValue("code"))
}

func helperAnswerDropped(r *Request) {
	validState(r)
	exchange(r.FormValue("code"))
}

func sameString(got, want string) bool { return got == want }

func helperGivenTheValue(r *Request) {
	c, _ := r.Cookie("oauth_state")
	if !sameString(r.FormValue("state"), c.Value) {
		return
	}
	exchange(r.FormValue("code"))
}

func helperGivenAnotherValue(r *Request) {
	c, _ := r.Cookie("oauth_state")
	if !sameString(r.FormValue("nonce"), c.Value) {
		return
	}
	exchange(r.FormValue("code"))
}

func alwaysTrue(r *Request) bool { return true }

// A store the program cannot see into, given the request.
type Store interface {
	Validate(r *Request) error
	Remember(r *Request)
}

func opaqueStoreAnswered(s Store, r *Request) {
	if err := s.Validate(r); err != nil {
		return
	}
	exchange(r.FormValue("code"))
}

func opaqueStoreIgnored(s Store, r *Request) {
	s.Remember(r)
	_ = s.Validate(r)
	exchange(r.FormValue("code"))
}

func helperThatDoesNotCheck(r *Request) {
	if !alwaysTrue(r) {
		return
	}
	exchange(r.FormValue("code"))
}
`

// formRequest reads the request's value as the programs above do.
type formRequest struct{}

func (formRequest) KeyArg(v ssa.Value) ssa.Value {
	call, ok := v.(*ssa.Call)
	if !ok || call.Call.IsInvoke() {
		return nil
	}
	callee := call.Call.StaticCallee()
	if callee == nil || !funcs.IsMethod(callee.Object(), "p", "Request", "FormValue") {
		return nil
	}
	return call.Call.Args[1] // the receiver first
}

func (formRequest) IsRequest(t types.Type) bool { return funcs.IsNamed(t, "p", "Request") }

func (formRequest) Known(*types.Package) bool { return false }

// knownStore is formRequest for a caller that knows the program's own
// package checks nothing: its Store answers without comparing.
type knownStore struct{ formRequest }

func (knownStore) Known(pkg *types.Package) bool { return pkg.Path() == "p" }

func (formRequest) Verifies(*types.Func) bool { return false }

// constValues knows the constants only, which is all the programs need.
type constValues struct{}

func (constValues) Eval(v ssa.Value) flow.Strs {
	if k, ok := v.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
		return flow.Strs{flow.Lit(constant.StringVal(k.Value))}
	}
	return nil
}

func (constValues) Origins(ssa.Value) ([]flow.Origin, bool) { return nil, false }

func build(t *testing.T, req verification.Request) (*ssa.Package, *verification.Verifier) {
	t.Helper()
	pkg, _ := flowtest.BuildSSA(t, "p", src, nil)
	v := verification.New(verification.Config{
		Pkg:     pkg.Pkg,
		Key:     "state",
		Request: req,
		Values:  constValues{},
	})
	return pkg, v
}

// exchangeIn returns the call of exchange in fn.
func exchangeIn(t *testing.T, fn *ssa.Function) ssa.Instruction {
	t.Helper()
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				if callee := call.Call.StaticCallee(); callee != nil && callee.Name() == "exchange" {
					return instr
				}
			}
		}
	}
	t.Fatalf("%s calls no exchange", fn.Name())
	return nil
}

func TestGuards(t *testing.T) {
	pkg, v := build(t, formRequest{})
	for _, tc := range []struct {
		fn       string
		guarded  bool
		anywhere bool // a branch of the function implies a successful check
	}{
		{"compareThenExchange", true, true},
		{"ignoredComparison", false, false},
		{"loggedMismatch", false, true},
		{"skippedWhenCookieMissing", false, true},
		{"emptinessOnly", false, false},
		{"otherKeyCompared", false, false},
		{"mapLookupFound", true, true},
		{"mapLookupIgnored", false, false},
		{"helperAnswered", true, true},
		{"helperAnswerDropped", false, false},
		{"helperGivenTheValue", true, true},
		{"helperGivenAnotherValue", false, false},
		{"helperThatDoesNotCheck", false, false},
		{"opaqueStoreAnswered", true, true},
		{"opaqueStoreIgnored", false, false},
	} {
		fn := pkg.Func(tc.fn)
		if fn == nil {
			t.Fatalf("no function %s", tc.fn)
		}
		checks := v.In(fn)
		at := exchangeIn(t, fn)
		if got := checks.Guards(at); got != tc.guarded {
			t.Errorf("%s: Guards(exchange) = %v, want %v", tc.fn, got, tc.guarded)
		}
		if got := checks.ChecksAnywhere(); got != tc.anywhere {
			t.Errorf("%s: ChecksAnywhere() = %v, want %v", tc.fn, got, tc.anywhere)
		}
		// Bypass agrees with Guards, and names a way round when there is one.
		if path, open := checks.Bypass(at); open == tc.guarded {
			t.Errorf("%s: Bypass(exchange) open = %v, want %v (path %v)", tc.fn, open, !tc.guarded, path)
		}
	}
}

// TestBypassNamesTheSkippedCheck checks that the way round a check
// skipped when the cookie is missing goes through err == nil taken
// false, where the check beyond it is skipped.
func TestBypassNamesTheSkippedCheck(t *testing.T) {
	pkg, v := build(t, formRequest{})
	fn := pkg.Func("skippedWhenCookieMissing")
	checks := v.In(fn)
	path, open := checks.Bypass(exchangeIn(t, fn))
	if !open || len(path) == 0 {
		t.Fatalf("Bypass = %v, %v; want a path round the check", path, open)
	}
	first := path[0]
	if first.Taken || checks.Succeeded(first) {
		t.Errorf("the way round starts with %v taken=%v; want the cookie's err == nil not taken", first.Cond, first.Taken)
	}
	if !checks.CheckedBeyond(paths.Branch{Cond: first.Cond, Taken: !first.Taken}) {
		t.Errorf("CheckedBeyond(err == nil taken) = false; want the comparison found beyond it")
	}
}

func TestSummary(t *testing.T) {
	pkg, v := build(t, formRequest{})
	for _, tc := range []struct {
		fn   string
		want string // the verdict's String, "" for none
	}{
		{"validState", "checks state (result 0 true)"},
		{"sameString", "compares param 0, compares param 1 (result 0 true)"},
		{"alwaysTrue", ""},
		{"compareThenExchange", ""}, // no results: nothing to answer with
	} {
		got := v.Summary(pkg.Func(tc.fn))
		switch {
		case got == nil && tc.want != "":
			t.Errorf("Summary(%s) = nil, want %q", tc.fn, tc.want)
		case got != nil && got.String() != tc.want:
			t.Errorf("Summary(%s) = %q, want %q", tc.fn, got, tc.want)
		}
	}
	if got := v.Summary(pkg.Func("validState")); got == nil || got.Result != 0 || got.Success != paths.True || !got.Direct {
		t.Errorf("Summary(validState) = %+v; want result 0 true, read from the request", got)
	}
}

// TestKnownPackages checks that an interface method of a package the
// caller knows does not check (a framework's) is no verifier.
func TestKnownPackages(t *testing.T) {
	pkg, v := build(t, knownStore{})
	fn := pkg.Func("opaqueStoreAnswered")
	if v.In(fn).Guards(exchangeIn(t, fn)) {
		t.Errorf("opaqueStoreAnswered: Guards(exchange) = true with Store's package known; want false")
	}
}

// A helper of another package is judged by the verdict its fact
// records, which Config.Imported hands in.
const otherSrc = `package q

import "v"

func importedAnswered(r *v.Request) {
	if !v.Check(r) {
		return
	}
	v.Exchange()
}

func otherAnswered(r *v.Request) {
	if !v.Other(r) {
		return
	}
	v.Exchange()
}
`

const verifierSrc = `package v

type Request struct{}

func Check(r *Request) bool { return true }
func Other(r *Request) bool { return true }
func Exchange()             {}
`

func TestImportedVerdicts(t *testing.T) {
	pkg, _ := flowtest.BuildSSA(t, "q", otherSrc, map[string]string{"v": verifierSrc})
	v := verification.New(verification.Config{
		Pkg:     pkg.Pkg,
		Key:     "state",
		Request: formRequest{},
		Values:  constValues{},
		Imported: func(fn *types.Func) *verification.Verdict {
			if funcs.IsFunc(fn, "v", "Check") {
				return &verification.Verdict{Result: 0, Success: paths.True, Direct: true}
			}
			return nil
		},
	})
	for fn, want := range map[string]bool{"importedAnswered": true, "otherAnswered": false} {
		f := pkg.Func(fn)
		var at ssa.Instruction
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(*ssa.Call); ok && call.Call.StaticCallee() != nil && call.Call.StaticCallee().Name() == "Exchange" {
					at = instr
				}
			}
		}
		if got := v.In(f).Guards(at); got != want {
			t.Errorf("%s: Guards(exchange) = %v, want %v", fn, got, want)
		}
	}
}
