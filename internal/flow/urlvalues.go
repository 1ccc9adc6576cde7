package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/funcs"
)

// urlParts is a *url.URL under evaluation, field by field.
type urlParts struct {
	scheme, host, path, rawQuery Str
	opaque                       bool // not a URL we can take apart
	// text is the whole text of an opaque URL that starts with a
	// parameter, which a caller may make a relative reference or an
	// absolute URL.
	text Str
	// deferred, when set, is what an opaque URL is: a resolution
	// against a base held until the parameter its reference starts
	// with is known (see Resolution).
	deferred Str
	// trimmed: the leading slashes of text's path are removed (see
	// Resolution.TrimSlash).
	trimmed bool
}

// trimSlash removes the leading slashes of the path of u, a relative
// reference; the path of an absolute URL is rooted whatever it holds.
// A reference that starts with a parameter is marked for the
// resolution that waits for the parameter's value.
func (u urlParts) trimSlash() urlParts {
	switch {
	case u.opaque && len(u.text.Parts) > 0 && len(u.deferred.Parts) == 0:
		u.trimmed = true
	case !u.opaque && len(u.scheme.Parts) == 0 && len(u.host.Parts) == 0:
		if len(u.path.Parts) > 0 && isText(u.path.Parts[0]) {
			parts := slices.Clone(u.path.Parts)
			parts[0].Lit = strings.TrimLeft(parts[0].Lit, "/")
			u.path = Str{Parts: parts}
			if parts[0].Lit == "" {
				u.path = Str{Parts: parts[1:]}
			}
		}
	}
	return u
}

func (u urlParts) str() Str {
	if u.opaque {
		if len(u.deferred.Parts) > 0 {
			return u.deferred
		}
		return Unknown()
	}
	s := Str{}
	switch {
	case onlyUnknown(u.scheme) && onlyUnknown(u.host):
		// A base not known, with a known path joined to it: the
		// text reads as base.String() + "/rest/...".
		s = Unknown()
	case len(u.scheme.Parts) > 0 || len(u.host.Parts) > 0:
		s = s.Concat(u.scheme).Concat(Lit("://")).Concat(u.host)
	}
	s = s.Concat(u.path)
	if len(u.rawQuery.Parts) > 0 {
		s = s.Concat(Lit("?")).Concat(u.rawQuery)
	}
	return s
}

// onlyUnknown reports whether s is one unknown part.
func onlyUnknown(s Str) bool { return len(s.Parts) == 1 && s.Parts[0].Unknown }

// splitURL takes a symbolic URL string apart at its known delimiters.
func splitURL(s Str) urlParts {
	if len(s.Parts) == 1 && s.Parts[0].Resolve != nil {
		return urlParts{opaque: true, text: s, deferred: s}
	}
	text := s.render(hole)
	var u urlParts
	rest := text
	if i := strings.Index(rest, "://"); i > 0 && !strings.Contains(rest[:i], hole) {
		u.scheme = Lit(rest[:i])
		rest = rest[i+3:]
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		u.host = fromRendered(rest[:end])
		rest = rest[end:]
	} else if strings.HasPrefix(rest, hole) {
		u := urlParts{opaque: true}
		if s.Parts[0].Param != 0 {
			u.text = s
		}
		return u
	}
	if i := strings.Index(rest, "#"); i >= 0 {
		rest = rest[:i]
	}
	p, q, _ := strings.Cut(rest, "?")
	u.path, u.rawQuery = fromRendered(p), fromRendered(q)
	return u
}

// urlStrings evaluates a *url.URL (or url.URL) value as strings.
func (r *Result) urlStrings(v ssa.Value) Strs {
	var out Strs
	for _, u := range r.urlObjects(v) {
		out = append(out, u.str())
	}
	if len(out) == 0 {
		return Strs{Unknown()}
	}
	return out
}

