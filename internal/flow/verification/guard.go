package verification

import (
	"go/constant"
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A check guards an instruction (an exchange of an OAuth code) when it
// can run only after a comparison of the request's value with the
// stored one has succeeded: every path from the function's entry to it
// takes a branch that implies success. A comparison whose result is
// ignored or only logged, a check skipped when the cookie is missing, a
// value stored and never compared, a verifying helper whose answer is
// dropped: each leaves a path round the check, and paths.FromEntry
// finds it.
//
// What counts as success is decided here, value by value (see holds);
// paths.Implies combines the values through !, == true, != nil and the
// phis of && and ||.

// Checks answers, for one function, which of its branches imply a
// successful check of the request's value. In a helper being
// summarised (params) its string parameters count as the value too,
// and the checks record which of them they relied on.
type Checks struct {
	v      *Verifier
	fn     *ssa.Function
	params bool

	direct  bool         // a check relied on a request's own value
	used    map[int]bool // a check relied on these parameters
	keyUsed map[int]bool // or on the request's value under these

	success map[paths.Branch]bool
	open    map[*ssa.BasicBlock]bool // reached round every check: see Guards
	values  map[ssa.Value]*valueUse
	keyed   map[ssa.Value]bool
}

// A valueUse says what makes a value the request's value: read from an
// incoming request (direct), a parameter of the function summarised,
// or read from a request under a key such a parameter names.
type valueUse struct {
	direct    bool
	params    []int
	keyParams []int
}

func (u *valueUse) any() bool {
	return u != nil && (u.direct || len(u.params) > 0 || len(u.keyParams) > 0)
}

func (u *valueUse) join(o *valueUse) *valueUse {
	if !o.any() {
		return u
	}
	if !u.any() {
		return o
	}
	out := &valueUse{direct: u.direct || o.direct, params: slices.Clone(u.params), keyParams: slices.Clone(u.keyParams)}
	for _, p := range o.params {
		if !slices.Contains(out.params, p) {
			out.params = append(out.params, p)
		}
	}
	for _, p := range o.keyParams {
		if !slices.Contains(out.keyParams, p) {
			out.keyParams = append(out.keyParams, p)
		}
	}
	return out
}

func (v *Verifier) newChecks(fn *ssa.Function, params bool) *Checks {
	return &Checks{
		v: v, fn: fn, params: params,
		used:    map[int]bool{},
		keyUsed: map[int]bool{},
		success: map[paths.Branch]bool{},
		values:  map[ssa.Value]*valueUse{},
		keyed:   map[ssa.Value]bool{},
	}
}

// Succeeded reports whether taking b implies a successful check.
func (s *Checks) Succeeded(b paths.Branch) bool {
	if got, ok := s.success[b]; ok {
		return got
	}
	s.success[b] = false // a cycle proves nothing
	got := paths.BranchImplies(b, s.holds)
	s.success[b] = got
	return got
}

// Guards reports whether every path from the function's entry to at
// takes a branch that implies a successful check; false for an
// instruction of another function.
func (s *Checks) Guards(at ssa.Instruction) bool {
	if at == nil || at.Block() == nil || at.Parent() != s.fn {
		return false
	}
	if s.open == nil {
		s.open = paths.Open(s.fn, s.Succeeded, exits)
	}
	return !s.open[at.Block()]
}

// Bypass returns a path from the function's entry to at round every
// check, as the branches it takes, outermost first (see
// paths.FromEntry); ok is false when at is guarded.
func (s *Checks) Bypass(at ssa.Instruction) (path []paths.Branch, ok bool) {
	return paths.FromEntry(at, s.Succeeded, exits)
}

// ChecksAnywhere reports whether some branch of fn implies a
// successful check.
func (s *Checks) ChecksAnywhere() bool {
	for _, b := range s.fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if i, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			if s.Succeeded(paths.Branch{Cond: i.Cond, Taken: true}) || s.Succeeded(paths.Branch{Cond: i.Cond, Taken: false}) {
				return true
			}
		}
	}
	return false
}

// CheckedBeyond reports whether taking b leads to a branch that says
// a check succeeded: b's way holds the check another way skips.
func (s *Checks) CheckedBeyond(b paths.Branch) bool {
	var start *ssa.BasicBlock
	for _, ref := range *b.Cond.Referrers() {
		if i, ok := ref.(*ssa.If); ok && i.Block().Parent() == s.fn {
			if b.Taken {
				start = i.Block().Succs[0]
			} else {
				start = i.Block().Succs[1]
			}
			break
		}
	}
	seen := map[*ssa.BasicBlock]bool{}
	for work := []*ssa.BasicBlock{start}; len(work) > 0 && start != nil; {
		blk := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[blk] {
			continue
		}
		seen[blk] = true
		if len(blk.Instrs) == 0 {
			continue
		}
		if i, ok := blk.Instrs[len(blk.Instrs)-1].(*ssa.If); ok {
			if s.Succeeded(paths.Branch{Cond: i.Cond, Taken: true}) || s.Succeeded(paths.Branch{Cond: i.Cond, Taken: false}) {
				return true
			}
		}
		// A verifying helper called there, whose answer is returned.
		if slices.ContainsFunc(blk.Instrs, s.verifyingCall) {
			return true
		}
		work = append(work, blk.Succs...)
	}
	return false
}

