package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// valueState is what value evaluation memoises for a package.
type valueState struct {
	summaries   map[*ssa.Function]*Summary
	evaluating  map[ssa.Value]bool
	memo        map[ssa.Value]Strs
	params      map[paramKey]Strs  // see paramValues
	texts       map[paramKey]bool  // see textParam
	configs     *configIndex       // built by the configuration-object queries on first use
	provenance  *provIndex         // built by the provenance queries on first use
	sendsByChan map[any][]chanSend // see channelIndex
	// optionsSummary is the function whose AuthOptionsSummary is being
	// made: its parameters stay parameters (see exportOptionFacts).
	optionsSummary *ssa.Function
}

// Eval returns what v can be, with parameters of v's function treated
// as unknown. The result is empty when nothing is known.
func (r *Result) Eval(v ssa.Value) Strs {
	if !r.Relevant || v == nil {
		return nil
	}
	return r.resolveParams(r.eval(v), v.Parent())
}

// maxMerged bounds the callers or stores whose values are merged into
// one value (and widened to what they share, see widen): a request
// helper with dozens of callers is judged by what all its callers'
// URLs have in common.
const maxMerged = 64

// resolveParams replaces the parameters of fn in ss by the arguments
// of fn's call sites in this package, caller by caller; what those
// arguments leave of their own function's parameters, by what that
// function's callers pass (see paramValues), level after level. What
// no caller in view says is unknown.
func (r *Result) resolveParams(ss Strs, fn *ssa.Function) Strs {
	var out Strs
	for _, s := range ss {
		if !hasParam(s) || fn == nil || len(r.callers[fn]) == 0 || len(r.callers[fn]) > maxMerged {
			out = append(out, s.forgetParams())
			continue
		}
		for _, call := range r.callers[fn] {
			args := r.argValues(call.Common())
			for _, alt := range s.subst(args) {
				out = append(out, r.callerParams(alt, call.Parent())...)
			}
		}
	}
	return out.bounded()
}

func hasParam(s Str) bool {
	return slices.ContainsFunc(s.Parts, func(p Part) bool { return p.Param != 0 })
}

// argValues evaluates a call's arguments, receiver first, in the
// caller's own terms (its parameters stay parameters).
func (r *Result) argValues(c *ssa.CallCommon) []Strs {
	args := make([]Strs, len(c.Args))
	for i, a := range c.Args {
		switch {
		case isStringish(a.Type()) || isURLType(a.Type()):
			args[i] = r.eval(a)
		case isValuesType(a.Type()):
			// A url.Values argument stands for its encoding (see query).
			args[i] = Strs{r.values(a).encode()}
		}
	}
	return args
}

func isStringish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && (b.Kind() == types.Byte)
	}
	return false
}

func isURLType(t types.Type) bool { return funcs.IsNamed(t, "net/url", "URL") }

func isValuesType(t types.Type) bool { return funcs.IsNamed(t, "net/url", "Values") }

// eval evaluates v inside its function: parameters become Param parts.
func (r *Result) eval(v ssa.Value) Strs {
	if v == nil {
		return nil
	}
	if ss, ok := r.memo[v]; ok {
		return ss
	}
	if r.evaluating[v] {
		return Strs{Unknown()}
	}
	r.evaluating[v] = true
	ss := r.eval0(v).bounded()
	delete(r.evaluating, v)
	r.memo[v] = ss
	return ss
}

func (r *Result) eval0(v ssa.Value) Strs {
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value == nil {
			if isStringish(v.Type()) {
				return Strs{{}}
			}
			return Strs{Unknown()}
		}
		switch v.Value.Kind() {
		case constant.String:
			return Strs{Lit(constant.StringVal(v.Value))}
		case constant.Int, constant.Bool:
			return Strs{Lit(v.Value.ExactString())}
		}
		return Strs{Unknown()}

	case *ssa.Parameter:
		if i := slices.Index(v.Parent().Params, v); i >= 0 {
			return Strs{paramStr(i + 1)}
		}

	case *ssa.BinOp:
		if v.Op == token.ADD && isStringish(v.Type()) {
			return concatAll(r.eval(v.X), r.eval(v.Y))
		}

	case *ssa.Phi:
		var out Strs
		for _, e := range v.Edges {
			if r.evaluating[e] {
				continue // a loop back edge adds nothing new
			}
			out = append(out, r.eval(e)...)
		}
		return out

	case *ssa.MakeInterface:
		return r.eval(v.X)
	case *ssa.ChangeType:
		return r.eval(v.X)
	case *ssa.Convert:
		if isStringish(v.X.Type()) {
			return r.eval(v.X)
		}
		if b, ok := v.X.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			return Strs{Unknown()} // string(rune)
		}

	case *ssa.UnOp:
		if v.Op == token.MUL {
			return r.load(v.X)
		}

	case *ssa.Field:
		// A field of a struct value: look at the stores to its address.
		if load, ok := v.X.(*ssa.UnOp); ok && load.Op == token.MUL {
			return r.fieldValues(load.X, v.Field)
		}
		// A field of what a function of this package returns: that
		// object's field, not every store of the field.
		if ss, ok := r.resultField(v.X, v.Field); ok {
			return ss
		}
		if key, ok := fieldKeyOf(types.NewPointer(v.X.Type()), v.Field); ok {
			return r.storedValues(r.stores[key])
		}

	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return r.evalCall(call, v.Index)
		}

	case *ssa.Call:
		return r.evalCall(v, 0)
	}
	return Strs{Unknown()}
}

