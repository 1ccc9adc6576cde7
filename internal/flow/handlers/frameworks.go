package handlers

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A Framework describes how a web framework hands an incoming request
// to its handlers. This is knowledge of the web, not of Atlassian, so
// it lives here rather than in internal/atlassian.
type Framework struct {
	// Module is the path prefix of the framework's packages, every
	// major version included; "" for the standard library.
	Module string
	// Pkg and Type name the type a handler receives the request
	// through: *http.Request, gin's *Context, echo's Context, fiber's
	// *Ctx.
	Pkg, Type string
	// Readers are Type's methods that read a query or form value of
	// the request by key, the key their first argument.
	Readers []string
}

// Frameworks are the frameworks whose handlers are known. chi and
// gorilla/mux hand their handlers a plain *http.Request.
var Frameworks = []Framework{
	{"", "net/http", "Request", []string{"FormValue", "PostFormValue"}},
	{"github.com/gin-gonic/gin", "github.com/gin-gonic/gin", "Context", []string{"Query", "DefaultQuery", "GetQuery", "PostForm", "DefaultPostForm", "GetPostForm"}},
	{"github.com/labstack/echo", "github.com/labstack/echo/v4", "Context", []string{"QueryParam", "FormValue"}},
	{"github.com/labstack/echo", "github.com/labstack/echo", "Context", []string{"QueryParam", "FormValue"}},
	{"github.com/gofiber/fiber", "github.com/gofiber/fiber/v2", "Ctx", []string{"Query", "FormValue"}},
}

// IsRequest reports whether t carries an incoming request: it is (a
// pointer to) a Framework's request type.
func IsRequest(t types.Type) bool {
	for _, f := range Frameworks {
		if funcs.IsNamed(t, f.Pkg, f.Type) {
			return true
		}
	}
	return false
}

// InFramework reports whether pkg belongs to a framework other than
// the standard library.
func InFramework(pkg *types.Package) bool {
	path := pkg.Path()
	for _, f := range Frameworks {
		if f.Module != "" && (path == f.Module || strings.HasPrefix(path, f.Module+"/")) {
			return true
		}
	}
	return false
}

// Continues reports whether com runs the next handler of a chain: it
// calls a handler function it was given (next(w, r)), a ServeHTTP
// method (next.ServeHTTP(w, r)), or a Next method (gin's, echo's and
// fiber's c.Next()).
func Continues(com *ssa.CallCommon) bool {
	if com.IsInvoke() {
		return com.Method.Name() == "ServeHTTP"
	}
	if obj := flow.CalleeObj(com); obj != nil {
		return obj.Name() == "Next" && obj.Signature().Recv() != nil || obj.Name() == "ServeHTTP"
	}
	v := com.Value
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		v = u.X
	}
	switch v.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		return true // next(w, r)
	}
	return false
}

// ReturnsHandler reports whether sig returns a function or an
// http.Handler (anything with a ServeHTTP method): a wrapper or a
// middleware factory, not a registration.
func ReturnsHandler(sig *types.Signature) bool {
	for i := 0; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		if _, ok := t.Underlying().(*types.Signature); ok {
			return true
		}
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP"); obj != nil {
			return true
		}
	}
	return false
}
