package flow

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// An AuthParam is a query parameter set by an option of
// (*oauth2.Config).AuthCodeURL.
type AuthParam struct {
	Key   string
	Value Str
	// Val is the value argument of oauth2.SetAuthURLParam, nil for a
	// predefined option such as oauth2.ApprovalForce.
	Val ssa.Value
	// Site is the SetAuthURLParam call, token.NoPos when unknown.
	Site token.Pos
	// fromParam, in a function's summary only, is the 1-based index of
	// the parameter whose options stand here (Key is then empty): the
	// variadic extra... a helper appends to its own options.
	fromParam int
}

// AuthOptions is one way the options of an AuthCodeURL call can be.
type AuthOptions struct {
	Params []AuthParam
	// Open: some option is not known, so any parameter may be set.
	Open bool
}

// AuthorizeURLBuilderOf returns what the knowledge table says of
// obj when it is a function or method that builds an authorize URL.
func AuthorizeURLBuilderOf(obj *types.Func) (atlassian.AuthorizeURLBuilder, bool) {
	pkg, recv, name, ok := tableKey(obj)
	if !ok {
		return atlassian.AuthorizeURLBuilder{}, false
	}
	return atlassian.LookupAuthorizeURLBuilder(pkg, recv, name)
}

// SetsAuthParam reports whether f makes an authorize URL option whose
// key and value are its arguments (oauth2.SetAuthURLParam).
func SetsAuthParam(f *types.Func) bool {
	if f == nil || f.Pkg() == nil || f.Signature().Recv() != nil {
		return false
	}
	sets, _ := atlassian.AuthOptionFunc(f.Pkg().Path(), f.Name())
	return slices.ContainsFunc(sets, func(s atlassian.OptionSet) bool { return s.KeyArg >= 0 })
}

// takesAuthOptions reports whether obj builds an authorize URL from
// options it is given (x/oauth2's AuthCodeURL).
func takesAuthOptions(obj *types.Func) bool {
	b, ok := AuthorizeURLBuilderOf(obj)
	return ok && b.OptionsArg >= 0
}

// builderArgs returns the receiver, state and options arguments of a
// call of the authorize URL builder b, nil for those it lacks.
func builderArgs(c *ssa.CallCommon, b atlassian.AuthorizeURLBuilder) (recv, state, opts ssa.Value) {
	args := CallArgs(c)
	if b.Recv != "" {
		if len(args) == 0 {
			return nil, nil, nil
		}
		recv, args = args[0], args[1:]
	}
	if b.StateArg >= 0 && b.StateArg < len(args) {
		state = args[b.StateArg]
	}
	if b.OptionsArg >= 0 && b.OptionsArg < len(args) {
		opts = args[b.OptionsArg]
	}
	return recv, state, opts
}

// AuthorizeURLOptions returns the ways the options passed to a call of
// an authorize URL builder that takes options (x/oauth2's
// AuthCodeURL) can be: one per path through option slices built with
// literals and append.
func (r *Result) AuthorizeURLOptions(call ssa.CallInstruction) []AuthOptions {
	if !r.Relevant || call == nil {
		return nil
	}
	b, ok := AuthorizeURLBuilderOf(calleeObj(call.Common()))
	if !ok || b.OptionsArg < 0 {
		return nil
	}
	_, _, opts := builderArgs(call.Common(), b)
	if opts == nil {
		return []AuthOptions{{}}
	}
	return r.authOptions(opts, 0)
}

