package identity_test

import (
	"fmt"
	"go/ast"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/identity"
)

// reporter shows what the identity analysis says of each package as a
// diagnostic at the package clause of its first file (by name, tests
// last), so that analysistest can check it beside the facts.
var reporter = &analysis.Analyzer{
	Name:     "identityreport",
	Doc:      "reports the identity of each package",
	Requires: []*analysis.Analyzer{identity.Analyzer},
	// As a pass that runs despite errors sees it.
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		r := identity.Of(pass)
		id, from := r.Sends(pass.Fset)
		if id == "" || strings.HasSuffix(pass.Pkg.Path(), ".test") { // not a test's generated main
			return nil, nil
		}
		files := slices.Clone(pass.Files)
		slices.SortFunc(files, func(a, b *ast.File) int {
			na, nb := pass.Fset.File(a.Package).Name(), pass.Fset.File(b.Package).Name()
			if ta, tb := strings.HasSuffix(na, "_test.go"), strings.HasSuffix(nb, "_test.go"); ta != tb {
				if ta {
					return 1
				}
				return -1
			}
			return strings.Compare(na, nb)
		})
		msg := fmt.Sprintf("sends %s, %s", id, from)
		if r.Exported != "" {
			msg += "; passes on " + r.Exported
		}
		pass.Reportf(files[0].Package, "%s", msg)
		return nil, nil
	},
}

// TestIdentity checks the identity of each package, and what it passes
// on to importers (its fact): from a package's own requests (not its tests', not a
// library's agent, not those to other hosts), from its imports before
// its own, passed on by a package that sends nothing, not passed on by
// a command, nor by a package that does not type-check.
func TestIdentity(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), reporter, "base", "svc", "app", "command", "caseonly", "testorder", "library", "typeerror")
}

// TestOtherModule: a library of another module does not impose its
// identity on the integration.
func TestOtherModule(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "modules", "app")
	analysistest.Run(t, dir, reporter, "./...")
}

func TestNormalize(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"jira-acme-int", "jira-acme-int", true},
		{" Jira-Acme-Int/1.0.0 ", "jira-acme-int", true},
		{"", "", true},
		{"jira acme", "", false},
		{"jira-int", "", false},
	} {
		got, ok := identity.Normalize(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSource(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"jira-acme-int", "acme"},
		{"atlassian-vs-code-int", "vs-code"},
		{"jira-int", ""},
		{"", ""},
	} {
		if got := identity.Source(tt.in); got != tt.want {
			t.Errorf("Source(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
