package paths

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
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
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", switchSrc, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	files := []*ast.File{f}
	pkg, _, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset, types.NewPackage("p", "p"), files, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
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