func (r *Result) authOptions(v ssa.Value, depth int) []AuthOptions {
	open := []AuthOptions{{Open: true}}
	if depth > maxFieldDepth || r.evaluating[v] {
		return open
	}
	r.evaluating[v] = true
	defer delete(r.evaluating, v)

	switch v := v.(type) {
	case *ssa.Const:
		if v.Value == nil {
			return []AuthOptions{{}} // a nil slice
		}
	case *ssa.Slice:
		elems := r.variadic(v)
		if elems == nil {
			return open
		}
		return []AuthOptions{r.optionElems(elems)}
	case *ssa.Call:
		c := v.Common()
		if b, ok := c.Value.(*ssa.Builtin); ok && b.Name() == "append" && len(c.Args) == 2 {
			base := r.authOptions(c.Args[0], depth+1)
			var extra []AuthOptions
			if elems := r.variadic(c.Args[1]); elems != nil {
				extra = []AuthOptions{r.optionElems(elems)}
			} else {
				extra = r.authOptions(c.Args[1], depth+1)
			}
			return joinOptions(base, extra)
		}
		if out := r.calleeOptions(v, depth); out != nil {
			return out
		}
	case *ssa.Phi:
		var out []AuthOptions
		for _, e := range v.Edges {
			if r.evaluating[e] {
				continue
			}
			out = append(out, r.authOptions(e, depth+1)...)
		}
		if len(out) > 0 {
			return boundOptions(out)
		}
	case *ssa.Parameter:
		fn := v.Parent()
		i := slices.Index(fn.Params, v)
		if fn == r.optionsSummary && i >= 0 {
			return []AuthOptions{{Params: []AuthParam{{fromParam: i + 1}}}}
		}
		callers := r.callers[fn]
		if i < 0 || len(callers) == 0 || len(callers) > maxAlternatives {
			return open
		}
		var out []AuthOptions
		for _, call := range callers {
			if args := call.Common().Args; i < len(args) {
				out = append(out, r.authOptions(args[i], depth+1)...)
			}
		}
		if len(out) > 0 {
			return boundOptions(out)
		}
	case *ssa.UnOp:
		if v.Op == token.MUL {
			var out []AuthOptions
			for _, s := range r.storedPointers(v.X, depth) {
				out = append(out, r.authOptions(s, depth+1)...)
			}
			if len(out) > 0 {
				return boundOptions(out)
			}
		}
	}
	return open
}

// calleeOptions returns the ways the options that call, a call of a
// function of this package or (by facts) of another, returns can be;
// nil when they are not known.
func (r *Result) calleeOptions(call *ssa.Call, depth int) []AuthOptions {
	callee := call.Common().StaticCallee()
	if callee == nil {
		return nil
	}
	callee = urlUsesOrigin(callee)
	if callee.Pkg == r.pkg && callee.Blocks != nil {
		return r.returnedOptions(callee, depth+1)
	}
	obj, ok := callee.Object().(*types.Func)
	var sum AuthOptionsSummary
	if !ok || obj.Pkg() == r.pass.Pkg || !r.pass.ImportObjectFact(obj, &sum) || len(sum.Ways) == 0 {
		return nil
	}
	args := r.argValues(call.Common())
	var out []AuthOptions
	for _, w := range sum.Ways {
		ways := []AuthOptions{{Open: w.Open}}
		for _, p := range w.Params {
			var add []AuthOptions
			if p.FromParam > 0 {
				add = r.paramOptions(call.Common(), p.FromParam-1, depth)
			} else {
				add = []AuthOptions{{Params: []AuthParam{{Key: p.Key, Value: single(p.Value.subst(args).forgetParams())}}}}
			}
			ways = joinOptions(ways, add)
		}
		out = append(out, ways...)
	}
	return boundOptions(out)
}

// paramOptions returns the ways the options a call passes as its
// argument i (a slice of them, or one) can be.
func (r *Result) paramOptions(c *ssa.CallCommon, i int, depth int) []AuthOptions {
	if i >= len(c.Args) {
		return []AuthOptions{{Open: true}}
	}
	arg := c.Args[i]
	if _, isSlice := arg.Type().Underlying().(*types.Slice); isSlice {
		return r.authOptions(arg, depth+1)
	}
	if ps, ok := r.optionParams(arg); ok {
		return []AuthOptions{{Params: ps}}
	}
	return []AuthOptions{{Open: true}}
}

// joinOptions returns the ways of options a followed by options b.
func joinOptions(a, b []AuthOptions) []AuthOptions {
	var out []AuthOptions
	for _, x := range a {
		for _, y := range b {
			out = append(out, AuthOptions{
				Params: append(slices.Clone(x.Params), y.Params...),
				Open:   x.Open || y.Open,
			})
		}
	}
	return boundOptions(out)
}

// AuthOptionsSummary is a fact about a function of the module that
// returns options for AuthCodeURL ([]oauth2.AuthCodeOption, or one
// oauth2.AuthCodeOption): the ways they can be, values in terms of the
// function's parameters.
type AuthOptionsSummary struct {
	Ways []OptionsWay
}

// An OptionsWay is one way a function's options can be: the
// parameters they set, and whether some option is not known.
type OptionsWay struct {
	Params []OptionParam
	Open   bool
}

// An OptionParam is a query parameter an option sets, or, when
// FromParam is not 0, the options the function's parameter FromParam
// (1-based, receiver first) holds, known at each call.
type OptionParam struct {
	Key       string
	Value     Str
	FromParam int
}

// AFact marks AuthOptionsSummary as an analysis fact.
func (*AuthOptionsSummary) AFact() {}

func (s *AuthOptionsSummary) String() string {
	var ways []string
	for _, w := range s.Ways {
		var ps []string
		for _, p := range w.Params {
			if p.FromParam > 0 {
				ps = append(ps, fmt.Sprintf("$%d...", p.FromParam))
				continue
			}
			ps = append(ps, p.Key+"="+p.Value.String())
		}
		if w.Open {
			ps = append(ps, "…")
		}
		ways = append(ways, "{"+strings.Join(ps, " ")+"}")
	}
	return "options " + strings.Join(ways, " ")
}

// isAuthOptionsType reports whether t is oauth2.AuthCodeOption or a
// slice of them.
func isAuthOptionsType(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	pkg, name, ok := funcs.NamedType(t)
	return ok && atlassian.IsAuthOptionType(pkg, name)
}

// exportOptionFacts exports an AuthOptionsSummary for every function
// of the package whose first result is AuthCodeURL options that are
// not wholly unknown.
func (r *Result) exportOptionFacts() {
	for _, fn := range r.funcs {
		obj, ok := fn.Object().(*types.Func)
		res := fn.Signature.Results()
		if !ok || fn.Parent() != nil || res.Len() == 0 || !isAuthOptionsType(res.At(0).Type()) || r.inTestFile(fn) {
			continue
		}
		r.optionsSummary = fn
		ways := r.returnedOptions(fn, 0)
		r.optionsSummary = nil
		var sum AuthOptionsSummary
		known := false
		for _, w := range ways {
			way := OptionsWay{Open: w.Open}
			for _, p := range w.Params {
				way.Params = append(way.Params, OptionParam{p.Key, p.Value, p.fromParam})
			}
			known = known || !w.Open || len(w.Params) > 0
			sum.Ways = append(sum.Ways, way)
		}
		if known {
			r.pass.ExportObjectFact(obj, &sum)
		}
	}
}

// returnedOptions returns the ways the options fn returns as its first
// result (a slice of them, or one) can be; nil when it returns none.
func (r *Result) returnedOptions(fn *ssa.Function, depth int) []AuthOptions {
	res := fn.Signature.Results()
	if res.Len() == 0 {
		return nil
	}
	_, isSlice := res.At(0).Type().Underlying().(*types.Slice)
	var ways []AuthOptions
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) == 0 {
			continue
		}
		if isSlice {
			ways = append(ways, r.authOptions(ret.Results[0], depth)...)
		} else if ps, ok := r.optionParams(ret.Results[0]); ok {
			ways = append(ways, AuthOptions{Params: ps})
		} else {
			ways = append(ways, AuthOptions{Open: true})
		}
	}
	if len(ways) == 0 {
		return nil
	}
	return boundOptions(ways)
}

func boundOptions(opts []AuthOptions) []AuthOptions {
	if len(opts) > maxAlternatives {
		return []AuthOptions{{Open: true}}
	}
	return opts
}

// optionElems returns what the option values elems set.
func (r *Result) optionElems(elems []ssa.Value) AuthOptions {
	var out AuthOptions
	for _, e := range elems {
		ps, ok := r.optionParams(e)
		if !ok {
			out.Open = true
			continue
		}
		out.Params = append(out.Params, ps...)
	}
	return out
}

func (r *Result) optionParams(e ssa.Value) ([]AuthParam, bool) {
	switch e := e.(type) {
	case *ssa.Parameter:
		if i := slices.Index(e.Parent().Params, e); e.Parent() == r.optionsSummary && i >= 0 {
			return []AuthParam{{fromParam: i + 1}}, true
		}
	case *ssa.MakeInterface:
		return r.optionParams(e.X)
	case *ssa.ChangeInterface:
		return r.optionParams(e.X)
	case *ssa.Call:
		obj := calleeObj(e.Common())
		var sets []atlassian.OptionSet
		if obj != nil && obj.Pkg() != nil && obj.Signature().Recv() == nil {
			sets, _ = atlassian.AuthOptionFunc(obj.Pkg().Path(), obj.Name())
		}
		switch {
		case sets != nil:
			return r.optionSets(sets, e.Common().Args, e.Pos())
		case !r.evaluating[e]:
			// A helper that returns one option.
			r.evaluating[e] = true
			defer delete(r.evaluating, e)
			if ways := r.calleeOptions(e, 0); len(ways) == 1 && !ways[0].Open {
				return ways[0].Params, true
			}
		}
	case *ssa.UnOp:
		if g, ok := e.X.(*ssa.Global); ok && e.Op == token.MUL && g.Pkg != nil {
			if sets, ok := atlassian.AuthOptionVar(g.Pkg.Pkg.Path(), g.Name()); ok {
				return r.optionSets(sets, nil, token.NoPos)
			}
		}
		// An option kept in a variable or field of this package.
		if e.Op == token.MUL && !r.evaluating[e] {
			r.evaluating[e] = true
			defer delete(r.evaluating, e)
			if stored := r.storedPointers(e.X, 0); len(stored) == 1 {
				return r.optionParams(stored[0])
			}
		}
	}
	return nil, false
}