// urlField evaluates field index of the *url.URL base from what base
// points to, as urlObjects finds it: u.Host of u, _ := url.Parse(base)
// is the host of base. It reports false for other types and fields.
func (r *Result) urlField(base ssa.Value, index int) (Strs, bool) {
	p, ok := base.Type().Underlying().(*types.Pointer)
	if !ok || !isURLType(p.Elem()) {
		return nil, false
	}
	st, ok := structOf(base.Type())
	if !ok || index >= st.NumFields() {
		return nil, false
	}
	part := map[string]func(urlParts) Str{
		"Scheme":   func(u urlParts) Str { return u.scheme },
		"Host":     func(u urlParts) Str { return u.host },
		"Path":     func(u urlParts) Str { return u.path },
		"RawQuery": func(u urlParts) Str { return u.rawQuery },
	}[st.Field(index).Name()]
	if part == nil {
		return nil, false
	}
	objs := r.urlObjects(base)
	if len(objs) == 0 {
		return nil, false
	}
	var out Strs
	for _, u := range objs {
		if u.opaque {
			out = append(out, Unknown())
		} else {
			out = append(out, part(u))
		}
	}
	return out, true
}

// urlObjects returns the URLs a *url.URL can point to, with the field
// assignments made to it in its function applied.
func (r *Result) urlObjects(v ssa.Value) []urlParts {
	return r.urlObjectsBefore(v, token.NoPos)
}

// urlObjectsBefore is urlObjects with only the field assignments made
// before position before applied, when before is valid: what u.Query()
// reads before u.RawQuery = q.Encode() writes it back.
func (r *Result) urlObjectsBefore(v ssa.Value, before token.Pos) []urlParts {
	if !before.IsValid() {
		if r.evaluating[v] {
			return nil
		}
		r.evaluating[v] = true
		defer delete(r.evaluating, v)
	}

	var base []urlParts
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			if alloc, ok := v.X.(*ssa.Alloc); ok && isURLType(v.Type()) && !isPointer(v.Type()) {
				base = r.urlObjects(alloc) // *u copies a url.URL value
				break
			}
			for _, s := range r.load(v.X) {
				base = append(base, splitURL(s))
			}
		}
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			fn := call.Common().StaticCallee()
			if fn != nil && funcs.IsFunc(fn.Object(), "net/url", "Parse", "ParseRequestURI") && v.Index == 0 {
				for _, s := range r.eval(call.Common().Args[0]) {
					base = append(base, splitURL(s))
				}
			} else if fn != nil && funcs.IsMethod(fn.Object(), "net/url", "URL", "Parse") && v.Index == 0 {
				// base.Parse(ref): ref resolved against base.
				var refs []urlParts
				for _, s := range r.eval(call.Common().Args[1]) {
					refs = append(refs, splitURL(s))
				}
				base = resolveReferences(r.urlObjects(call.Common().Args[0]), refs)
			} else {
				for _, s := range r.evalCall(call, v.Index) {
					base = append(base, splitURL(s))
				}
			}
		}
	case *ssa.Call:
		c := v.Common()
		fn := c.StaticCallee()
		switch {
		case fn != nil && funcs.IsMethod(fn.Object(), "net/url", "URL", "ResolveReference"):
			base = resolveReferences(r.urlObjects(c.Args[0]), r.urlObjects(c.Args[1]))
		case fn != nil && funcs.IsMethod(fn.Object(), "net/url", "URL", "JoinPath"):
			for _, b := range r.urlObjects(c.Args[0]) {
				if b.opaque || len(b.scheme.Parts) == 0 && len(b.host.Parts) == 0 {
					// An unknown base: the path joined to it is still
					// known, c.base.JoinPath("rest/api/3/issue", key).
					b = urlParts{scheme: Unknown(), host: Unknown()}
				}
				for _, p := range r.joinPath(Strs{b.path}, r.variadic(c.Args[1])) {
					nb := b
					nb.path = p
					base = append(base, nb)
				}
			}
		default:
			for _, s := range r.evalCall(v, 0) {
				base = append(base, splitURL(s))
			}
		}
	case *ssa.Alloc:
		base = []urlParts{{}}
		// u := url.URL{...}: the literal is built apart and copied in.
		var last *ssa.Store
		for _, ref := range *v.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == v && (last == nil || st.Pos() >= last.Pos()) {
				last = st
			}
		}
		if last != nil {
			if objs := r.urlObjects(last.Val); len(objs) > 0 {
				base = objs
			}
		}
	case *ssa.Phi:
		for _, e := range v.Edges {
			base = append(base, r.urlObjects(e)...)
		}
		return base
	case *ssa.Parameter:
		if i := slices.Index(v.Parent().Params, v); i >= 0 {
			base = []urlParts{splitURL(paramStr(i + 1))}
		}
	default:
		base = []urlParts{{opaque: true}}
	}
	if !isPointer(v.Type()) {
		return base
	}
	// Apply u.Path = ... and friends: the last store in source order.
	for i := range base {
		for field, set := range r.urlFieldStoresBefore(v, before) {
			if field == "Path" && trimsOwnSlash(set, v) {
				base[i] = base[i].trimSlash()
				continue
			}
			vals := r.eval(set)
			if len(vals) == 0 {
				continue
			}
			val := vals[0]
			switch field {
			case "Scheme":
				base[i].scheme = val
			case "Host":
				base[i].host = val
			case "Path":
				base[i].path = val
			case "RawQuery":
				base[i].rawQuery = val
			}
			if base[i].opaque && field != "RawQuery" {
				base[i].opaque = false
			}
			base[i].deferred = Str{} // the resolution no longer says it all
		}
	}
	return base
}

