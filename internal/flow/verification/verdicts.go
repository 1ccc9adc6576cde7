package verification

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Verdicts: what a helper's answer says about the request's value. A
// helper that returns true (or false, or a nil error) only after a
// successful check is summarised, so that its callers' branches on that
// answer count as checks; the caller records the summary as a fact for
// other packages (Config.Imported reads it back).

// A Verdict is what a helper's result says: result Result having
// outcome Success means the request's value matched, either one the
// helper reads from a request itself (Direct), or one of the
// parameters Params (indexes of the SSA function's parameters, the
// receiver first), which the caller must pass the value in, or the
// request's value under the key the parameters KeyParams name, which
// the caller must name Config.Key (CheckQueryCookie(r, "state")).
// Its fields are exported so that it can travel in a fact.
type Verdict struct {
	Result    int
	Success   paths.Outcome
	Direct    bool
	Params    []int
	KeyParams []int
}

// String names the value "state", the one verdict facts are about
// today; the pass's tests pin the text.
func (v *Verdict) String() string {
	var parts []string
	if v.Direct {
		parts = append(parts, "checks state")
	}
	for _, p := range v.Params {
		parts = append(parts, "compares param "+strconv.Itoa(p))
	}
	for _, p := range v.KeyParams {
		parts = append(parts, "compares the request value named by param "+strconv.Itoa(p))
	}
	return strings.Join(parts, ", ") + " (result " + strconv.Itoa(v.Result) + " " + v.Success.String() + ")"
}

// calleeVerdict returns the verdict of the helper com calls: its
// summary in this package, its fact in another of the module.
func (v *Verifier) calleeVerdict(com *ssa.CallCommon) *Verdict {
	if callee := v.localCallee(com); callee != nil {
		return v.Summary(callee)
	}
	obj := flow.CalleeObj(com)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == v.cfg.Pkg || com.IsInvoke() || v.cfg.Imported == nil {
		return nil
	}
	return v.cfg.Imported(obj)
}

// Summary returns the verdict of fn, a function of this package with
// results: the result, true or false for a bool, nil for an error, that
// it returns with that outcome only after a successful check. A return
// whose value cannot have the outcome (false, errors.New(...), an err
// just found non-nil) says nothing; every other return must be guarded
// by a check, or return a value that implies one (return a == b).
func (v *Verifier) Summary(fn *ssa.Function) *Verdict {
	if got, ok := v.summaries[fn]; ok {
		return got
	}
	v.summaries[fn] = nil // recursion sees none
	got := v.summary(fn)
	v.summaries[fn] = got
	return got
}

func (v *Verifier) summary(fn *ssa.Function) *Verdict {
	res := fn.Signature.Results()
	if res.Len() == 0 || len(fn.Blocks) == 0 || !v.mayCheck(fn) {
		return nil
	}
	var rets []*ssa.Return
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(r.Results) == res.Len() {
			rets = append(rets, r)
		}
	}
	s := v.newChecks(fn, true)
	// Every check of the function says what it relies on, also one
	// that another check before it makes unreachable for the returns:
	// a helper that checks its parameter one way and the request's
	// value under the key it names another.
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if i, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			s.Succeeded(paths.Branch{Cond: i.Cond, Taken: true})
			s.Succeeded(paths.Branch{Cond: i.Cond, Taken: false})
		}
	}
	for k := 0; k < res.Len(); k++ {
		var outcomes []paths.Outcome
		switch t := res.At(k).Type(); {
		case isErrorType(t):
			outcomes = []paths.Outcome{paths.Nil}
		case isBool(t):
			outcomes = []paths.Outcome{paths.True, paths.False}
		}
		for _, o := range outcomes {
			if returnsOnlyChecked(s, rets, k, o) && (s.direct || len(s.used)+len(s.keyUsed) > 0) {
				got := &Verdict{Result: k, Success: o, Direct: s.direct}
				for p := range s.used {
					got.Params = append(got.Params, p)
				}
				for p := range s.keyUsed {
					got.KeyParams = append(got.KeyParams, p)
				}
				slices.Sort(got.Params)
				slices.Sort(got.KeyParams)
				return got
			}
		}
	}
	return nil
}

