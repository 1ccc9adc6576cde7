package paths

import (
	"go/token"
	"go/types"
	"slices"
	"testing"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow/flowtest"
)

const guardSrc = `package p

func check() error  { return nil }
func valid() bool   { return true }
func logf()         {}
func exchange()     {}
func fatal()        {}
func cookie() (string, error) { return "", nil }

func compared(state, stored string) {
	if state != stored {
		return
	}
	exchange()
}

func logged(state, stored string) {
	if state != stored {
		logf()
	}
	exchange()
}

func ignored(state, stored string) {
	ok := state == stored
	_ = ok
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

func errChecked() {
	if err := check(); err != nil {
		return
	}
	exchange()
}

func errLogged() {
	if err := check(); err != nil {
		logf()
	}
	exchange()
}

func errWrongWay() {
	if err := check(); err == nil {
		logf()
		return
	}
	exchange()
}

func boolChecked() {
	if !valid() {
		return
	}
	exchange()
}

func boolComparedToTrue() {
	if valid() == false {
		return
	}
	exchange()
}

func andValue(state, stored string, fresh bool) {
	ok := fresh && state == stored
	if !ok {
		return
	}
	exchange()
}

func orValue(state, stored string, expired bool) {
	bad := expired || state != stored
	if bad {
		return
	}
	exchange()
}

func orValueLoose(state, stored string, trusted bool) {
	good := trusted || state == stored
	if !good {
		return
	}
	exchange()
}

func fatalOnMismatch(state, stored string) {
	if state != stored {
		logf()
		fatal()
	}
	exchange()
}

func fatalFirst() {
	fatal()
	exchange()
}

func first(state, stored string) {
	exchange()
	if state != stored {
		return
	}
}
`

func buildGuard(t *testing.T) *ssa.Package {
	t.Helper()
	pkg, _ := flowtest.BuildSSA(t, "p", guardSrc, nil)
	return pkg
}

// succeeded is what a state check knows: two strings found equal,
// check's error nil, valid's answer true.
func succeeded(v ssa.Value, o Outcome) bool {
	switch v := v.(type) {
	case *ssa.BinOp:
		if b, ok := v.X.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
			return false
		}
		if _, isConst := v.Y.(*ssa.Const); isConst {
			return false
		}
		return v.Op == token.EQL && o == True || v.Op == token.NEQ && o == False
	case *ssa.Call:
		switch callee := v.Call.StaticCallee(); {
		case callee == nil:
		case callee.Name() == "check":
			return o == Nil
		case callee.Name() == "valid":
			return o == True
		}
	}
	return false
}

func TestFromEntry(t *testing.T) {
	pkg := buildGuard(t)
	cut := func(b Branch) bool { return BranchImplies(b, succeeded) }
	for _, tc := range []struct {
		fn      string
		guarded bool
	}{
		{"compared", true},
		{"logged", false},
		{"ignored", false},
		{"skippedWhenMissing", false},
		{"errChecked", true},
		{"errLogged", false},
		{"errWrongWay", false},
		{"boolChecked", true},
		{"boolComparedToTrue", true},
		{"andValue", true},
		{"orValue", true},
		{"orValueLoose", false},
		{"first", false},
		{"fatalOnMismatch", true},
		{"fatalFirst", true},
	} {
		fn := pkg.Func(tc.fn)
		path, open := FromEntry(callTo(fn, "exchange", false), cut, calls("fatal"))
		if open == tc.guarded {
			t.Errorf("%s: FromEntry = %v, %v; want guarded %v", tc.fn, path, open, tc.guarded)
		}
		// Open agrees with FromEntry.
		if at := callTo(fn, "exchange", false); Open(fn, cut, calls("fatal"))[at.Block()] != open && tc.fn != "fatalFirst" {
			t.Errorf("%s: Open and FromEntry disagree", tc.fn)
		}
		// Without a cut, every exchange is reached.
		if _, open := FromEntry(callTo(fn, "exchange", false), nil, nil); !open {
			t.Errorf("%s: no path to the exchange without a cut", tc.fn)
		}
	}
}

// TestFromEntryPath: the path found names the branches that bypass the
// check, outermost first.
func TestFromEntryPath(t *testing.T) {
	pkg := buildGuard(t)
	fn := pkg.Func("skippedWhenMissing")
	path, open := FromEntry(callTo(fn, "exchange", false), func(b Branch) bool { return BranchImplies(b, succeeded) }, nil)
	if !open || len(path) != 1 {
		t.Fatalf("FromEntry = %v, %v; want the way round the check", path, open)
	}
	bin, ok := path[0].Cond.(*ssa.BinOp)
	if !ok || bin.Op != token.EQL || path[0].Taken {
		t.Errorf("path takes %v, want err == nil not to hold", path[0])
	}
}

func TestImplies(t *testing.T) {
	pkg := buildGuard(t)
	conds := func(name string) []ssa.Value {
		var out []ssa.Value
		for _, b := range pkg.Func(name).Blocks {
			if i, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
				out = append(out, i.Cond)
			}
		}
		return out
	}
	for _, tc := range []struct {
		fn       string
		outcomes []Outcome // for which the first condition implies success
	}{
		{"compared", []Outcome{False}},
		{"errChecked", []Outcome{False}},
		{"errWrongWay", []Outcome{True}},
		{"boolChecked", []Outcome{True}}, // if !f() branches on f() the other way round
		{"boolComparedToTrue", []Outcome{False}},
		{"andValue", []Outcome{True}},
		{"orValue", []Outcome{False}},
		{"orValueLoose", nil},
	} {
		c := conds(tc.fn)
		if len(c) == 0 {
			t.Fatalf("%s: no condition", tc.fn)
		}
		var got []Outcome
		for _, o := range []Outcome{True, False} {
			if Implies(c[len(c)-1], o, succeeded) {
				got = append(got, o)
			}
		}
		if !slices.Equal(got, tc.outcomes) {
			t.Errorf("%s: the last condition implies success when %v, want %v", tc.fn, got, tc.outcomes)
		}
	}
	// A constant implies anything of an outcome it cannot have.
	k := ssa.NewConst(nil, types.Universe.Lookup("error").Type())
	if !Implies(k, NonNil, func(ssa.Value, Outcome) bool { return false }) {
		t.Error("nil implies nothing when it is not nil")
	}
}