// optionSets returns the parameters that an option the knowledge
// table describes sets, made at site with the arguments args.
func (r *Result) optionSets(sets []atlassian.OptionSet, args []ssa.Value, site token.Pos) ([]AuthParam, bool) {
	var out []AuthParam
	for _, set := range sets {
		p := AuthParam{Key: set.Key, Value: Lit(set.Value), Site: site}
		if set.KeyArg >= 0 {
			if set.KeyArg >= len(args) {
				return nil, false
			}
			key, ok := r.eval(args[set.KeyArg]).Const()
			if !ok {
				return nil, false
			}
			p.Key = key
		}
		switch {
		case set.Unknown:
			p.Value = Unknown()
		case set.ValueArg >= 0:
			if set.ValueArg >= len(args) {
				return nil, false
			}
			p.Val = args[set.ValueArg]
			p.Value = single(r.eval(p.Val))
		}
		out = append(out, p)
	}
	return out, true
}

// single returns the one value ss holds, or an unknown one.
func single(ss Strs) Str {
	if len(ss) == 1 {
		return ss[0]
	}
	return Unknown()
}

// authorizeURL evaluates a call of an authorize URL builder the way
// builders make the URL (x/oauth2's AuthCodeURL, the libraries'): the
// endpoint, then "?" (or "&" when it has a query), then the encoded
// parameters, sorted by name: those the knowledge table says the
// builder adds, then what its options set.
func (r *Result) authorizeURL(call *ssa.Call, b atlassian.AuthorizeURLBuilder) Strs {
	recv, state, optArg := builderArgs(call.Common(), b)
	home := call.Parent()
	endpoints := Strs{Lit(b.Endpoint)}
	if b.Endpoint == "" {
		if recv == nil {
			return Strs{Unknown()}
		}
		endpoints = r.objectField(recv, b.EndpointField, home, 0)
	}
	states := Strs{Unknown()}
	if state != nil {
		states = r.eval(state)
	}
	opts := []AuthOptions{{}}
	if optArg != nil {
		opts = r.authOptions(optArg, 0)
	}
	if len(states) == 0 || len(endpoints)*len(states)*len(opts) > maxAlternatives {
		states = Strs{Unknown()}
	}
	fields := make([]Str, len(b.Query))
	for i, p := range b.Query {
		if p.From == atlassian.FromReceiverField {
			fields[i] = Unknown()
			if recv != nil {
				fields[i] = single(r.objectField(recv, p.Field, home, 0))
			}
		}
	}
	var out Strs
	for _, base := range endpoints {
		for _, state := range states {
			for _, opt := range opts {
				var q query
				for i, p := range b.Query {
					var v Str
					switch p.From {
					case atlassian.FromConstant:
						v = Lit(p.Value)
					case atlassian.FromConfiguration:
						v = Unknown()
					case atlassian.FromReceiverField:
						v = fields[i]
					case atlassian.FromState:
						v = state
					}
					if k, ok := v.Const(); p.OmitEmpty && ok && k == "" {
						continue
					}
					q.set(p.Key, v)
				}
				for _, p := range opt.Params {
					q.set(p.Key, p.Value)
				}
				q.open = opt.Open
				sep := "?"
				if containsLit(base, "?") {
					sep = "&"
				}
				out = append(out, base.Concat(Lit(sep)).Concat(q.encode()))
			}
		}
	}
	if len(out) == 0 {
		return Strs{Unknown()}
	}
	return out.bounded()
}

func (q *query) set(key string, val Str) {
	q.params = slices.DeleteFunc(q.params, func(p queryParam) bool { k, _ := p.key.Const(); return k == key })
	q.params = append(q.params, queryParam{Lit(key), val})
}

func containsLit(s Str, sub string) bool {
	for _, p := range s.Parts {
		if p.Param == 0 && !p.Unknown && strings.Contains(p.Lit, sub) {
			return true
		}
	}
	return false
}
