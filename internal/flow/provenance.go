package flow

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Provenance: what a value is made of.
//
// A value an attacker can know in advance (an OAuth state) protects
// nothing, and whether it can be known follows from its parts: one
// random part makes the whole unguessable, guessable parts (the time,
// the process ID, math/rand, a counter, the user's own ID) and
// constants make it guessable, and concatenating, formatting, encoding
// or hashing them changes neither. This file follows a value back to
// its parts: constants; calls of functions the knowledge table
// (atlassian.LookupValueOrigin) describes; byte buffers and hashes,
// made of whatever the calls that fill them write; counters; and the
// program's own functions, which are summarised in terms of their
// parameters (ProvTerm), in this package as they are met and in the
// packages it imports by ProvenanceSummary facts.

// A ProvenanceKind says whether a value can be known in advance.
type ProvenanceKind int

const (
	ProvUnknown   ProvenanceKind = iota // not known
	ProvConstant                        // the same every time
	ProvGuessable                       // made of parts an attacker can know or guess
	ProvRandom                          // has a part from a cryptographic source
)

// A Provenance is what a value is made of.
type Provenance struct {
	Kind ProvenanceKind
	// Reasons say what makes a guessable value so: "math/rand",
	// "the time", "a counter", "a user ID".
	Reasons []string
}

// Reason joins the reasons for messages: "a user ID and the time".
func (p Provenance) Reason() string { return strings.Join(p.Reasons, " and ") }

// A ProvTerm is one way a value can be made, in terms of the
// parameters of its function: its own parts are of Kind (with
// Reasons), and the parameters Params are parts of it too.
type ProvTerm struct {
	Kind    ProvenanceKind
	Reasons []string
	Params  []int // 1-based, receiver first, as Part.Param
}

// provTerms are the ways a value can be made, one per path. It is
// never empty: nothing known is one unknown term.
type provTerms []ProvTerm

var (
	unknownTerms  = provTerms{{Kind: ProvUnknown}}
	constantTerms = provTerms{{Kind: ProvConstant}}
)

func termsOf(k ProvenanceKind, reason string) provTerms {
	t := ProvTerm{Kind: k}
	if reason != "" {
		t.Reasons = []string{reason}
	}
	return provTerms{t}
}

// ProvenanceSummary is a fact about a function of the module: per
// result, the ways it can be made (see ProvTerm), for the packages
// that build states with it.
type ProvenanceSummary struct {
	Results [][]ProvTerm
}

// AFact marks ProvenanceSummary as an analysis fact.
func (*ProvenanceSummary) AFact() {}

