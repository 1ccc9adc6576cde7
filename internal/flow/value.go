package flow

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// A Part is one piece of a symbolic string: literal text, a parameter
// of the function being summarised, or something unknown.
type Part struct {
	Lit     string
	Param   int  // 1-based index into the function's parameters (receiver first); 0 if not a parameter
	Unknown bool // neither literal nor parameter

	// Resolve, when set, makes the part a reference resolved against a
	// base URL whose text starts with a parameter (rel, _ :=
	// url.Parse(ref); base.ResolveReference(rel)): whether the result
	// keeps the base depends on whether the caller's ref is absolute,
	// so it is resolved when the parameter is substituted (see
	// Resolution). Param is then the parameter the reference starts
	// with, so that the part counts as one everywhere else.
	Resolve *Resolution
}

// A Resolution is base.ResolveReference(ref) held until ref's
// parameters are known: a request helper's path parameter, resolved
// against its client's base URL, is a REST path on the site for one
// caller and another host's absolute URL for the next.
type Resolution struct {
	Base, Ref Str
	// TrimSlash: the reference's path loses its leading slashes before
	// it is resolved (rel.Path = strings.TrimLeft(rel.Path, "/"), as
	// go-jira's NewRequest does), so that a caller's "/rest/api/3/..."
	// is relative to the base's path rather than replacing it.
	TrimSlash bool
}

// resolutionStr returns the Str made of one deferred resolution of ref
// (which starts with a parameter) against base.
func resolutionStr(base, ref Str, trimSlash bool) Str {
	return Str{Parts: []Part{{Param: ref.Parts[0].Param, Resolve: &Resolution{Base: base, Ref: ref, TrimSlash: trimSlash}}}}
}

// subst resolves the reference once the call's arguments are put in
// for the parameters of its base and reference, as
// (*url.URL).ResolveReference does (see resolveReference). What is
// still a parameter at the start of the reference (a caller's own
// parameter) stays a deferred resolution, for that caller's callers.
func (res *Resolution) subst(args []Strs) Strs {
	var out Strs
	for _, base := range res.Base.subst(args) {
		for _, ref := range res.Ref.subst(args) {
			u := splitURL(ref)
			if res.TrimSlash {
				u = u.trimSlash()
			}
			out = append(out, resolveReference(splitURL(base), u).str())
		}
	}
	return out.bounded()
}

// A Str is what a string expression can evaluate to on one path: a
// concatenation of literal text and unknown parts. The zero Str is "".
type Str struct {
	Parts []Part
}

// Strs is the set of values an expression can take, one Str per path.
// An empty Strs means nothing is known.
type Strs []Str

// maxAlternatives bounds the paths tracked for one expression; past it
// the value becomes unknown, which makes rules silent, not noisy.
const maxAlternatives = 8

// Lit returns the Str holding exactly s.
func Lit(s string) Str {
	if s == "" {
		return Str{}
	}
	return Str{Parts: []Part{{Lit: s}}}
}

// Unknown returns a Str of which nothing is known.
func Unknown() Str { return Str{Parts: []Part{{Unknown: true}}} }

func paramStr(i int) Str { return Str{Parts: []Part{{Param: i}}} }

// Concat returns s followed by t, within the bounds of bound.
func (s Str) Concat(t Str) Str {
	out := Str{Parts: make([]Part, 0, len(s.Parts)+len(t.Parts))}
	for _, parts := range [2][]Part{s.Parts, t.Parts} {
		for _, p := range parts {
			out.Parts = appendPart(out.Parts, p)
		}
	}
	return out.bound()
}

// appendPart appends p to parts, merging it into the last part when
// both are literal text or both unknown, and dropping empty text.
func appendPart(parts []Part, p Part) []Part {
	if p.Lit == "" && p.Param == 0 && !p.Unknown {
		return parts
	}
	if n := len(parts); n > 0 {
		last := &parts[n-1]
		switch {
		case isText(p) && isText(*last):
			last.Lit += p.Lit
			return parts
		case p.Unknown && last.Unknown:
			return parts
		}
	}
	return append(parts, p)
}

func isText(p Part) bool { return p.Param == 0 && !p.Unknown }

// What one Str keeps. A value built by a long chain of concatenations
// (a URL of thousands of terms, a string grown statement by statement)
// keeps its start, where the scheme, host and path are, and its end,
// where the query parameters are, and the middle becomes one unknown
// part: rules read the ends, and every intermediate value of the chain
// is memoised, so a Str that grew with the chain would make the
// analysis quadratic in the length of the expression.
const (
	maxHeadParts = 16
	maxTailParts = 16
	maxHeadText  = 4096 // bytes of literal text kept at the start
	maxTailText  = 1024 // and at the end
)

// bound returns s if it is within the limits above, else its head and
// tail with an unknown part between them.
func (s Str) bound() Str {
	text := 0
	for _, p := range s.Parts {
		text += len(p.Lit)
	}
	if len(s.Parts) <= maxHeadParts+maxTailParts && text <= maxHeadText+maxTailText {
		return s
	}
	parts := s.Parts
	// The head: whole parts, then the start of the part that exceeds
	// the text budget, if any (parts[i], of which cut bytes are kept).
	var head []Part
	budget := maxHeadText
	i, cut := 0, 0
	for i < len(parts) && len(head) < maxHeadParts {
		p := parts[i]
		if len(p.Lit) > budget {
			if cut = runeStart(p.Lit, budget); cut > 0 {
				head = append(head, Part{Lit: p.Lit[:cut]})
			}
			break
		}
		budget -= len(p.Lit)
		head = append(head, p)
		i++
	}
	// The tail, from the end: whole parts after parts[i], then the end
	// of the part that exceeds its budget, which may be parts[i] too.
	var tail []Part
	budget = maxTailText
	for j := len(parts) - 1; j >= i && len(tail) < maxTailParts; j-- {
		p := parts[j]
		rest := p.Lit
		if j == i {
			rest = rest[cut:]
		}
		if j > i && len(p.Lit) <= budget {
			budget -= len(p.Lit)
			tail = append(tail, p)
			continue
		}
		if isText(p) {
			if k := runeStart(rest, len(rest)-min(budget, len(rest))); k < len(rest) {
				tail = append(tail, Part{Lit: rest[k:]})
			}
		}
		break
	}
	out := make([]Part, 0, len(head)+1+len(tail))
	for _, p := range head {
		out = appendPart(out, p)
	}
	out = appendPart(out, Part{Unknown: true})
	for k := len(tail) - 1; k >= 0; k-- {
		out = appendPart(out, tail[k])
	}
	return Str{Parts: out}
}

// runeStart returns the largest index not above i at which a UTF-8
// sequence of s starts, so that cutting s there splits no character.
func runeStart(s string, i int) int {
	i = max(0, min(i, len(s)))
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// Const returns the value of s if it is entirely known.
func (s Str) Const() (string, bool) {
	var b strings.Builder
	for _, p := range s.Parts {
		if p.Unknown || p.Param != 0 {
			return "", false
		}
		b.WriteString(p.Lit)
	}
	return b.String(), true
}

// Prefix returns the known text at the start of s.
func (s Str) Prefix() string {
	var b strings.Builder
	for _, p := range s.Parts {
		if p.Unknown || p.Param != 0 {
			break
		}
		b.WriteString(p.Lit)
	}
	return b.String()
}

// IsUnknown reports whether nothing at all is known of s.
func (s Str) IsUnknown() bool {
	for _, p := range s.Parts {
		if !p.Unknown && p.Param == 0 && p.Lit != "" {
			return false
		}
	}
	return len(s.Parts) > 0
}

// String renders s with "…" for each unknown part, for messages and tests.
func (s Str) String() string { return s.render("…") }

// hole stands for an unknown part in text that is parsed as a URL.
// It cannot occur in Go source text that compiles to a valid URL.
const hole = "\x00"

func (s Str) render(unknown string) string {
	var b strings.Builder
	for _, p := range s.Parts {
		if p.Unknown || p.Param != 0 {
			b.WriteString(unknown)
		} else {
			b.WriteString(p.Lit)
		}
	}
	return b.String()
}

// key is s rendered with its deferred resolutions spelled out, so that
// two resolutions of one reference against different bases stay two
// alternatives.
func (s Str) key() string {
	if !slices.ContainsFunc(s.Parts, func(p Part) bool { return p.Resolve != nil }) {
		return s.render(hole)
	}
	var b strings.Builder
	for _, p := range s.Parts {
		switch {
		case p.Resolve != nil:
			trim := ""
			if p.Resolve.TrimSlash {
				trim = "trim"
			}
			b.WriteString(hole + "resolve" + trim + "(" + p.Resolve.Base.key() + hole + "," + p.Resolve.Ref.key() + hole + ")")
		case p.Unknown || p.Param != 0:
			b.WriteString(hole)
		default:
			b.WriteString(p.Lit)
		}
	}
	return b.String()
}

// fromRendered is the inverse of render(hole).
func fromRendered(text string) Str {
	var out Str
	for i, chunk := range strings.Split(text, hole) {
		if i > 0 {
			out = out.Concat(Unknown())
		}
		out = out.Concat(Lit(chunk))
	}
	return out
}

// subst replaces parameter parts with the values of the call's arguments.
func (s Str) subst(args []Strs) Strs {
	out := Strs{{}}
	for _, p := range s.Parts {
		var next Strs
		switch {
		case p.Resolve != nil:
			alts := p.Resolve.subst(args)
			for _, prefix := range out {
				for _, alt := range alts {
					next = append(next, prefix.Concat(alt))
				}
			}
		case p.Param > 0 && p.Param <= len(args) && len(args[p.Param-1]) > 0:
			for _, prefix := range out {
				for _, alt := range args[p.Param-1] {
					next = append(next, prefix.Concat(alt))
				}
			}
		case p.Param > 0:
			for _, prefix := range out {
				next = append(next, prefix.Concat(Unknown()))
			}
		default:
			for _, prefix := range out {
				next = append(next, prefix.Concat(Str{Parts: []Part{p}}))
			}
		}
		out = next.bounded()
	}
	return out
}

// forgetParams turns parameter parts into unknown ones: at the top of
// an analysis a parameter is simply something not known.
func (s Str) forgetParams() Str {
	if !hasParam(s) {
		return s
	}
	out := Str{Parts: make([]Part, 0, len(s.Parts))}
	for _, p := range s.Parts {
		if p.Param != 0 {
			// A deferred resolution too: a reference that starts with
			// something unknown may replace the whole base.
			p = Part{Unknown: true}
		}
		if n := len(out.Parts); n > 0 && p.Unknown && out.Parts[n-1].Unknown {
			continue // adjacent unknowns merge, as in Concat
		}
		out.Parts = append(out.Parts, p)
	}
	return out
}

// Const returns the single constant value of ss, if it has exactly one
// alternative and that alternative is fully known.
func (ss Strs) Const() (string, bool) {
	if len(ss) == 0 {
		return "", false
	}
	first, ok := ss[0].Const()
	if !ok {
		return "", false
	}
	for _, s := range ss[1:] {
		if c, ok := s.Const(); !ok || c != first {
			return "", false
		}
	}
	return first, true
}

// KnownPrefix returns the constant start that every value of ss shares
// up to its first unknown part ("" when nothing constant starts it):
// what a User-Agent built at run time is judged by.
func KnownPrefix(ss Strs) string {
	if len(ss) == 0 {
		return ""
	}
	prefix := ss[0].Prefix()
	for _, s := range ss[1:] {
		p := s.Prefix()
		n := 0
		for n < len(prefix) && n < len(p) && prefix[n] == p[n] {
			n++
		}
		prefix = prefix[:n]
	}
	return prefix
}

func (ss Strs) bounded() Strs {
	var out Strs
	seen := map[string]bool{}
	for _, s := range ss {
		key := s.key()
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, s)
	}
	if len(out) > maxAlternatives {
		// Too many paths (optional query parameters appended one by
		// one, a helper's many callers): keep what they share, group
		// by group, which holds the scheme, host and path prefix rules
		// need.
		return cluster(out, maxAlternatives)
	}
	return out
}