// load evaluates *addr.
func (r *Result) load(addr ssa.Value) Strs {
	switch addr := addr.(type) {
	case *ssa.Global:
		if known, ok := atlassian.KnownValue(addr.Pkg.Pkg.Path(), addr.Name(), ""); ok {
			return Strs{Lit(known)}
		}
		if addr.Pkg != r.pkg {
			return Strs{Unknown()}
		}
		return r.storedValues(r.globalStore[addr])
	case *ssa.FieldAddr:
		return r.fieldValues(addr.X, addr.Field)
	case *ssa.Alloc:
		// An address-taken local: every value stored to it.
		var sites []storeSite
		for _, ref := range *addr.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
				sites = append(sites, storeSite{st.Val, addr.Parent(), st.Pos()})
			}
		}
		return r.storedValues(sites)
	}
	return Strs{Unknown()}
}

// knownField looks up field index of the struct type ptr points to.
func knownField(ptr types.Type, index int) (string, bool) {
	p, ok := ptr.Underlying().(*types.Pointer)
	if !ok {
		return "", false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return "", false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || index >= st.NumFields() {
		return "", false
	}
	return atlassian.KnownValue(named.Obj().Pkg().Path(), named.Obj().Name(), st.Field(index).Name())
}

// fieldValues evaluates the field index of the struct base points to:
// the stores to that very address when base is a local allocation,
// else every store in the package to that field of that struct type.
func (r *Result) fieldValues(base ssa.Value, index int) Strs {
	if known, ok := knownField(base.Type(), index); ok {
		return Strs{Lit(known)}
	}
	if vals, ok := r.urlField(base, index); ok {
		return vals
	}
	if g, ok := base.(*ssa.Global); ok && g.Pkg != r.pkg {
		if st, ok := structOf(g.Type()); ok && index < st.NumFields() {
			if known, ok := atlassian.KnownValue(g.Pkg.Pkg.Path(), g.Name(), st.Field(index).Name()); ok {
				return Strs{Lit(known)}
			}
		}
		return Strs{Unknown()}
	}
	if alloc, ok := base.(*ssa.Alloc); ok {
		var sites []storeSite
		for _, ref := range *alloc.Referrers() {
			if fa, ok := ref.(*ssa.FieldAddr); ok && fa.Field == index {
				for _, ref2 := range *fa.Referrers() {
					if st, ok := ref2.(*ssa.Store); ok && st.Addr == fa {
						sites = append(sites, storeSite{st.Val, fa.Parent(), st.Pos()})
					}
				}
			}
		}
		if len(sites) > 0 {
			return r.storedValues(sites)
		}
		if whole, ok := wholeStores(alloc); ok && len(whole) > 0 {
			// c := other, or a value parameter kept in a variable: the
			// field of what was copied in.
			var out Strs
			for _, w := range whole {
				out = append(out, r.fieldOfValue(w, index)...)
			}
			return out.bounded()
		}
		if onlyFieldsUsed(alloc) {
			// A local struct whose field was never set is "".
			if st, ok := structOf(alloc.Type()); ok && index < st.NumFields() && isStringish(st.Field(index).Type()) {
				return Strs{{}}
			}
		}
	}
	return r.storedValues(r.storesTo(base.Type(), index))
}

// resultField evaluates field index of the struct value v when v is
// the result of a call of a function of this package that returns
// struct literals (Links(site).Base): the values its literals put in
// that field, with the call's arguments for its parameters. ok is
// false for any other value, or when a return is not such a literal.
func (r *Result) resultField(v ssa.Value, index int) (Strs, bool) {
	var call *ssa.Call
	result := 0
	switch v := v.(type) {
	case *ssa.Call:
		call = v
	case *ssa.Extract:
		call, _ = v.Tuple.(*ssa.Call)
		result = v.Index
	}
	if call == nil {
		return nil, false
	}
	fn := call.Common().StaticCallee()
	if fn == nil || fn.Pkg != r.pkg || fn.Blocks == nil {
		return nil, false
	}
	var raw Strs
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || result >= len(ret.Results) {
			continue
		}
		load, ok := ret.Results[result].(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			return nil, false
		}
		alloc, ok := load.X.(*ssa.Alloc)
		if !ok || !onlyFieldsUsed(alloc) {
			return nil, false
		}
		st, ok := structOf(alloc.Type())
		if !ok || index >= st.NumFields() || !isStringish(st.Field(index).Type()) {
			return nil, false
		}
		stored := false
		for _, ref := range *alloc.Referrers() {
			if fa, ok := ref.(*ssa.FieldAddr); ok && fa.Field == index {
				for _, ref2 := range *fa.Referrers() {
					if store, ok := ref2.(*ssa.Store); ok && store.Addr == fa {
						raw = append(raw, r.eval(store.Val)...)
						stored = true
					}
				}
			}
		}
		if !stored {
			raw = append(raw, Str{}) // the literal leaves the field ""
		}
	}
	if len(raw) == 0 {
		return nil, false
	}
	return substAll(raw, r.argValues(call.Common())), true
}

