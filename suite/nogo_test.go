package suite_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/suite"
)

// TestWithoutDriverExtras runs every pass over the example module in
// ../testdata as Bazel's nogo does: its analysis.Pass has no ReadFile,
// Module, OtherFiles, IgnoredFiles or TypeErrors. Nothing may panic,
// and the findings must be those of a driver that gives them all.
func TestWithoutDriverExtras(t *testing.T) {
	pkgs := loadExample(t)
	full := analyze(t, suite.Analyzers(), pkgs)
	if len(full) == 0 {
		t.Fatal("no findings on the example module: the comparison would prove nothing")
	}
	stripped := analyze(t, passtest.WithoutDriverExtras(suite.Analyzers()...), pkgs)
	t.Logf("%d findings", len(full))
	for _, d := range diff(full, stripped) {
		t.Errorf("reported with the driver's extras only: %s", d)
	}
	for _, d := range diff(stripped, full) {
		t.Errorf("reported without the driver's extras only: %s", d)
	}
}

// loadExample loads the example module with everything it imports from
// source, as the atlvet command does, so that facts are computed for
// every package.
func loadExample(t *testing.T) []*packages.Package {
	t.Helper()
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   dir,
		Env:   append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"),
		Tests: true,
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("loading %s: %v", p.PkgPath, e)
		}
	})
	if t.Failed() {
		t.FailNow()
	}
	return pkgs
}

// analyze runs the analyzers and returns their findings, each as
// "position: analyzer/category: message".
func analyze(t *testing.T, analyzers []*analysis.Analyzer, pkgs []*packages.Package) []string {
	t.Helper()
	res, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range res.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			out = append(out, fmt.Sprintf("%s: %s/%s: %s", act.Package.Fset.Position(d.Pos), act.Analyzer.Name, d.Category, d.Message))
		}
	}
	sort.Strings(out)
	// A package and its test variant share files and report their
	// findings twice; once is enough to compare.
	return slices.Compact(out)
}

// diff returns the elements of a not in b.
func diff(a, b []string) []string {
	var out []string
	for _, s := range a {
		if _, found := slices.BinarySearch(b, s); !found {
			out = append(out, s)
		}
	}
	return out
}
