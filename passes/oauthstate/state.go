package oauthstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
)

// Where a state value comes from decides whether an attacker can know
// it in advance: a constant is known, math/rand, the time, a counter
// or the user's own ID can be guessed, crypto/rand cannot. The flow
// analysis follows the value to its parts (flow.Result.Provenance);
// what is left here maps its calls back to syntax.

// syntaxArg returns the expression of argument i (counted as callArgs
// counts) in syn, the call's syntax, or nil: a receiver before the dot
// or a bound receiver has none, nor has an argument packed into a
// variadic slice after the first.
func syntaxArg(c *ssa.CallCommon, syn *ast.CallExpr, i int) ast.Expr {
	if syn == nil {
		return nil
	}
	j := i - flow.RecvOffset(c)
	if j < 0 || j >= len(syn.Args) {
		return nil
	}
	return syn.Args[j]
}

func structPointee(t types.Type) (*types.Struct, bool) {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	return st, ok
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isUserIDField reports whether field name of the struct that t is (or
// points to) is a user ID (see atlassian.IsUserIDField).
func isUserIDField(t types.Type, name string) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	typeName := ""
	if n, ok := types.Unalias(t).(*types.Named); ok {
		typeName = n.Obj().Name()
	}
	return atlassian.IsUserIDField(typeName, name)
}