// resolveReferences resolves every ref against every base, as
// (*url.URL).ResolveReference does (RFC 3986, section 5.2): a ref
// with a scheme or host replaces the base, an absolute path replaces
// its path, a relative path replaces what follows the last "/" of it.
func resolveReferences(bases, refs []urlParts) []urlParts {
	var out []urlParts
	for _, b := range bases {
		for _, ref := range refs {
			out = append(out, resolveReference(b, ref))
		}
	}
	return out
}

func resolveReference(base, ref urlParts) urlParts {
	if ref.opaque && len(ref.text.Parts) > 0 {
		// A reference that starts with a parameter: what its callers
		// pass says whether the base is kept.
		return urlParts{opaque: true, deferred: resolutionStr(base.str(), ref.text, ref.trimmed)}
	}
	if ref.opaque || len(ref.scheme.Parts) > 0 {
		return ref // unknown, or absolute: what the base was does not matter
	}
	if base.opaque {
		base = urlParts{scheme: Unknown(), host: Unknown(), path: Unknown()}
	}
	out := urlParts{scheme: base.scheme, host: base.host, path: ref.path, rawQuery: ref.rawQuery}
	if len(ref.host.Parts) > 0 {
		out.host = ref.host
		return out
	}
	if b, okBase := base.path.Const(); okBase {
		if p, okRef := ref.path.Const(); okRef {
			// Both paths known: net/url itself merges them and removes
			// the dot segments.
			u := (&url.URL{Scheme: "https", Host: "h", Path: b}).ResolveReference(&url.URL{Path: p})
			out.path = Lit(u.Path)
			if p == "" {
				out.rawQuery = base.rawQuery
				if len(ref.rawQuery.Parts) > 0 {
					out.rawQuery = ref.rawQuery
				}
			}
			return out
		}
	}
	switch p := ref.path.Prefix(); {
	case len(ref.path.Parts) == 0:
		out.path = base.path
		if len(ref.rawQuery.Parts) == 0 {
			out.rawQuery = base.rawQuery
		}
	case strings.HasPrefix(p, "/"):
	case strings.HasPrefix(p, "."):
		out.path = Unknown() // dot segments of a path not wholly known
	default:
		// What precedes the last "/" of the base's path, then the ref.
		dir := Unknown().Concat(Lit("/"))
		if known, ok := base.path.Const(); ok {
			switch {
			case known == "" && len(base.host.Parts) > 0:
				dir = Lit("/")
			default:
				dir = Lit(known[:strings.LastIndex(known, "/")+1])
			}
		}
		out.path = dir.Concat(ref.path)
	}
	return out
}

