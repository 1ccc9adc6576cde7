package concat

import (
	"go/ast"
	"go/token"
	"net/url"
	"strconv"
)

// Query parameters in a chain's text.
//
// A parameter is a name after "?" or "&", or at the start of the text
// when what precedes the string where it is used says so, followed by
// "=" (or, after a real "?" or "&", by "&", "#" or the end). Its spans
// are offsets in the chain's text; OpAt and LitPos turn them into the
// operand and the source bytes that write them. Spans cut out of the
// text (Cuts) keep the query's "?" and "&" right.

// A Param is a query parameter in a chain's text.
type Param struct {
	Key    string // as written
	Name   string // the key unescaped
	Op     int    // the operand holding the key
	Start  int    // of the key, in the chain's text
	KeyEnd int    // the "=" after the key, or the end of a parameter without one
	End    int    // end of the value: the following "&" or "#", or the end of the text
	HasEq  bool
	// Bounded: where the value ends is known. It is not when text of
	// unknown value follows a value that has begun ("?atlOrigin=abc"
	// + rest: rest may go on with the value or start a parameter).
	Bounded bool
}

// maxKey bounds the length of a parameter name worth matching.
const maxKey = 64

// Params returns the parameters of the chain whose unescaped names
// match says are wanted. It takes time linear in the text, however
// many "?", "&" and "=" it holds.
func (ch *Chain) Params(match func(name string) bool) []Param {
	s := ch.Text
	var out []Param
	for i := 0; i < len(s); i++ {
		// strong: a real "?" or "&" comes before; weak: perhaps (the
		// start of the text, or an unknown operand), so "=" must follow.
		strong, weak := false, false
		switch {
		case i == 0:
			weak = true // decided below, when a name is there
		case (s[i-1] == '?' || s[i-1] == '&') && !ch.IsVerb(i-1):
			strong = true
		case s[i-1] == UnknownByte:
			weak = true
		}
		if !strong && !weak {
			continue
		}
		j := i
		for j < len(s) && !isKeyStop(s[j]) {
			j++
		}
		if j == i {
			continue
		}
		if j-i > maxKey {
			i = j - 1 // no parameter starts before the next stop
			continue
		}
		hasEq := j < len(s) && s[j] == '='
		if !hasEq && !((strong || i == 0) && (j == len(s) || s[j] == '&' || s[j] == '#')) {
			i = j - 1
			continue
		}
		raw := s[i:j]
		name := raw
		if k, err := url.QueryUnescape(raw); err == nil {
			name = k
		}
		if !match(name) {
			i = j - 1
			continue
		}
		if i == 0 {
			// What comes before the string: "x=1&" + "atlOrigin=abc"
			// is a parameter, "?jql=" + "atlOrigin=abc" is a value.
			switch b, _ := ch.Edges(); {
			case b.Kind == EdgeText && (b.Char == '?' || b.Char == '&'):
				strong = true
			case b.Kind == EdgeText:
				i = j - 1
				continue
			}
			if !hasEq && !strong {
				i = j - 1
				continue
			}
		}
		p := Param{Key: raw, Name: name, Op: ch.OpAt(i), Start: i, KeyEnd: j, End: j, HasEq: hasEq, Bounded: true}
		if hasEq {
			ch.valueEnd(&p)
		}
		out = append(out, p)
		i = j - 1
	}
	return out
}

func isKeyStop(b byte) bool {
	switch b {
	case '=', '&', '?', '#', '/', '%', ' ', UnknownByte:
		return true
	}
	return false
}

// valueEnd finds where the value of p ends: at the next "&" or "#"
// outside a formatting verb, or at the end of the text. An operand of
// unknown value may be the value ("?atlOrigin=" + origin), but only as
// its beginning.
func (ch *Chain) valueEnd(p *Param) {
	from := p.KeyEnd + 1
	for {
		j := ch.stopAt(from)
		if j < len(ch.Text) && ch.Text[j] == UnknownByte {
			if j != p.KeyEnd+1 || from != p.KeyEnd+1 {
				p.Bounded = false
			}
			from = j + 1
			continue
		}
		p.End = j
		return
	}
}

// stopAt returns the first offset at or after from that holds "&",
// "#" or an unknown operand outside a verb, or the length of the text.
// Calls with increasing from take linear time in all.
func (ch *Chain) stopAt(from int) int {
	if ch.stopFrom >= 0 && ch.stopFrom <= from && from <= ch.stopAtPos {
		return ch.stopAtPos
	}
	s := ch.Text
	j := from
	for j < len(s) {
		if b := s[j]; (b == '&' || b == '#' || b == UnknownByte) && !ch.IsVerb(j) {
			break
		}
		j++
	}
	ch.stopFrom, ch.stopAtPos = from, j
	return j
}

