package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Calls as the knowledge tables describe them: the function or method
// called, and its arguments with the receiver first, however the call
// is written (a method call, a method expression, a bound method
// value, an interface call).

// CalleeObj returns the function or method a call calls, its generic
// origin for an instance, or nil for a call of a function value.
func CalleeObj(c *ssa.CallCommon) *types.Func {
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

func calleeObj(c *ssa.CallCommon) *types.Func { return CalleeObj(c) }

// CallArgs returns the arguments of a call, the receiver first when
// the callee is a method: a static method call or a method expression
// ((*oauth2.Config).AuthCodeURL(conf, s)) already has it first, a call
// of a bound method value (f := conf.AuthCodeURL; f(s)) has it in the
// closure's binding, an interface call in the call's Value.
func CallArgs(c *ssa.CallCommon) []ssa.Value {
	if c.IsInvoke() {
		return append([]ssa.Value{c.Value}, c.Args...)
	}
	if mc, ok := c.Value.(*ssa.MakeClosure); ok && len(mc.Bindings) == 1 {
		if fn, ok := mc.Fn.(*ssa.Function); ok && fn.Signature.Recv() == nil {
			// A bound method wrapper is the only closure whose
			// object is a method.
			if obj, ok := fn.Object().(*types.Func); ok && obj.Signature().Recv() != nil {
				return append([]ssa.Value{mc.Bindings[0]}, c.Args...)
			}
		}
	}
	return c.Args
}

// MethodArgs returns the receiver-first arguments of a call of the
// method obj (see CallArgs), or nil when the call does not have the
// method's shape: the wrong number of arguments, or no receiver.
func MethodArgs(c *ssa.CallCommon, obj *types.Func) []ssa.Value {
	if c == nil || obj == nil {
		return nil
	}
	sig := obj.Signature()
	args := CallArgs(c)
	if sig.Recv() == nil || len(args) != sig.Params().Len()+1 {
		return nil
	}
	return args
}

// RecvOffset is how many of CallArgs(c) come before the call's
// syntactic arguments: 1 when the receiver is written before the dot
// (x.M(a)), bound in a method value (f := x.M; f(a)) or called through
// an interface; 0 for a function or a method expression (T.M(x, a)).
func RecvOffset(c *ssa.CallCommon) int {
	if c.IsInvoke() {
		return 1
	}
	switch v := c.Value.(type) {
	case *ssa.Function:
		if v.Signature.Recv() != nil {
			return 1
		}
	case *ssa.MakeClosure:
		return len(CallArgs(c)) - len(c.Args)
	}
	return 0
}

// tableKey returns the package path, receiver type name ("" for a
// function) and name by which the knowledge tables know obj.
func tableKey(obj *types.Func) (pkg, recv, name string, ok bool) {
	if obj == nil || obj.Pkg() == nil {
		return "", "", "", false
	}
	if rv := obj.Signature().Recv(); rv != nil {
		if recv = namedTypeName(rv.Type()); recv == "" {
			return "", "", "", false
		}
	}
	return obj.Pkg().Path(), recv, obj.Name(), true
}

// globalKey returns the package path and name of the package variable
// v holds the address of, or loads through a pointer.
func globalKey(v ssa.Value) (pkg, name string, ok bool) {
	if load, isLoad := v.(*ssa.UnOp); isLoad && load.Op == token.MUL {
		v = load.X
	}
	g, isGlobal := v.(*ssa.Global)
	if !isGlobal || g.Pkg == nil {
		return "", "", false
	}
	return g.Pkg.Pkg.Path(), g.Name(), true
}

// oauthClientMaker returns what the knowledge table says of obj when it
// makes an OAuth 2.0 HTTP client (oauth2.NewClient, Config.Client).
func oauthClientMaker(obj *types.Func) (atlassian.OAuthClientMaker, bool) {
	pkg, recv, name, ok := tableKey(obj)
	if !ok {
		return atlassian.OAuthClientMaker{}, false
	}
	return atlassian.LookupOAuthClientMaker(pkg, recv, name)
}

// setsBearerHeader reports whether obj puts a bearer token on the
// request it is given ((*oauth2.Token).SetAuthHeader).
func setsBearerHeader(obj *types.Func) bool {
	pkg, recv, name, ok := tableKey(obj)
	return ok && recv != "" && atlassian.SetsBearerHeader(pkg, recv, name)
}

// isBearerTransport reports whether t is, or points to, a transport
// type that adds a bearer token (oauth2.Transport).
func isBearerTransport(t types.Type) bool {
	pkg, name, ok := funcs.NamedType(t)
	if !ok {
		return false
	}
	_, ok = atlassian.BearerTransportBase(pkg, name)
	return ok
}

// AuthOptionTakerOf returns what the knowledge table says of obj when it
// takes AuthCodeURL options (AuthCodeURL, Exchange).
func AuthOptionTakerOf(obj *types.Func) (atlassian.AuthOptionTaker, bool) {
	pkg, recv, name, ok := tableKey(obj)
	if !ok {
		return atlassian.AuthOptionTaker{}, false
	}
	return atlassian.LookupAuthOptionTaker(pkg, recv, name)
}

// CodeExchangeOf returns what the knowledge table says of obj when it
// exchanges an authorization code for tokens.
func CodeExchangeOf(obj *types.Func) (atlassian.CodeExchange, bool) {
	pkg, recv, name, ok := tableKey(obj)
	if !ok {
		return atlassian.CodeExchange{}, false
	}
	return atlassian.LookupCodeExchange(pkg, recv, name)
}

// IsConfigType reports whether t is, or points to, a configuration
// type whose URL fields flow follows (oauth2.Config, oauth2.Endpoint).
func IsConfigType(t types.Type) bool { return configPaths(t) != nil }