// mayCheck reports whether fn can check the request's value at all:
// it gets a request, a string, or a struct or closure variable that
// may hold one.
func (v *Verifier) mayCheck(fn *ssa.Function) bool {
	isRequestType := v.cfg.Request.IsRequest
	may := func(t types.Type) bool {
		if p, ok := t.Underlying().(*types.Pointer); ok && !isRequestType(t) {
			t = p.Elem()
		}
		switch t.Underlying().(type) {
		case *types.Struct, *types.Interface:
			return true
		}
		return isRequestType(t) || funcs.IsTextType(t)
	}
	for _, p := range fn.Params {
		if may(p.Type()) {
			return true
		}
	}
	for _, fv := range fn.FreeVars {
		if may(fv.Type()) {
			return true
		}
	}
	return false
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// returnsOnlyChecked reports whether result k of the returns rets has
// outcome o only after a successful check, and does on some return.
func returnsOnlyChecked(s *Checks, rets []*ssa.Return, k int, o paths.Outcome) bool {
	some := false
	for _, ret := range rets {
		val := returned(ret, k)
		if cannotHave(val, o, ret) {
			continue
		}
		some = true
		if paths.Implies(val, o, s.holds) || s.Guards(ret) {
			continue
		}
		return false
	}
	return some
}

// returned returns result k of ret: in a function with defers, the
// value stored into the result's variable just before it is loaded for
// the return.
func returned(ret *ssa.Return, k int) ssa.Value {
	v := ret.Results[k]
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return v
	}
	slot, ok := load.X.(*ssa.Alloc)
	if !ok {
		return v
	}
	instrs := ret.Block().Instrs
	for i := slices.Index(instrs, ssa.Instruction(load)) - 1; i >= 0; i-- {
		if st, ok := instrs[i].(*ssa.Store); ok && st.Addr == slot {
			return st.Val
		}
	}
	return v
}

// cannotHave reports whether val, returned by ret, cannot have outcome
// o: a constant of another outcome, an error made there
// (errors.New(...), a sentinel error variable), an err the way to ret
// found non-nil.
func cannotHave(val ssa.Value, o paths.Outcome, ret *ssa.Return) bool {
	nonNil := func(v ssa.Value, got paths.Outcome) bool {
		if got != paths.Nil {
			return false
		}
		switch v := v.(type) {
		case *ssa.Call:
			obj := flow.CalleeObj(v.Common())
			return funcs.IsFunc(obj, "errors", "New") || funcs.IsFunc(obj, "fmt", "Errorf")
		case *ssa.UnOp:
			_, global := v.X.(*ssa.Global)
			return global && v.Op == token.MUL // var ErrState = errors.New(...)
		}
		for _, br := range paths.Dominating(ret) {
			if paths.BranchImplies(br, func(x ssa.Value, got paths.Outcome) bool { return x == v && got == paths.NonNil }) {
				return true
			}
		}
		return false
	}
	return paths.Implies(val, o, nonNil)
}

// opaqueVerdict reports a call that hands the request to code atlvet
// cannot see (an interface method, a function value) and returns only
// a verdict, an error or a bool: if err := s.store.Validate(r); err !=
// nil { ... }. Such code can read the value and compare it.
func (v *Verifier) opaqueVerdict(com *ssa.CallCommon) bool {
	if _, builtin := com.Value.(*ssa.Builtin); builtin {
		return false
	}
	args := flow.CallArgs(com)
	if obj := flow.CalleeObj(com); obj != nil && obj.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:] // the receiver: r.Cookie, c.Query are the framework's
	}
	if !slices.ContainsFunc(args, func(a ssa.Value) bool { return v.cfg.Request.IsRequest(a.Type()) }) {
		return false
	}
	res := com.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	for i := 0; i < res.Len(); i++ {
		if t := res.At(i).Type(); !isBool(t) && !isErrorType(t) {
			return false
		}
	}
	switch {
	case com.IsInvoke():
		return !v.known(com.Method.Pkg())
	case com.StaticCallee() == nil:
		return true // a function value
	}
	return false
}
