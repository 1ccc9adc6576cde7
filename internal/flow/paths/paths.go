// Package paths answers questions about the paths of a function's
// control-flow graph, in SSA form: which branches lead to a point,
// whether two sets of branches can hold together, and whether
// something happens on every path between two points (a header set
// between a request's creation and its send, a state compared before
// a code is exchanged) -- and when it does not, which path misses it.
//
// A Branch is one way of an if. Two conditions are the same when they
// are the same SSA value, or comparisons of the same values (loads of
// one variable or field count as one value, which holds unless the
// code writes it between the two branches).
package paths

import (
	"go/constant"
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A Branch is a way taken at an if: its condition, and whether the
// condition held.
type Branch struct {
	Cond  ssa.Value
	Taken bool
}

// Pos is the position of the branch's condition.
func (b Branch) Pos() token.Pos { return b.Cond.Pos() }

// Reaches reports whether some path of their function leads from the
// instruction from to the instruction to.
func Reaches(from, to ssa.Instruction) bool {
	if from == to {
		return true
	}
	fb, tb := from.Block(), to.Block()
	if fb == nil || tb == nil {
		return true
	}
	if fb == tb && indexIn(from) < indexIn(to) {
		return true
	}
	seen := map[*ssa.BasicBlock]bool{}
	work := slices.Clone(fb.Succs)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if b == tb {
			return true
		}
		if !seen[b] {
			seen[b] = true
			work = append(work, b.Succs...)
		}
	}
	return false
}

// Dominates reports whether every path to b goes through a.
func Dominates(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == bb {
		return indexIn(a) <= indexIn(b)
	}
	return ab != nil && bb != nil && ab.Dominates(bb)
}

func indexIn(instr ssa.Instruction) int {
	return slices.Index(instr.Block().Instrs, instr)
}

// Missed returns a path from the instruction from to the instruction
// to, in their function, that meets no instruction for which met
// reports true and takes no branch for which cut reports true; from
// and to themselves are not looked at. The path is given as the
// branches it takes, outermost first. ok is false when there is no
// such path: every path from from to to meets or is cut, or to cannot
// be reached. cut may be nil.
//
// "Is the User-Agent set on every path from the request's creation to
// its send?" is Missed(create, send, setsUserAgent, nil) finding no
// path; "can the code be exchanged without the state comparison having
// succeeded?" is Missed(entry, exchange, nil, failedComparison).
func Missed(from, to ssa.Instruction, met func(ssa.Instruction) bool, cut func(Branch) bool) (path []Branch, ok bool) {
	fb, tb := from.Block(), to.Block()
	if fb == nil || tb == nil || fb.Parent() != tb.Parent() {
		return nil, false
	}
	// scan looks at b's instructions from index start: whether one is
	// met first (blocked) or to is reached.
	scan := func(b *ssa.BasicBlock, start int) (blocked, reached bool) {
		for _, instr := range b.Instrs[start:] {
			if instr == to {
				return false, true
			}
			if met != nil && met(instr) {
				return true, false
			}
		}
		return false, false
	}
	blocked, reached := scan(fb, indexIn(from)+1)
	if reached {
		return nil, true
	}
	if blocked {
		return nil, false
	}
	// Breadth-first over blocks entered at their start, remembering
	// how each was entered.
	type entry struct {
		prev *ssa.BasicBlock
	}
	entered := map[*ssa.BasicBlock]entry{}
	var queue []*ssa.BasicBlock
	follow := func(pred *ssa.BasicBlock) {
		for _, succ := range pred.Succs {
			if _, seen := entered[succ]; seen {
				continue
			}
			if br, ok := decision(pred, succ); ok && cut != nil && cut(br) {
				continue
			}
			entered[succ] = entry{prev: pred}
			queue = append(queue, succ)
		}
	}
	follow(fb)
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		blocked, reached := scan(b, 0)
		if reached {
			// Walk back to from's block.
			var blocks []*ssa.BasicBlock
			for cur := b; ; {
				blocks = append(blocks, cur)
				prev := entered[cur].prev
				if prev == fb || prev == nil {
					blocks = append(blocks, fb)
					break
				}
				cur = prev
				if len(blocks) > len(fb.Parent().Blocks) {
					break // a cycle through from's block: enough
				}
			}
			slices.Reverse(blocks)
			for i := 1; i < len(blocks); i++ {
				if br, ok := decision(blocks[i-1], blocks[i]); ok {
					path = append(path, br)
				}
			}
			return path, true
		}
		if !blocked {
			follow(b)
		}
	}
	return nil, false
}

// decision returns the branch of the if that ends pred and leads to
// succ.
func decision(pred, succ *ssa.BasicBlock) (Branch, bool) {
	if len(pred.Instrs) == 0 || len(pred.Succs) != 2 || pred.Succs[0] == pred.Succs[1] {
		return Branch{}, false
	}
	ifInstr, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
	if !ok {
		return Branch{}, false
	}
	return Branch{Cond: ifInstr.Cond, Taken: pred.Succs[0] == succ}, true
}

// Edge returns the branches that lead along edge i into b: the
// decision of an if that ends the predecessor, or that ends the chain
// of single-predecessor blocks above it, innermost first.
func Edge(b *ssa.BasicBlock, i int) []Branch {
	if i >= len(b.Preds) {
		return nil
	}
	pred := b.Preds[i]
	if c, ok := decision(pred, b); ok {
		return append([]Branch{c}, Block(pred)...)
	}
	return Block(pred)
}

// Block returns the decisions that lead to b through blocks with a
// single predecessor, innermost first.
func Block(b *ssa.BasicBlock) []Branch {
	var out []Branch
	seen := map[*ssa.BasicBlock]bool{}
	for b != nil && len(b.Preds) == 1 && !seen[b] && len(out) < 8 {
		seen[b] = true
		pred := b.Preds[0]
		if c, ok := decision(pred, b); ok {
			out = append(out, c)
		}
		b = pred
	}
	return out
}

// Dominating returns the branches taken on every path to instr: the
// decisions of ifs whose one way is the only way to instr's block.
func Dominating(instr ssa.Instruction) []Branch {
	var out []Branch
	for b := instr.Block(); b != nil; b = b.Idom() {
		if len(b.Preds) == 1 {
			if c, ok := decision(b.Preds[0], b); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// Relative drops from conds the decisions also in base: a value is
// only reached on those paths anyway.
func Relative(conds, base []Branch) []Branch {
	var out []Branch
	for _, c := range conds {
		shared := false
		for _, b := range base {
			if same, neg := Equivalent(c.Cond, b.Cond); same && (c.Taken != neg) == b.Taken {
				shared = true
			}
		}
		if !shared {
			out = append(out, c)
		}
	}
	return out
}

// Conflict reports whether no path takes all the branches of a and of
// b: they decide some condition in opposite ways.
func Conflict(a, b []Branch) bool {
	for _, x := range a {
		for _, y := range b {
			if same, neg := Equivalent(x.Cond, y.Cond); same && (x.Taken != neg) != y.Taken {
				return true
			}
		}
	}
	return false
}

// Share reports whether a and b decide some condition the same way,
// which ties two values to one path.
func Share(a, b []Branch) bool {
	for _, x := range a {
		for _, y := range b {
			if same, neg := Equivalent(x.Cond, y.Cond); same && (x.Taken != neg) == y.Taken {
				return true
			}
		}
	}
	return false
}

// Equivalent reports whether two conditions always have the same value
// (same) or, with neg, always opposite values.
func Equivalent(a, b ssa.Value) (same, neg bool) { return equivalent(a, b, 0) }

func equivalent(a, b ssa.Value, depth int) (same, neg bool) {
	if a == b {
		return true, false
	}
	if depth > 6 || a == nil || b == nil {
		return false, false
	}
	if u, ok := a.(*ssa.UnOp); ok && u.Op == token.NOT {
		s, n := equivalent(u.X, b, depth+1)
		return s, !n
	}
	if u, ok := b.(*ssa.UnOp); ok && u.Op == token.NOT {
		s, n := equivalent(a, u.X, depth+1)
		return s, !n
	}
	switch a := a.(type) {
	case *ssa.Const:
		if b, ok := b.(*ssa.Const); ok && a.Value != nil && b.Value != nil && a.Type() == b.Type() {
			return constant.Compare(a.Value, token.EQL, b.Value), false
		}
		if b, ok := b.(*ssa.Const); ok && a.Value == nil && b.Value == nil {
			return true, false
		}
	case *ssa.UnOp:
		if b, ok := b.(*ssa.UnOp); ok && a.Op == token.MUL && b.Op == token.MUL {
			return sameAddr(a.X, b.X, depth+1), false
		}
	case *ssa.FieldAddr:
		return sameAddr(a, b, depth+1), false
	case *ssa.BinOp:
		b, ok := b.(*ssa.BinOp)
		if !ok {
			break
		}
		if sx, nx := equivalent(a.X, b.X, depth+1); sx && !nx {
			if sy, ny := equivalent(a.Y, b.Y, depth+1); sy && !ny {
				switch {
				case a.Op == b.Op:
					return true, false
				case Negated(a.Op) == b.Op:
					return true, true
				}
			}
		}
	case *ssa.Call:
		// len(x) and friends: the same builtin on the same value.
		if b, ok := b.(*ssa.Call); ok {
			ba, okA := a.Call.Value.(*ssa.Builtin)
			bb, okB := b.Call.Value.(*ssa.Builtin)
			if okA && okB && ba.Name() == bb.Name() && len(a.Call.Args) == 1 && len(b.Call.Args) == 1 {
				if s, n := equivalent(a.Call.Args[0], b.Call.Args[0], depth+1); s && !n {
					return true, false
				}
			}
		}
	}
	return false, false
}

// Negated returns the comparison that holds when op does not.
func Negated(op token.Token) token.Token {
	switch op {
	case token.EQL:
		return token.NEQ
	case token.NEQ:
		return token.EQL
	case token.LSS:
		return token.GEQ
	case token.GEQ:
		return token.LSS
	case token.GTR:
		return token.LEQ
	case token.LEQ:
		return token.GTR
	}
	return token.ILLEGAL
}

// SameAddr reports whether two addresses are the same variable or
// field of the same object.
func SameAddr(a, b ssa.Value) bool { return sameAddr(a, b, 0) }

func sameAddr(a, b ssa.Value, depth int) bool {
	if a == b {
		return true
	}
	if depth > 6 {
		return false
	}
	fa, ok1 := a.(*ssa.FieldAddr)
	fb, ok2 := b.(*ssa.FieldAddr)
	if ok1 && ok2 {
		return fa.Field == fb.Field && sameAddr(fa.X, fb.X, depth+1)
	}
	la, ok1 := a.(*ssa.UnOp)
	lb, ok2 := b.(*ssa.UnOp)
	if ok1 && ok2 && la.Op == token.MUL && lb.Op == token.MUL {
		return sameAddr(la.X, lb.X, depth+1)
	}
	return false
}
