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

// callArgs returns a call's arguments, the receiver first for a method
// however it is called (see flow.CallArgs).
func callArgs(c *ssa.CallCommon) []ssa.Value { return flow.CallArgs(c) }

// recvOffset is how many of callArgs(c) come before the call's
// syntactic arguments: 1 when the receiver is written before the dot
// (x.M(a)), bound in a method value (f := x.M; f(a)) or called through
// an interface; 0 for a function or a method expression (T.M(x, a)).
func recvOffset(c *ssa.CallCommon) int {
	if c.IsInvoke() {
		return 1
	}
	switch v := c.Value.(type) {
	case *ssa.Function:
		if v.Signature.Recv() != nil {
			return 1
		}
	case *ssa.MakeClosure:
		return len(callArgs(c)) - len(c.Args)
	}
	return 0
}

// syntaxArg returns the expression of argument i (counted as callArgs
// counts) in syn, the call's syntax, or nil: a receiver before the dot
// or a bound receiver has none, nor has an argument packed into a
// variadic slice after the first.
func syntaxArg(c *ssa.CallCommon, syn *ast.CallExpr, i int) ast.Expr {
	if syn == nil {
		return nil
	}
	j := i - recvOffset(c)
	if j < 0 || j >= len(syn.Args) {
		return nil
	}
	return syn.Args[j]
}

func calleeObj(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if fn := c.StaticCallee(); fn != nil {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		if obj, ok := fn.Object().(*types.Func); ok {
			return obj
		}
	}
	return nil
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
