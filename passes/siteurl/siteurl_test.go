package siteurl_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/siteurl"
)

func TestBearerHeader(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "bearerheader")
}

func TestOAuthClient(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "oauthclient")
}

func TestBranches(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "branches")
}

func TestViaHelpers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "viahelpers", "usessiteclient")
}

func TestConnect(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "connect", "connectlib", "connectdep", "connectliteral")
}

func TestDataCenter(t *testing.T) {
	a := siteurl.New(siteurl.Config{DataCenter: []string{"jira.example.com", "https://issues.jira.com/"}})
	analysistest.Run(t, analysistest.TestData(), a, "datacenter")
}

func TestDataCenterFlag(t *testing.T) {
	a := siteurl.New(siteurl.DefaultConfig())
	if err := a.Flags.Set("datacenter", "jira.example.com, issues.jira.com"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "datacenter")
}

func TestGoJira(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "gojira")
}

func TestInsecureScheme(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), siteurl.Analyzer, "insecure")
}

func TestGenerated(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "generated")
}

// TestTypeError checks that a package that does not type-check is
// analysed without a crash: what the syntax alone shows is reported,
// nothing that needs the flow analysis.
func TestTypeError(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "typeerror")
}

func TestGenerics(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "generics")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }
