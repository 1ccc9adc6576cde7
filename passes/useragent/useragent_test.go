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

func TestShapes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), useragent.Analyzer,
		"uaproduct", "uaviahelper", "uaviatransport", "uaclosures", "uagenerics", "uatestfile", "uagenerated")
}

func TestTypeError(t *testing.T) {
	passtest.TypeErrorSkipped(t, useragent.Analyzer, "uatypeerror")
	passtest.TypeErrorDespiteErrors(t, useragent.Analyzer, "uatypeerror")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }
