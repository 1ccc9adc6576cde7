package flow_test

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// originProbe reports, for each call origins(v), what v copies through
// channels and struct fields (see flow.Origins): each value evaluated,
// with the function that sent it.
var originProbe = &analysis.Analyzer{
	Name:     "originprobe",
	Doc:      "reports the flow analysis' origins of values",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res, release := flow.Use(pass)
		defer release()
		for cur := range res.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn := funcs.Callee(pass.TypesInfo, call)
			if fn == nil || fn.Name() != "origins" || len(call.Args) != 1 {
				continue
			}
			instr, _ := res.CallAt(call)
			if instr == nil {
				continue
			}
			arg := instr.Common().Args[0]
			switch a := arg.(type) {
			case *ssa.MakeInterface:
				arg = a.X
			case *ssa.ChangeInterface:
				arg = a.X
			}
			origins, ok := res.Origins(arg)
			switch {
			case !ok:
				pass.Reportf(call.Pos(), "origins: not a copy")
			case len(origins) == 0:
				pass.Reportf(call.Pos(), "origins: none")
			default:
				var descs []string
				for _, o := range origins {
					d := "?"
					if isString(o.Value.Type()) {
						d = render(res.Eval(o.Value))
						d = d[1 : len(d)-1]
					}
					if o.Via != nil {
						d += " via " + o.Via.Parent().Name()
					}
					descs = append(descs, d)
				}
				pass.Reportf(call.Pos(), "origins: %s", strings.Join(descs, ", "))
			}
		}
		return nil, nil
	},
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

func TestOrigins(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), originProbe, "channels")
}