func (s *ProvenanceSummary) String() string {
	var b strings.Builder
	b.WriteString("provenance")
	for i, ts := range s.Results {
		if ts == nil {
			continue
		}
		b.WriteString(" ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString(":")
		for j, t := range ts {
			if j > 0 {
				b.WriteString("|")
			}
			b.WriteString(t.describe())
		}
	}
	return b.String()
}

func (t ProvTerm) describe() string {
	s := [...]string{"unknown", "constant", "guessable", "random"}[t.Kind]
	if len(t.Reasons) > 0 {
		s += "(" + strings.Join(t.Reasons, ", ") + ")"
	}
	for _, p := range t.Params {
		s += "+p" + strconv.Itoa(p)
	}
	return s
}

// provIndex holds the provenance analysis' memos, built on first use.
type provIndex struct {
	memo      map[ssa.Value]provTerms
	active    map[ssa.Value]bool
	summaries map[provKey]provTerms
	filling   map[ssa.Value]bool // buffers whose writes are being evaluated
	counters  map[any]bool       // variables and fields that are incremented
}

type provKey struct {
	fn    *ssa.Function
	index int
}

func (r *Result) provIdx() *provIndex {
	if r.provenance == nil {
		r.provenance = &provIndex{
			memo:      map[ssa.Value]provTerms{},
			active:    map[ssa.Value]bool{},
			summaries: map[provKey]provTerms{},
			filling:   map[ssa.Value]bool{},
		}
	}
	return r.provenance
}

// maxProvCallers bounds the callers through which a parameter is
// resolved, and maxProvDepth how many levels of callers.
const (
	maxProvCallers = maxAlternatives
	maxProvDepth   = 4
)

// Provenance returns what v is made of, with the parameters of v's
// function resolved through the calls of the function in this package
// (a few levels up), or unknown where there are none.
func (r *Result) Provenance(v ssa.Value) Provenance {
	if !r.Relevant || v == nil {
		return Provenance{}
	}
	return r.resolveProv(r.prov(v), v.Parent(), 0)
}

// resolveProv turns the terms of a value of fn into one Provenance:
// parameters become what fn's callers pass, alternatives are joined.
func (r *Result) resolveProv(ts provTerms, fn *ssa.Function, depth int) Provenance {
	var alts []Provenance
	for _, t := range ts {
		if len(t.Params) == 0 {
			alts = append(alts, Provenance{t.Kind, t.Reasons})
			continue
		}
		var callers []*ssa.Call
		if fn != nil && depth < maxProvDepth {
			callers = r.callers[urlUsesOrigin(fn)]
		}
		if len(callers) == 0 || len(callers) > maxProvCallers {
			alts = append(alts, resolveTerm(t, nil))
			continue
		}
		for _, call := range callers {
			args := call.Common().Args
			ps := make([]Provenance, len(args))
			for _, p := range t.Params {
				if p-1 < len(args) {
					ps[p-1] = r.resolveProv(r.prov(args[p-1]), call.Parent(), depth+1)
				}
			}
			alts = append(alts, resolveTerm(t, ps))
		}
	}
	return joinAlternatives(alts...)
}

// resolveTerm joins t's own parts with what its parameters are, args
// holding them by parameter (unknown where missing).
func resolveTerm(t ProvTerm, args []Provenance) Provenance {
	parts := []Provenance{{t.Kind, t.Reasons}}
	for _, p := range t.Params {
		if p-1 < len(args) {
			parts = append(parts, args[p-1])
		} else {
			parts = append(parts, Provenance{})
		}
	}
	return joinParts(parts...)
}

// joinParts combines the provenances of values that are concatenated,
// formatted or hashed together: one random part makes the whole
// unguessable, one unknown part makes it unknown.
func joinParts(ps ...Provenance) Provenance {
	out := Provenance{Kind: ProvConstant}
	unknown := false
	for _, p := range ps {
		switch p.Kind {
		case ProvRandom:
			return Provenance{Kind: ProvRandom}
		case ProvUnknown:
			unknown = true
		case ProvGuessable:
			out.Kind = ProvGuessable
			out.Reasons = mergeReasons(out.Reasons, p.Reasons)
		}
	}
	if unknown {
		return Provenance{}
	}
	return out
}

// joinAlternatives combines the provenances of the values a variable
// can hold on different paths: weak only if every path is weak.
func joinAlternatives(ps ...Provenance) Provenance {
	if len(ps) == 0 {
		return Provenance{}
	}
	out := ps[0]
	for _, p := range ps[1:] {
		switch {
		case p.Kind == ProvUnknown || out.Kind == ProvUnknown:
			return Provenance{}
		case p.Kind == ProvRandom && out.Kind == ProvRandom:
		case p.Kind == ProvRandom || out.Kind == ProvRandom:
			return Provenance{}
		case p.Kind == ProvGuessable || out.Kind == ProvGuessable:
			out = Provenance{Kind: ProvGuessable, Reasons: mergeReasons(out.Reasons, p.Reasons)}
		}
	}
	return out
}

func mergeReasons(a, b []string) []string {
	out := slices.Clone(a)
	for _, r := range b {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// joinTerm combines two parts of one value, as joinParts does, keeping
// the parameters that are parts of either.
func joinTerm(a, b ProvTerm) ProvTerm {
	if a.Kind == ProvRandom || b.Kind == ProvRandom {
		return ProvTerm{Kind: ProvRandom}
	}
	out := ProvTerm{Kind: ProvConstant, Reasons: mergeReasons(a.Reasons, b.Reasons)}
	switch {
	case a.Kind == ProvUnknown || b.Kind == ProvUnknown:
		// A parameter may still make it random.
		out.Kind, out.Reasons = ProvUnknown, nil
	case a.Kind == ProvGuessable || b.Kind == ProvGuessable:
		out.Kind = ProvGuessable
	}
	out.Params = slices.Clone(a.Params)
	for _, p := range b.Params {
		if !slices.Contains(out.Params, p) {
			out.Params = append(out.Params, p)
		}
	}
	slices.Sort(out.Params)
	if out.Kind == ProvUnknown && len(out.Params) == 0 {
		out.Reasons = nil
	}
	return out
}

// joinPartTerms is joinParts on the ways two parts can be made: every
// combination.
func joinPartTerms(xs, ys provTerms) provTerms {
	var out provTerms
	for _, x := range xs {
		for _, y := range ys {
			out = append(out, joinTerm(x, y))
		}
	}
	return out.bounded()
}

// bounded drops repeated terms and, past maxAlternatives, joins the
// alternatives into one when they do not depend on parameters, else
// gives up.
func (ts provTerms) bounded() provTerms {
	var out provTerms
	for _, t := range ts {
		if !slices.ContainsFunc(out, func(u ProvTerm) bool {
			return u.Kind == t.Kind && slices.Equal(u.Reasons, t.Reasons) && slices.Equal(u.Params, t.Params)
		}) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return unknownTerms
	}
	if len(out) <= maxAlternatives {
		return out
	}
	var ps []Provenance
	for _, t := range out {
		if len(t.Params) > 0 {
			return unknownTerms
		}
		ps = append(ps, Provenance{t.Kind, t.Reasons})
	}
	p := joinAlternatives(ps...)
	return provTerms{{Kind: p.Kind, Reasons: p.Reasons}}
}

// substTerms replaces the parameters of a callee's terms by the terms
// of the call's arguments (args, receiver first).
func substTerms(ts provTerms, args []provTerms) provTerms {
	var out provTerms
	for _, t := range ts {
		cur := provTerms{{Kind: t.Kind, Reasons: t.Reasons}}
		for _, p := range t.Params {
			arg := unknownTerms
			if p-1 < len(args) && args[p-1] != nil {
				arg = args[p-1]
			}
			cur = joinPartTerms(cur, arg)
		}
		out = append(out, cur...)
	}
	return out.bounded()
}

// prov returns the terms of v inside its function.
func (r *Result) prov(v ssa.Value) provTerms {
	ix := r.provIdx()
	if v == nil {
		return unknownTerms
	}
	if ts, ok := ix.memo[v]; ok {
		return ts
	}
	if ix.active[v] || len(ix.active) > 64 {
		return unknownTerms
	}
	ix.active[v] = true
	ts := r.prov0(v).bounded()
	delete(ix.active, v)
	ix.memo[v] = ts
	return ts
}

func (r *Result) prov0(v ssa.Value) provTerms {
	switch v := v.(type) {
	case *ssa.Const:
		return constantTerms
	case *ssa.Parameter:
		if i := slices.Index(v.Parent().Params, v); i >= 0 {
			return provTerms{{Kind: ProvConstant, Params: []int{i + 1}}}
		}
	case *ssa.BinOp:
		switch v.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.XOR, token.OR, token.AND, token.SHL, token.SHR, token.AND_NOT:
			return joinPartTerms(r.prov(v.X), r.prov(v.Y))
		}
	case *ssa.Phi:
		var out provTerms
		for _, e := range v.Edges {
			if r.provIdx().active[e] {
				continue // a loop's back edge adds nothing new
			}
			out = append(out, r.prov(e)...)
		}
		return out
	case *ssa.Convert:
		return r.prov(v.X)
	case *ssa.ChangeType:
		return r.prov(v.X)
	case *ssa.MakeInterface:
		return r.prov(v.X)
	case *ssa.ChangeInterface:
		return r.prov(v.X)
	case *ssa.TypeAssert:
		return r.prov(v.X)
	case *ssa.SliceToArrayPointer:
		return r.prov(v.X)
	case *ssa.Slice:
		if isByteBuffer(v.X.Type()) || isByteBuffer(v.Type()) {
			return r.bufferProv(v.X)
		}
		return r.prov(v.X)
	case *ssa.MakeSlice, *ssa.Alloc:
		return r.bufferProv(v)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return r.loadProv(v)
		}
	case *ssa.Field:
		if st, ok := v.X.Type().Underlying().(*types.Struct); ok && v.Field < st.NumFields() {
			if atlassian.IsUserIDField(namedTypeName(v.X.Type()), st.Field(v.Field).Name()) {
				return termsOf(ProvGuessable, atlassian.ReasonUserID)
			}
		}
	case *ssa.Call:
		ts := r.callProv(v, 0)
		if w, ok := r.writes(v); ok {
			ts = joinPartTerms(ts, w) // a hash written to
		}
		return ts
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return r.callProv(call, v.Index)
		}
	}
	return unknownTerms
}

