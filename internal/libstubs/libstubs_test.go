package libstubs_test

import (
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/libstubs"
	"github.com/atlvet/atlvet/internal/passtest"
)

// stubPaths returns the import paths of the stub packages under
// gopath/src.
func stubPaths(t *testing.T) []string {
	t.Helper()
	src := filepath.Join(libstubs.Dir(), "src")
	var paths []string
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, err := filepath.Rel(src, filepath.Dir(path))
		if p := filepath.ToSlash(rel); err == nil && !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 40 {
		t.Fatalf("only %d stub packages", len(paths))
	}
	return paths
}

// load type-checks the packages in the GOPATH gopath, as analysistest
// does, and fails on any error.
func load(t *testing.T, gopath string, paths ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:  filepath.Join(gopath, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
	if len(pkgs) != len(paths) {
		t.Errorf("loaded %d packages for %d paths", len(pkgs), len(paths))
	}
	return pkgs
}

// TestStubsTypeCheck: every stub package type-checks on its own, and
// merged with the testdata of every pass.
func TestStubsTypeCheck(t *testing.T) {
	paths := stubPaths(t)
	load(t, libstubs.Dir(), paths...)

	passes, err := filepath.Glob("../../passes/*/testdata")
	if err != nil || len(passes) == 0 {
		t.Fatalf("no pass testdata: %v", err)
	}
	for _, dir := range passes {
		t.Run(filepath.Base(filepath.Dir(dir)), func(t *testing.T) {
			load(t, passtest.TestDataOf(t, dir), paths...)
		})
	}
}

// TestTablesMatchStubs: every row of the knowledge tables names a
// function, method or field the stubs have, with the receiver and the
// argument types the row says; the method rules cover the stubs'
// service methods and builder setters.
func TestTablesMatchStubs(t *testing.T) {
	pkgs := load(t, libstubs.Dir(), stubPaths(t)...)
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		byPath[p.PkgPath] = p.Types
	}

	for _, row := range atlassian.LibraryCalls() {
		id := row.Pkg + " " + row.Recv + "." + row.Name
		pkg := byPath[row.Pkg]
		if pkg == nil {
			t.Errorf("%s: no stub package", id)
			continue
		}
		fn := lookupFunc(pkg, row.Recv, row.Name)
		if fn == nil {
			t.Errorf("%s: not in the stubs", id)
			continue
		}
		recv := fn.Signature().Recv()
		if row.Recv != "" {
			_, ptr := recv.Type().(*types.Pointer)
			if ptr != row.RecvPointer {
				t.Errorf("%s: pointer receiver %v, row says %v", id, ptr, row.RecvPointer)
			}
		}
		params := fn.Signature().Params()
		for _, arg := range row.Args {
			if arg.Index >= params.Len() {
				t.Errorf("%s: argument %d of %d parameters", id, arg.Index, params.Len())
				continue
			}
			p := params.At(arg.Index).Type()
			if arg.Kind == atlassian.ArgOptions {
				if !fn.Signature().Variadic() || arg.Index != params.Len()-1 {
					t.Errorf("%s: options argument %d is not variadic", id, arg.Index)
				}
				continue
			}
			if !kindFits(arg.Kind, p) {
				t.Errorf("%s: argument %d of type %s cannot be %v", id, arg.Index, p, arg.Kind)
			}
		}
		switch row.Result {
		case atlassian.ResultReceiver, atlassian.ResultCopy:
			if !returnsOwnType(fn) {
				t.Errorf("%s: returns %s, not its receiver's type", id, fn.Signature().Results())
			}
		}
	}

	for _, row := range atlassian.LibraryFields() {
		id := row.Pkg + " " + row.Type + "." + row.Field
		pkg := byPath[row.Pkg]
		if pkg == nil {
			t.Errorf("%s: no stub package", id)
			continue
		}
		tn, _ := pkg.Scope().Lookup(row.Type).(*types.TypeName)
		if tn == nil {
			t.Errorf("%s: no such type in the stubs", id)
			continue
		}
		st, _ := tn.Type().Underlying().(*types.Struct)
		found := false
		for i := 0; st != nil && i < st.NumFields(); i++ {
			found = found || st.Field(i).Name() == row.Field
		}
		if !found {
			t.Errorf("%s: no such field in the stubs", id)
		}
	}

	// Every exported method of the stubs: a service method sends, a
	// setter that returns its own type chains, and nothing the tables
	// know is a method they do not have.
	var sends, chains int
	for _, pkg := range pkgs {
		scope := pkg.Types.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok {
				continue
			}
			for m := range methods(named) {
				if !m.Exported() {
					continue
				}
				id := pkg.PkgPath + " " + name + "." + m.Name()
				c, ok := atlassian.LookupLibraryCall(pkg.PkgPath, name, m.Name())
				if isServiceType(pkg.PkgPath, name) {
					if !ok || c.Role != atlassian.RoleSend && c.Role != atlassian.RoleSetCredential {
						t.Errorf("%s: a service method, looked up as %v %v", id, c.Role, ok)
					}
					if ok && c.Role == atlassian.RoleSend {
						sends++
					}
				}
				if returnsOwnType(m) && isLibraryClient(pkg.PkgPath) {
					if !ok || c.Result == atlassian.ResultOther {
						t.Errorf("%s: returns its receiver's type but the tables say %v %v", id, c.Role, c.Result)
					}
					chains++
				}
			}
		}
	}
	if sends < 30 || chains < 80 {
		t.Errorf("only %d service methods and %d chain methods in the stubs", sends, chains)
	}
}