// wholeStores returns the whole struct values stored into the local
// struct alloc, and whether they and loads of its fields are all that
// is done with it: no field is stored and its address goes nowhere.
func wholeStores(alloc *ssa.Alloc) ([]ssa.Value, bool) {
	var whole []ssa.Value
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.Store:
			if ref.Addr != alloc {
				return nil, false
			}
			whole = append(whole, ref.Val)
		case *ssa.FieldAddr:
			for _, ref2 := range *ref.Referrers() {
				switch ref2.(type) {
				case *ssa.UnOp, *ssa.DebugRef:
				default:
					return nil, false
				}
			}
		case *ssa.UnOp:
		default:
			return nil, false
		}
	}
	return whole, true
}

// fieldOfValue evaluates field index of the struct value v: the field
// of the variable it was loaded from, "" in a zero value, else every
// store in the package to that field of that struct type.
func (r *Result) fieldOfValue(v ssa.Value, index int) Strs {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return r.fieldValues(v.X, index)
		}
	case *ssa.Const:
		if st, ok := v.Type().Underlying().(*types.Struct); ok && index < st.NumFields() && isStringish(st.Field(index).Type()) {
			return Strs{{}}
		}
	}
	if ss, ok := r.resultField(v, index); ok {
		return ss
	}
	return r.storedValues(r.storesTo(types.NewPointer(v.Type()), index))
}

// onlyFieldsUsed reports whether the local struct alloc is used only
// through its fields, each only loaded or stored: no whole value is
// stored into it and its address (or a field's) goes nowhere else, so
// the field stores seen are all there are.
func onlyFieldsUsed(alloc *ssa.Alloc) bool {
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.FieldAddr:
			for _, ref2 := range *ref.Referrers() {
				switch ref2 := ref2.(type) {
				case *ssa.UnOp, *ssa.DebugRef:
				case *ssa.Store:
					if ref2.Addr != ref {
						return false // &f.State stored somewhere
					}
				default:
					return false
				}
			}
		case *ssa.UnOp:
			// A load of the whole struct: reading, not writing.
		default:
			return false
		}
	}
	return true
}

func structOf(ptr types.Type) (*types.Struct, bool) {
	p, ok := ptr.Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	s, ok := p.Elem().Underlying().(*types.Struct)
	return s, ok
}

// storedValues evaluates values stored in (possibly) other functions:
// parameters of a storing constructor are resolved through its
// callers in this package.
func (r *Result) storedValues(sites []storeSite) Strs {
	if len(sites) == 0 || len(sites) > maxMerged {
		return Strs{Unknown()}
	}
	var out Strs
	for _, s := range sites {
		out = append(out, r.resolveParams(r.eval(s.val), s.fn)...)
	}
	return out
}

