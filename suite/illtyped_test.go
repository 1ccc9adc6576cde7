package suite_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/suite"
)

// TestIllTypedPackages runs every pass, as gopls and golangci-lint may
// run them, on packages that do not type-check in many ways (undefined
// names and types, wrong arguments and counts, syntax errors, misused
// type parameters, cycles, duplicate declarations, a missing import)
// and on a package that imports some of them: no pass may panic or
// fail, and the package that type-checks keeps its findings.
func TestIllTypedPackages(t *testing.T) {
	pkgs := passtest.Load(t, "broken/...")
	for _, p := range pkgs {
		if broken := len(p.Errors) > 0 || len(p.TypeErrors) > 0; broken == (p.PkgPath == "broken/importer") {
			t.Errorf("%s: type-checks %v, want %v", p.PkgPath, !broken, p.PkgPath == "broken/importer")
		}
	}
	res, err := checker.Analyze(passtest.DespiteErrors(suite.Analyzers()...), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range res.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%s:%d: %s/%s", filepath.Base(posn.Filename), posn.Line, act.Analyzer.Name, d.Category))
		}
	}
	// What the syntax shows in the packages that do not type-check,
	// and the finding of the one that does.
	want := []string{
		"badimport.go:13: atlorigin/api-url",
		"importer.go:17: useragent/default",
		"syntax.go:10: atlorigin/api-url",
		"undefined.go:39: atlorigin/api-url",
		"undefined.go:43: secrets/credential-name",
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
