package paths

import (
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Guards: "can the exchange run without the comparison having
// succeeded?" A check guards an instruction when every path from the
// function's entry to it takes a branch that implies the check
// succeeded. Which values witness success is the caller's knowledge (a
// comparison of a request's state with the stored one, the error of a
// verifying helper being nil); how conditions combine them (!, ==
// true, != nil, the phis of && and ||) is this file's.

// An Outcome is what a value is known to be on a path: a boolean true
// or false, or an error (pointer, interface) nil or not.
type Outcome uint8

const (
	True Outcome = iota
	False
	Nil
	NonNil
)

func (o Outcome) String() string {
	switch o {
	case True:
		return "true"
	case False:
		return "false"
	case Nil:
		return "nil"
	case NonNil:
		return "non-nil"
	}
	return "?"
}

// Not returns the opposite outcome.
func (o Outcome) Not() Outcome {
	switch o {
	case True:
		return False
	case False:
		return True
	case Nil:
		return NonNil
	}
	return Nil
}

// Outcome returns what b's condition is on b's way.
func (b Branch) Outcome() Outcome {
	if b.Taken {
		return True
	}
	return False
}

// FromEntry returns a path from the entry of to's function to to that
// takes no branch for which cut reports true, as the branches it takes,
// outermost first. A path ends at an instruction for which stop
// reports true (a call of os.Exit or log.Fatal). ok is false when there
// is none: every such path is cut or stopped, or to cannot be reached
// at all. "Is the exchange guarded by a successful comparison?" is
// FromEntry(exchange, succeeded, exits) finding no path. cut and stop
// may be nil.
func FromEntry(to ssa.Instruction, cut func(Branch) bool, stop func(ssa.Instruction) bool) (path []Branch, ok bool) {
	tb := to.Block()
	if tb == nil || tb.Parent() == nil || len(tb.Parent().Blocks) == 0 {
		return nil, false
	}
	entry := tb.Parent().Blocks[0]
	if tb == entry {
		return nil, !stopsBefore(entry, to, stop)
	}
	prev := map[*ssa.BasicBlock]*ssa.BasicBlock{entry: nil}
	queue := []*ssa.BasicBlock{entry}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		if stopsBefore(b, nil, stop) {
			continue
		}
		for _, succ := range b.Succs {
			if _, seen := prev[succ]; seen {
				continue
			}
			if br, ok := decision(b, succ); ok && cut != nil && cut(br) {
				continue
			}
			prev[succ] = b
			if succ != tb {
				queue = append(queue, succ)
				continue
			}
			if stopsBefore(succ, to, stop) {
				return nil, false
			}
			for cur := succ; prev[cur] != nil; cur = prev[cur] {
				if br, ok := decision(prev[cur], cur); ok {
					path = append(path, br)
				}
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, true
		}
	}
	return nil, false
}

// Open returns the blocks of fn that some path from its entry reaches
// without taking a branch for which cut reports true, nor passing an
// instruction for which stop reports true: an instruction outside
// them is guarded by the cut branches. It answers many FromEntry
// questions about one function at the cost of one (an instruction
// after a stop in its own block excepted).
func Open(fn *ssa.Function, cut func(Branch) bool, stop func(ssa.Instruction) bool) map[*ssa.BasicBlock]bool {
	if len(fn.Blocks) == 0 {
		return nil
	}
	open := map[*ssa.BasicBlock]bool{fn.Blocks[0]: true}
	work := []*ssa.BasicBlock{fn.Blocks[0]}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if stopsBefore(b, nil, stop) {
			continue
		}
		for _, succ := range b.Succs {
			if open[succ] {
				continue
			}
			if br, ok := decision(b, succ); ok && cut != nil && cut(br) {
				continue
			}
			open[succ] = true
			work = append(work, succ)
		}
	}
	return open
}

// stopsBefore reports whether an instruction of b before to (or, when
// to is nil, any) is one at which paths stop.
func stopsBefore(b *ssa.BasicBlock, to ssa.Instruction, stop func(ssa.Instruction) bool) bool {
	if stop == nil {
		return false
	}
	for _, instr := range b.Instrs {
		if instr == to {
			return false
		}
		if stop(instr) {
			return true
		}
	}
	return false
}