// trimsOwnSlash reports whether val, stored to the Path of the URL ptr
// points to, is that Path with its leading slashes removed:
// strings.TrimLeft(u.Path, "/") or strings.TrimPrefix(u.Path, "/").
func trimsOwnSlash(val, ptr ssa.Value) bool {
	call, ok := val.(*ssa.Call)
	if !ok {
		return false
	}
	fn := call.Common().StaticCallee()
	args := call.Common().Args
	if fn == nil || !funcs.IsFunc(fn.Object(), "strings", "TrimLeft", "TrimPrefix") || len(args) != 2 {
		return false
	}
	if c, ok := args[1].(*ssa.Const); !ok || c.Value == nil || constant.StringVal(c.Value) != "/" {
		return false
	}
	load, ok := args[0].(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || fa.X != ptr {
		return false
	}
	st, ok := structOf(ptr.Type())
	return ok && st.Field(fa.Field).Name() == "Path"
}

func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// urlFieldStores maps each assigned field of the URL that ptr points
// to to the value last stored to it in ptr's function.
func (r *Result) urlFieldStores(ptr ssa.Value) map[string]ssa.Value {
	return r.urlFieldStoresBefore(ptr, token.NoPos)
}

// urlFieldStoresBefore is urlFieldStores counting only the stores
// before position before, when it is valid.
func (r *Result) urlFieldStoresBefore(ptr ssa.Value, before token.Pos) map[string]ssa.Value {
	st, ok := structOf(ptr.Type())
	if !ok || ptr.Referrers() == nil {
		return nil
	}
	out := map[string]ssa.Value{}
	lastPos := map[string]token.Pos{}
	for _, ref := range *ptr.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != ptr {
			continue
		}
		name := st.Field(fa.Field).Name()
		for _, ref2 := range *fa.Referrers() {
			if store, ok := ref2.(*ssa.Store); ok && store.Addr == fa && store.Pos() >= lastPos[name] &&
				(!before.IsValid() || store.Pos() < before) {
				out[name], lastPos[name] = store.Val, store.Pos()
			}
		}
	}
	return out
}

// query is a url.Values under evaluation.
type query struct {
	params []queryParam
	open   bool // more parameters may exist than are known
	// param is the 1-based parameter of the function under evaluation
	// that the query started as (a helper's q url.Values), 0 if none:
	// its encoding is the caller's query's.
	param int
}

type queryParam struct {
	key, value Str
}

func (q query) encode() Str {
	params := append([]queryParam(nil), q.params...)
	sort.SliceStable(params, func(i, j int) bool { return params[i].key.render(hole) < params[j].key.render(hole) })
	s := Str{}
	if q.param > 0 {
		// The caller's parameters, then those set here (Encode sorts
		// them all by key, which cannot be known before the caller's
		// are).
		s = paramStr(q.param)
		if len(params) > 0 {
			s = s.Concat(Lit("&"))
		}
	}
	for i, p := range params {
		if i > 0 {
			s = s.Concat(Lit("&"))
		}
		s = s.Concat(escapeStr(p.key)).Concat(Lit("=")).Concat(escapeStr(p.value))
	}
	if q.open {
		if len(params) > 0 {
			s = s.Concat(Lit("&"))
		}
		s = s.Concat(Unknown())
	}
	return s
}

func escapeStr(s Str) Str {
	out := Str{}
	for _, p := range s.Parts {
		if p.Param == 0 && !p.Unknown {
			p.Lit = url.QueryEscape(p.Lit)
		}
		out = out.Concat(Str{Parts: []Part{p}})
	}
	return out
}

