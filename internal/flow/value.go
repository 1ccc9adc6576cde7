package flow

import (
	"strings"
)

// A Part is one piece of a symbolic string: literal text, a parameter
// of the function being summarised, or something unknown.
type Part struct {
	Lit     string
	Param   int  // 1-based index into the function's parameters (receiver first); 0 if not a parameter
	Unknown bool // neither literal nor parameter
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

// Concat returns s followed by t.
func (s Str) Concat(t Str) Str {
	out := Str{Parts: make([]Part, 0, len(s.Parts)+len(t.Parts))}
	for _, p := range append(append([]Part(nil), s.Parts...), t.Parts...) {
		if p.Lit == "" && p.Param == 0 && !p.Unknown {
			continue
		}
		if n := len(out.Parts); n > 0 {
			last := &out.Parts[n-1]
			switch {
			case p.Param == 0 && !p.Unknown && last.Param == 0 && !last.Unknown:
				last.Lit += p.Lit
				continue
			case p.Unknown && last.Unknown:
				continue
			}
		}
		out.Parts = append(out.Parts, p)
	}
	return out
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

func (ss Strs) bounded() Strs {
	var out Strs
	seen := map[string]bool{}
	for _, s := range ss {
		key := s.render(hole)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, s)
	}
	if len(out) > maxAlternatives {
		// Too many paths (optional query parameters appended one by
		// one): keep the text they all start with, which holds the
		// host and path that rules need.
		return Strs{Lit(commonPrefix(out)).Concat(Unknown())}
	}
	return out
}

// commonPrefix returns the known text every alternative starts with.
func commonPrefix(ss Strs) string {
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