func isByteBuffer(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return isByteBuffer(u.Elem())
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// bufferRoot returns the allocation a byte buffer view is a slice of.
func bufferRoot(buf ssa.Value) ssa.Value {
	for {
		switch b := buf.(type) {
		case *ssa.Slice:
			buf = b.X
			continue
		case *ssa.UnOp:
			if _, ok := b.X.(*ssa.Alloc); ok && b.Op == token.MUL {
				buf = b.X
				continue
			}
		}
		return buf
	}
}

// bufferProv tells what a byte buffer is made of: what the calls that
// fill it write (crypto/rand.Read, io.ReadFull, math/rand's Read), what
// is stored into its elements and, for an array variable, what is
// stored into it whole. A buffer nothing is seen to fill is unknown.
func (r *Result) bufferProv(buf ssa.Value) provTerms {
	root := bufferRoot(buf)
	ix := r.provIdx()
	if ix.filling[root] {
		// b[6] = b[6]&0x0f | 0x40 while b's writes are evaluated: the
		// buffer's own content adds nothing to what it is made of.
		return constantTerms
	}
	ix.filling[root] = true
	defer delete(ix.filling, root)
	switch root.(type) {
	case *ssa.MakeSlice, *ssa.Alloc:
		// Made here, zeroed: only what is written counts.
		if w, ok := r.writes(root); ok {
			return w
		}
		return unknownTerms
	case *ssa.Call:
		return r.prov(root) // with what is written into it
	}
	ts := r.prov(root) // a parameter, a field: what it holds, and what is written here
	if w, ok := r.writes(root); ok {
		ts = joinPartTerms(ts, w)
	}
	return ts
}

// writes returns what is written into v, a buffer or an object such as
// a hash: by calls the knowledge table says write into an argument, by
// stores to its elements, by copy, and, for a variable, by stores of
// whole values. ok is false when nothing is seen to write into it.
func (r *Result) writes(v ssa.Value) (provTerms, bool) {
	views := []ssa.Value{v}
	if refs := v.Referrers(); refs != nil {
		for _, ref := range *refs {
			if sl, ok := ref.(*ssa.Slice); ok {
				views = append(views, sl)
			}
		}
	}
	var parts []provTerms
	for _, view := range views {
		refs := view.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch ref := ref.(type) {
			case *ssa.Store:
				if ref.Addr == view {
					parts = append(parts, r.prov(ref.Val))
				}
			case *ssa.IndexAddr:
				if ref.X != view {
					continue
				}
				for _, ref2 := range *ref.Referrers() {
					if st, ok := ref2.(*ssa.Store); ok && st.Addr == ref {
						parts = append(parts, r.prov(st.Val))
					}
				}
			case ssa.CallInstruction:
				com := ref.Common()
				if b, ok := com.Value.(*ssa.Builtin); ok {
					if b.Name() == "copy" && len(com.Args) == 2 && com.Args[0] == view {
						parts = append(parts, r.prov(com.Args[1]))
					}
					continue
				}
				o, ok := valueOrigin(calleeObj(com))
				args := CallArgs(com)
				if !ok || o.Kind != atlassian.OriginFill || o.Into >= len(args) || args[o.Into] != view {
					continue
				}
				switch o.Source {
				case atlassian.OriginRandom:
					parts = append(parts, termsOf(ProvRandom, ""))
				case atlassian.OriginGuessable:
					parts = append(parts, termsOf(ProvGuessable, o.Reason))
				case atlassian.OriginDerived:
					parts = append(parts, r.argsProv(com, o.From))
				}
			}
		}
	}
	if len(parts) == 0 {
		return nil, false
	}
	out := constantTerms
	for _, p := range parts {
		out = joinPartTerms(out, p)
	}
	return out, true
}

