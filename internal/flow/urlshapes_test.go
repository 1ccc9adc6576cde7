package flow_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
	"github.com/atlvet/atlvet/internal/passtest"
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
	analysistest.Run(t, passtest.TestData(t), probe, "optionsxpkg/...")
}

// queryProbe reports, for each url.Values literal, the complete URLs
// it becomes (flow.URLUses.OfQuery), and for each function that takes
// a url.Values, the URLs its summary says each such parameter becomes
// inside it; and every send, as probe does.
var queryProbe = &analysis.Analyzer{
	Name:     "queryprobe",
	Doc:      "reports where url.Values go",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res, release := flow.Use(pass)
		defer release()
		if !res.Relevant {
			return nil, nil
		}
		uses := res.URLUses()
		for cur := range res.Inspector().Root().Preorder((*ast.CompositeLit)(nil)) {
			lit := cur.Node().(*ast.CompositeLit)
			if !funcs.IsNamed(pass.TypesInfo.TypeOf(lit), "net/url", "Values") {
				continue
			}
			var ss flow.Strs
			for _, u := range uses.OfQuery(lit) {
				ss = append(ss, u.Values...)
			}
			pass.Reportf(lit.Pos(), "query: %s", render(ss))
		}
		for _, fn := range res.Functions() {
			for i, urls := range res.ParamURLs(fn) {
				if len(urls) > 0 {
					pass.Reportf(fn.Pos(), "param urls: %s %s", fn.Params[i].Name(), render(urls))
				}
			}
		}
		for _, send := range res.Sends() {
			pass.Reportf(send.Call.Pos(), "send: %s", describeSend(send.Requests, send.Clients))
		}
		return nil, nil
	},
}

// TestValuesIntoMethods: a url.Values filled in one package and handed
// to a method of another that puts it on a URL it sends itself (a
// request helper behind it, the base URL in a field of the receiver)
// goes where the method's summary (a fact) says.
func TestValuesIntoMethods(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), queryProbe, "valuesmethod/...")
}
