package handlers_test

import (
	"go/constant"
	"go/types"
	"slices"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/atlvet/atlvet/internal/flow/flowtest"
	"github.com/atlvet/atlvet/internal/flow/handlers"
	"github.com/atlvet/atlvet/internal/flow/paths"
)

// Small stand-ins for net/http, gin and a middleware package of another
// module, so that the test needs neither export data nor the network.
// Their functions have no bodies in SSA: they are code atlvet does not
// see, as the real ones are.
var deps = map[string]string{
	"net/url": `package url

type Values map[string][]string

func (v Values) Get(key string) string { return "" }

type URL struct{ RawQuery string }

func (u *URL) Query() Values { return nil }
`,
	"net/http": `package http

import "net/url"

type ResponseWriter interface{ Write([]byte) (int, error) }

type Request struct {
	Method   string
	URL      *url.URL
	Form     url.Values
	PostForm url.Values
}

func (r *Request) FormValue(key string) string { return "" }

type Handler interface{ ServeHTTP(ResponseWriter, *Request) }

type HandlerFunc func(ResponseWriter, *Request)

func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) { f(w, r) }

type ServeMux struct{}

func (m *ServeMux) Handle(pattern string, h Handler) {}

func (m *ServeMux) HandleFunc(pattern string, h func(ResponseWriter, *Request)) {}

func StripPrefix(prefix string, h Handler) Handler { return h }
`,
	"github.com/gin-gonic/gin": `package gin

type Context struct{ Keys map[string]any }

func (c *Context) Next() {}

func (c *Context) AbortWithStatus(code int) {}

func (c *Context) Query(key string) string { return "" }

type HandlerFunc func(*Context)

type RouterGroup struct{}

func (g *RouterGroup) Use(h ...HandlerFunc) {}

func (g *RouterGroup) Group(path string, h ...HandlerFunc) *RouterGroup { return g }

func (g *RouterGroup) GET(path string, h ...HandlerFunc) {}

type Engine struct{ RouterGroup }
`,
	"example.com/mw": `package mw

import "net/http"

// RequireState is middleware that checks (the test's Guard says so,
// as a fact would).
func RequireState(next http.Handler) http.Handler { return next }

// Logging is middleware that does not check.
func Logging(next http.Handler) http.Handler { return next }
`,
}

