package paths

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow/flowtest"
)

const src = `package p

func create() int     { return 0 }
func set(int)         {}
func send(int)        {}
func compare() bool   { return true }
func cookie() (string, error) { return "", nil }
func exchange()       {}

func everyPath(body bool) {
	r := create()
	if body {
		set(r)
	} else {
		set(r)
	}
	send(r)
}

func oneBranch(body bool) {
	r := create()
	if body {
		set(r)
	}
	send(r)
}

func afterSend() {
	r := create()
	send(r)
	set(r)
}

func inLoop(n int) {
	r := create()
	for i := 0; i < n; i++ {
		send(r)
		set(r)
	}
}

func guarded(state, stored string) {
	if state != stored {
		return
	}
	exchange()
}

func skippedWhenMissing(q string) {
	if c, err := cookie(); err == nil {
		if c != q {
			return
		}
	}
	exchange()
}

func ignored(state, stored string) {
	ok := state == stored
	_ = ok
	exchange()
}
`

func build(t *testing.T) (*ssa.Package, *token.FileSet, []*ast.File) {
	t.Helper()
	pkg, c := flowtest.BuildSSA(t, "p", src, nil)
	return pkg, c.Fset, []*ast.File{c.File}
}

// callTo returns the first (or last) call of callee in fn.
func callTo(fn *ssa.Function, callee string, last bool) ssa.Instruction {
	var found ssa.Instruction
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(ssa.CallInstruction); ok {
				if f := c.Common().StaticCallee(); f != nil && f.Name() == callee && (found == nil || last) {
					found = instr
				}
			}
		}
	}
	return found
}

func calls(callee string) func(ssa.Instruction) bool {
	return func(instr ssa.Instruction) bool {
		c, ok := instr.(ssa.CallInstruction)
		return ok && c.Common().StaticCallee() != nil && c.Common().StaticCallee().Name() == callee
	}
}

func TestMissed(t *testing.T) {
	pkg, fset, files := build(t)
	for _, tc := range []struct {
		fn     string
		missed bool
		path   []string // the branches described
	}{
		{"everyPath", false, nil},
		{"oneBranch", true, []string{"!body"}},
		{"afterSend", true, nil},
		{"inLoop", true, []string{"i < n"}},
	} {
		fn := pkg.Func(tc.fn)
		path, missed := Missed(callTo(fn, "create", false), callTo(fn, "send", false), calls("set"), nil)
		var got []string
		for _, b := range path {
			got = append(got, Describe(fset, files, b))
		}
		if missed != tc.missed || !slices.Equal(got, tc.path) {
			t.Errorf("%s: Missed = %q, %v; want %q, %v", tc.fn, got, missed, tc.path, tc.missed)
		}
	}
}

// TestMissedCut: the exchange is guarded when no path reaches it
// without the comparison having succeeded.
func TestMissedCut(t *testing.T) {
	pkg, fset, files := build(t)
	// succeeded cuts the branches where a comparison with the stored
	// value found them equal.
	succeeded := func(b Branch) bool {
		bin, ok := b.Cond.(*ssa.BinOp)
		if !ok || !strings.Contains(bin.X.Type().String(), "string") {
			return false
		}
		return bin.Op == token.EQL && b.Taken || bin.Op == token.NEQ && !b.Taken
	}
	for _, tc := range []struct {
		fn      string
		guarded bool
		path    string
	}{
		{"guarded", true, ""},
		{"skippedWhenMissing", false, "err != nil"},
		{"ignored", false, ""},
	} {
		fn := pkg.Func(tc.fn)
		path, missed := Missed(fn.Blocks[0].Instrs[0], callTo(fn, "exchange", false), nil, succeeded)
		var got []string
		for _, b := range path {
			got = append(got, Describe(fset, files, b))
		}
		if missed == tc.guarded || tc.path != "" && !slices.Contains(got, tc.path) {
			t.Errorf("%s: Missed = %q, %v; want guarded %v, a path through %q", tc.fn, got, missed, tc.guarded, tc.path)
		}
	}
}

func TestEquivalent(t *testing.T) {
	pkg, _, _ := build(t)
	fn := pkg.Func("guarded")
	var cond ssa.Value
	for _, b := range fn.Blocks {
		if i, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			cond = i.Cond
		}
	}
	if same, neg := Equivalent(cond, cond); !same || neg {
		t.Errorf("a condition is not equivalent to itself")
	}
	a := []Branch{{cond, true}}
	b := []Branch{{cond, false}}
	if !Conflict(a, b) || Conflict(a, a) || !Share(a, a) || Share(a, b) {
		t.Errorf("Conflict/Share disagree on one condition taken both ways")
	}
}