// ChecksSomewhere reports whether fn checks the value anywhere: a
// branch that implies success, or a call of a verifying helper whose
// answer it may hand on.
func (s *Checks) ChecksSomewhere() bool {
	if s.ChecksAnywhere() {
		return true
	}
	for _, b := range s.fn.Blocks {
		if slices.ContainsFunc(b.Instrs, s.verifyingCall) {
			return true
		}
	}
	return false
}

// verifyingCall reports a call of a helper whose verdict, given these
// arguments, is about the request's value.
func (s *Checks) verifyingCall(instr ssa.Instruction) bool {
	call, ok := instr.(*ssa.Call)
	if !ok {
		return false
	}
	v := s.v.calleeVerdict(call.Common())
	if v == nil {
		return false
	}
	return s.callHolds(call, v.Result, v.Success)
}

// rely records what a check relied on.
func (s *Checks) rely(u *valueUse) {
	if u == nil {
		return
	}
	s.direct = s.direct || u.direct
	for _, p := range u.params {
		s.used[p] = true
	}
	for _, p := range u.keyParams {
		s.keyUsed[p] = true
	}
}

// holds reports whether v having outcome o means that a check of the
// request's value succeeded.
func (s *Checks) holds(v ssa.Value, o paths.Outcome) bool {
	switch v := v.(type) {
	case *ssa.BinOp:
		return s.comparisonHolds(v, o)
	case *ssa.Call:
		if s.callHolds(v, 0, o) {
			return true
		}
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.Lookup:
			// _, ok := pending[state]: found.
			if u := s.keyOf(t.Index); v.Index == 1 && o == paths.True && u.any() {
				s.rely(u)
				return true
			}
		case *ssa.Call:
			if s.callHolds(t, v.Index, o) {
				return true
			}
		}
	}
	// A value fetched by the value: its error nil, or anything else of
	// it tested, tells whether the store knew the value.
	if s.isKeyed(v, 0) {
		if isErrorType(v.Type()) {
			return o == paths.Nil
		}
		return o == paths.True || o == paths.False
	}
	return false
}

// comparisonHolds handles x == y and x != y: the value found equal to
// a value that is neither constant nor the request's value again; a
// constant-time comparison found 1; a value fetched by the value
// compared with anything.
func (s *Checks) comparisonHolds(b *ssa.BinOp, o paths.Outcome) bool {
	if o != paths.True && o != paths.False {
		return false
	}
	equal := (b.Op == token.EQL) == (o == paths.True)
	switch b.Op {
	case token.EQL, token.NEQ:
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
		// expires.Before(now) spelt with numbers: a stored value tested.
		return s.isKeyed(b.X, 0) || s.isKeyed(b.Y, 0)
	default:
		return false
	}
	x, y := b.X, b.Y
	if isConstant(x) {
		x, y = y, x
	}
	if k, ok := y.(*ssa.Const); ok {
		if k.IsNil() || k.Value != nil && k.Value.Kind() == constant.Bool {
			return false // paths.Implies looks through these
		}
		if call, ok := x.(*ssa.Call); ok && k.Value != nil && k.Value.Kind() == constant.Int {
			return s.countHolds(call, k.Value, equal)
		}
		// A value fetched by the value tested against a constant
		// (v == "", n != 1); the value itself against one is an
		// emptiness test, which binds nothing to the session.
		return s.isKeyed(x, 0)
	}
	if isConstant(y) {
		return false
	}
	ux, uy := s.valueOf(x, 0), s.valueOf(y, 0)
	switch {
	case ux.any() && uy.any():
		if ux.direct && uy.direct && len(ux.params)+len(uy.params)+len(ux.keyParams)+len(uy.keyParams) == 0 {
			return false // the request's value with itself
		}
		if ux.direct || uy.direct {
			s.rely(&valueUse{direct: true})
		} else {
			s.rely(ux.join(uy))
		}
		return equal
	case ux.any():
		s.rely(ux)
		return equal
	case uy.any():
		s.rely(uy)
		return equal
	}
	if s.isKeyed(x, 0) || s.isKeyed(y, 0) {
		return equal // what the store holds for the value, compared
	}
	return false
}