// The program registers each handler in one way; verified and
// verifiedGin are the check the test's Guard knows.
const src = `package p

import (
	"net/http"
	"net/url"

	"example.com/mw"
	"github.com/gin-gonic/gin"
)

func verified(r *http.Request) bool    { return r.Method == "GET" }
func verifiedGin(c *gin.Context) bool  { return c.Query("state") != "" }
func exchange(r *http.Request)         {}
func exchangeGin(c *gin.Context)       {}
func logf(string)                      {}

func bare(w http.ResponseWriter, r *http.Request)     { exchange(r) }
func wrapped(w http.ResponseWriter, r *http.Request)  { exchange(r) }
func leaky(w http.ResponseWriter, r *http.Request)    { exchange(r) }
func stripped(w http.ResponseWriter, r *http.Request) { exchange(r) }
func external(w http.ResponseWriter, r *http.Request) { exchange(r) }
func logged(w http.ResponseWriter, r *http.Request)   { exchange(r) }

// requireState calls next only once the request is verified.
func requireState(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !verified(r) {
			return
		}
		next.ServeHTTP(w, r)
	})
}

// leakyState logs a failed check and calls next anyway.
func leakyState(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !verified(r) {
			logf("state mismatch")
		}
		next.ServeHTTP(w, r)
	})
}

// funcState takes and calls a plain function: next(w, r).
func funcState(next func(http.ResponseWriter, *http.Request)) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		if verified(r) {
			next(w, r)
		}
	}
}

func viaFunc(w http.ResponseWriter, r *http.Request) { exchange(r) }

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/bare", bare)
	mux.Handle("/wrapped", requireState(http.HandlerFunc(wrapped)))
	mux.Handle("/leaky", leakyState(http.HandlerFunc(leaky)))
	mux.Handle("/stripped", requireState(http.StripPrefix("/x", http.HandlerFunc(stripped))))
	mux.Handle("/external", mw.RequireState(http.HandlerFunc(external)))
	mux.Handle("/logged", mw.Logging(http.HandlerFunc(logged)))
	mux.HandleFunc("/func", funcState(viaFunc))
}

func ginVerify(c *gin.Context) {
	if !verifiedGin(c) {
		c.AbortWithStatus(403)
		return
	}
	c.Next()
}

func ginBare(c *gin.Context)    { exchangeGin(c) }
func ginChained(c *gin.Context) { exchangeGin(c) }
func ginGrouped(c *gin.Context) { exchangeGin(c) }
func ginUsed(c *gin.Context)    { exchangeGin(c) }
func ginAfter(c *gin.Context)   { exchangeGin(c) }
func ginOther(c *gin.Context)   { exchangeGin(c) }
func ginSibling(c *gin.Context) { exchangeGin(c) }

func ginRoutes(r *gin.Engine) {
	r.GET("/bare", ginBare)
	r.GET("/chained", ginVerify, ginChained)
	g := r.Group("/oauth", ginVerify)
	g.GET("/grouped", ginGrouped)
	r.GET("/after", ginAfter, ginVerify)
	o := r.Group("/other")
	o.GET("/cb", ginOther)
}

// Middleware attached with Use counts for the routers that share an
// ancestor with the one it is attached to: a sibling group's too.
func ginUseRoutes(r *gin.Engine) {
	u := r.Group("/used")
	u.Use(ginVerify)
	u.GET("/cb", ginUsed)
	s := r.Group("/sibling")
	s.GET("/cb", ginSibling)
}

// A closure that shares its parent's request.
func spawnsChecked(w http.ResponseWriter, r *http.Request) {
	if !verified(r) {
		return
	}
	go func() { exchange(r) }()
}

func spawnsUnchecked(w http.ResponseWriter, r *http.Request) {
	go func() { exchange(r) }()
}

// Helpers that get the request from their callers.
func helperAllChecked(r *http.Request) { exchange(r) }
func helperOneUnchecked(r *http.Request) { exchange(r) }
func helperNoneChecked(r *http.Request) { exchange(r) }

func checkedCaller(w http.ResponseWriter, r *http.Request) {
	if !verified(r) {
		return
	}
	helperAllChecked(r)
	helperOneUnchecked(r)
}

func uncheckedCaller(w http.ResponseWriter, r *http.Request) {
	helperOneUnchecked(r)
	helperNoneChecked(r)
}

// Reads of a request's query and form, and near misses.
func reads(r *http.Request, c *gin.Context, v url.Values) {
	sink(r.FormValue("a"))
	sink(r.URL.Query().Get("b"))
	sink(r.Form.Get("c"))
	q := r.URL.Query()
	sink(q["d"][0])
	sink(c.Query("e"))
	sink(v.Get("f"))
	sink(r.Method)
}

func sink(string) {}

func otherUncheckedCaller(w http.ResponseWriter, r *http.Request) {
	helperNoneChecked(r)
}
`

// build type-checks the stand-ins and src and builds src's SSA.
func build(t *testing.T) (*ssa.Package, *program) {
	t.Helper()
	pkg, _ := flowtest.BuildSSA(t, "p", src, deps)
	p := &program{pkg: pkg}
	for fn := range ssautil.AllFunctions(pkg.Prog) {
		if fn.Pkg == pkg && fn.Synthetic == "" {
			p.funcs = append(p.funcs, fn)
		}
	}
	slices.SortFunc(p.funcs, func(a, b *ssa.Function) int { return int(a.Pos() - b.Pos()) })
	return pkg, p
}

// program is the handlers.Program of one package, as the flow analysis
// would answer for it.
type program struct {
	pkg   *ssa.Package
	funcs []*ssa.Function
}

