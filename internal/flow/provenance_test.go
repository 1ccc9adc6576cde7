package flow_test

import (
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// provProbe reports what the flow analysis knows a value is made of:
// for every call show(x) of the package, x's Provenance.
var provProbe = &analysis.Analyzer{
	Name:     "provprobe",
	Doc:      "reports the flow analysis' provenance of show's argument",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res, release := flow.Use(pass)
		defer release()
		for cur := range res.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn := funcs.Callee(pass.TypesInfo, call)
			if fn == nil || fn.Pkg() != pass.Pkg || fn.Name() != "show" || len(call.Args) != 1 {
				continue
			}
			instr, _ := res.CallAt(call)
			if instr == nil {
				pass.Reportf(call.Pos(), "prov: no flow analysis")
				continue
			}
			p := res.Provenance(instr.Common().Args[0])
			desc := [...]string{"unknown", "constant", "guessable", "random"}[p.Kind]
			if len(p.Reasons) > 0 {
				desc += " (" + strings.Join(p.Reasons, ", ") + ")"
			}
			pass.Reportf(call.Pos(), "prov: %s", desc)
		}
		return nil, nil
	},
}

func TestProvenance(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), provProbe, "provenance", "provxpkg/...")
}
