package flow

import (
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/funcs"
)

// Strings built with a strings.Builder.
//
// A local strings.Builder is what was written to it before String is
// called: the writes on every path to the call, in order; a write only
// some paths make (in a branch, in a loop) is an unknown part where it
// stands. A builder handed to other code (fmt.Fprintf(&b, ...), stored,
// returned) is wholly unknown from there on, as is one written with
// anything but WriteString, WriteByte and WriteRune.

// builderValue evaluates the String call of the builder b points to.
func (r *Result) builderValue(b ssa.Value, call *ssa.CallCommon) Strs {
	alloc, ok := b.(*ssa.Alloc)
	if !ok || alloc.Referrers() == nil {
		return Strs{Unknown()}
	}
	var at ssa.Instruction
	for _, ref := range *alloc.Referrers() {
		if c, ok := ref.(*ssa.Call); ok && &c.Call == call {
			at = c
		}
	}
	if at == nil {
		return Strs{Unknown()}
	}
	type write struct {
		call *ssa.Call
		arg  ssa.Value // nil: a byte or rune, unknown here
	}
	var writes []write
	var zeroes []*ssa.Store
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.Call:
			fn := calleeObj(&ref.Call)
			switch {
			case ref == at, funcs.IsMethod(fn, "strings", "Builder", "String", "Len", "Cap", "Grow"):
			case funcs.IsMethod(fn, "strings", "Builder", "WriteString") && len(ref.Call.Args) == 2 && ref.Call.Args[0] == alloc:
				writes = append(writes, write{ref, ref.Call.Args[1]})
			case funcs.IsMethod(fn, "strings", "Builder", "WriteByte", "WriteRune") && len(ref.Call.Args) == 2 && ref.Call.Args[0] == alloc:
				writes = append(writes, write{ref, nil})
			default:
				return Strs{Unknown()} // handed to other code
			}
		case *ssa.Store:
			if c, ok := ref.Val.(*ssa.Const); !ok || ref.Addr != alloc || !c.IsNil() && c.Value != nil {
				return Strs{Unknown()} // a builder copied in
			}
			zeroes = append(zeroes, ref) // b := strings.Builder{}
		default:
			return Strs{Unknown()} // stored, copied, returned
		}
	}
	for _, z := range zeroes {
		for _, w := range writes {
			if w.call.Pos() < z.Pos() {
				return Strs{Unknown()} // reset after writes
			}
		}
	}
	slices.SortFunc(writes, func(a, b write) int { return int(a.call.Pos() - b.call.Pos()) })
	out := Strs{{}}
	for _, w := range writes {
		if !precedesOnEveryPath(w.call, at) {
			if reachesBefore(w.call, at) {
				out = concatAll(out, Strs{Unknown()})
			}
			continue
		}
		if w.arg == nil {
			out = concatAll(out, Strs{Unknown()})
			continue
		}
		out = concatAll(out, r.eval(w.arg))
	}
	return out.bounded()
}

// precedesOnEveryPath reports whether instruction a runs before b on
// every path to b, once: a's block dominates b's and, in one block, a
// comes first; a loop's body does not dominate what follows the loop.
func precedesOnEveryPath(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == nil || bb == nil || ab.Parent() != bb.Parent() {
		return false
	}
	if ab == bb {
		return slices.Index(ab.Instrs, a) < slices.Index(bb.Instrs, b)
	}
	return ab.Dominates(bb)
}

// reachesBefore reports whether a may run before b: in one function,
// a's block leads to b's (or a comes first in one block).
func reachesBefore(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == nil || bb == nil || ab.Parent() != bb.Parent() {
		return true // in another function: it may
	}
	if ab == bb && slices.Index(ab.Instrs, a) < slices.Index(bb.Instrs, b) {
		return true
	}
	seen := map[*ssa.BasicBlock]bool{}
	work := slices.Clone(ab.Succs)
	for len(work) > 0 {
		blk := work[len(work)-1]
		work = work[:len(work)-1]
		if blk == bb {
			return true
		}
		if seen[blk] {
			continue
		}
		seen[blk] = true
		work = append(work, blk.Succs...)
	}
	return false
}