func (p *program) Functions() []*ssa.Function { return p.funcs }

func (p *program) FuncOf(obj types.Object) *ssa.Function {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() != p.pkg.Pkg {
		return nil
	}
	return p.pkg.Prog.FuncValue(fn)
}

func (p *program) Callers(fn *ssa.Function) []*ssa.Call {
	var out []*ssa.Call
	for _, f := range p.funcs {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(*ssa.Call); ok && call.Common().StaticCallee() == fn {
					out = append(out, call)
				}
			}
		}
	}
	return out
}

// SliceElems returns what is stored into the array a variadic slice
// is made of.
func (p *program) SliceElems(v ssa.Value) []ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *arr.Referrers() {
		if ia, ok := ref.(*ssa.IndexAddr); ok {
			for _, ref2 := range *ia.Referrers() {
				if st, ok := ref2.(*ssa.Store); ok && st.Addr == ia {
					out = append(out, st.Val)
				}
			}
		}
	}
	return out
}

// guard is the test's check: a call of verified or verifiedGin that
// returned true. Of other packages, mw.RequireState is middleware that
// checks.
type guard struct{}

func isCheck(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	callee := call.Common().StaticCallee()
	return callee != nil && (callee.Name() == "verified" || callee.Name() == "verifiedGin")
}

func succeeded(b paths.Branch) bool {
	return paths.BranchImplies(b, func(v ssa.Value, o paths.Outcome) bool { return o == paths.True && isCheck(v) })
}

func (guard) Guards(fn *ssa.Function, at ssa.Instruction) bool {
	_, open := paths.FromEntry(at, succeeded, nil)
	return !open
}

func (guard) ChecksAnywhere(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if v, ok := instr.(ssa.Value); ok && isCheck(v) {
				return true
			}
		}
	}
	return false
}

func (guard) Known(pkg *types.Package) bool {
	return pkg.Path() == "net/http" || handlers.InFramework(pkg)
}

func (guard) Middleware(fn *types.Func) bool {
	return fn.Pkg().Path() == "example.com/mw" && fn.Name() == "RequireState"
}

func (guard) Checks(fn *types.Func) bool { return false }

func newChains(t *testing.T) (*handlers.Chains, *ssa.Package, *program) {
	pkg, p := build(t)
	return handlers.New(handlers.Config{Pkg: pkg.Pkg, Program: p, Guard: guard{}}), pkg, p
}

func fn(t *testing.T, pkg *ssa.Package, name string) *ssa.Function {
	t.Helper()
	f := pkg.Func(name)
	if f == nil {
		t.Fatalf("no function %s", name)
	}
	return f
}

// exchangeIn returns fn's call of exchange or exchangeGin, the point
// whose request is asked about.
func exchangeIn(t *testing.T, fn *ssa.Function) ssa.Instruction {
	t.Helper()
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				if callee := call.Common().StaticCallee(); callee != nil && (callee.Name() == "exchange" || callee.Name() == "exchangeGin") {
					return instr
				}
			}
		}
	}
	t.Fatalf("no exchange in %s", fn.Name())
	return nil
}

func calleeName(call ssa.CallInstruction) string {
	com := call.Common()
	if com.IsInvoke() {
		return com.Method.Name()
	}
	if callee := com.StaticCallee(); callee != nil {
		return callee.Name()
	}
	return "?"
}