// A Span is a range [From, To) of a chain's text.
type Span struct{ From, To int }

// Cuts returns the spans of the chain's text to delete so that the
// parameters ps (from Params, in order) are gone and the rest of the
// query keeps its "?" and "&" right; it reports false when that cannot
// be done correctly: a value whose end is not known, text of unknown
// value after the last parameter, or a format used elsewhere whose
// verbs would be cut.
func (ch *Chain) Cuts(ps []Param) ([]Span, bool) {
	s := ch.Text
	before, after := ch.Edges()
	// Runs of parameters that follow each other ("a=1&b=2") go in one
	// piece, so that the "?" before the first and the "&"s between
	// them are kept or removed once.
	var runs [][]Param
	for _, p := range ps {
		if n := len(runs); n > 0 {
			last := runs[n-1][len(runs[n-1])-1]
			if p.Start < last.End {
				continue // inside the value of the one before
			}
			if last.End < len(s) && s[last.End] == '&' && p.Start == last.End+1 {
				runs[n-1] = append(runs[n-1], p)
				continue
			}
		}
		runs = append(runs, []Param{p})
	}
	var cuts []Span
	for _, run := range runs {
		first, last := run[0], run[len(run)-1]
		if !last.Bounded {
			return nil, false
		}
		switch {
		case last.End < len(s) && s[last.End] == '&':
			// "k=v&rest": drop "k=v&"; the separator before stays.
			cuts = append(cuts, Span{first.Start, last.End + 1})
			continue
		case last.End < len(s) && s[last.End] == '#':
		case last.End == len(s):
			if !(after.Kind == EdgeNone || after.Kind == EdgeText && after.Char == '#') {
				return nil, false // the text goes on after the chain
			}
		default:
			return nil, false // an unknown operand follows
		}
		// The last parameter: drop its separator with it.
		switch {
		case first.Start > 0 && (s[first.Start-1] == '?' || s[first.Start-1] == '&'):
			cuts = append(cuts, Span{first.Start - 1, last.End})
		case first.Start == 0 && before.Kind == EdgeNone:
			cuts = append(cuts, Span{0, last.End}) // a query alone: RawQuery
		default:
			return nil, false
		}
	}
	if ch.Format == nil {
		for _, cut := range cuts {
			if HasVerb(s[cut.From:cut.To]) {
				return nil, false // a format used elsewhere: its arguments would not match
			}
		}
	}
	return cuts, true
}

// LitPos returns the source positions of value[from:to] of the string
// literal lit, editing which changes only those bytes; it reports
// false inside a character that an escape writes as several bytes, or
// when the literal's source cannot be followed.
func (x *Index) LitPos(lit *ast.BasicLit, from, to int) (pos, end token.Pos, ok bool) {
	m := x.litSource(lit)
	if to >= len(m) || from < 0 || m[from] < 0 || m[to] < 0 {
		return token.NoPos, token.NoPos, false
	}
	return lit.Pos() + token.Pos(m[from]), lit.Pos() + token.Pos(m[to]), true
}

// litSource maps offsets in a string literal's value to offsets in its
// source text (from the opening quote), -1 inside a character that an
// escape writes as several bytes.
func (x *Index) litSource(lit *ast.BasicLit) []int {
	if m, ok := x.litMaps[lit]; ok {
		return m
	}
	var m []int
	body := lit.Value[1 : len(lit.Value)-1]
	if lit.Value[0] == '`' {
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				m = append(m, 1+i)
			}
		}
		m = append(m, 1+len(body))
	} else {
		q := lit.Value[0]
		for rest := body; len(rest) > 0; {
			off := len(body) - len(rest)
			r, multibyte, tail, err := strconv.UnquoteChar(rest, q)
			if err != nil {
				m = nil
				break
			}
			n := 1
			if multibyte || r >= 0x80 {
				n = len(string(r))
			}
			if !multibyte && r < 0x100 && rest[0] == '\\' {
				n = 1 // \xNN and octal escapes write one byte
			}
			m = append(m, 1+off)
			for k := 1; k < n; k++ {
				m = append(m, -1)
			}
			rest = tail
		}
		if m != nil || body == "" {
			m = append(m, 1+len(body))
		}
	}
	if v, err := strconv.Unquote(lit.Value); err != nil || len(m) != len(v)+1 {
		m = nil // not a value this mapping can follow
	}
	x.litMaps[lit] = m
	return m
}