// valueOrigin looks a function or method up in the knowledge table.
func valueOrigin(obj *types.Func) (atlassian.ValueOrigin, bool) {
	if obj == nil || obj.Pkg() == nil {
		return atlassian.ValueOrigin{}, false
	}
	recv := ""
	if sig := obj.Signature(); sig.Recv() != nil {
		if recv = namedTypeName(sig.Recv().Type()); recv == "" {
			return atlassian.ValueOrigin{}, false
		}
	}
	return atlassian.LookupValueOrigin(obj.Pkg().Path(), recv, obj.Name())
}

// argsProv joins the terms of the arguments from (receiver first) of a
// call, or of all of them, the elements of a variadic slice included,
// when from is nil.
func (r *Result) argsProv(com *ssa.CallCommon, from []int) provTerms {
	args := CallArgs(com)
	out := constantTerms
	if from != nil {
		for _, i := range from {
			if i >= len(args) {
				return unknownTerms
			}
			out = joinPartTerms(out, r.prov(args[i]))
		}
		return out
	}
	variadic := com.Signature().Variadic()
	for i, a := range args {
		if variadic && i == len(args)-1 {
			elems := r.variadic(a)
			if elems == nil {
				return unknownTerms
			}
			for _, e := range elems {
				out = joinPartTerms(out, r.prov(e))
			}
			continue
		}
		out = joinPartTerms(out, r.prov(a))
	}
	return out
}