func TestUsesAndWrapped(t *testing.T) {
	chains, pkg, _ := newChains(t)
	for _, tc := range []struct {
		handler string
		uses    []string // the callees of the calls that receive it
		before  int      // handlers ahead of it in its first use
		wrapped bool
	}{
		{"bare", []string{"HandleFunc"}, 0, false},
		{"wrapped", []string{"requireState"}, 0, true},
		{"leaky", []string{"leakyState"}, 0, false},
		{"stripped", []string{"StripPrefix"}, 0, true}, // rewrapped by requireState
		{"external", []string{"RequireState"}, 0, true},
		{"logged", []string{"Logging"}, 0, false},
		{"viaFunc", []string{"funcState"}, 0, true},
		{"ginBare", []string{"GET"}, 0, false},
		{"ginChained", []string{"GET"}, 1, true},
		{"ginGrouped", []string{"GET"}, 0, true},
		{"ginUsed", []string{"GET"}, 0, true},
		{"ginAfter", []string{"GET"}, 0, false},
		{"ginOther", []string{"GET"}, 0, false},
		{"ginSibling", []string{"GET"}, 0, true},
		// The middleware itself: attached with Use, it is on a
		// router that has it.
		{"ginVerify", []string{"GET", "Group", "GET", "Use"}, 0, true},
		{"exchange", nil, 0, false},
	} {
		t.Run(tc.handler, func(t *testing.T) {
			uses := chains.Uses(fn(t, pkg, tc.handler))
			var got []string
			for _, u := range uses {
				got = append(got, calleeName(u.Call))
			}
			if !slices.Equal(got, tc.uses) {
				t.Errorf("Uses: calls %v, want %v", got, tc.uses)
			}
			if len(uses) > 0 {
				// Before holds every argument ahead of the handler:
				// the receiver and the path, the handlers chained first.
				n := 0
				for _, v := range uses[0].Before {
					if _, ok := v.Type().Underlying().(*types.Signature); ok {
						n++
					}
				}
				if n != tc.before {
					t.Errorf("Uses: %d handlers before, want %d", n, tc.before)
				}
			}
			if got := chains.Wrapped(fn(t, pkg, tc.handler)); got != tc.wrapped {
				t.Errorf("Wrapped = %v, want %v", got, tc.wrapped)
			}
		})
	}
}