// isServiceType reports whether the stub type is one whose methods
// the service rules of the tables must cover.
func isServiceType(pkg, typ string) bool {
	switch {
	case pkg == "github.com/andygrunwald/go-jira", strings.HasPrefix(pkg, "github.com/andygrunwald/go-jira/v2/"):
		return strings.HasSuffix(typ, "Service") && typ != "AuthenticationService"
	case strings.HasPrefix(pkg, "github.com/ctreminiom/go-atlassian") && strings.HasSuffix(pkg, "/internal"):
		return strings.HasSuffix(typ, "Service") && typ != "AuthenticationService"
	case pkg == "github.com/ktrysmt/go-bitbucket":
		return slices.Contains([]string{"Repositories", "Repository", "PullRequests", "Users", "User", "Teams", "Workspace", "user", "teams"}, typ)
	}
	return false
}

// isLibraryClient reports whether pkg has builder chains: resty and oreo.
func isLibraryClient(pkg string) bool {
	return pkg == "github.com/go-resty/resty/v2" || pkg == "resty.dev/v3" || pkg == "github.com/coryb/oreo"
}

// methods yields the methods of a named type, or of the interface it is.
func methods(named *types.Named) func(func(*types.Func) bool) {
	return func(yield func(*types.Func) bool) {
		if it, ok := named.Underlying().(*types.Interface); ok {
			for i := 0; i < it.NumMethods(); i++ {
				if !yield(it.Method(i)) {
					return
				}
			}
			return
		}
		for i := 0; i < named.NumMethods(); i++ {
			if !yield(named.Method(i)) {
				return
			}
		}
	}
}

// lookupFunc finds the function name, or the method name of the named
// type recv (concrete or interface), in pkg.
func lookupFunc(pkg *types.Package, recv, name string) *types.Func {
	if recv == "" {
		fn, _ := pkg.Scope().Lookup(name).(*types.Func)
		return fn
	}
	tn, _ := pkg.Scope().Lookup(recv).(*types.TypeName)
	if tn == nil {
		return nil
	}
	named, _ := tn.Type().(*types.Named)
	if named == nil {
		return nil
	}
	for m := range methods(named) {
		if m.Name() == name {
			return m
		}
	}
	return nil
}

// returnsOwnType reports whether the method's one result has its
// receiver's type.
func returnsOwnType(fn *types.Func) bool {
	sig := fn.Signature()
	return sig.Recv() != nil && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), sig.Recv().Type())
}

// kindFits reports whether a parameter of type p can be an argument of
// the kind.
func kindFits(kind atlassian.ArgKind, p types.Type) bool {
	str := func(t types.Type) bool {
		b, ok := t.Underlying().(*types.Basic)
		return ok && b.Kind() == types.String
	}
	named := func(t types.Type, pkg, name string) bool {
		if ptr, ok := t.(*types.Pointer); ok {
			t = ptr.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
	}
	hasDo := func(t types.Type) bool {
		if named(t, "net/http", "Client") {
			return true
		}
		it, ok := t.Underlying().(*types.Interface)
		if !ok {
			return false
		}
		for i := 0; i < it.NumMethods(); i++ {
			if it.Method(i).Name() == "Do" {
				return true
			}
		}
		return false
	}
	switch kind {
	case atlassian.ArgURL:
		return str(p) || named(p, "net/url", "URL")
	case atlassian.ArgTokenURL, atlassian.ArgUser, atlassian.ArgName, atlassian.ArgValue, atlassian.ArgState, atlassian.ArgCode:
		return str(p)
	case atlassian.ArgSecret:
		// a string, or a token struct whose fields the field table lists
		_, ptr := p.(*types.Pointer)
		return str(p) || ptr
	case atlassian.ArgHTTPClient:
		return hasDo(p)
	case atlassian.ArgMap:
		_, ok := p.Underlying().(*types.Map)
		return ok
	case atlassian.ArgRequest:
		return named(p, "net/http", "Request") || named(p, "github.com/hashicorp/go-retryablehttp", "Request")
	case atlassian.ArgTransport:
		return named(p, "net/http", "RoundTripper")
	case atlassian.ArgConfig:
		_, ptr := p.(*types.Pointer)
		return ptr
	}
	return false
}
