package flow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestURLShapes: URLs built in the shapes of issue 12's item 6.
func TestURLShapes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "resolveref")
}

// TestValuesAcrossPackages: a url.Values filled in one package and put
// on a URL by a helper of another is part of the URL the helper
// returns, as its summary (a fact) says.
func TestValuesAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "valuesxpkg/...")
}

// TestOptionsAcrossPackages: AuthCodeURL options built by a helper of
// another package are known by its AuthOptionsSummary fact.
func TestOptionsAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "optionsxpkg/...")
}