// loadProv handles a load: of a local variable (what is stored into
// it), a package variable (a counter, or a value never reassigned), a
// struct field (a user ID, a counter) or an element of a buffer.
func (r *Result) loadProv(v *ssa.UnOp) provTerms {
	switch addr := v.X.(type) {
	case *ssa.Alloc:
		if isByteBuffer(addr.Type()) {
			return r.bufferProv(addr)
		}
		var out provTerms
		for _, ref := range *addr.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
				out = append(out, r.prov(st.Val)...)
			}
		}
		return out
	case *ssa.Global:
		if addr.Pkg != nil {
			switch atlassian.LookupGlobalOrigin(addr.Pkg.Pkg.Path(), addr.Name()) {
			case atlassian.OriginRandom:
				return termsOf(ProvRandom, "")
			}
		}
		if isIntegerType(v.Type()) && r.isCounter(addr) {
			return termsOf(ProvGuessable, atlassian.ReasonCounter)
		}
		if addr.Pkg == r.pkg {
			if _, ok := r.Eval(v).Const(); ok {
				return constantTerms
			}
		}
	case *ssa.FieldAddr:
		st, ok := pointee(addr.X.Type())
		if !ok || addr.Field >= st.NumFields() {
			break
		}
		if atlassian.IsUserIDField(namedTypeName(addr.X.Type()), st.Field(addr.Field).Name()) {
			return termsOf(ProvGuessable, atlassian.ReasonUserID)
		}
		if isIntegerType(v.Type()) && r.isCounter(addr) {
			return termsOf(ProvGuessable, atlassian.ReasonCounter)
		}
	case *ssa.IndexAddr:
		if isByteBuffer(addr.X.Type()) {
			return r.bufferProv(addr.X)
		}
	}
	return unknownTerms
}

