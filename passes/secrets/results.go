package secrets

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow/stores"
)

// exportLiteralResults exports a literalResultFact for each exported
// function or method of the package's own non-test, non-generated files
// that returns, on every path, the same secret-looking literal as one
// of its results: cfg.Token() { return "Tz8-kQp3_Lm6nWv2Ys" }. A
// live-format token is left to atlassian-token, which reports it where
// it is written.
func (c *checker) exportLiteralResults(literals []*ast.BasicLit) {
	// Only bodies holding a secret-looking literal can return one: most
	// packages have none, and need no more work.
	var candidates []token.Pos
	for _, lit := range literals {
		if len(lit.Value) < minNamedSecret || strings.ContainsAny(lit.Value, " \t") {
			continue
		}
		if v, err := strconv.Unquote(lit.Value); err == nil && atlassian.LooksLikeSecret(v) {
			candidates = append(candidates, lit.Pos())
		}
	}
	if len(candidates) == 0 {
		return
	}
	info := c.pass.TypesInfo
	for name, f := range c.astFiles {
		if k := c.files[name]; k.test || k.generated {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() ||
				!slices.ContainsFunc(candidates, func(p token.Pos) bool { return fd.Body.Pos() <= p && p < fd.Body.End() }) {
				continue
			}
			fn, ok := info.Defs[fd.Name].(*types.Func)
			if !ok || !returnsString(fn) {
				continue
			}
			var fact literalResultFact
			for i := 0; i < fn.Signature().Results().Len(); i++ {
				if v, pos, ok := c.sameLiteralResult(fd.Body, fn.Signature().Results().Len(), i); ok && !atlassian.IsPlaceholder(v) && atlassian.LooksLikeSecret(v) && !liveWhole(v) {
					p := c.pass.Fset.Position(pos.Pos())
					fact.Results = append(fact.Results, literalResult{
						Index:    i,
						Redacted: atlassian.Redact(v),
						Where:    fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line),
					})
				}
			}
			if len(fact.Results) > 0 {
				c.pass.ExportObjectFact(fn, &fact)
			}
		}
	}
}

// returnsString reports whether one of fn's results is a string.
func returnsString(fn *types.Func) bool {
	res := fn.Signature().Results()
	for i := 0; i < res.Len(); i++ {
		if b, ok := res.At(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return true
		}
	}
	return false
}

// sameLiteralResult reports whether every return statement of body,
// that of a function with nres results, gives result i as the same
// string constant written in this package, and where the first one is.
func (c *checker) sameLiteralResult(body *ast.BlockStmt, nres, i int) (string, ast.Expr, bool) {
	var value string
	var first ast.Expr
	for st := range stores.Returns(body, nres, i) {
		if st.Value == nil || st.Result >= 0 {
			return "", nil, false // a bare return, or a call giving every result
		}
		v, isConst := stringConst(c.pass.TypesInfo, st.Value)
		if !isConst || !holdsLiteral(st.Value) || first != nil && v != value {
			return "", nil, false
		}
		if first == nil {
			value, first = v, st.Value
		}
	}
	return value, first, first != nil
}

// liveWhole reports whether v is, as a whole, a credential of a format
// whose check holds.
func liveWhole(v string) bool {
	for _, m := range atlassian.FindCredentials(v) {
		if m.ChecksumValid && m.Start == 0 && m.End == len(v) {
			return true
		}
	}
	return false
}

// importedLiteral reports the finding for result index of a call of
// fn, a function of another package whose fact says that result is a
// literal, reaching sink s as a secret.
func (t *tracer) importedLiteral(call *ast.CallExpr, fn *types.Func, index int, s sink) bool {
	var fact literalResultFact
	if fn.Pkg() == nil || fn.Pkg() == t.pass.Pkg || !t.pass.ImportObjectFact(fn, &fact) || !t.ordinary(call.Pos()) {
		return false
	}
	for _, r := range fact.Results {
		if r.Index != index {
			continue
		}
		t.add(finding{
			category: CategoryHardcodedCredential,
			node:     call,
			problem:  fmt.Sprintf("hard-coded credential %s, the literal %s returns (%s), reaches %s", r.Redacted, funcName(fn, true), r.Where, s.describe()),
			remedy:   fmt.Sprintf("have it read the credential at run time, e.g. with os.Getenv(%q)", s.Env),
			related:  t.related(call, s),
		})
		return true
	}
	return false
}