// evalCall evaluates result index of call.
func (r *Result) evalCall(call *ssa.Call, index int) Strs {
	c := call.Common()
	callee := c.StaticCallee()
	var obj *types.Func
	if callee != nil {
		obj, _ = callee.Object().(*types.Func)
	} else if c.IsInvoke() {
		obj = c.Method
	}
	if b, ok := AuthorizeURLBuilderOf(obj); ok && index == 0 {
		return r.authorizeURL(call, b)
	}
	if obj != nil {
		if ss, ok := r.evalLibraryCall(c, obj, index); ok {
			return ss
		}
	}
	if callee == nil {
		return Strs{Unknown()}
	}
	sum := r.summary(callee)
	if sum == nil || index >= len(sum.Results) || len(sum.Results[index]) == 0 {
		return Strs{Unknown()}
	}
	args := r.argValues(c)
	var out Strs
	for _, s := range sum.Results[index] {
		out = append(out, s.subst(args)...)
	}
	return out
}

// evalLibraryCall knows what standard-library string functions return.
func (r *Result) evalLibraryCall(c *ssa.CallCommon, fn *types.Func, index int) (Strs, bool) {
	args := c.Args
	arg := func(i int) Strs {
		if i < len(args) {
			return r.eval(args[i])
		}
		return Strs{Unknown()}
	}
	switch {
	case funcs.IsFunc(fn, "fmt", "Sprintf") && index == 0:
		return r.sprintf(arg(0), args[1:]), true
	case funcs.IsFunc(fn, "fmt", "Sprint") && index == 0:
		out := Strs{{}}
		for _, e := range r.variadic(args[0]) {
			out = concatAll(out, r.eval(e))
		}
		return out, true
	case funcs.IsMethod(fn, "strings", "Builder", "String") && index == 0 && len(args) == 1:
		return r.builderValue(args[0], c), true
	case funcs.IsFunc(fn, "strings", "Join") && index == 0:
		elems := r.variadic(args[0])
		if elems == nil {
			return Strs{Unknown()}, true
		}
		sep := arg(1)
		out := Strs{{}}
		for i, e := range elems {
			if i > 0 {
				out = concatAll(out, sep)
			}
			out = concatAll(out, r.eval(e))
		}
		return out, true
	case funcs.IsFunc(fn, "strings", "ToLower", "TrimSpace") && index == 0:
		var out Strs
		for _, s := range arg(0) {
			if k, ok := s.Const(); ok {
				if fn.Name() == "ToLower" {
					k = strings.ToLower(k)
				} else {
					k = strings.TrimSpace(k)
				}
				out = append(out, Lit(k))
			} else {
				out = append(out, s)
			}
		}
		return out, true
	case funcs.IsFunc(fn, "strings", "TrimSuffix", "TrimRight") && index == 0:
		var out Strs
		cut, ok := arg(1).Const()
		for _, s := range arg(0) {
			if k, isConst := s.Const(); isConst && ok {
				if fn.Name() == "TrimSuffix" {
					k = strings.TrimSuffix(k, cut)
				} else {
					k = strings.TrimRight(k, cut)
				}
				out = append(out, Lit(k))
			} else if ok && len(s.Parts) > 0 && s.Parts[len(s.Parts)-1].Param == 0 && !s.Parts[len(s.Parts)-1].Unknown {
				last := s.Parts[len(s.Parts)-1].Lit
				trimmed := Str{Parts: slices.Clone(s.Parts)}
				if fn.Name() == "TrimSuffix" {
					trimmed.Parts[len(trimmed.Parts)-1].Lit = strings.TrimSuffix(last, cut)
				} else {
					trimmed.Parts[len(trimmed.Parts)-1].Lit = strings.TrimRight(last, cut)
				}
				out = append(out, trimmed)
			} else {
				out = append(out, s)
			}
		}
		return out, true
	case funcs.IsFunc(fn, "net/url", "QueryEscape", "PathEscape") && index == 0:
		var out Strs
		for _, s := range arg(0) {
			if k, ok := s.Const(); ok {
				if fn.Name() == "QueryEscape" {
					k = url.QueryEscape(k)
				} else {
					k = url.PathEscape(k)
				}
				out = append(out, Lit(k))
			} else {
				out = append(out, Unknown())
			}
		}
		return out, true
	case funcs.IsFunc(fn, "net/url", "JoinPath") && index == 0:
		return r.joinPath(arg(0), r.variadic(args[1])), true
	case funcs.IsFunc(fn, "path", "Join") && index == 0:
		elems := r.variadic(args[0])
		out := Strs{{}}
		for i, e := range elems {
			if i > 0 {
				out = concatAll(out, Strs{Lit("/")})
			}
			out = concatAll(out, r.eval(e))
		}
		return cleanSlashes(out), true
	case funcs.IsMethod(fn, "net/url", "URL", "String", "Redacted"):
		return r.urlStrings(args[0]), true
	case funcs.IsFunc(fn, "net/url", "Parse", "ParseRequestURI") && index == 0:
		// The *url.URL as text, as urlObjects reads it: what a struct
		// field holding it says when its Host or Path is read.
		return arg(0), true
	case funcs.IsMethod(fn, "net/url", "Values", "Encode"):
		q := r.values(args[0])
		return Strs{q.encode()}, true
	case funcs.IsFunc(fn, "strconv", "Itoa", "FormatInt", "Quote"),
		funcs.IsMethod(fn, "time", "Time", "Format", "String"):
		return Strs{Unknown()}, true
	}
	return nil, false
}

