package oauthstate

import (
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A fmtVerb is one formatting verb of a fmt.Sprintf format.
type fmtVerb struct {
	prefix string // the literal text since the previous verb
	verb   byte
	arg    int  // the index of the argument it formats
	plain  bool // no flags, width or precision: %s, not %5s
}

// parseFormat returns the verbs of format with the arguments they
// consume, as fmt does: explicit indexes (%[2]s) and a width or
// precision read from the arguments (%*d) included. It returns false
// for a format it cannot read (a bad index, a missing verb).
func parseFormat(format string) (verbs []fmtVerb, tail string, reordered, ok bool) {
	arg := 0
	var text []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			text = append(text, format[i])
			continue
		}
		i++
		plain := true
		// Flags.
		for i < len(format) && (format[i] == '+' || format[i] == '-' || format[i] == '#' || format[i] == ' ' || format[i] == '0') {
			plain = false
			i++
		}
		// Width and precision, each a number, a * or an [n]*.
		for part := 0; part < 2; part++ {
			if part == 1 {
				if i >= len(format) || format[i] != '.' {
					break
				}
				plain = false
				i++
			}
			if n, j, isIndex := argIndex(format, i); isIndex {
				if n < 0 {
					return nil, "", false, false
				}
				arg, i, reordered = n, j, true
			}
			switch {
			case i < len(format) && format[i] == '*':
				plain = false
				arg++ // the width comes from an argument
				i++
			default:
				start := i
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					plain = false
					i++
				}
				if i-start > 6 {
					return nil, "", false, false // fmt refuses widths past 1e6
				}
			}
		}
		if n, j, isIndex := argIndex(format, i); isIndex {
			if n < 0 {
				return nil, "", false, false
			}
			arg, i, reordered = n, j, true
		}
		if i >= len(format) {
			return nil, "", false, false
		}
		if format[i] == '%' {
			if !plain || i > 0 && format[i-1] != '%' {
				return nil, "", false, false // %5%: fmt's own business
			}
			text = append(text, '%')
			continue
		}
		verbs = append(verbs, fmtVerb{prefix: string(text), verb: format[i], arg: arg, plain: plain})
		text = text[:0]
		arg++
	}
	return verbs, string(text), reordered, true
}

// argIndex reads an explicit argument index [n] at format[i:]: the
// 0-based index and the position after it, or -1 for a bad index.
func argIndex(format string, i int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return 0, i, false
	}
	for j := i + 1; j < len(format); j++ {
		if format[j] == ']' {
			n, err := strconv.Atoi(format[i+1 : j])
			if err != nil || n < 1 {
				return -1, j + 1, true
			}
			if j+1 < len(format) && format[j+1] == '[' {
				return -1, j + 1, true // %[1][2]s: fmt reads the second as the verb
			}
			return n - 1, j + 1, true
		}
	}
	return -1, len(format), true
}

// unmodelledFormat reports whether format takes a width or precision
// from its arguments or names them by index, which flow's evaluation
// of fmt.Sprintf does not follow.
func unmodelledFormat(format string) bool {
	_, _, reordered, ok := parseFormat(format)
	if !ok {
		return true
	}
	for i := 0; i < len(format); i++ {
		if format[i] == '*' {
			return true
		}
	}
	return reordered
}

// sprintfCall returns the format and the argument values of a call of
// fmt.Sprintf whose arguments are known one by one.
func (c *checker) sprintfCall(v ssa.Value) (string, []ssa.Value, bool) {
	call, ok := v.(*ssa.Call)
	if !ok {
		return "", nil, false
	}
	com := call.Common()
	if !funcs.IsFunc(flow.CalleeObj(com), "fmt", "Sprintf") || len(com.Args) != 2 {
		return "", nil, false
	}
	format, ok := c.res.Eval(com.Args[0]).Const()
	if !ok {
		return "", nil, false
	}
	elems := c.res.SliceElems(com.Args[1])
	if elems == nil {
		return "", nil, false
	}
	return format, elems, true
}

// sprintfEval evaluates a fmt.Sprintf whose format flow does not read
// (explicit indexes, widths from arguments): verbs are rendered for
// plain %s, %v and %d of the argument they name, anything else is not
// known.
func (c *checker) sprintfEval(format string, elems []ssa.Value) flow.Strs {
	verbs, tail, _, ok := parseFormat(format)
	if !ok {
		return flow.Strs{flow.Unknown()}
	}
	alts := []*strBuilder{{}}
	add := func(ss flow.Strs) bool {
		if len(ss) == 0 {
			ss = flow.Strs{flow.Unknown()}
		}
		if len(alts)*len(ss) > maxConcatAlternatives {
			return false
		}
		var next []*strBuilder
		for _, a := range alts {
			for _, s := range ss {
				b := a.clone()
				b.add(s)
				next = append(next, b)
			}
		}
		alts = next
		return true
	}
	for _, v := range verbs {
		add(flow.Strs{flow.Lit(v.prefix)})
		val := flow.Strs{flow.Unknown()}
		if v.plain && v.arg < len(elems) && (v.verb == 's' || v.verb == 'v' || v.verb == 'd') {
			e := unbox(elems[v.arg])
			if v.verb == 'd' || funcs.IsTextType(e.Type()) || isInteger(e.Type()) {
				val = c.res.Eval(e)
			}
		}
		if !add(val) {
			return flow.Strs{flow.Unknown()}
		}
	}
	add(flow.Strs{flow.Lit(tail)})
	out := make(flow.Strs, len(alts))
	for i, a := range alts {
		out[i] = a.str()
	}
	return out
}
