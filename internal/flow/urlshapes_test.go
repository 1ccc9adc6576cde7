package flow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestURLShapes: URLs built in the shapes of issue 12's item 6.
func TestURLShapes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "resolveref")
}