// countHolds handles an integer comparison of call with k:
// subtle.ConstantTimeCompare(...) == 1, bytes.Compare(...) == 0.
func (s *Checks) countHolds(call *ssa.Call, k constant.Value, equal bool) bool {
	obj := flow.CalleeObj(call.Common())
	var match int64
	switch {
	case funcs.IsFunc(obj, "crypto/subtle", "ConstantTimeCompare"):
		match = 1
	case funcs.IsFunc(obj, "bytes", "Compare"), funcs.IsFunc(obj, "strings", "Compare"):
		match = 0
	default:
		return s.isKeyed(call, 0) // a count of rows, say
	}
	n, ok := constant.Int64Val(k)
	if !ok {
		return false
	}
	switch {
	case equal && n == match:
	case !equal && match == 1 && n == 0: // ConstantTimeCompare is 0 or 1
	default:
		return false
	}
	return s.comparesState(call.Common())
}

// comparesState reports whether the comparison function called by com
// compares the value with a value that is neither constant nor the
// request's value again, and records what it relied on.
func (s *Checks) comparesState(com *ssa.CallCommon) bool {
	args := flow.CallArgs(com)
	var state *valueUse
	others := 0
	for _, a := range args {
		if u := s.valueOf(a, 0); u.any() && (state == nil || !u.direct || !state.direct) {
			if state != nil {
				others++ // two parameters: the value and the stored one
			}
			state = state.join(u)
			continue
		}
		if !isConstant(a) {
			others++
		}
	}
	if !state.any() || others == 0 {
		return false
	}
	if state.direct {
		state = &valueUse{direct: true}
	}
	s.rely(state)
	return true
}

// callHolds reports whether result k of call having outcome o means a
// successful check.
func (s *Checks) callHolds(call *ssa.Call, k int, o paths.Outcome) bool {
	com := call.Common()
	obj := flow.CalleeObj(com)
	switch {
	case funcs.IsFunc(obj, "crypto/hmac", "Equal"),
		funcs.IsFunc(obj, "bytes", "Equal", "EqualFold"),
		funcs.IsFunc(obj, "strings", "EqualFold"),
		funcs.IsFunc(obj, "slices", "Contains"),
		funcs.IsMethod(obj, "sync", "Map", "CompareAndDelete", "CompareAndSwap"):
		return k == 0 && o == paths.True && s.comparesState(com)
	case funcs.IsMethod(obj, "sync", "Map", "Load", "LoadAndDelete", "LoadOrStore"):
		if args := flow.CallArgs(com); k == 1 && o == paths.True && len(args) > 1 {
			if u := s.keyOf(args[1]); u.any() {
				s.rely(u)
				return true
			}
		}
		return false
	case s.v.cfg.Request.Verifies(obj):
		// A library that compares the value with the session's.
		if res := com.Signature().Results(); k < res.Len() && isErrorType(res.At(k).Type()) && o == paths.Nil {
			s.rely(&valueUse{direct: true})
			return true
		}
		return false
	}
	if v := s.v.calleeVerdict(com); v != nil {
		if v.Result != k || v.Success != o {
			return false
		}
		if v.Direct {
			s.rely(&valueUse{direct: true})
			return true
		}
		args := flow.CallArgs(com)
		for _, p := range v.Params {
			if p >= 0 && p < len(args) {
				if u := s.valueOf(args[p], 0); u.any() {
					s.rely(u)
					return true
				}
			}
		}
		for _, p := range v.KeyParams {
			if p >= 0 && p < len(args) {
				if u := s.keyNamed(args[p]); u.any() {
					s.rely(u)
					return true
				}
			}
		}
		return false
	}
	if s.v.opaqueVerdict(com) {
		// Code atlvet cannot see that gets the request and answers
		// with an error or a bool: it may compare the value.
		res := com.Signature().Results()
		if k < res.Len() && isErrorType(res.At(k).Type()) {
			if o == paths.Nil {
				s.rely(&valueUse{direct: true})
				return true
			}
			return false
		}
		s.rely(&valueUse{direct: true})
		return o == paths.True || o == paths.False
	}
	return false
}

// exits reports a call after which the function goes no further: the
// program or the goroutine ends (log.Fatal on a mismatch ends a
// command-line login as surely as a return).
func exits(instr ssa.Instruction) bool {
	call, ok := instr.(ssa.CallInstruction)
	if !ok {
		return false
	}
	obj := flow.CalleeObj(call.Common())
	return funcs.IsFunc(obj, "os", "Exit") ||
		funcs.IsFunc(obj, "runtime", "Goexit") ||
		funcs.IsFunc(obj, "log", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln") ||
		funcs.IsMethod(obj, "log", "Logger", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln")
}
