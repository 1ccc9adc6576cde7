package oauthstate

import (
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A state check guards an exchange when the exchange can run only
// after a comparison of the request's state with the stored value has
// succeeded: every path from the handler's entry to it takes a branch
// that implies success. A comparison whose result is ignored or only
// logged, a check skipped when the cookie is missing, a state stored
// and never compared, a verifying helper whose answer is dropped: each
// leaves a path round the check, and paths.FromEntry finds it.
//
// What counts as success is decided here, value by value (see holds):
// the request's state found equal (==, a constant-time comparison,
// hmac.Equal) to a value that is neither a constant nor the request's
// state again; a value looked up by the state (a map, sync.Map, a SQL
// query with a WHERE clause, a store behind an interface) found, or
// its error nil; a verifying helper's answer (its summary: which
// result, true or nil, says the state matched); an opaque call given
// the request whose error is nil. paths.Implies combines them through
// !, == true, != nil and the phis of && and ||.

// A verdict is what a helper's result says: result Result having
// outcome Success means the state matched, either a state the helper
// reads from a request itself (Direct), or one of the parameters
// Params (indexes of the SSA function's parameters, the receiver
// first), which the caller must pass the state in, or the request's
// value under the key the parameters KeyParams name, which the caller
// must name "state" (CheckQueryCookie(r, "state")).
type verdict struct {
	Result    int
	Success   paths.Outcome
	Direct    bool
	Params    []int
	KeyParams []int
}

func (v *verdict) String() string {
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

// stateChecks answers, for one function, which of its branches imply
// a successful state check. In a helper being summarised (params) its
// string parameters count as states too, and the checks record which
// of them they relied on.
type stateChecks struct {
	c      *checker
	fn     *ssa.Function
	params bool

	direct  bool         // a check relied on a request's own state
	used    map[int]bool // a check relied on these parameters
	keyUsed map[int]bool // or on the request's value under these

	success map[paths.Branch]bool
	open    map[*ssa.BasicBlock]bool // reached round every check: see guards
	states  map[ssa.Value]*stateUse
	keyed   map[ssa.Value]bool
}

// A stateUse says what makes a value the state: read from an
// incoming request (direct), a parameter of the function summarised,
// or read from a request under a key such a parameter names.
type stateUse struct {
	direct    bool
	params    []int
	keyParams []int
}

func (u *stateUse) any() bool {
	return u != nil && (u.direct || len(u.params) > 0 || len(u.keyParams) > 0)
}

func (u *stateUse) join(o *stateUse) *stateUse {
	if !o.any() {
		return u
	}
	if !u.any() {
		return o
	}
	out := &stateUse{direct: u.direct || o.direct, params: slices.Clone(u.params), keyParams: slices.Clone(u.keyParams)}
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

// checksIn returns the state checks of fn as a handler sees them.
func (c *checker) checksIn(fn *ssa.Function) *stateChecks {
	if s, ok := c.checksMemo[fn]; ok {
		return s
	}
	s := c.newChecks(fn, false)
	c.checksMemo[fn] = s
	return s
}

func (c *checker) newChecks(fn *ssa.Function, params bool) *stateChecks {
	return &stateChecks{
		c: c, fn: fn, params: params,
		used:    map[int]bool{},
		keyUsed: map[int]bool{},
		success: map[paths.Branch]bool{},
		states:  map[ssa.Value]*stateUse{},
		keyed:   map[ssa.Value]bool{},
	}
}

// succeeded reports whether taking b implies a successful check.
func (s *stateChecks) succeeded(b paths.Branch) bool {
	if got, ok := s.success[b]; ok {
		return got
	}
	s.success[b] = false // a cycle proves nothing
	got := paths.BranchImplies(b, s.holds)
	s.success[b] = got
	return got
}

// guards reports whether every path from fn's entry to at takes a
// branch that implies a successful check.
func (s *stateChecks) guards(at ssa.Instruction) bool {
	if at == nil || at.Block() == nil || at.Parent() != s.fn {
		return false
	}
	if s.open == nil {
		s.open = paths.Open(s.fn, s.succeeded, exits)
	}
	return !s.open[at.Block()]
}

// checksAnywhere reports whether some branch of fn implies a
// successful check.
func (s *stateChecks) checksAnywhere() bool {
	for _, b := range s.fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if i, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			if s.succeeded(paths.Branch{Cond: i.Cond, Taken: true}) || s.succeeded(paths.Branch{Cond: i.Cond, Taken: false}) {
				return true
			}
		}
	}
	return false
}

// checkedBeyond reports whether taking b leads to a branch that says
// a check succeeded: b's way holds the check another way skips.
func (s *stateChecks) checkedBeyond(b paths.Branch) bool {
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
			if s.succeeded(paths.Branch{Cond: i.Cond, Taken: true}) || s.succeeded(paths.Branch{Cond: i.Cond, Taken: false}) {
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

// checksSomewhere reports whether fn checks the state anywhere: a
// branch that implies success, or a call of a verifying helper whose
// answer it may hand on.
func (s *stateChecks) checksSomewhere() bool {
	if s.checksAnywhere() {
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
// arguments, is about the request's state.
func (s *stateChecks) verifyingCall(instr ssa.Instruction) bool {
	call, ok := instr.(*ssa.Call)
	if !ok {
		return false
	}
	v := s.c.calleeVerdict(call.Common())
	if v == nil {
		return false
	}
	return s.callHolds(call, v.Result, v.Success)
}

// rely records what a check relied on.
func (s *stateChecks) rely(u *stateUse) {
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

// holds reports whether v having outcome o means that a state check
// succeeded.
func (s *stateChecks) holds(v ssa.Value, o paths.Outcome) bool {
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
	// A value fetched by the state: its error nil, or anything else of
	// it tested, tells whether the store knew the state.
	if s.isKeyed(v, 0) {
		if isErrorType(v.Type()) {
			return o == paths.Nil
		}
		return o == paths.True || o == paths.False
	}
	return false
}

// comparisonHolds handles x == y and x != y: the state found equal to
// a value that is neither constant nor the request's state again; a
// constant-time comparison found 1; a value fetched by the state
// compared with anything.
func (s *stateChecks) comparisonHolds(b *ssa.BinOp, o paths.Outcome) bool {
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
		// A value fetched by the state tested against a constant
		// (v == "", n != 1); the state itself against one is an
		// emptiness test, which binds nothing to the session.
		return s.isKeyed(x, 0)
	}
	if isConstant(y) {
		return false
	}
	ux, uy := s.stateOf(x, 0), s.stateOf(y, 0)
	switch {
	case ux.any() && uy.any():
		if ux.direct && uy.direct && len(ux.params)+len(uy.params)+len(ux.keyParams)+len(uy.keyParams) == 0 {
			return false // the request's state with itself
		}
		if ux.direct || uy.direct {
			s.rely(&stateUse{direct: true})
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
		return equal // what the store holds for the state, compared
	}
	return false
}

// countHolds handles an integer comparison of call with k:
// subtle.ConstantTimeCompare(...) == 1, bytes.Compare(...) == 0.
func (s *stateChecks) countHolds(call *ssa.Call, k constant.Value, equal bool) bool {
	obj := calleeObj(call.Common())
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
// compares the state with a value that is neither constant nor the
// request's state again, and records what it relied on.
func (s *stateChecks) comparesState(com *ssa.CallCommon) bool {
	args := callArgs(com)
	var state *stateUse
	others := 0
	for _, a := range args {
		if u := s.stateOf(a, 0); u.any() && (state == nil || !u.direct || !state.direct) {
			if state != nil {
				others++ // two parameters: the state and the stored one
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
		state = &stateUse{direct: true}
	}
	s.rely(state)
	return true
}

// callHolds reports whether result k of call having outcome o means a
// successful check.
func (s *stateChecks) callHolds(call *ssa.Call, k int, o paths.Outcome) bool {
	com := call.Common()
	obj := calleeObj(com)
	switch {
	case funcs.IsFunc(obj, "crypto/hmac", "Equal"),
		funcs.IsFunc(obj, "bytes", "Equal", "EqualFold"),
		funcs.IsFunc(obj, "strings", "EqualFold"),
		funcs.IsFunc(obj, "slices", "Contains"),
		funcs.IsMethod(obj, "sync", "Map", "CompareAndDelete", "CompareAndSwap"):
		return k == 0 && o == paths.True && s.comparesState(com)
	case funcs.IsMethod(obj, "sync", "Map", "Load", "LoadAndDelete", "LoadOrStore"):
		if args := callArgs(com); k == 1 && o == paths.True && len(args) > 1 {
			if u := s.keyOf(args[1]); u.any() {
				s.rely(u)
				return true
			}
		}
		return false
	case funcs.IsFunc(obj, "github.com/markbates/goth/gothic", "CompleteUserAuth", "ValidateState"):
		// goth compares the state with the session's.
		if res := com.Signature().Results(); k < res.Len() && isErrorType(res.At(k).Type()) && o == paths.Nil {
			s.rely(&stateUse{direct: true})
			return true
		}
		return false
	}
	if v := s.c.calleeVerdict(com); v != nil {
		if v.Result != k || v.Success != o {
			return false
		}
		if v.Direct {
			s.rely(&stateUse{direct: true})
			return true
		}
		args := callArgs(com)
		for _, p := range v.Params {
			if p >= 0 && p < len(args) {
				if u := s.stateOf(args[p], 0); u.any() {
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
	if s.c.opaqueVerdict(com) {
		// Code atlvet cannot see that gets the request and answers
		// with an error or a bool: it may compare the state.
		res := com.Signature().Results()
		if k < res.Len() && isErrorType(res.At(k).Type()) {
			if o == paths.Nil {
				s.rely(&stateUse{direct: true})
				return true
			}
			return false
		}
		s.rely(&stateUse{direct: true})
		return o == paths.True || o == paths.False
	}
	return false
}

// stateOf says what makes v the state a check compares: read from an
// incoming request (also after it crossed a channel or a struct), a
// string parameter of the function summarised, or made from one by the
// standard library (trimmed, split, decoded, prefixed into a key).
func (s *stateChecks) stateOf(v ssa.Value, depth int) *stateUse {
	if v == nil || depth > 8 {
		return nil
	}
	if u, ok := s.states[v]; ok {
		return u
	}
	s.states[v] = nil
	u := s.stateOf0(v, depth)
	s.states[v] = u
	return u
}

func (s *stateChecks) stateOf0(v ssa.Value, depth int) *stateUse {
	if key := requestKeyArg(v); key != nil {
		return s.keyNamed(key)
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		if s.params && v.Parent() == s.fn && isStringOrBytes(v.Type()) {
			return &stateUse{params: []int{slices.Index(s.fn.Params, v)}}
		}
		return nil
	case *ssa.Convert:
		return s.stateOf(v.X, depth+1)
	case *ssa.ChangeType:
		return s.stateOf(v.X, depth+1)
	case *ssa.MakeInterface:
		return s.stateOf(v.X, depth+1)
	case *ssa.Phi:
		var u *stateUse
		for _, e := range v.Edges {
			u = u.join(s.stateOf(e, depth+1))
		}
		return u
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return s.stateOf(v.X, depth+1).join(s.stateOf(v.Y, depth+1)) // a key made from it
		}
		return nil
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok && s.transforms(call) {
			if res := call.Common().Signature().Results(); v.Index < res.Len() && yieldsText(res.At(v.Index).Type()) {
				return s.argsState(call.Common(), depth)
			}
		}
		return nil
	case *ssa.Call:
		if s.transforms(v) && (yieldsText(v.Type()) || funcs.IsFunc(calleeObj(v.Common()), "database/sql", "Named")) {
			return s.argsState(v.Common(), depth)
		}
		return nil
	case *ssa.Slice:
		// The variadic arguments of fmt.Sprintf: an element stored.
		if arr, ok := v.X.(*ssa.Alloc); ok {
			var u *stateUse
			for _, el := range storedElems(arr) {
				u = u.join(s.stateOf(el, depth+1))
			}
			return u
		}
		return nil
	case *ssa.UnOp:
		if v.Op == token.MUL {
			if ia, ok := v.X.(*ssa.IndexAddr); ok {
				return s.stateOf(ia.X, depth+1) // an element of []string{state}
			}
		}
	case *ssa.Index:
		return s.stateOf(v.X, depth+1)
	}
	// Received from a channel, read from a struct: what was sent or
	// stored, read from a request in another function.
	if origins, ok := s.c.res.Origins(v); ok {
		for _, o := range origins {
			if key, ok := s.c.requestKey(o.Value); ok && key == "state" {
				return &stateUse{direct: true}
			}
		}
	}
	return nil
}

// keyNamed says whether key, the key of a read of a request's query or
// form, names its state: the constant "state", or in a helper
// summarised a parameter its callers set.
func (s *stateChecks) keyNamed(key ssa.Value) *stateUse {
	if k, ok := s.c.res.Eval(key).Const(); ok {
		if k == "state" {
			return &stateUse{direct: true}
		}
		return nil
	}
	if p, ok := key.(*ssa.Parameter); ok && s.params && p.Parent() == s.fn {
		return &stateUse{keyParams: []int{slices.Index(s.fn.Params, p)}}
	}
	return nil
}

func (s *stateChecks) argsState(com *ssa.CallCommon, depth int) *stateUse {
	var u *stateUse
	for _, a := range callArgs(com) {
		u = u.join(s.stateOf(a, depth+1))
	}
	return u
}

// storedElems returns the values stored into the elements of the
// array arr: the variadic arguments of a call.
func storedElems(arr *ssa.Alloc) []ssa.Value {
	var out []ssa.Value
	for _, ref := range *arr.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, ref2 := range *ia.Referrers() {
			if st, ok := ref2.(*ssa.Store); ok && st.Addr == ia {
				out = append(out, st.Val)
			}
		}
	}
	return out
}

// transforms reports a standard library call that makes a new string
// from its arguments (strings.Cut, strings.TrimSpace, base64 decoding,
// fmt.Sprintf, sql.Named), not one that prints them, tests them, or
// looks them up.
func (s *stateChecks) transforms(call *ssa.Call) bool {
	obj := calleeObj(call.Common())
	if obj == nil || !s.c.isStandard(obj.Pkg()) || isReporting(obj) || isPredicate(obj) {
		return false
	}
	return !strings.HasPrefix(obj.Pkg().Path(), "database/sql") || funcs.IsFunc(obj, "database/sql", "Named")
}

// keyOf says whether v, a lookup key, is the state or made from it.
func (s *stateChecks) keyOf(v ssa.Value) *stateUse {
	if u := s.stateOf(v, 0); u.any() {
		return u
	}
	if s.isKeyed(v, 0) {
		return &stateUse{direct: true} // a key read from what the state fetched
	}
	return nil
}

// isKeyed reports whether v was fetched by the state, or made from
// what was: a map lookup, a SQL query with a WHERE clause, a store
// behind an interface or another package given the state, what such a
// call returns and what is read or computed from it.
func (s *stateChecks) isKeyed(v ssa.Value, depth int) bool {
	if v == nil || depth > 8 {
		return false
	}
	if got, ok := s.keyed[v]; ok {
		return got
	}
	s.keyed[v] = false
	got := s.isKeyed0(v, depth)
	s.keyed[v] = got
	return got
}

func (s *stateChecks) isKeyed0(v ssa.Value, depth int) bool {
	keyedArg := func(a ssa.Value) bool {
		if u := s.stateOf(a, 0); u.any() {
			s.rely(u)
			return true
		}
		return s.isKeyed(a, depth+1)
	}
	switch v := v.(type) {
	case *ssa.Lookup:
		return keyedArg(v.Index) || s.isKeyed(v.X, depth+1)
	case *ssa.Extract:
		return s.isKeyed(v.Tuple, depth+1)
	case *ssa.Field:
		return s.isKeyed(v.X, depth+1)
	case *ssa.FieldAddr:
		return s.isKeyed(v.X, depth+1)
	case *ssa.IndexAddr:
		return s.isKeyed(v.X, depth+1)
	case *ssa.Index:
		return s.isKeyed(v.X, depth+1)
	case *ssa.UnOp:
		return s.isKeyed(v.X, depth+1)
	case *ssa.Convert:
		return s.isKeyed(v.X, depth+1)
	case *ssa.ChangeType:
		return s.isKeyed(v.X, depth+1)
	case *ssa.MakeInterface:
		return s.isKeyed(v.X, depth+1)
	case *ssa.TypeAssert:
		return s.isKeyed(v.X, depth+1)
	case *ssa.BinOp:
		return s.isKeyed(v.X, depth+1) || s.isKeyed(v.Y, depth+1)
	case *ssa.Phi:
		return slices.ContainsFunc(v.Edges, func(e ssa.Value) bool { return s.isKeyed(e, depth+1) })
	case *ssa.Call:
		return s.callKeyed(v, keyedArg)
	}
	return false
}

// callKeyed reports whether call fetches something by the state, or
// computes from what was fetched.
func (s *stateChecks) callKeyed(call *ssa.Call, keyedArg func(ssa.Value) bool) bool {
	com := call.Common()
	if _, builtin := com.Value.(*ssa.Builtin); builtin {
		return slices.ContainsFunc(com.Args, func(a ssa.Value) bool { return s.isKeyed(a, 1) }) // len(rows)
	}
	obj := calleeObj(com)
	args := callArgs(com)
	switch {
	case isSQLQuery(obj):
		return sqlLooksUp(com, obj) && slices.ContainsFunc(args, keyedArg)
	case funcs.IsMethod(obj, "database/sql", "Stmt", sqlQueryMethods...):
		return slices.ContainsFunc(args, keyedArg) // the query was prepared elsewhere
	case obj != nil && s.c.isStandard(obj.Pkg()):
		// Computed from what was fetched (errors.Is(err, sql.ErrNoRows),
		// p.expires.Before(now)); the state itself only transformed or
		// tested (strings.HasPrefix) is no lookup.
		return slices.ContainsFunc(args, func(a ssa.Value) bool { return s.isKeyed(a, 1) })
	case obj != nil && s.c.knownPackage(obj.Pkg()):
		return false
	}
	if s.c.calleeVerdict(com) != nil {
		return false // its verdict is what says; callHolds reads it
	}
	// A store behind an interface, another package, a helper of this
	// one: given the state, or called on what it fetched.
	return slices.ContainsFunc(args, keyedArg)
}

// isPredicate reports standard library functions that test a string
// without binding it to anything.
func isPredicate(obj *types.Func) bool {
	return funcs.IsFunc(obj, "strings", "HasPrefix", "HasSuffix", "Contains", "ContainsAny", "ContainsRune", "Index", "Count") ||
		funcs.IsFunc(obj, "bytes", "HasPrefix", "HasSuffix", "Contains", "Index", "Count") ||
		funcs.IsFunc(obj, "crypto/subtle", "ConstantTimeCompare") ||
		funcs.IsFunc(obj, "crypto/hmac", "Equal") ||
		funcs.IsFunc(obj, "bytes", "Equal", "EqualFold", "Compare") ||
		funcs.IsFunc(obj, "strings", "EqualFold", "Compare")
}

// isConstant reports a constant, also one converted ([]byte("x")).
func isConstant(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.Const:
			return true
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		default:
			return false
		}
	}
}

func isErrorType(t types.Type) bool { return types.Identical(t, errorType) }

var errorType = types.Universe.Lookup("error").Type()

// isReporting reports functions that only print or wrap a value.
func isReporting(obj *types.Func) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	if funcs.IsFunc(obj, "fmt", "Sprintf", "Sprint", "Sprintln", "Sscan", "Sscanf", "Sscanln") {
		return false // these make or take apart a value
	}
	switch obj.Pkg().Path() {
	case "fmt", "log", "log/slog", "errors":
		return true
	}
	return funcs.IsFunc(obj, "net/http", "Error", "Redirect") ||
		funcs.IsMethod(obj, "net/http", "Header", "Set", "Add") ||
		funcs.IsMethod(obj, "net/http", "ResponseWriter", "Write")
}

var sqlQueryMethods = []string{"Exec", "ExecContext", "Query", "QueryContext", "QueryRow", "QueryRowContext"}

// isSQLQuery reports the database/sql methods that run a query given
// as text: a server-side state store kept in a SQL table.
func isSQLQuery(obj *types.Func) bool {
	return funcs.IsMethod(obj, "database/sql", "DB", sqlQueryMethods...) ||
		funcs.IsMethod(obj, "database/sql", "Tx", sqlQueryMethods...) ||
		funcs.IsMethod(obj, "database/sql", "Conn", sqlQueryMethods...)
}

// sqlWhere matches a WHERE clause, which is where a query compares
// the state it is given.
var sqlWhere = regexp.MustCompile(`(?i)\bwhere\b`)

// sqlLooksUp reports whether a SQL query looks its arguments up: a
// query with a WHERE clause (SELECT, DELETE, UPDATE) does, one without
// (an INSERT into an audit table) does not, one whose text is not a
// constant may.
func sqlLooksUp(com *ssa.CallCommon, obj *types.Func) bool {
	params := obj.Signature().Params()
	args := callArgs(com)
	for j := 0; j < params.Len(); j++ {
		if params.At(j).Name() != "query" {
			continue
		}
		k := j + len(args) - params.Len() // args may start with the receiver
		if k < 0 || k >= len(args) {
			break
		}
		q, ok := args[k].(*ssa.Const)
		if !ok || q.Value == nil || q.Value.Kind() != constant.String {
			return true
		}
		return sqlWhere.MatchString(constant.StringVal(q.Value))
	}
	return true
}

// yieldsText reports a string, bytes, or a slice of them.
func yieldsText(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Slice); ok && isStringOrBytes(s.Elem()) {
		return true
	}
	return isStringOrBytes(t)
}

// calleeVerdict returns the verdict of the helper com calls: its
// summary in this package, its fact in another of the module.
func (c *checker) calleeVerdict(com *ssa.CallCommon) *verdict {
	if callee := c.localCallee(com); callee != nil {
		return c.summary(callee)
	}
	obj := calleeObj(com)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg || com.IsInvoke() {
		return nil
	}
	var f verifyFact
	if c.pass.ImportObjectFact(obj, &f) {
		return f.Verdict
	}
	return nil
}

// summary computes the verdict of fn, a function of this package with
// results: the result, true or false for a bool, nil for an error, that
// it returns with that outcome only after a successful check. A return
// whose value cannot have the outcome (false, errors.New(...), an err
// just found non-nil) says nothing; every other return must be guarded
// by a check, or return a value that implies one (return a == b).
func (c *checker) summary(fn *ssa.Function) *verdict {
	if v, ok := c.summaryMemo[fn]; ok {
		return v
	}
	c.summaryMemo[fn] = nil // recursion sees none
	v := c.summary0(fn)
	c.summaryMemo[fn] = v
	return v
}

func (c *checker) summary0(fn *ssa.Function) *verdict {
	res := fn.Signature.Results()
	if res.Len() == 0 || len(fn.Blocks) == 0 || !mayCheck(fn) {
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
	s := c.newChecks(fn, true)
	// Every check of the function says what it relies on, also one
	// that another check before it makes unreachable for the returns:
	// a helper that checks its parameter one way and the request's
	// value under the key it names another.
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if i, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			s.succeeded(paths.Branch{Cond: i.Cond, Taken: true})
			s.succeeded(paths.Branch{Cond: i.Cond, Taken: false})
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
			if c.returnsOnlyChecked(s, rets, k, o) && (s.direct || len(s.used)+len(s.keyUsed) > 0) {
				v := &verdict{Result: k, Success: o, Direct: s.direct}
				for p := range s.used {
					v.Params = append(v.Params, p)
				}
				for p := range s.keyUsed {
					v.KeyParams = append(v.KeyParams, p)
				}
				slices.Sort(v.Params)
				slices.Sort(v.KeyParams)
				return v
			}
		}
	}
	return nil
}

// mayCheck reports whether fn can check a state at all: it gets a
// request, a string, or a struct or closure variable that may hold one.
func mayCheck(fn *ssa.Function) bool {
	may := func(t types.Type) bool {
		if p, ok := t.Underlying().(*types.Pointer); ok && !isRequestType(t) {
			t = p.Elem()
		}
		switch t.Underlying().(type) {
		case *types.Struct, *types.Interface:
			return true
		}
		return isRequestType(t) || isStringOrBytes(t)
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
func (c *checker) returnsOnlyChecked(s *stateChecks, rets []*ssa.Return, k int, o paths.Outcome) bool {
	some := false
	for _, ret := range rets {
		val := returned(ret, k)
		if cannotHave(val, o, ret) {
			continue
		}
		some = true
		if paths.Implies(val, o, s.holds) || s.guards(ret) {
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
			obj := calleeObj(v.Common())
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
// nil { ... }. Such code can read the state and compare it.
func (c *checker) opaqueVerdict(com *ssa.CallCommon) bool {
	if _, builtin := com.Value.(*ssa.Builtin); builtin {
		return false
	}
	args := callArgs(com)
	if obj := calleeObj(com); obj != nil && obj.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:] // the receiver: r.Cookie, c.Query are the framework's
	}
	if !slices.ContainsFunc(args, func(a ssa.Value) bool { return isRequestType(a.Type()) }) {
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
		return !c.knownPackage(com.Method.Pkg())
	case com.StaticCallee() == nil:
		return true // a function value
	}
	return false
}

// guardsNext reports whether fn, a handler used as middleware, checks
// state before it lets the request on: it has a check, and every call
// that hands the request to the next handler (next(w, r),
// next.ServeHTTP(w, r), c.Next()) is guarded by it.
func (c *checker) guardsNext(fn *ssa.Function) bool {
	s := c.checksIn(fn)
	if !s.checksAnywhere() {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if ok && continues(call.Common()) && !s.guards(instr) {
				return false
			}
		}
	}
	return true
}

// exits reports a call after which the function goes no further: the
// program or the goroutine ends (log.Fatal on a mismatch ends a
// command-line login as surely as a return).
func exits(instr ssa.Instruction) bool {
	call, ok := instr.(ssa.CallInstruction)
	if !ok {
		return false
	}
	obj := calleeObj(call.Common())
	return funcs.IsFunc(obj, "os", "Exit") ||
		funcs.IsFunc(obj, "runtime", "Goexit") ||
		funcs.IsFunc(obj, "log", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln") ||
		funcs.IsMethod(obj, "log", "Logger", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln")
}

// continues reports a call that runs the next handler of a chain.
func continues(com *ssa.CallCommon) bool {
	if com.IsInvoke() {
		return com.Method.Name() == "ServeHTTP"
	}
	if obj := calleeObj(com); obj != nil {
		return obj.Name() == "Next" && obj.Signature().Recv() != nil || obj.Name() == "ServeHTTP"
	}
	v := com.Value
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		v = u.X
	}
	switch v.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		return true // next(w, r)
	}
	return false
}
