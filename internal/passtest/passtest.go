// Package passtest holds the checks every atlvet pass runs on its
// testdata besides analysistest's: that the fixed files compile, that
// a package that does not type-check is handled without a panic, and
// that the pass works as drivers that give less run it (Bazel's nogo,
// see WithoutDriverExtras; packages that import "C", see RequireCgo);
// and TestData, which gives a pass's testdata the shared stubs of the
// client libraries.
package passtest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// gopathEnv loads testdata/src the way analysistest does: GOPATH mode,
// no network.
func gopathEnv(dir string) []string {
	return append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off")
}

// testdataDir returns the calling test's testdata merged with the
// library stubs (see TestData).
func testdataDir(t *testing.T) string {
	t.Helper()
	return TestData(t)
}

// Load loads packages of the calling test's testdata/src (and the
// library stubs).
func Load(t *testing.T, patterns ...string) []*packages.Package {
	t.Helper()
	dir := testdataDir(t)
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(dir, "src"),
		Env:  gopathEnv(dir),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// GoldenFilesCompile type-checks every testdata package that has
// .go.golden files with those files in place of the originals: a fix
// must leave code that compiles.
func GoldenFilesCompile(t *testing.T) {
	t.Helper()
	dir := testdataDir(t)
	var goldens []string
	err := filepath.WalkDir(filepath.Join(dir, "src"), func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go.golden") {
			goldens = append(goldens, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) == 0 {
		t.Fatal("no .go.golden files in testdata")
	}
	// One load for every package: the dependencies come from export
	// data, which the go command builds once and caches.
	overlay := map[string][]byte{}
	var patterns []string
	for _, golden := range goldens {
		content, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		file := strings.TrimSuffix(golden, ".golden")
		overlay[file] = content
		rel, err := filepath.Rel(filepath.Join(dir, "src"), filepath.Dir(file))
		if err != nil {
			t.Fatal(err)
		}
		if p := filepath.ToSlash(rel); !slices.Contains(patterns, p) {
			patterns = append(patterns, p)
		}
	}
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:     filepath.Join(dir, "src"),
		Env:     gopathEnv(dir),
		Tests:   true,
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s with its .golden files: %v", p.PkgPath, e)
		}
	}
	if len(pkgs) < len(patterns) {
		t.Errorf("loaded %d packages for %d patterns", len(pkgs), len(patterns))
	}
}

// TypeError checks the pass on pkg, a testdata package that does not
// type-check, for a pass none of whose rules can judge such a package:
// the pass runs despite the errors, as every atlvet pass must (a driver
// fails a pass that does not for every package importing that one, and
// the pass's findings there are lost), ends without error or panic, and
// reports nothing.
func TypeError(t *testing.T, a *analysis.Analyzer, pkg string) {
	t.Helper()
	pkgs := Load(t, pkg)
	if len(pkgs) != 1 || len(pkgs[0].TypeErrors) == 0 {
		t.Fatalf("%s should load as one package with type errors, got %d packages", pkg, len(pkgs))
	}
	if !a.RunDespiteErrors {
		t.Errorf("%s does not run despite errors", a.Name)
	}
	res, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	for act := range res.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
	}
	for _, act := range res.Roots {
		if len(act.Diagnostics) != 0 {
			t.Errorf("ill-typed package: want no findings, got %d, first: %s", len(act.Diagnostics), act.Diagnostics[0].Message)
		}
	}
}

// NoFixes checks that no diagnostic of results offers a fix: in a
// package that does not type-check, or in the files cmd/cgo writes.
func NoFixes(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: %s offers a fix: %s", r.Pass.Fset.Position(d.Pos), r.Pass.Analyzer.Name, d.SuggestedFixes[0].Message)
			}
		}
	}
}

// RequireCgo skips the test unless the go command can build packages
// that import "C": cgo is enabled and a C compiler is found.
func RequireCgo(t *testing.T) {
	t.Helper()
	out, err := exec.Command("go", "env", "CGO_ENABLED", "CC").Output()
	if err != nil {
		t.Skipf("go env: %v", err)
	}
	fields := strings.Fields(string(out))
	if len(fields) < 2 || fields[0] != "1" {
		t.Skip("cgo is disabled")
	}
	if _, err := exec.LookPath(fields[1]); err != nil {
		t.Skipf("no C compiler: %v", err)
	}
}

// WithoutDriverExtras returns copies of analyzers, and of every
// analyzer they require, whose passes have no ReadFile, Module,
// OtherFiles, IgnoredFiles or TypeErrors: the Pass that Bazel's nogo
// builds.
func WithoutDriverExtras(analyzers ...*analysis.Analyzer) []*analysis.Analyzer {
	return copyAnalyzers(analyzers, false, func(p *analysis.Pass) {
		p.ReadFile = nil
		p.Module = nil
		p.OtherFiles = nil
		p.IgnoredFiles = nil
		p.TypeErrors = nil
	})
}

// DespiteErrors returns copies of analyzers, and of every analyzer they
// require, that run on packages that do not type-check, as gopls and
// golangci-lint may run them, and turn a panic into an error of the
// analysis that names the pass, the package and the stack.
func DespiteErrors(analyzers ...*analysis.Analyzer) []*analysis.Analyzer {
	return copyAnalyzers(analyzers, true, nil)
}

// copyAnalyzers copies analyzers and the analyzers they require. Each
// copy runs the original's Run on a copy of its Pass, changed by edit,
// that holds the results of its requirements under the original
// analyzers, as the original expects them; a panic becomes an error.
func copyAnalyzers(analyzers []*analysis.Analyzer, despiteErrors bool, edit func(*analysis.Pass)) []*analysis.Analyzer {
	copies := map[*analysis.Analyzer]*analysis.Analyzer{}
	originals := map[*analysis.Analyzer]*analysis.Analyzer{}
	var copyOf func(a *analysis.Analyzer) *analysis.Analyzer
	copyOf = func(a *analysis.Analyzer) *analysis.Analyzer {
		if c, ok := copies[a]; ok {
			return c
		}
		c := &analysis.Analyzer{
			Name:             a.Name,
			Doc:              a.Doc,
			URL:              a.URL,
			ResultType:       a.ResultType,
			FactTypes:        a.FactTypes,
			RunDespiteErrors: a.RunDespiteErrors || despiteErrors,
		}
		copies[a], originals[c] = c, a
		for _, r := range a.Requires {
			c.Requires = append(c.Requires, copyOf(r))
		}
		c.Run = func(pass *analysis.Pass) (result any, err error) {
			p := *pass
			p.Analyzer = a
			p.ResultOf = map[*analysis.Analyzer]any{}
			for req, res := range pass.ResultOf {
				p.ResultOf[originals[req]] = res
			}
			if edit != nil {
				edit(&p)
			}
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("%s panicked on %s: %v\n%s", a.Name, pass.Pkg.Path(), r, debug.Stack())
				}
			}()
			return a.Run(&p)
		}
		return c
	}
	var out []*analysis.Analyzer
	for _, a := range analyzers {
		out = append(out, copyOf(a))
	}
	return out
}