func parseQuery(raw Str) query {
	var q query
	text := raw.render(hole)
	for pair := range strings.SplitSeq(text, "&") {
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		if strings.Contains(k, hole) {
			q.open = true
			continue
		}
		q.params = append(q.params, queryParam{Lit(unescape(k)), unescapeStr(v)})
	}
	return q
}

// values evaluates a url.Values, applying Set, Add and Del calls made
// on it in its function in source order.
func (r *Result) values(v ssa.Value) query {
	var q query
	switch v := v.(type) {
	case *ssa.MakeMap:
		updates := map[string]queryParam{}
		var order []string
		for _, ref := range *v.Referrers() {
			if mu, ok := ref.(*ssa.MapUpdate); ok && mu.Map == v {
				key, ok := r.eval(mu.Key).Const()
				if !ok {
					q.open = true
					continue
				}
				var val Str
				if elems := r.sliceElems(mu.Value); len(elems) > 0 {
					vals := r.eval(elems[0])
					if len(vals) > 0 {
						val = vals[0]
					}
				} else {
					val = Unknown()
				}
				if _, seen := updates[key]; !seen {
					order = append(order, key)
				}
				updates[key] = queryParam{Lit(key), val}
			}
		}
		for _, k := range order {
			q.params = append(q.params, updates[k])
		}
	case *ssa.Call:
		c := v.Common()
		fn := c.StaticCallee()
		if fn != nil && funcs.IsMethod(fn.Object(), "net/url", "URL", "Query") && !r.evaluating[v] {
			// The query as it is when Query is called, before the
			// u.RawQuery = q.Encode() that usually follows.
			r.evaluating[v] = true
			objs := r.urlObjectsBefore(c.Args[0], v.Pos())
			delete(r.evaluating, v)
			if len(objs) == 0 || objs[0].opaque {
				q.open = true
			} else {
				q = parseQuery(objs[0].rawQuery)
			}
		} else {
			q.open = true
		}
	case *ssa.Parameter:
		if i := slices.Index(v.Parent().Params, v); i >= 0 {
			q.param = i + 1
		} else {
			q.open = true
		}
	case *ssa.Extract:
		q.open = true
		if call, ok := v.Tuple.(*ssa.Call); ok {
			if fn := call.Common().StaticCallee(); fn != nil && funcs.IsFunc(fn.Object(), "net/url", "ParseQuery") {
				if vals := r.eval(call.Common().Args[0]); len(vals) > 0 {
					q = parseQuery(vals[0])
				}
			}
		}
	default:
		q.open = true
	}
	if v.Referrers() == nil {
		return q
	}
	type edit struct {
		pos      token.Pos
		op       string
		key, val Str
	}
	var edits []edit
	for _, ref := range *v.Referrers() {
		call, ok := ref.(*ssa.Call)
		if !ok {
			continue
		}
		c := call.Common()
		fn := c.StaticCallee()
		if fn == nil || len(c.Args) < 2 || c.Args[0] != v || !funcs.IsMethod(fn.Object(), "net/url", "Values", "Set", "Add", "Del") {
			continue
		}
		e := edit{pos: call.Pos(), op: fn.Name()}
		if k, ok := r.eval(c.Args[1]).Const(); ok {
			e.key = Lit(k)
		} else {
			e.key = Unknown()
		}
		if len(c.Args) > 2 {
			if vals := r.eval(c.Args[2]); len(vals) > 0 {
				e.val = vals[0]
			} else {
				e.val = Unknown()
			}
		}
		edits = append(edits, e)
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].pos < edits[j].pos })
	for _, e := range edits {
		key, ok := e.key.Const()
		if !ok {
			q.open = true
			continue
		}
		if e.op != "Add" {
			q.params = slices.DeleteFunc(q.params, func(p queryParam) bool { k, _ := p.key.Const(); return k == key })
		}
		if e.op != "Del" {
			q.params = append(q.params, queryParam{e.key, e.val})
		}
	}
	return q
}

// sliceElems returns the elements of a slice literal.
func (r *Result) sliceElems(v ssa.Value) []ssa.Value {
	return r.variadic(v)
}
