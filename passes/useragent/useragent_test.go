package useragent_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/passes/useragent"
)

func TestDefault(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), useragent.Analyzer, "defaultua")
}