// Implies reports whether v having outcome o on a path means that
// holds reports true for some value on that path: for v itself, or,
// through !, comparisons with constants (ok == true, err != nil), and
// the phis that && and || leave, for the values that decide v, and for
// the branches that lead to the phi's edges. A constant cannot have
// another outcome than its own, so it implies anything then.
func Implies(v ssa.Value, o Outcome, holds func(v ssa.Value, o Outcome) bool) bool {
	return implies(v, o, holds, map[impliesKey]bool{}, 0)
}

// BranchImplies reports whether taking b implies holds: Implies of its
// condition with the outcome b takes.
func BranchImplies(b Branch, holds func(v ssa.Value, o Outcome) bool) bool {
	return Implies(b.Cond, b.Outcome(), holds)
}

type impliesKey struct {
	v ssa.Value
	o Outcome
}

func implies(v ssa.Value, o Outcome, holds func(ssa.Value, Outcome) bool, seen map[impliesKey]bool, depth int) bool {
	key := impliesKey{v, o}
	if done, ok := seen[key]; ok || depth > 12 {
		return done // a cycle of phis proves nothing
	}
	seen[key] = false
	got := implies0(v, o, holds, seen, depth)
	seen[key] = got
	return got
}

func implies0(v ssa.Value, o Outcome, holds func(ssa.Value, Outcome) bool, seen map[impliesKey]bool, depth int) bool {
	if holds(v, o) {
		return true
	}
	switch v := v.(type) {
	case *ssa.Const:
		return !constHas(v, o)
	case *ssa.UnOp:
		if v.Op == token.NOT && (o == True || o == False) {
			return implies(v.X, o.Not(), holds, seen, depth+1)
		}
	case *ssa.BinOp:
		if v.Op != token.EQL && v.Op != token.NEQ || o != True && o != False {
			return false
		}
		x, k := v.X, v.Y
		if _, ok := x.(*ssa.Const); ok {
			x, k = k, x
		}
		c, ok := k.(*ssa.Const)
		if !ok {
			return false
		}
		// x == k held (or x != k did not): x has k's outcome; else the
		// other one.
		equal := (v.Op == token.EQL) == (o == True)
		switch {
		case c.IsNil():
			if equal {
				return implies(x, Nil, holds, seen, depth+1)
			}
			return implies(x, NonNil, holds, seen, depth+1)
		case c.Value != nil && c.Value.Kind() == constant.Bool:
			if equal == constant.BoolVal(c.Value) {
				return implies(x, True, holds, seen, depth+1)
			}
			return implies(x, False, holds, seen, depth+1)
		}
	case *ssa.Phi:
		// Every edge that can give v outcome o must imply: by its value,
		// or by a branch that leads to it.
		for i, e := range v.Edges {
			if c, ok := e.(*ssa.Const); ok && !constHas(c, o) {
				continue
			}
			if implies(e, o, holds, seen, depth+1) {
				continue
			}
			led := false
			for _, br := range Edge(v.Block(), i) {
				if implies(br.Cond, br.Outcome(), holds, seen, depth+1) {
					led = true
					break
				}
			}
			if !led {
				return false
			}
		}
		return len(v.Edges) > 0
	case *ssa.MakeInterface:
		// An interface made from a value is never nil: it cannot have
		// that outcome.
		return o == Nil
	case *ssa.ChangeType:
		return implies(v.X, o, holds, seen, depth+1)
	}
	return false
}

// constHas reports whether the constant c can have outcome o.
func constHas(c *ssa.Const, o Outcome) bool {
	switch o {
	case True, False:
		if c.Value == nil || c.Value.Kind() != constant.Bool {
			return true // not a boolean: not known
		}
		return constant.BoolVal(c.Value) == (o == True)
	case Nil:
		return c.IsNil()
	case NonNil:
		return !c.IsNil()
	}
	return true
}
