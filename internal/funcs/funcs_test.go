package funcs

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestIdentity(t *testing.T) {
	const src = `package p

import (
	"net/http"
	h "net/http"
)

type Get struct{}

func (Get) Do(*http.Request) {}

func f(c *http.Client, r *http.Request, g Get) {
	http.Get("")
	h.Get("")
	c.Do(r)
	g.Do(r)
	var rt http.RoundTripper
	rt.RoundTrip(r)
}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := Callee(info, call)
		switch {
		case IsFunc(fn, "net/http", "Get"):
			got = append(got, "http.Get")
		case IsMethod(fn, "net/http", "Client", "Do"):
			got = append(got, "Client.Do")
		case IsMethod(fn, "net/http", "RoundTripper", "RoundTrip"):
			got = append(got, "RoundTripper.RoundTrip")
		case fn != nil:
			got = append(got, "other "+fn.Name())
		}
		return true
	})
	want := []string{"http.Get", "http.Get", "Client.Do", "other Do", "RoundTripper.RoundTrip"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("call %d: got %s, want %s", i, got[i], want[i])
		}
	}
	if !Imports(pkg, "net/http") || Imports(pkg, "fmt") {
		t.Error("Imports is wrong")
	}
}

func TestIsTextType(t *testing.T) {
	byteT := types.Typ[types.Byte]
	named := types.NewNamed(types.NewTypeName(token.NoPos, nil, "UUID", nil), types.NewArray(byteT, 16), nil)
	for _, tc := range []struct {
		t    types.Type
		want bool
	}{
		{types.Typ[types.String], true},
		{types.Typ[types.UntypedString], true},
		{types.NewSlice(byteT), true},
		{named, true},
		{types.NewSlice(types.Typ[types.String]), false},
		{types.Typ[types.Int], false},
		{types.NewPointer(types.Typ[types.String]), false},
	} {
		if got := IsTextType(tc.t); got != tc.want {
			t.Errorf("IsTextType(%s) = %v, want %v", tc.t, got, tc.want)
		}
	}
	if p, n, ok := NamedType(types.NewPointer(named)); ok || p != "" || n != "" {
		t.Errorf("NamedType of a type with no package = %q, %q, %v; want not ok", p, n, ok)
	}
}
