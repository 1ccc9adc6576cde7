package paths

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Describe writes the branch as the condition that held, in source
// terms, for a message: "body != nil", or "body == nil" when it did
// not hold. It finds the condition's expression among files; failing
// that it names the line.
func Describe(fset *token.FileSet, files []*ast.File, b Branch) string {
	e := condExpr(files, b.Pos())
	if e == nil {
		word := "holds"
		if !b.Taken {
			word = "does not hold"
		}
		return fmt.Sprintf("the condition on line %d %s", fset.Position(b.Pos()).Line, word)
	}
	if b.Taken {
		return types.ExprString(e)
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if op := Negated(e.Op); op != token.ILLEGAL {
			return types.ExprString(&ast.BinaryExpr{X: e.X, Op: op, Y: e.Y})
		}
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return types.ExprString(e.X)
		}
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr:
		return "!" + types.ExprString(e)
	}
	return "!(" + types.ExprString(e) + ")"
}

// condExpr finds the expression an SSA condition at pos comes from:
// a comparison or logical operator at its operator, a call at its
// parenthesis, a name or selector where it starts, the comparison of a
// switch's tag with a case's expression where that expression starts.
func condExpr(files []*ast.File, pos token.Pos) ast.Expr {
	if !pos.IsValid() {
		return nil
	}
	var found ast.Expr
	var tag ast.Expr // of the innermost switch around pos
	for _, f := range files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || pos < n.Pos() || pos > n.End() {
				return false
			}
			switch n := n.(type) {
			case *ast.SwitchStmt:
				tag = n.Tag
			case *ast.CaseClause:
				for _, e := range n.List {
					if e.Pos() == pos && tag != nil {
						found = &ast.BinaryExpr{X: tag, Op: token.EQL, Y: e}
					}
				}
			case *ast.BinaryExpr:
				if n.OpPos == pos {
					found = n
				}
			case *ast.UnaryExpr:
				if n.OpPos == pos {
					found = n
				}
			case *ast.CallExpr:
				if n.Lparen == pos {
					found = n
				}
			case *ast.SelectorExpr:
				if n.Sel.Pos() == pos || n.Pos() == pos {
					found = n
				}
			case *ast.Ident:
				if n.Pos() == pos {
					found = n
				}
			}
			return found == nil
		})
	}
	if found != nil && strings.Contains(types.ExprString(found), "\n") {
		return nil
	}
	return found
}
