package decls

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestValue(t *testing.T) {
	const src = `package p

const a = "A"

var (
	b, c = "B", "C"
	d, e = pair()
)

func pair() (string, string) { return "", "" }

func f() {
	const local = "L"
	_ = local
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	lookup := func(name string) types.Object {
		if obj := pkg.Scope().Lookup(name); obj != nil {
			return obj
		}
		for id, obj := range info.Defs {
			if id.Name == name && obj != nil {
				return obj
			}
		}
		return nil
	}
	for name, want := range map[string]string{"a": `"A"`, "b": `"B"`, "c": `"C"`, "d": "", "local": `"L"`} {
		got := ""
		if e := Value(info, []*ast.File{f}, lookup(name)); e != nil {
			got = e.(*ast.BasicLit).Value
		}
		if got != want {
			t.Errorf("Value(%s) = %s, want %s", name, got, want)
		}
	}
}
