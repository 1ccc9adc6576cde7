// Package decls finds where the constants and variables of the package
// under analysis are declared, for passes that report or fix a value
// at its declaration rather than where it is used.
package decls

import (
	"go/ast"
	"go/types"
)

// Value returns the expression that obj, a constant or variable of
// files, is declared with, at package level or in a function, when its
// declaration gives one value per name; else nil.
func Value(info *types.Info, files []*ast.File, obj types.Object) ast.Expr {
	if obj == nil {
		return nil
	}
	for _, f := range files {
		if obj.Pos() < f.FileStart || obj.Pos() > f.FileEnd {
			continue
		}
		var found ast.Expr
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, name := range vs.Names {
				if info.Defs[name] == obj && len(vs.Names) == len(vs.Values) {
					found = vs.Values[i]
				}
			}
			return false
		})
		return found
	}
	return nil
}
