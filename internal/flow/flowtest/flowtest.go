// Package flowtest type-checks small Go sources for the tests of the
// flow packages, and builds their SSA: one source file, the stand-in
// packages it imports given as source by import path, and the standard
// library from export data where no stand-in replaces it. Stand-ins let
// a test name a framework or library by its real path without
// depending on it.
package flowtest

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// A Checked is a type-checked source file.
type Checked struct {
	Fset *token.FileSet
	File *ast.File
	Pkg  *types.Package
	Info *types.Info
}

// Check type-checks src as the package at path, importing deps.
func Check(t testing.TB, path, src string, deps map[string]string) *Checked {
	t.Helper()
	fset := token.NewFileSet()
	f := parse(t, fset, path, src)
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes:     map[ast.Node]*types.Scope{},
		Instances:  map[*ast.Ident]types.Instance{},
	}
	pkg, err := (&types.Config{Importer: Importer(fset, deps)}).Check(path, fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return &Checked{fset, f, pkg, info}
}

// BuildSSA type-checks src as the package at path, importing deps, and
// builds its SSA with sanity checks.
func BuildSSA(t testing.TB, path, src string, deps map[string]string) (*ssa.Package, *Checked) {
	t.Helper()
	fset := token.NewFileSet()
	f := parse(t, fset, path, src)
	pkg, info, err := ssautil.BuildPackage(&types.Config{Importer: Importer(fset, deps)}, fset,
		types.NewPackage(path, path), []*ast.File{f}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
	return pkg, &Checked{fset, f, pkg.Pkg, info}
}

func parse(t testing.TB, fset *token.FileSet, path, src string) *ast.File {
	t.Helper()
	f, err := parser.ParseFile(fset, path+".go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Importer imports the packages of deps from their source, each once,
// and any other package from the standard library's export data.
func Importer(fset *token.FileSet, deps map[string]string) types.Importer {
	return &sourceImporter{fset: fset, deps: deps, pkgs: map[string]*types.Package{}, std: importer.Default()}
}

type sourceImporter struct {
	fset *token.FileSet
	deps map[string]string
	pkgs map[string]*types.Package
	std  types.Importer
}

func (imp *sourceImporter) Import(path string) (*types.Package, error) {
	if p, ok := imp.pkgs[path]; ok {
		return p, nil
	}
	src, ok := imp.deps[path]
	if !ok {
		return imp.std.Import(path)
	}
	f, err := parser.ParseFile(imp.fset, path+".go", src, 0)
	if err != nil {
		return nil, err
	}
	p, err := (&types.Config{Importer: imp}).Check(path, imp.fset, []*ast.File{f}, nil)
	if err != nil {
		return nil, fmt.Errorf("stand-in %s: %v", path, err)
	}
	imp.pkgs[path] = p
	return p, nil
}