// widen returns what every alternative of ss shares, from its start:
// the parts that are the same in all (an unknown base, a parameter,
// the same text), then the text they all start the first differing
// part with, then one unknown part. "…/rest/api/3/issue" and
// "…/rest/api/3/project" widen to "…/rest/api/3/…".
func widen(ss Strs) Str {
	var out Str
	for i := 0; ; i++ {
		p0, ok := partAt(ss[0], i)
		same := ok
		for _, s := range ss[1:] {
			p, ok := partAt(s, i)
			same = same && ok && p == p0
		}
		if same {
			out.Parts = appendPart(out.Parts, p0)
			continue
		}
		// The first part that differs: keep the text all of them start
		// it with, if all are text.
		prefix, text := "", ok && isText(p0)
		if text {
			prefix = p0.Lit
		}
		for _, s := range ss[1:] {
			p, ok := partAt(s, i)
			if !ok || !isText(p) {
				text = false
				break
			}
			n := 0
			for n < len(prefix) && n < len(p.Lit) && prefix[n] == p.Lit[n] {
				n++
			}
			prefix = prefix[:n]
		}
		if text {
			out.Parts = appendPart(out.Parts, Part{Lit: prefix})
		}
		out.Parts = appendPart(out.Parts, Part{Unknown: true})
		return out.bound()
	}
}

// cluster returns at most n values that stand for ss: the values that
// start alike grouped, and each group widened to what its members
// share. Values that differ early stay apart: among nine gateway URLs
// of a helper's callers, the one caller's site URL keeps its host,
// where one widening of all ten would keep only "https://". Groups are
// found in sorted order, cutting between the neighbours that share the
// shortest start, and come out in the order of their first member.
func cluster(ss Strs, n int) Strs {
	if len(ss) <= n {
		return ss
	}
	if n <= 1 {
		return Strs{widen(ss)}
	}
	keys := make([]string, len(ss))
	sorted := make([]int, len(ss))
	for i, s := range ss {
		keys[i], sorted[i] = s.render(hole), i
	}
	sort.SliceStable(sorted, func(a, b int) bool { return keys[sorted[a]] < keys[sorted[b]] })
	// A cut between sorted[at-1] and sorted[at], which share a start
	// of shared bytes.
	type cut struct{ at, shared int }
	cuts := make([]cut, len(sorted)-1)
	for j := range cuts {
		cuts[j] = cut{j + 1, commonPrefixLen(keys[sorted[j]], keys[sorted[j+1]])}
	}
	sort.SliceStable(cuts, func(a, b int) bool { return cuts[a].shared < cuts[b].shared })
	cuts = cuts[:n-1]
	sort.Slice(cuts, func(a, b int) bool { return cuts[a].at < cuts[b].at })
	type group struct {
		first   int // the smallest index in ss of a member
		members Strs
	}
	var groups []group
	start := 0
	for k := 0; k <= len(cuts); k++ {
		end := len(sorted)
		if k < len(cuts) {
			end = cuts[k].at
		}
		g := group{first: len(ss)}
		for _, i := range sorted[start:end] {
			g.first = min(g.first, i)
			g.members = append(g.members, ss[i])
		}
		groups = append(groups, g)
		start = end
	}
	sort.Slice(groups, func(a, b int) bool { return groups[a].first < groups[b].first })
	out := make(Strs, 0, len(groups))
	for _, g := range groups {
		if len(g.members) == 1 {
			out = append(out, g.members[0])
		} else {
			out = append(out, widen(g.members))
		}
	}
	return out
}

// commonPrefixLen returns the length of the longest common prefix of a
// and b.
func commonPrefixLen(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// partAt returns part i of s, if it has one.
func partAt(s Str, i int) (Part, bool) {
	if i < len(s.Parts) {
		return s.Parts[i], true
	}
	return Part{}, false
}

func concatAll(xs, ys Strs) Strs {
	if len(xs) == 0 {
		xs = Strs{Unknown()}
	}
	if len(ys) == 0 {
		ys = Strs{Unknown()}
	}
	var out Strs
	for _, x := range xs {
		for _, y := range ys {
			out = append(out, x.Concat(y))
		}
	}
	return out.bounded()
}

func (ss Strs) forgetParams() Strs {
	out := make(Strs, len(ss))
	for i, s := range ss {
		out[i] = s.forgetParams()
	}
	return out.bounded()
}
