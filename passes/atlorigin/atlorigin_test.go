package atlorigin_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/atlorigin"
)

func TestAPIURL(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "apiurl")
}

func TestOAuthURL(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "oauthurl")
}

func TestMisspelled(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "misspelled")
}

func TestQueryValues(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "queryvalues")
}

func TestViaHelpers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "viahelpers")
}

func TestOtherPackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), atlorigin.Analyzer, "usesoriginlib")
}

func TestGenerated(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), atlorigin.Analyzer, "generated")
}

// TestTypeError checks that a package that does not type-check is
// analysed without a crash: what the syntax alone shows is reported,
// nothing that needs the flow analysis.
func TestTypeError(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), atlorigin.Analyzer, "typeerror")
}

func TestGenerics(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "generics")
}

func TestTestFile(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "testfile")
}

func TestDeclaredHosts(t *testing.T) {
	a := atlorigin.New(atlorigin.DefaultConfig())
	if err := a.Flags.Set("hosts", "jira.example.com"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "declared")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }
