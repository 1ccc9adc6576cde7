package stores

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/flow/flowtest"
)

// A loaded is a type-checked snippet and its index.
type loaded struct {
	pkg   *types.Package
	info  *types.Info
	file  *ast.File
	index *Index
}

func load(t *testing.T, src string) *loaded {
	t.Helper()
	c := flowtest.Check(t, "p", src, nil)
	return &loaded{c.Pkg, c.Info, c.File, New(c.Pkg, c.Info, inspector.New([]*ast.File{c.File}))}
}

// sinkArgs returns the argument of every call of the function named
// sink, in source order.
func (l *loaded) sinkArgs() []ast.Expr {
	var args []ast.Expr
	ast.Inspect(l.file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "sink" && len(call.Args) == 1 {
				args = append(args, call.Args[0])
			}
		}
		return true
	})
	return args
}

// read returns the field read that the only call of sink is given.
func (l *loaded) read(t *testing.T) *ast.SelectorExpr {
	t.Helper()
	args := l.sinkArgs()
	if len(args) != 1 {
		t.Fatalf("want one call of sink, have %d", len(args))
	}
	sel, ok := args[0].(*ast.SelectorExpr)
	if !ok {
		t.Fatalf("sink's argument %s is not a field read", types.ExprString(args[0]))
	}
	return sel
}

// lookup returns the object named name in the package scope, or in
// the scope of the function fn when fn is not empty.
func (l *loaded) lookup(t *testing.T, fn, name string) types.Object {
	t.Helper()
	scope := l.pkg.Scope()
	if fn != "" {
		scope = l.pkg.Scope().Lookup(fn).(*types.Func).Scope()
	}
	obj := scope.Lookup(name)
	if obj == nil {
		t.Fatalf("no %s in %q", name, fn)
	}
	return obj
}

func (l *loaded) field(t *testing.T, typ, name string) *types.Var {
	t.Helper()
	st := l.pkg.Scope().Lookup(typ).Type().Underlying().(*types.Struct)
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return st.Field(i)
		}
	}
	t.Fatalf("%s has no field %s", typ, name)
	return nil
}

// describe prints stores as "value", "value[result]" and
// "value (handed out)", sorted.
func describe(sts []Store) []string {
	var out []string
	for _, st := range sts {
		s := types.ExprString(st.Value)
		if st.Result >= 0 {
			s += fmt.Sprintf("[%d]", st.Result)
		}
		if st.HandedOut {
			s += " (handed out)"
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

const config = `
type Config struct{ Token string }

func sink(string) {}
`

func TestFieldRead(t *testing.T) {
	for _, test := range []struct {
		name            string
		src             string
		want            []string
		objectSensitive bool
	}{
		{
			name: "parameter bound by its only call",
			src: `
func use(c *Config) { sink(c.Token) }
func run() { use(&Config{Token: "sent"}) }
func template() *Config { return &Config{Token: "template"} }`,
			want:            []string{`"sent"`},
			objectSensitive: true,
		},
		{
			name: "stores through the variable and an alias",
			src: `
func run() {
	c := &Config{}
	d := c
	d.Token = "through alias"
	c.Token = "direct"
	sink(c.Token)
	other := Config{Token: "other object"}
	_ = other
}`,
			want:            []string{`"direct"`, `"through alias"`},
			objectSensitive: true,
		},
		{
			name: "store through a helper's parameter",
			src: `
func fill(c *Config) { c.Token = "filled" }
func run() {
	var c Config
	fill(&c)
	sink(c.Token)
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"filled"`},
			objectSensitive: true,
		},
		{
			name: "the result of a helper",
			src: `
func newConfig() *Config { return &Config{Token: "made"} }
func run() {
	c := newConfig()
	sink(c.Token)
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"made"`},
			objectSensitive: true,
		},
		{
			name: "an element of a map",
			src: `
func run() {
	m := map[string]*Config{}
	m["a"] = &Config{Token: "element"}
	sink(m["a"].Token)
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"element"`},
			objectSensitive: true,
		},
		{
			name: "ranged over a slice literal",
			src: `
func run() {
	for _, c := range []Config{{Token: "first"}, {"second"}} {
		sink(c.Token)
	}
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"first"`, `"second"`},
			objectSensitive: true,
		},
		{
			name: "a function literal bound to a name",
			src: `
func run() {
	use := func(c *Config) { sink(c.Token) }
	use(&Config{Token: "literal's argument"})
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"literal's argument"`},
			objectSensitive: true,
		},
		{
			name: "a function used as a value falls back to every store",
			src: `
func use(c *Config) { sink(c.Token) }
func run() {
	f := use
	f(&Config{Token: "through a value"})
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"other object"`, `"through a value"`},
			objectSensitive: false,
		},
		{
			name: "a callback falls back to every store",
			src: `
func each(f func(*Config)) { f(&Config{Token: "called back"}) }
func run() {
	each(func(c *Config) { sink(c.Token) })
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"called back"`, `"other object"`},
			objectSensitive: false,
		},
		{
			name: "a pointer stored away falls back to every store",
			src: `
type holder struct{ c *Config }
func run(h *holder) {
	c := &Config{Token: "held"}
	h.c = c
	sink(c.Token)
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"held"`, `"other object"`},
			objectSensitive: false,
		},
		{
			name: "a field promoted through an embedded one falls back",
			src: `
type Outer struct{ Config }
func run() {
	o := Outer{Config{Token: "embedded"}}
	sink(o.Token)
	_ = Config{Token: "other object"}
}`,
			want:            []string{`"embedded"`, `"other object"`},
			objectSensitive: false,
		},
		{
			name: "an exported parameter sees the objects handed out",
			src: `
func Use(c *Config) { sink(c.Token) }
func New() *Config { return &Config{Token: "handed out"} }
func run() { Use(&Config{Token: "passed"}) }`,
			want:            []string{`"handed out" (handed out)`, `"passed"`},
			objectSensitive: true,
		},
	} {
		t.Run(test.name, func(t *testing.T) {
			l := load(t, "package p\n"+config+test.src)
			sts, objectSensitive := l.index.FieldRead(l.read(t))
			if got := describe(sts); !slices.Equal(got, test.want) || objectSensitive != test.objectSensitive {
				t.Errorf("FieldRead = %q, %v; want %q, %v", got, objectSensitive, test.want, test.objectSensitive)
			}
		})
	}
}

// TestFieldReadStepBound checks that a query that runs past its bound
// falls back to every store of the field, and that a short one of the
// same shape does not.
func TestFieldReadStepBound(t *testing.T) {
	chain := func(n int) string {
		var b strings.Builder
		b.WriteString("package p\n" + config + "func run() {\n\tv0 := &Config{Token: \"chained\"}\n")
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "\tv%d := v%d\n", i, i-1)
		}
		fmt.Fprintf(&b, "\tsink(v%d.Token)\n\t_ = Config{Token: \"other object\"}\n}\n", n)
		return b.String()
	}
	for _, test := range []struct {
		n               int
		want            []string
		objectSensitive bool
	}{
		{10, []string{`"chained"`}, true},
		{maxObjectSteps, []string{`"chained"`, `"other object"`}, false},
	} {
		l := load(t, chain(test.n))
		sts, objectSensitive := l.index.FieldRead(l.read(t))
		if got := describe(sts); !slices.Equal(got, test.want) || objectSensitive != test.objectSensitive {
			t.Errorf("chain of %d: FieldRead = %q, %v; want %q, %v", test.n, got, objectSensitive, test.want, test.objectSensitive)
		}
	}
}

func TestOf(t *testing.T) {
	l := load(t, `package p
`+config+`
var global = "declared"

func two() (string, error) { return "", nil }

func run() {
	global = "assigned"
	a, err := two()
	b, ok := any(a).(string)
	_, _, _ = err, b, ok
	_ = Config{Token: "keyed"}
	_ = Config{"positional"}
	var c Config
	c.Token = "through a variable"
}
`)
	for _, test := range []struct {
		obj  types.Object
		want []string
	}{
		{l.lookup(t, "", "global"), []string{`"assigned"`, `"declared"`}},
		{l.lookup(t, "run", "a"), []string{`two()[0]`}},
		{l.lookup(t, "run", "err"), []string{`two()[1]`}},
		{l.lookup(t, "run", "b"), []string{`any(a).(string)`}},
		{l.lookup(t, "run", "ok"), nil},
		{l.field(t, "Config", "Token"), []string{`"keyed"`, `"positional"`, `"through a variable"`}},
	} {
		if got := describe(l.index.Of(test.obj)); !slices.Equal(got, test.want) {
			t.Errorf("Of(%s) = %q, want %q", test.obj.Name(), got, test.want)
		}
	}
}

func TestConstDecl(t *testing.T) {
	l := load(t, `package p

const (
	a = "x" + b
	b = "y"
	c, d = 1, 2
)

const (
	e = iota
	f
)
`)
	for _, test := range []struct {
		name, want string
	}{
		{"a", `"x" + b`},
		{"b", `"y"`},
		{"d", "2"},
		{"e", "iota"},
		{"f", ""}, // implicit: repeated from the spec above
	} {
		e, ok := l.index.ConstDecl(l.lookup(t, "", test.name).(*types.Const))
		got := ""
		if ok {
			got = types.ExprString(e)
		}
		if got != test.want || ok != (test.want != "") {
			t.Errorf("ConstDecl(%s) = %q, %v; want %q", test.name, got, ok, test.want)
		}
	}
}

func TestParams(t *testing.T) {
	l := load(t, `package p
`+config+`
type T struct{}

func (t *T) method(a string) {}

func helper(a, _ string, b string) {}

func variadic(a string, rest ...string) {}

func run(t *T) {
	helper("a", "skipped", "b")
	t.method("m")
	(*T).method(t, "expr")
	variadic("first", "r1", "r2")
	lit := func(s string) {}
	lit("to the literal")
}
`)
	helper := l.lookup(t, "", "helper").(*types.Func)
	method := l.lookup(t, "", "T").(*types.TypeName).Type().(*types.Named).Method(0)
	b := helper.Signature().Params().At(2)
	if p, ok := l.index.ParamOf(b); !ok || p != (Param{Func: helper, Index: 2}) {
		t.Errorf("ParamOf(b) = %+v, %v; want helper's parameter 2", p, ok)
	}
	if p, ok := l.index.ParamOf(method.Signature().Recv()); !ok || p != (Param{Func: method, Index: -1}) {
		t.Errorf("ParamOf(t) = %+v, %v; want method's receiver", p, ok)
	}
	if _, ok := l.index.ParamOf(l.lookup(t, "run", "lit").(*types.Var)); ok {
		t.Errorf("a local variable is a parameter")
	}

	args := func(p Param) []string {
		var out []string
		for _, call := range l.index.Calls(p) {
			if a := l.index.Arg(call, p.Index); a != nil {
				out = append(out, types.ExprString(a))
			} else {
				out = append(out, "<none>")
			}
		}
		return out
	}
	for _, test := range []struct {
		p    Param
		want []string
	}{
		{Param{Func: helper, Index: 2}, []string{`"b"`}},
		// The receiver of a method expression's call is its first
		// argument, which Arg does not find yet: that call binds no
		// receiver, as the secrets pass has always had it.
		{Param{Func: method, Index: -1}, []string{"t", "<none>"}},
		{Param{Func: method, Index: 0}, []string{`"m"`, `"expr"`}},
		{Param{Func: l.lookup(t, "", "variadic").(*types.Func), Index: 0}, []string{`"first"`}},
		{Param{Func: l.lookup(t, "", "variadic").(*types.Func), Index: 1}, []string{"<none>"}},
	} {
		if got := args(test.p); !slices.Equal(got, test.want) {
			t.Errorf("arguments for %s's parameter %d = %q, want %q", test.p.Func.Name(), test.p.Index, got, test.want)
		}
	}

	litParam := l.lookup(t, "run", "lit").(*types.Var)
	var lit *ast.FuncLit
	for _, st := range l.index.Of(litParam) {
		lit, _ = st.Value.(*ast.FuncLit)
	}
	if lit == nil {
		t.Fatal("no function literal stored in lit")
	}
	if name := l.index.LitName(lit); name != "lit" {
		t.Errorf("LitName = %q, want lit", name)
	}
	if got := args(Param{Lit: lit, Index: 0}); !slices.Equal(got, []string{`"to the literal"`}) {
		t.Errorf("arguments for the literal's parameter = %q", got)
	}
	if l.index.Decl(helper) == nil || l.index.Decl(helper).Name.Name != "helper" {
		t.Errorf("Decl(helper) = %v", l.index.Decl(helper))
	}
}

func TestConstant(t *testing.T) {
	l := load(t, `package p

func sink(any) {}

func two() (string, int) { return "", 0 }

var global = "always"

func run(param string) {
	same := "name"
	if param != "" {
		same = "name"
	}
	differs := "one"
	differs = "two"
	fromCall, _ := two()
	var zero string
	n := 1
	n = 1.0
	sink("literal")
	sink(same)
	sink(differs)
	sink(fromCall)
	sink(zero)
	sink(param)
	sink(global)
	sink(n)
}
`)
	want := []string{`"literal"`, `"name"`, "", "", "", "", `"always"`, "1"}
	args := l.sinkArgs()
	if len(args) != len(want) {
		t.Fatalf("have %d calls of sink, want %d", len(args), len(want))
	}
	for i, arg := range args {
		got := ""
		if v := l.index.Constant(arg); v != nil {
			got = v.ExactString()
		}
		if got != want[i] {
			t.Errorf("Constant(%s) = %q, want %q", types.ExprString(arg), got, want[i])
		}
	}
}

func TestReturns(t *testing.T) {
	l := load(t, `package p

func two() (string, error) { return "", nil }

func f(x int) (s string, err error) {
	switch x {
	case 0:
		return "zero", nil
	case 1:
		return two()
	case 2:
		g := func() (string, error) { return "literal's own", nil }
		return g()
	case 3:
		s = "named"
		return
	}
	return ("last"), err
}
`)
	body := l.index.Decl(l.lookup(t, "", "f").(*types.Func)).Body
	returns := func(index, stopAfter int) []string {
		var out []string
		for st := range Returns(body, 2, index) {
			switch {
			case st.Value == nil:
				out = append(out, "bare")
			case st.Result >= 0:
				out = append(out, fmt.Sprintf("%s[%d]", types.ExprString(st.Value), st.Result))
			default:
				out = append(out, types.ExprString(st.Value))
			}
			if len(out) == stopAfter {
				break
			}
		}
		return out
	}
	for _, test := range []struct {
		index, stopAfter int
		want             []string
	}{
		{0, -1, []string{`"zero"`, "two()[0]", "g()[0]", "bare", `("last")`}},
		{1, -1, []string{"nil", "two()[1]", "g()[1]", "bare", "err"}},
		{0, 2, []string{`"zero"`, "two()[0]"}},
		{2, -1, nil},
	} {
		if got := returns(test.index, test.stopAfter); !slices.Equal(got, test.want) {
			t.Errorf("Returns(f, 2, %d), stopping after %d = %q, want %q", test.index, test.stopAfter, got, test.want)
		}
	}
}
