package oauthstate

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
)

// checkRedirectURLs reports an oauth2.Config for an Atlassian or
// Bitbucket authorization server whose RedirectURL is plain http to a
// host that is not loopback.
func (c *checker) checkRedirectURLs() {
	for _, s := range c.res.FieldStores("golang.org/x/oauth2", "Config", "RedirectURL") {
		if urls, _ := c.authorizeAlternatives(c.res.ConfigField(s.Object, flow.PathAuthURL)); len(urls) == 0 {
			continue
		}
		expr := c.storedExpr(s.Pos)
		if expr == nil {
			continue
		}
		if p, ok := s.Val.(*ssa.Parameter); ok {
			// A constructor's parameter: judge what its callers pass.
			fn := p.Parent()
			i := slices.Index(fn.Params, p)
			for _, call := range c.res.Callers(fn) {
				syn := c.res.SyntaxCall(call)
				j := i
				if fn.Signature.Recv() != nil {
					j--
				}
				if syn == nil || i < 0 || i >= len(call.Common().Args) || j < 0 || j >= len(syn.Args) {
					continue
				}
				c.checkRedirectValue(c.res.Eval(call.Common().Args[i]), syn.Args[j])
			}
			continue
		}
		c.checkRedirectValue(c.res.Eval(s.Val), expr)
	}
}

// storedExpr returns the expression stored by the store at pos: the
// value of a composite literal's field, or of x.f = v.
func (c *checker) storedExpr(pos token.Pos) ast.Expr {
	if kv, ok := c.kvByColon[pos]; ok {
		return kv.Value
	}
	return c.assignBySel[pos]
}

// checkRedirectValue reports an insecure redirect URI among ss, at
// the literal expr is or names.
func (c *checker) checkRedirectValue(ss flow.Strs, expr ast.Expr) {
	for _, s := range ss {
		u := flow.ParseURL(s)
		if !insecure(u) {
			continue
		}
		lit := c.literalOf(expr, "http://")
		if lit != nil {
			c.reportInsecureRedirect(lit.Pos(), lit.End(), u)
		} else {
			c.reportInsecureRedirect(expr.Pos(), expr.End(), u)
		}
		return
	}
}

// literalOf returns the string literal that expr is, that the constant
// or package variable expr names is declared with, or the literal in
// expr that contains text.
func (c *checker) literalOf(expr ast.Expr, text string) *ast.BasicLit {
	switch e := ast.Unparen(expr).(type) {
	case *ast.BasicLit:
		return e
	case *ast.Ident:
		obj := c.pass.TypesInfo.ObjectOf(e)
		if obj == nil || obj.Pkg() != c.pass.Pkg {
			return nil
		}
		for _, f := range c.pass.Files {
			for _, decl := range f.Decls {
				gen, ok := decl.(*ast.GenDecl)
				if !ok {
					continue
				}
				for _, spec := range gen.Specs {
					vs, ok := spec.(*ast.ValueSpec)
					if !ok || len(vs.Names) != len(vs.Values) {
						continue
					}
					for i, name := range vs.Names {
						if c.pass.TypesInfo.Defs[name] == obj {
							return c.literalOf(vs.Values[i], text)
						}
					}
				}
			}
		}
	default:
		var found *ast.BasicLit
		ast.Inspect(expr, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && found == nil && strings.Contains(lit.Value, text) {
				found = lit
			}
			return found == nil
		})
		return found
	}
	return nil
}
