package paths

import (
	"go/ast"
	"slices"
	"testing"

	"github.com/atlvet/atlvet/internal/flow/flowtest"
)

const switchSrc = `package p

func create() int { return 0 }
func set(int)     {}
func send(int)    {}

func byName(name string) {
	r := create()
	switch name {
	case "plugin":
		set(r)
	case "chat", "bot":
		set(r)
	}
	send(r)
}
`

// TestDescribeSwitch: a path through the cases of a switch names the
// comparisons with the tag that did not hold.
func TestDescribeSwitch(t *testing.T) {
	pkg, c := flowtest.BuildSSA(t, "p", switchSrc, nil)
	fset, files := c.Fset, []*ast.File{c.File}
	fn := pkg.Func("byName")
	path, missed := Missed(callTo(fn, "create", false), callTo(fn, "send", false), calls("set"), nil)
	var got []string
	for _, b := range path {
		got = append(got, Describe(fset, files, b))
	}
	want := []string{`name != "plugin"`, `name != "chat"`, `name != "bot"`}
	if !missed || !slices.Equal(got, want) {
		t.Errorf("Missed = %q, %v; want %q, true", got, missed, want)
	}
}
