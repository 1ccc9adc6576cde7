package flow

import (
	"go/constant"
	"slices"
	"unicode/utf8"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/funcs"
)

// Strings built with a strings.Builder.
//
// A local strings.Builder is what was written to it before String is
// called: the writes on every path to the call, in order. Writes only
// some paths make (in a branch, in a loop) stand for nothing or for
// what they may add: when the first of them is a constant that the
// others follow, that constant and, if more may come, an unknown part
// ("/rest/api" then a loop writing "/" and a part: "/rest/api" or
// "/rest/api/…"); otherwise an unknown part. A builder handed to other code (fmt.Fprintf(&b, ...), stored,
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
		arg  ssa.Value
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
				writes = append(writes, write{ref, ref.Call.Args[1]})
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
	for i := 0; i < len(writes); {
		w := writes[i]
		if precedesOnEveryPath(w.call, at) {
			out = concatAll(out, r.written(w.call, w.arg))
			i++
			continue
		}
		// A run of writes only some paths make: nothing, or, when the
		// run's first write is a constant that every other write of the
		// run follows, that constant and whatever the rest add (a loop
		// that writes "/" then a part: "" or "/…").
		var run []*ssa.Call
		for ; i < len(writes) && !precedesOnEveryPath(writes[i].call, at); i++ {
			if reachesBefore(writes[i].call, at) {
				run = append(run, writes[i].call)
			}
		}
		if len(run) == 0 {
			continue
		}
		k, known := r.written(run[0], run[0].Call.Args[1]).Const()
		followed := !slices.ContainsFunc(run[1:], func(c *ssa.Call) bool { return !precedesOnEveryPath(run[0], c) })
		if !known || !followed {
			out = concatAll(out, Strs{Unknown()})
			continue
		}
		taken := Lit(k)
		if len(run) > 1 || inCycle(run[0].Block()) {
			taken = taken.Concat(Unknown())
		}
		out = concatAll(out, Strs{{}, taken})
	}
	return out.bounded()
}

// written is what a write call adds: its string, or the character of a
// constant byte or rune; unknown otherwise.
func (r *Result) written(call *ssa.Call, arg ssa.Value) Strs {
	if fn := calleeObj(&call.Call); funcs.IsMethod(fn, "strings", "Builder", "WriteByte", "WriteRune") {
		if k, ok := arg.(*ssa.Const); ok && k.Value != nil {
			if c, exact := constant.Int64Val(constant.ToInt(k.Value)); exact && c >= 0 && c <= utf8.MaxRune {
				return Strs{Lit(string(rune(c)))}
			}
		}
		return Strs{Unknown()}
	}
	return r.eval(arg)
}

// inCycle reports whether b can run again after it ran: it lies in a
// loop.
func inCycle(b *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	work := slices.Clone(b.Succs)
	for len(work) > 0 {
		blk := work[len(work)-1]
		work = work[:len(work)-1]
		if blk == b {
			return true
		}
		if !seen[blk] {
			seen[blk] = true
			work = append(work, blk.Succs...)
		}
	}
	return false
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
