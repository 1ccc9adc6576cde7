package suppress_test

import (
	"go/ast"
	"go/constant"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/suppress"
)

// finder stands for a pass: it is named like one and reports
// "finding <category>" at every call finding("<category>"), through
// the Reporter.
var finder = &analysis.Analyzer{
	Name: "useragent",
	Doc:  "reports finding(category) calls through a suppress.Reporter",
	Run: func(pass *analysis.Pass) (any, error) {
		r := suppress.New(pass, "useragent", []string{"default", "convention", "library"})
		r.Disable("library")
		defer r.Finish()
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "finding" {
					return true
				}
				category := constant.StringVal(pass.TypesInfo.Types[call.Args[0]].Value)
				r.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: category, Message: "finding " + category})
				return true
			})
		}
		return nil, nil
	},
}

func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), finder, "directives")
}

// TestDirectivesWithoutReadFile runs the directives as Bazel's nogo
// does, without Pass.ReadFile: whether a directive is alone on its
// line, and so covers the line below, is read from the syntax.
func TestDirectivesWithoutReadFile(t *testing.T) {
	noReadFile := *finder
	noReadFile.Run = func(pass *analysis.Pass) (any, error) {
		stripped := *pass
		stripped.ReadFile = nil
		return finder.Run(&stripped)
	}
	analysistest.Run(t, analysistest.TestData(), &noReadFile, "directives")
}
