package suite_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/suite"
)

// loadBroken loads testdata/src/broken/... (with the library stubs of
// internal/libstubs) and a package broken/syntax that does not parse,
// from testdata/syntax.go.txt (a .go file that does not parse would
// stop gofmt -l on the repository).
func loadBroken(t *testing.T) []*packages.Package {
	t.Helper()
	gopath := passtest.TestDataOf(t, "testdata")
	src, err := os.ReadFile("testdata/syntax.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(gopath, "src", "broken", "syntax")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "syntax.go"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(gopath, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "broken/...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 8 {
		var paths []string
		for _, p := range pkgs {
			paths = append(paths, p.PkgPath)
		}
		t.Fatalf("loaded %s, want 8 packages", paths)
	}
	return pkgs
}

// TestIllTypedPackages runs every pass on packages that do not
// type-check in many ways (undefined names and types, wrong arguments
// and counts, syntax errors, misused type parameters, cycles, duplicate
// declarations, a missing import) and on a package that imports some of
// them, as the atlvet command and go/analysis drivers run them and with
// RunDespiteErrors forced on every analyzer, as gopls and golangci-lint
// may. No pass may panic or fail on any package, and the package that
// type-checks keeps its findings.
func TestIllTypedPackages(t *testing.T) {
	pkgs := loadBroken(t)
	for _, p := range pkgs {
		if broken := len(p.Errors) > 0 || len(p.TypeErrors) > 0; broken == (p.PkgPath == "broken/importer") {
			t.Errorf("%s: type-checks %v, want %v", p.PkgPath, !broken, p.PkgPath == "broken/importer")
		}
	}
	// What the syntax shows in the packages that do not type-check
	// (atlorigin's and secrets' literal scans, oauthstate's authorize
	// URLs spelled whole), and the finding of the one that does.
	want := []string{
		"badimport.go:13: atlorigin/api-url",
		"importer.go:17: useragent/default",
		"oauth.go:23: oauthstate/constant-state",
		"oauth.go:23: oauthstate/insecure-redirect",
		"oauth.go:23: oauthstate/missing-audience",
		"oauth.go:23: oauthstate/missing-prompt",
		"oauth.go:23: oauthstate/response-type",
		"syntax.go:10: atlorigin/api-url",
		"undefined.go:39: atlorigin/api-url",
		"undefined.go:43: secrets/credential-name",
	}
	for _, run := range []struct {
		name      string
		analyzers []*analysis.Analyzer
	}{
		{"as configured", suite.Analyzers()},
		{"forced", passtest.DespiteErrors(suite.Analyzers()...)},
	} {
		res, err := checker.Analyze(run.analyzers, pkgs, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for act := range res.All() {
			if act.Err != nil {
				t.Errorf("%s: %s: %v", run.name, act, act.Err)
			}
			if !act.IsRoot {
				continue
			}
			for _, d := range act.Diagnostics {
				posn := act.Package.Fset.Position(d.Pos)
				got = append(got, fmt.Sprintf("%s:%d: %s/%s", filepath.Base(posn.Filename), posn.Line, act.Analyzer.Name, d.Category))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: findings:\n%s\nwant:\n%s", run.name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestEveryPassRunsDespiteErrors: a driver skips a pass that does not
// on a package that does not type-check, and then fails that pass on
// every package importing it, whose findings are lost.
func TestEveryPassRunsDespiteErrors(t *testing.T) {
	seen := map[*analysis.Analyzer]bool{}
	var check func(a *analysis.Analyzer)
	check = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		if !a.RunDespiteErrors {
			t.Errorf("%s does not run despite errors", a.Name)
		}
		for _, r := range a.Requires {
			check(r)
		}
	}
	for _, a := range suite.Analyzers() {
		check(a)
	}
}