func isIntegerType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// counterKey identifies a variable or a field of a struct type, for
// isCounter.
func counterKey(addr ssa.Value) (any, bool) {
	switch a := addr.(type) {
	case *ssa.Global:
		return a, true
	case *ssa.FieldAddr:
		return fieldKeyOf(a.X.Type(), a.Field)
	}
	return nil, false
}

// isCounter reports whether the variable or field at addr is ever
// incremented in this package: x++, x += n, atomic.AddInt64(&x, 1),
// n.Add(1) of an atomic.Int64.
func (r *Result) isCounter(addr ssa.Value) bool {
	ix := r.provIdx()
	if ix.counters == nil {
		ix.counters = map[any]bool{}
		for _, fn := range r.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					switch instr := instr.(type) {
					case *ssa.Store:
						op, ok := instr.Val.(*ssa.BinOp)
						if !ok || op.Op != token.ADD && op.Op != token.SUB {
							continue
						}
						key, ok := counterKey(instr.Addr)
						if !ok {
							continue
						}
						for _, operand := range []ssa.Value{op.X, op.Y} {
							if l, ok := operand.(*ssa.UnOp); ok && l.Op == token.MUL {
								if k, ok := counterKey(l.X); ok && k == key {
									ix.counters[key] = true
								}
							}
						}
					case ssa.CallInstruction:
						com := instr.Common()
						o, ok := valueOrigin(calleeObj(com))
						args := CallArgs(com)
						if ok && o.Kind == atlassian.OriginCounter && len(o.From) == 1 && o.From[0] < len(args) {
							if key, ok := counterKey(args[o.From[0]]); ok {
								ix.counters[key] = true
							}
						}
					}
				}
			}
		}
	}
	key, ok := counterKey(addr)
	return ok && ix.counters[key]
}

// callProv returns the terms of result index of call.
func (r *Result) callProv(call *ssa.Call, index int) provTerms {
	com := call.Common()
	if b, ok := com.Value.(*ssa.Builtin); ok {
		if b.Name() == "append" {
			return r.argsProv(com, []int{0, 1})
		}
		return unknownTerms
	}
	obj := calleeObj(com)
	if obj == nil {
		return unknownTerms
	}
	if o, ok := valueOrigin(obj); ok {
		args := CallArgs(com)
		switch o.Kind {
		case atlassian.OriginRandom:
			return termsOf(ProvRandom, "")
		case atlassian.OriginGuessable:
			return termsOf(ProvGuessable, o.Reason)
		case atlassian.OriginConstant:
			return constantTerms
		case atlassian.OriginDerived:
			return r.argsProv(com, o.From)
		case atlassian.OriginCounter:
			return termsOf(ProvGuessable, atlassian.ReasonCounter)
		case atlassian.OriginLoad:
			if len(o.From) == 1 && o.From[0] < len(args) && r.isCounter(args[o.From[0]]) {
				return termsOf(ProvGuessable, atlassian.ReasonCounter)
			}
		}
		return unknownTerms
	}
	if ts := r.calleeProv(com, index); !isUnknownTerms(ts) {
		return ts
	}
	if res := obj.Signature().Results(); index == 0 && res.Len() > 0 && atlassian.IsUserIDName(obj.Name()) &&
		(funcs.IsTextType(res.At(0).Type()) || isIntegerType(res.At(0).Type())) {
		return termsOf(ProvGuessable, atlassian.ReasonUserID) // sess.UserID(), user.GetAccountID()
	}
	return unknownTerms
}

func isUnknownTerms(ts provTerms) bool {
	return len(ts) == 1 && ts[0].Kind == ProvUnknown && len(ts[0].Params) == 0
}

