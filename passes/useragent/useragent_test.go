package useragent_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/useragent"
)

func TestDefault(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), useragent.Analyzer, "defaultua")
}

// TestRules checks each rule with its near misses: convention (with the
// lower-casing fix), library, inconsistent within a package and across
// packages (by facts), and suppression.
func TestRules(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), useragent.Analyzer,
		"uaconvention", "ualibrary", "uainconsistent", "uaidentity/...", "uasuppressed")
}

func TestRequiredIdentity(t *testing.T) {
	a := useragent.New(useragent.DefaultConfig())
	if err := a.Flags.Set("identity", "jira-acme-int"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "uarequired")
}

func TestDeclaredHosts(t *testing.T) {
	a := useragent.New(useragent.Config{Hosts: []string{"jira.example.com"}})
	analysistest.Run(t, analysistest.TestData(), a, "uahosts")
	// Without the declaration the host is nobody's.
	analysistest.Run(t, analysistest.TestData(), useragent.New(useragent.DefaultConfig()), "uahostsoff")
}

func TestShapes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), useragent.Analyzer,
		"uaproduct", "uaviahelper", "uaviatransport", "uaclosures", "uagenerics", "uatestfile", "uagenerated")
}

func TestTypeError(t *testing.T) {
	passtest.TypeError(t, useragent.Analyzer, "uatypeerror")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }
