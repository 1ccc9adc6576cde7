package oauthstate

import (
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Long concatenations ("https://...?a=" + a + "&b=" + b + ... with
// hundreds of operands) are evaluated here, operand by operand, in time
// linear in their length: evaluating every prefix of the chain, as
// following each + one by one does, costs its square.

// longConcat is the number of operands from which a + chain is
// evaluated by concatEval.
const longConcat = 16

// maxConcatAlternatives bounds the ways a long concatenation can be;
// past it the value is not known.
const maxConcatAlternatives = 8

// evalURL returns what the URL value v can be.
func (c *checker) evalURL(v ssa.Value) flow.Strs {
	leaves := concatLeaves(v)
	if len(leaves) >= longConcat || slices.ContainsFunc(leaves, c.isUnmodelledSprintf) {
		return c.concatEval(leaves)
	}
	return c.leafEval(v)
}

// leafEval evaluates v, reading itself the fmt.Sprintf formats flow
// does not read.
func (c *checker) leafEval(v ssa.Value) flow.Strs {
	if format, elems, ok := c.sprintfCall(v); ok && unmodelledFormat(format) {
		return c.sprintfEval(format, elems)
	}
	return c.res.Eval(v)
}

func (c *checker) isUnmodelledSprintf(v ssa.Value) bool {
	format, _, ok := c.sprintfCall(v)
	return ok && unmodelledFormat(format)
}

// concatLeaves returns the operands of the string + chain v, in order,
// or nil when v is not one.
func concatLeaves(v ssa.Value) []ssa.Value {
	if !isConcat(v) {
		return nil
	}
	var out []ssa.Value
	stack := []ssa.Value{v}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b, ok := x.(*ssa.BinOp); ok && isConcat(b) {
			stack = append(stack, b.Y, b.X) // X is taken first
			continue
		}
		out = append(out, x)
	}
	return out
}

func isConcat(v ssa.Value) bool {
	b, ok := v.(*ssa.BinOp)
	return ok && b.Op == token.ADD && funcs.IsTextType(b.Type())
}

// concatEval concatenates what each leaf can be.
func (c *checker) concatEval(leaves []ssa.Value) flow.Strs {
	alts := []*strBuilder{{}}
	for _, leaf := range leaves {
		ss := c.leafEval(leaf)
		if len(ss) == 0 {
			ss = flow.Strs{flow.Unknown()}
		}
		if len(ss) > 1 {
			if len(alts)*len(ss) > maxConcatAlternatives {
				return flow.Strs{flow.Unknown()}
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
			continue
		}
		for _, a := range alts {
			a.add(ss[0])
		}
	}
	out := make(flow.Strs, len(alts))
	for i, a := range alts {
		out[i] = a.str()
	}
	return out
}

// strBuilder builds a flow.Str by appending, merging adjacent literal
// text and adjacent unknown parts as Str.Concat does.
type strBuilder struct {
	parts []flow.Part
	lit   strings.Builder // literal text not yet in parts
}

func (b *strBuilder) add(s flow.Str) {
	for _, p := range s.Parts {
		switch {
		case p.Param == 0 && !p.Unknown:
			b.lit.WriteString(p.Lit)
		case p.Unknown:
			b.flush()
			if n := len(b.parts); n > 0 && b.parts[n-1].Unknown {
				continue
			}
			b.parts = append(b.parts, flow.Part{Unknown: true})
		default:
			b.flush()
			b.parts = append(b.parts, p)
		}
	}
}

func (b *strBuilder) flush() {
	if b.lit.Len() > 0 {
		b.parts = append(b.parts, flow.Part{Lit: b.lit.String()})
		b.lit.Reset()
	}
}

func (b *strBuilder) clone() *strBuilder {
	out := &strBuilder{parts: append([]flow.Part(nil), b.parts...)}
	out.lit.WriteString(b.lit.String())
	return out
}

func (b *strBuilder) str() flow.Str {
	b.flush()
	return flow.Str{Parts: b.parts}
}

// tailEval returns what the end of the string v can be: for a long
// + chain, its last operand that is not empty, so that the chain need
// not be evaluated whole.
func (c *checker) tailEval(v ssa.Value) flow.Strs {
	leaves := concatLeaves(v)
	if len(leaves) < longConcat {
		return c.res.Eval(v)
	}
	for i := len(leaves) - 1; i >= 0; i-- {
		ss := c.res.Eval(leaves[i])
		if k, ok := ss.Const(); ok && k == "" {
			continue
		}
		return ss
	}
	return nil
}
