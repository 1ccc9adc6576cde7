package e2e

import (
	"bytes"
	"encoding/json"
	"flag"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/callgraph/cha"
	"golang.org/x/tools/go/callgraph/vta"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/libstubs"
)

// librariesModule is an integration written against the real client
// libraries atlvet models from tables, with MISTAKE and OK markers.
const librariesModule = "testdata/libraries"

var libSends = flag.Bool("libsends", false, "check the tables' service rules against the real libraries' call graphs (slow)")

// copyLibraries copies the libraries module into a new temporary
// directory and makes sure its requirements are in the module cache.
func copyLibraries(t *testing.T) string {
	t.Helper()
	return copyModule(t, librariesModule)
}

// TestLibraries: atlvet, standalone and as go vet's tool, reports on
// the libraries module exactly what its MISTAKE markers say.
func TestLibraries(t *testing.T) {

	parallel(t)
	dir := copyLibraries(t)
	markers := readMarkers(t, dir)
	var mistakes int
	for _, m := range markers {
		if m.mistake {
			mistakes++
		}
	}
	if mistakes < 20 {
		t.Fatalf("only %d MISTAKE markers in the libraries module", mistakes)
	}

	checkModuleMarkers(t, dir, "the libraries module", markers, nil)
}

// decodeVetJSON decodes what go vet -json prints: one JSON tree per
// package, and "# package" lines.
func decodeVetJSON(t *testing.T, out string) []map[string]map[string][]jsonDiagnostic {
	t.Helper()
	var lines []string
	for line := range strings.Lines(out) {
		if !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	dec := json.NewDecoder(strings.NewReader(strings.Join(lines, "")))
	dec.DisallowUnknownFields()
	var trees []map[string]map[string][]jsonDiagnostic
	for {
		var tree map[string]map[string][]jsonDiagnostic
		err := dec.Decode(&tree)
		if err == io.EOF {
			return trees
		}
		if err != nil {
			t.Fatalf("go vet -json printed invalid JSON: %v\n%s", err, out)
		}
		trees = append(trees, tree)
	}
}

// TestLibrariesModuleBuilds: the libraries module builds and passes go
// vet's own checks against the real libraries at their pinned versions.
func TestLibrariesModuleBuilds(t *testing.T) {
	parallel(t)
	dir := copyLibraries(t)
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}, {"mod", "verify"}} {
		if r := command(t, dir, "go", args...); r.code != 0 {
			t.Errorf("go %s: exit code %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	before, err := os.ReadFile(filepath.Join(librariesModule, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if r := command(t, dir, "go", "mod", "tidy", "-diff"); r.code != 0 || r.stdout != "" {
		t.Errorf("go.mod or go.sum is not tidy:\n%s%s", r.stdout, r.stderr)
	}
	if !bytes.Contains(before, []byte("\ngo 1.26.0\n")) {
		t.Errorf("the libraries module should say go 1.26.0")
	}
}

// stubPackagePaths returns the import paths of the library stubs.
func stubPackagePaths(t *testing.T) []string {
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
	return paths
}

// TestLibraryStubsMatchReal: every exported function, method, field,
// interface method, variable and constant of the stubs in
// internal/libstubs exists in the real library, at the version the
// libraries module pins, with the same types (and constants with the
// same values); receivers are pointers in both or in neither.
func TestLibraryStubsMatchReal(t *testing.T) {
	parallel(t)
	dir := copyLibraries(t)
	paths := stubPackagePaths(t)
	stubs, err := packages.Load(&packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  filepath.Join(libstubs.Dir(), "src"),
		Env:  append(os.Environ(), "GOPATH="+libstubs.Dir(), "GO111MODULE=off", "GOFLAGS=", "GOPROXY=off", "GOWORK=off"),
	}, paths...)
	if err != nil {
		t.Fatal(err)
	}
	real, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: dir, Env: env()}, paths...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range real {
		for _, e := range p.Errors {
			t.Errorf("real %s: %v", p.PkgPath, e)
		}
		byPath[p.PkgPath] = p.Types
	}
	if len(stubs) != len(paths) || len(real) != len(paths) {
		t.Fatalf("%d stub and %d real packages for %d paths", len(stubs), len(real), len(paths))
	}
	var checked int
	for _, sp := range stubs {
		for _, e := range sp.Errors {
			t.Errorf("stub %s: %v", sp.PkgPath, e)
		}
		rp := byPath[sp.PkgPath]
		if rp == nil {
			t.Errorf("%s: no real package", sp.PkgPath)
			continue
		}
		scope := sp.Types.Scope()
		for _, name := range scope.Names() {
			id := sp.PkgPath + "." + name
			switch obj := scope.Lookup(name).(type) {
			case *types.Func:
				if !obj.Exported() {
					continue
				}
				rf, ok := rp.Scope().Lookup(name).(*types.Func)
				if !ok {
					t.Errorf("%s: no such function", id)
				} else if s, r := signatureString(obj.Signature()), signatureString(rf.Signature()); s != r {
					t.Errorf("%s: stub %s, real %s", id, s, r)
				}
				checked++
			case *types.TypeName:
				rt, ok := rp.Scope().Lookup(name).(*types.TypeName)
				if !ok {
					t.Errorf("%s: no such type", id)
					continue
				}
				checked += compareNamed(t, id, obj.Type().(*types.Named), rt.Type().(*types.Named))
			case *types.Var:
				if !obj.Exported() {
					continue
				}
				rv, ok := rp.Scope().Lookup(name).(*types.Var)
				if !ok {
					t.Errorf("%s: no such variable", id)
				} else if s, r := typeString(obj.Type()), typeString(rv.Type()); s != r {
					t.Errorf("%s: stub %s, real %s", id, s, r)
				}
				checked++
			case *types.Const:
				if !obj.Exported() {
					continue
				}
				rc, ok := rp.Scope().Lookup(name).(*types.Const)
				if !ok {
					t.Errorf("%s: no such constant", id)
				} else if s, r := typeString(obj.Type())+" = "+obj.Val().ExactString(), typeString(rc.Type())+" = "+rc.Val().ExactString(); s != r {
					t.Errorf("%s: stub %s, real %s", id, s, r)
				}
				checked++
			}
		}
	}
	if checked < 400 {
		t.Errorf("only %d declarations checked", checked)
	}
}