func TestGuardsNext(t *testing.T) {
	chains, pkg, _ := newChains(t)
	anon := func(name string) *ssa.Function {
		f := fn(t, pkg, name)
		if len(f.AnonFuncs) != 1 {
			t.Fatalf("%s has %d closures, want 1", name, len(f.AnonFuncs))
		}
		return f.AnonFuncs[0]
	}
	for _, tc := range []struct {
		name string
		fn   *ssa.Function
		want bool
	}{
		{"requireState's handler: next.ServeHTTP after the check", anon("requireState"), true},
		{"leakyState's handler: next.ServeHTTP on every path", anon("leakyState"), false},
		{"funcState's handler: next(w, r) when verified", anon("funcState"), true},
		{"ginVerify: c.Next after the check", fn(t, pkg, "ginVerify"), true},
		{"a handler without a check", fn(t, pkg, "bare"), false},
	} {
		if got := chains.GuardsNext(tc.fn); got != tc.want {
			t.Errorf("GuardsNext(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		factory string
		want    bool
	}{
		{"requireState", true},
		{"funcState", true},
		{"leakyState", false},
		{"routes", false},
	} {
		if got := chains.MakesGuard(fn(t, pkg, tc.factory)); got != tc.want {
			t.Errorf("MakesGuard(%s) = %v, want %v", tc.factory, got, tc.want)
		}
	}
}

func TestGuarded(t *testing.T) {
	chains, pkg, _ := newChains(t)
	closure := func(name string) *ssa.Function { return fn(t, pkg, name).AnonFuncs[0] }
	for _, tc := range []struct {
		name      string
		fn        *ssa.Function
		want      bool
		unguarded int // UnguardedCalls
	}{
		{"a handler registered bare", fn(t, pkg, "bare"), false, 0},
		{"a handler behind checking middleware", fn(t, pkg, "wrapped"), true, 0},
		{"a handler behind middleware that calls next anyway", fn(t, pkg, "leaky"), false, 0},
		{"a gin handler on a group using the check", fn(t, pkg, "ginUsed"), true, 0},
		{"a closure whose parent checks its request", closure("spawnsChecked"), true, 0},
		{"a closure whose parent does not", closure("spawnsUnchecked"), false, 0},
		{"a helper every caller checks for", fn(t, pkg, "helperAllChecked"), true, 0},
		{"a helper one caller of two checks for", fn(t, pkg, "helperOneUnchecked"), false, 1},
		{"a helper no caller checks for", fn(t, pkg, "helperNoneChecked"), false, 0},
	} {
		at := exchangeIn(t, tc.fn)
		if got := chains.Guarded(tc.fn, at); got != tc.want {
			t.Errorf("Guarded(%s) = %v, want %v", tc.name, got, tc.want)
		}
		if got := chains.UnguardedCalls(tc.fn, at); len(got) != tc.unguarded {
			t.Errorf("UnguardedCalls(%s) = %d calls, want %d", tc.name, len(got), tc.unguarded)
		}
	}
	// The unchecked call of helperOneUnchecked is uncheckedCaller's.
	if calls := chains.UnguardedCalls(fn(t, pkg, "helperOneUnchecked"), exchangeIn(t, fn(t, pkg, "helperOneUnchecked"))); len(calls) == 1 && calls[0].Parent().Name() != "uncheckedCaller" {
		t.Errorf("UnguardedCalls(helperOneUnchecked) is in %s, want uncheckedCaller", calls[0].Parent().Name())
	}
}

func TestFrameworks(t *testing.T) {
	_, pkg, _ := newChains(t)
	for _, tc := range []struct {
		fn   string
		want bool // its first parameter carries a request
	}{
		{"verified", true},    // *http.Request
		{"verifiedGin", true}, // *gin.Context
		{"logf", false},       // string
		{"requireState", false},
	} {
		if got := handlers.IsRequest(fn(t, pkg, tc.fn).Params[0].Type()); got != tc.want {
			t.Errorf("IsRequest(first parameter of %s) = %v, want %v", tc.fn, got, tc.want)
		}
	}
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"github.com/gin-gonic/gin", true},
		{"github.com/gin-gonic/gin/binding", true},
		{"github.com/labstack/echo/v4", true},
		{"github.com/gofiber/fiber/v3", true},
		{"github.com/gin-gonic/ginx", false},
		{"net/http", false}, // the standard library is not a framework's
		{"example.com/mw", false},
	} {
		if got := handlers.InFramework(types.NewPackage(tc.path, "x")); got != tc.want {
			t.Errorf("InFramework(%s) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

// TestContinues counts the calls of each function that run the next
// handler.
func TestContinues(t *testing.T) {
	_, pkg, _ := newChains(t)
	count := func(fn *ssa.Function) int {
		n := 0
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok && handlers.Continues(call.Common()) {
					n++
				}
			}
		}
		return n
	}
	for _, tc := range []struct {
		name string
		fn   *ssa.Function
		want int
	}{
		{"next.ServeHTTP(w, r)", fn(t, pkg, "requireState").AnonFuncs[0], 1},
		{"next(w, r)", fn(t, pkg, "funcState").AnonFuncs[0], 1},
		{"c.Next()", fn(t, pkg, "ginVerify"), 1},
		{"registrations and helpers", fn(t, pkg, "routes"), 0},
		{"a call of a package function", fn(t, pkg, "bare"), 0},
	} {
		if got := count(tc.fn); got != tc.want {
			t.Errorf("%s: %d calls continue, want %d", tc.name, got, tc.want)
		}
	}
}

func TestReadKey(t *testing.T) {
	_, pkg, _ := newChains(t)
	var got []string
	for _, b := range fn(t, pkg, "reads").Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || call.Common().StaticCallee() == nil || call.Common().StaticCallee().Name() != "sink" {
				continue
			}
			key := ""
			if k, ok := handlers.ReadKey(call.Common().Args[0]).(*ssa.Const); ok {
				key = constant.StringVal(k.Value)
			}
			got = append(got, key)
		}
	}
	// f: a url.Values that is not a request's; the method: no key.
	if want := []string{"a", "b", "c", "d", "e", "", ""}; !slices.Equal(got, want) {
		t.Errorf("ReadKey of the reads = %q, want %q", got, want)
	}
}