// calleeProv returns the terms of result index of a call of a function
// of this package (from its returns) or of another (from its facts),
// with the call's arguments for the function's parameters.
func (r *Result) calleeProv(com *ssa.CallCommon, index int) provTerms {
	callee := com.StaticCallee()
	if callee == nil || com.IsInvoke() {
		return unknownTerms
	}
	callee = urlUsesOrigin(callee)
	var ts provTerms
	if callee.Pkg == r.pkg && callee.Blocks != nil {
		ts = r.provSummary(callee, index)
	} else if obj, ok := callee.Object().(*types.Func); ok && obj.Pkg() != r.pass.Pkg {
		var f ProvenanceSummary
		if !r.pass.ImportObjectFact(obj, &f) || index >= len(f.Results) || f.Results[index] == nil {
			return unknownTerms
		}
		ts = f.Results[index]
	}
	if isUnknownTerms(ts) {
		return unknownTerms
	}
	args := com.Args
	argTerms := make([]provTerms, len(args))
	for _, t := range ts {
		for _, p := range t.Params {
			if p-1 < len(args) && argTerms[p-1] == nil {
				argTerms[p-1] = r.prov(args[p-1])
			}
		}
	}
	return substTerms(ts, argTerms)
}

// provSummary returns the terms of result index of fn, a function of
// this package, leaving out the returns that also return an error
// (return "", err): the caller does not use the value then.
func (r *Result) provSummary(fn *ssa.Function, index int) provTerms {
	ix := r.provIdx()
	key := provKey{fn, index}
	if ts, ok := ix.summaries[key]; ok {
		return ts
	}
	ix.summaries[key] = unknownTerms // a recursive call knows nothing
	var all, ok provTerms
	for _, s := range returnSites(fn, index) {
		ts := r.prov(s.val)
		all = append(all, ts...)
		if !s.withErr {
			ok = append(ok, ts...)
		}
	}
	out := all
	if len(ok) > 0 {
		out = ok
	}
	out = out.bounded()
	ix.summaries[key] = out
	return out
}

type returnSite struct {
	val     ssa.Value
	withErr bool // a non-nil error is returned beside it
}

// returnSites returns the values fn returns as result index. In a
// function with defers the results go through local slots, stored to
// by each return statement in its own block.
func returnSites(fn *ssa.Function, index int) []returnSite {
	var out []returnSite
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || index >= len(ret.Results) {
			continue
		}
		n := len(ret.Results)
		slot, isSlot := loadedAlloc(ret.Results[index])
		errSlot, _ := loadedAlloc(ret.Results[n-1])
		if !isSlot {
			out = append(out, returnSite{ret.Results[index], isError(ret.Results[n-1]) && n > 1 && !isNil(ret.Results[n-1])})
			continue
		}
		for _, b2 := range fn.Blocks {
			var val, errVal ssa.Value
			for _, instr := range b2.Instrs {
				if st, ok := instr.(*ssa.Store); ok {
					switch st.Addr {
					case slot:
						val = st.Val
					case errSlot:
						errVal = st.Val
					}
				}
			}
			if val != nil {
				withErr := n > 1 && errSlot != nil && isError(ret.Results[n-1]) && (errVal == nil || !isNil(errVal))
				out = append(out, returnSite{val, withErr})
			}
		}
		break
	}
	return out
}

func loadedAlloc(v ssa.Value) (*ssa.Alloc, bool) {
	if l, ok := v.(*ssa.UnOp); ok && l.Op == token.MUL {
		a, ok := l.X.(*ssa.Alloc)
		return a, ok
	}
	return nil, false
}

func isError(v ssa.Value) bool {
	return types.Identical(v.Type(), types.Universe.Lookup("error").Type())
}

func isNil(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.IsNil()
}

// exportProvenanceFacts exports a ProvenanceSummary for every function
// of the package with a string, bytes or integer result whose
// provenance is known or depends on its parameters.
func (r *Result) exportProvenanceFacts() {
	for _, fn := range r.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || r.inTestFile(fn) {
			continue
		}
		res := fn.Signature.Results()
		var sum ProvenanceSummary
		found := false
		for i := 0; i < res.Len(); i++ {
			var ts provTerms
			if t := res.At(i).Type(); funcs.IsTextType(t) || isIntegerType(t) {
				if ts = r.provSummary(fn, i); isUnknownTerms(ts) {
					ts = nil
				}
			}
			found = found || ts != nil
			sum.Results = append(sum.Results, ts)
		}
		if found {
			r.pass.ExportObjectFact(obj, &sum)
		}
	}
}