// compareNamed compares a stub type with the real one and returns how
// many members it checked.
func compareNamed(t *testing.T, id string, s, r *types.Named) int {
	t.Helper()
	checked := 0
	switch su := s.Underlying().(type) {
	case *types.Struct:
		ru, ok := r.Underlying().(*types.Struct)
		if !ok {
			t.Errorf("%s: stub struct, real %s", id, r.Underlying())
			return 0
		}
		for i := 0; i < su.NumFields(); i++ {
			f := su.Field(i)
			if !f.Exported() {
				continue
			}
			j := slices.IndexFunc(fields(ru), func(g *types.Var) bool { return g.Name() == f.Name() })
			if j < 0 {
				t.Errorf("%s.%s: no such field", id, f.Name())
				continue
			}
			if g := ru.Field(j); typeString(f.Type()) != typeString(g.Type()) || f.Embedded() != g.Embedded() {
				t.Errorf("%s.%s: stub %s (embedded %v), real %s (embedded %v)", id, f.Name(), typeString(f.Type()), f.Embedded(), typeString(g.Type()), g.Embedded())
			}
			checked++
		}
	case *types.Interface:
		ru, ok := r.Underlying().(*types.Interface)
		if !ok {
			t.Errorf("%s: stub interface, real %s", id, r.Underlying())
			return 0
		}
		for i := 0; i < su.NumMethods(); i++ {
			m := su.Method(i)
			obj, _, _ := types.LookupFieldOrMethod(ru, false, m.Pkg(), m.Name())
			rm, ok := obj.(*types.Func)
			if !ok {
				t.Errorf("%s.%s: no such interface method", id, m.Name())
			} else if a, b := signatureString(m.Signature()), signatureString(rm.Signature()); a != b {
				t.Errorf("%s.%s: stub %s, real %s", id, m.Name(), a, b)
			}
			checked++
		}
	default:
		// Slices of structs (go-jira's ProjectList) are stubbed loosely.
		if a, b := typeString(su), typeString(r.Underlying()); a != b && !strings.HasPrefix(a, "[]struct") {
			t.Errorf("%s: stub %s, real %s", id, a, b)
		}
	}
	for i := 0; i < s.NumMethods(); i++ {
		m := s.Method(i)
		if !m.Exported() {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(r), true, r.Obj().Pkg(), m.Name())
		rm, ok := obj.(*types.Func)
		if !ok {
			t.Errorf("%s.%s: no such method", id, m.Name())
			continue
		}
		_, sptr := m.Signature().Recv().Type().(*types.Pointer)
		_, rptr := rm.Signature().Recv().Type().(*types.Pointer)
		if sptr != rptr {
			t.Errorf("%s.%s: stub pointer receiver %v, real %v", id, m.Name(), sptr, rptr)
		}
		if a, b := signatureString(m.Signature()), signatureString(rm.Signature()); a != b {
			t.Errorf("%s.%s: stub %s, real %s", id, m.Name(), a, b)
		}
		checked++
	}
	return checked
}