// variadic returns the elements of a slice built by a literal or by
// the implicit slice of a variadic call, or nil.
func (r *Result) variadic(v ssa.Value) []ssa.Value {
	if c, ok := v.(*ssa.Const); ok && c.Value == nil {
		return []ssa.Value{} // nil slice: no elements
	}
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	arr, ok := alloc.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
	if !ok {
		return nil
	}
	elems := make([]ssa.Value, arr.Len())
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil
		}
		i, _ := constant.Int64Val(idx.Value)
		for _, ref2 := range *ia.Referrers() {
			if st, ok := ref2.(*ssa.Store); ok && st.Addr == ia && int(i) < len(elems) {
				elems[i] = st.Val
			}
		}
	}
	if slices.Contains(elems, nil) {
		return nil
	}
	return elems
}

// sprintf formats known verbs; anything it cannot render is unknown.
func (r *Result) sprintf(formats Strs, args []ssa.Value) Strs {
	format, ok := formats.Const()
	if !ok {
		return Strs{Unknown()}
	}
	var elems []ssa.Value
	if len(args) == 1 {
		elems = r.variadic(args[0])
	}
	out := Strs{{}}
	argi := 0
	for i := 0; i < len(format); i++ {
		ch := format[i]
		if ch != '%' {
			out = concatAll(out, Strs{Lit(string(ch))})
			continue
		}
		// Skip flags, width and precision.
		j := i + 1
		indexed := false
		for j < len(format) && strings.IndexByte("+-# 0123456789.[]*", format[j]) >= 0 {
			indexed = indexed || format[j] == '[' || format[j] == '*'
			j++
		}
		if j >= len(format) {
			return Strs{Unknown()}
		}
		verb := format[j]
		i = j
		if verb == '%' {
			out = concatAll(out, Strs{Lit("%")})
			continue
		}
		if indexed {
			// "%[2]s", "%*d": not simply the next argument, and later
			// verbs cannot be matched to arguments either.
			out = concatAll(out, Strs{Unknown()})
			elems = nil
			continue
		}
		var val Strs
		if elems != nil && argi < len(elems) {
			switch verb {
			case 's', 'v', 'd':
				val = r.eval(elems[argi])
			}
		}
		argi++
		if len(val) == 0 {
			val = Strs{Unknown()}
		}
		out = concatAll(out, val)
	}
	return out
}

func (r *Result) joinPath(bases Strs, elems []ssa.Value) Strs {
	if elems == nil {
		return Strs{Unknown()}
	}
	out := bases
	for _, e := range elems {
		out = concatAll(out, Strs{Lit("/")})
		out = concatAll(out, r.eval(e))
	}
	return cleanSlashes(out)
}

// cleanSlashes collapses the doubled slashes that joining creates in
// known text, leaving "scheme://" alone.
func cleanSlashes(ss Strs) Strs {
	out := make(Strs, len(ss))
	for i, s := range ss {
		var parts []Part
		for _, p := range s.Parts {
			if p.Param == 0 && !p.Unknown {
				lit := p.Lit
				scheme := ""
				if k := strings.Index(lit, "://"); k >= 0 {
					scheme, lit = lit[:k+3], lit[k+3:]
				}
				for strings.Contains(lit, "//") {
					lit = strings.ReplaceAll(lit, "//", "/")
				}
				p.Lit = scheme + lit
			}
			parts = append(parts, p)
		}
		out[i] = Str{}.Concat(Str{Parts: parts})
	}
	return out
}