func fields(s *types.Struct) []*types.Var {
	out := make([]*types.Var, s.NumFields())
	for i := range out {
		out[i] = s.Field(i)
	}
	return out
}

// typeString prints t with full package paths; any and interface{}
// print alike.
func typeString(t types.Type) string {
	s := types.TypeString(t, func(p *types.Package) string { return p.Path() })
	return strings.ReplaceAll(s, "any", "interface{}")
}

// signatureString prints a signature without its parameter names.
func signatureString(s *types.Signature) string {
	var b strings.Builder
	b.WriteString("(")
	for i := 0; i < s.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		t := s.Params().At(i).Type()
		if s.Variadic() && i == s.Params().Len()-1 {
			b.WriteString("..." + typeString(t.(*types.Slice).Elem()))
		} else {
			b.WriteString(typeString(t))
		}
	}
	b.WriteString(") (")
	for i := 0; i < s.Results().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(typeString(s.Results().At(i).Type()))
	}
	b.WriteString(")")
	return b.String()
}

// unmodelledSenders are exported functions of the libraries that can
// send a request but that the tables leave out, and why.
var unmodelledSenders = map[string]string{
	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/oauth2 HTTPWrapper.Do":           "token-store plumbing of WithTokenStore",
	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/oauth2 RefreshTokenSource.Token": "token refresh of WithAutoRenewalToken",
	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/oauth2 ReuseTokenSource.Token":   "token refresh of WithAutoRenewalToken",
	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/oauth2 Transport.Do":             "the transport of WithAutoRenewalToken",
	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/oauth2 Transport.RoundTrip":      "the transport of WithAutoRenewalToken",
	"github.com/go-resty/resty/v2 .Backoff":                                           "retries a function of the caller's",
	"resty.dev/v3 Hedging.RoundTrip":                                                  "a transport for hedged requests",
	"resty.dev/v3 SSESource.Get":                                                      "server-sent events, which Atlassian's APIs do not use",
}

// TestLibraryServiceRules checks the service rules of the tables
// against the real libraries: every exported method a rule says sends
// can reach (*http.Client).Do in a VTA call graph, and no other
// exported function or method of those packages can, unless a row says
// it sends. It builds SSA for every library, so it runs only with
// -libsends.
func TestLibraryServiceRules(t *testing.T) {
	if !*libSends {
		t.Skip("run with -libsends")
	}
	dir := copyLibraries(t)
	var patterns []string
	for _, lib := range atlassian.ClientLibraries() {
		if lib.Name == "clientcredentials" {
			patterns = append(patterns, lib.ImportPaths...)
		} else {
			patterns = append(patterns, lib.Module+"/...")
		}
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: env()}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	prog, _ := ssautil.AllPackages(pkgs, ssa.InstantiateGenerics)
	prog.Build()
	cg := vta.CallGraph(ssautil.AllFunctions(prog), cha.CallGraph(prog))
	cg.DeleteSyntheticNodes()
	reaches := reachesClientDo(cg)

	inScope := func(path string) bool {
		if strings.Contains(path, "/examples") || strings.Contains(path, "/mocks") || strings.HasSuffix(path, "/models") {
			return false
		}
		for _, lib := range atlassian.ClientLibraries() {
			// x/oauth2 is one library only through clientcredentials.
			if lib.Name == "clientcredentials" {
				if path == lib.ImportPaths[0] {
					return true
				}
				continue
			}
			if path == lib.Module || strings.HasPrefix(path, lib.Module+"/") {
				return !(lib.Module == "github.com/ctreminiom/go-atlassian" && strings.HasPrefix(path, lib.Module+"/v2"))
			}
		}
		return false
	}
	var ruleSends int
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if !inScope(p.PkgPath) {
			return
		}
		scope := p.Types.Scope()
		for _, name := range scope.Names() {
			check := func(fn *types.Func, recv string) {
				sends := reaches[prog.FuncValue(fn)]
				c, ok := atlassian.LookupLibraryCall(p.PkgPath, recv, fn.Name())
				id := p.PkgPath + " " + recv + "." + fn.Name()
				switch {
				case ok && c.Role == atlassian.RoleSend && !sends && c.FixedURL == "":
					t.Errorf("%s: the tables say it sends, but it cannot reach (*http.Client).Do", id)
				case sends && !(ok && c.Sends) && !(ok && c.Role == atlassian.RoleRoundTrip) && unmodelledSenders[id] == "":
					t.Errorf("%s: can reach (*http.Client).Do, but the tables do not say it sends", id)
				case unmodelledSenders[id] != "" && (!sends || ok):
					t.Errorf("%s: listed as an unmodelled sender, but sends %v, in the tables %v", id, sends, ok)
				}
				if ok && c.Role == atlassian.RoleSend && sends {
					ruleSends++
				}
			}
			switch obj := scope.Lookup(name).(type) {
			case *types.Func:
				if obj.Exported() {
					check(obj, "")
				}
			case *types.TypeName:
				named, ok := obj.Type().(*types.Named)
				if !ok || !obj.Exported() {
					continue
				}
				mset := types.NewMethodSet(types.NewPointer(named))
				for i := 0; i < mset.Len(); i++ {
					if m := mset.At(i).Obj().(*types.Func); m.Exported() && m.Pkg() == p.Types {
						check(m, name)
					}
				}
			}
		}
	})
	if ruleSends < 1000 {
		t.Errorf("only %d sending methods found", ruleSends)
	}
}

// reachesClientDo returns the functions from which (*http.Client).Do
// can be reached in cg.
func reachesClientDo(cg *callgraph.Graph) map[*ssa.Function]bool {
	reaches := map[*ssa.Function]bool{}
	var queue []*callgraph.Node
	for fn, n := range cg.Nodes {
		if fn == nil || fn.Pkg == nil || fn.Pkg.Pkg.Path() != "net/http" || fn.Name() != "Do" || fn.Signature.Recv() == nil {
			continue
		}
		reaches[fn] = true
		queue = append(queue, n)
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, e := range n.In {
			if f := e.Caller.Func; !reaches[f] {
				reaches[f] = true
				queue = append(queue, e.Caller)
			}
		}
	}
	return reaches
}

// TestLibrariesFixesBuild: every fix atlvet suggests on the libraries
// module, applied in one run, leaves code that builds against the real
// libraries and leaves no fix to apply.
func TestLibrariesFixesBuild(t *testing.T) {
	parallel(t)
	dir := copyLibraries(t)
	environ := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
	before := sourceFiles(t, dir)
	commandEnv(t, environ, dir, atlvet, "-fix", "./...")
	after := sourceFiles(t, dir)
	var changed []string
	for name, text := range after {
		if before[name] != text {
			changed = append(changed, name)
		}
	}
	if len(changed) == 0 {
		t.Fatal("atlvet -fix changed no file of the libraries module")
	}
	t.Logf("fixed: %s", strings.Join(changed, ", "))
	if r := commandEnv(t, environ, dir, "go", "build", "./..."); r.code != 0 {
		t.Fatalf("the fixed libraries module does not build:\n%s", r.stderr)
	}
	if r := commandEnv(t, environ, dir, "go", "vet", "./..."); r.code != 0 {
		t.Errorf("go vet fails on the fixed libraries module:\n%s", r.stderr)
	}
	r := commandEnv(t, environ, dir, atlvet, "-json", "./...")
	if strings.Contains(r.stdout, `"suggested_fixes"`) {
		t.Errorf("fixes are left after atlvet -fix:\n%s", r.stdout)
	}
}
