package flow

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Analyzer computes a *Result for every package. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "atlflow",
	Doc:        "shared value and request tracking for atlvet's passes",
	URL:        "https://pkg.go.dev/github.com/atlvet/atlvet/internal/flow",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Summary), new(OAuthSummary), new(ProvenanceSummary), new(AuthOptionsSummary), new(httpPackage), new(contextClient), new(textParams)},
	// A package that does not type-check gets an irrelevant Result
	// (SSA cannot be built for it), so that passes that run despite
	// errors can still look at its syntax.
	RunDespiteErrors: true,
}

// Import paths whose presence means a package may talk HTTP to
// Atlassian; the client libraries of internal/atlassian's tables too.
var httpImports = []string{
	"net/http",
	"golang.org/x/oauth2",
}

func importsClientLibrary(pkg *types.Package) bool {
	return slices.ContainsFunc(pkg.Imports(), func(imp *types.Package) bool { return atlassian.IsClientLibraryImport(imp.Path()) })
}

// Result is what the flow analysis knows about one package.
type Result struct {
	// Relevant is false for packages that neither import an HTTP or
	// OAuth package nor hold a string mentioning Atlassian; passes
	// that follow values or requests return at once for them.
	Relevant bool
	// Dependency: the package belongs to a module the user depends on,
	// which atlvet's own driver reads from export data only and go vet
	// analyses from source. No pass judges it or exports facts about it,
	// so that the two drivers agree.
	Dependency bool

	// mu serialises the passes that query one Result: queries
	// memoise as they go, and drivers run the passes of a package
	// concurrently. See Use.
	mu sync.Mutex

	pass *analysis.Pass
	insp *inspector.Inspector // see Inspector

	literals []*ast.BasicLit // see scanSyntax
	named    []NamedLiteral
	pkg      *ssa.Package
	funcs    []*ssa.Function // source functions, closures included, in source order

	calls       map[token.Pos]*ast.CallExpr // by Lparen, to map SSA calls back to source
	callInstrs  map[token.Pos]ssa.CallInstruction
	enclosing   map[*ast.CallExpr]*ssa.Function
	stores      map[fieldKey][]storeSite
	globalStore map[*ssa.Global][]storeSite
	callers     map[*ssa.Function][]*ssa.Call // outside _test.go files
	testCallers map[*ssa.Function][]*ssa.Call // in _test.go files
	// Set by scanOperands on first use: functions used as values, and
	// whether the package refers to oauth2.HTTPClient.
	escaping              map[*ssa.Function]bool
	mentionsHTTPClientKey bool
	// requestContextCalls: the package's calls, outside tests, of
	// (*http.Request).WithContext and Clone; see putsClientIntoRequests.
	requestContextCalls []*ssa.CallCommon
	requestsGetClient   progress
	requestsClient      bool
	summaries           map[*ssa.Function]*Summary
	evaluating          map[ssa.Value]bool
	memo                map[ssa.Value]Strs
	params              map[paramKey]Strs              // see paramValues
	deferred            map[*ssa.Function][]ClientSend // see clientSends
	texts               map[paramKey]bool              // see textParam
	sends               []*Send
	sendsDone           bool
	sites               []*Site
	sitesDone           bool
	oauth               *oauthIndex // built by the OAuth queries on first use
	provenance          *provIndex  // built by the provenance queries on first use
	libSites            []*LibClientSite
	libSitesDone        bool
	paramLibs           []*ParamLibClient
	paramLibsDone       bool
	libClients          map[*ssa.Call]*LibClient       // by the call that makes each
	agentParams         map[*ssa.Function][]ParamAgent // see paramAgents
	helperSendsOf       map[*ssa.Function][]HelperSend // see helperSends
	loadsOfField        map[fieldKey][]ssa.Value       // see indexLoads
	loadsOfGlobal       map[*ssa.Global][]ssa.Value
	// defaultTransportSet: the package assigns http.DefaultTransport
	// or the Transport of http.DefaultClient.
	defaultTransportSet bool
	sendsByChan         map[any][]chanSend // see channelIndex
	// optionsSummary is the function whose AuthOptionsSummary is being
	// made: its parameters stay parameters (see exportOptionFacts).
	optionsSummary *ssa.Function
}

type fieldKey struct {
	strct *types.Struct
	index int
}

type storeSite struct {
	val ssa.Value
	fn  *ssa.Function
	pos token.Pos
}

// Use returns the flow analysis of pass's package, locked for the
// caller until it calls release. A Result is not safe for concurrent
// use: its queries memoise what they learn, and a driver may run
// several passes of one package at once. A pass calls Use once at the
// start of its run and releases the Result when it returns.
func Use(pass *analysis.Pass) (res *Result, release func()) {
	res = pass.ResultOf[Analyzer].(*Result)
	res.mu.Lock()
	return res, res.mu.Unlock
}

func run(pass *analysis.Pass) (any, error) {
	r := &Result{pass: pass}
	r.scanSyntax(pass.Files)
	own := funcs.Imports(pass.Pkg, httpImports...) || importsClientLibrary(pass.Pkg) || slices.ContainsFunc(r.literals, func(lit *ast.BasicLit) bool {
		// A package that spells an Atlassian host or REST path may
		// build URLs for others to send.
		return mentionsAtlassian(lit.Value)
	})
	if own {
		pass.ExportPackageFact(&httpPackage{})
	}
	// A package can also send requests through the helpers of an
	// imported package, with its URL constants, without importing
	// net/http or spelling a URL itself.
	r.Relevant = own || importsHTTPPackage(pass) || makesIdentifiers(pass)
	r.Dependency = dependency(pass)
	if len(pass.TypeErrors) > 0 || atlassian.IsClientLibraryPackage(pass.Pkg.Path()) || oauth2Package(pass.Pkg.Path()) || r.Dependency {
		// A client library is known from the tables, not from its
		// source, under every driver (go vet analyses it, atlvet's own
		// driver reads only its export data). So is any other package
		// of a module the user depends on: facts go vet would compute
		// from its source (x/oauth2/jira's Config.Client seen as an
		// oauth2 client over a context nothing fills) would make the
		// two drivers disagree. golang.org/x/oauth2, modelled by name,
		// is one even where its packages come from source (tests'
		// stubs, a GOPATH).
		r.Relevant = false
	}
	if !r.Relevant {
		return r, nil
	}
	r.build()
	if funcs.Imports(pass.Pkg, "golang.org/x/oauth2") {
		if r.scanOperands(); r.mentionsHTTPClientKey {
			pass.ExportPackageFact(&contextClient{Requests: r.putsClientIntoRequests()})
		}
	}
	r.exportFacts()
	r.exportOAuthFacts()
	r.exportTextParams()
	r.exportProvenanceFacts()
	r.exportOptionFacts()
	return r, nil
}

// makesIdentifiers reports whether pass's package, one of the program's
// own rather than of the standard library, imports math/rand: a
// helper package that makes identifiers with it hands them to the
// packages that build OAuth states, which learn what they are made of
// from its ProvenanceSummary facts.
func makesIdentifiers(pass *analysis.Pass) bool {
	if !funcs.Imports(pass.Pkg, "math/rand", "math/rand/v2") || len(pass.Files) == 0 {
		return false
	}
	name := pass.Fset.File(pass.Files[0].FileStart).Name()
	return !strings.HasPrefix(filepath.ToSlash(name), filepath.ToSlash(filepath.Join(build.Default.GOROOT, "src"))+"/")
}

// httpPackage marks a package that is relevant by its own imports or
// strings, so that the packages importing it are analysed too. (Only
// direct importers: relevance does not climb the whole import graph.)
type httpPackage struct{}

func (*httpPackage) AFact()         {}
func (*httpPackage) String() string { return "talks HTTP" }

func importsHTTPPackage(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(httpPackage)) {
			return true
		}
	}
	return false
}

// scanSyntax walks the package's files once, for what every pass may
// want of a package before deciding to look closer: its string
// literals and the names given literal values. It walks the syntax
// itself rather than through an inspector: most packages are not
// relevant, and building an inspector for each of them (the standard
// library and every other dependency, which drivers analyse for facts)
// was most of what atlvet cost beside type checking.
func (r *Result) scanSyntax(files []*ast.File) {
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ImportSpec:
				return false // import paths are not values
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					r.literals = append(r.literals, n)
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) {
						r.addNamed(name.Name, n.Values[i])
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if i >= len(n.Rhs) {
						break
					}
					switch l := ast.Unparen(lhs).(type) {
					case *ast.Ident:
						r.addNamed(l.Name, n.Rhs[i])
					case *ast.SelectorExpr:
						r.addNamed(l.Sel.Name, n.Rhs[i])
					}
				}
			case *ast.KeyValueExpr:
				switch k := n.Key.(type) {
				case *ast.Ident:
					r.addNamed(k.Name, n.Value)
				case *ast.BasicLit:
					if k.Kind == token.STRING {
						r.addNamed(strings.Trim(k.Value, "\"`"), n.Value)
					}
				}
			}
			return true
		})
	}
}

// A NamedLiteral is a name given a value written with literals: a
// constant, variable, field or key and the string literal (or the
// literals joined by +) it is set to.
type NamedLiteral struct {
	Name  string
	Value ast.Expr
}

func (r *Result) addNamed(name string, value ast.Expr) {
	switch v := ast.Unparen(value).(type) {
	case *ast.BasicLit:
		if v.Kind != token.STRING {
			return
		}
	case *ast.BinaryExpr:
		if v.Op != token.ADD {
			return
		}
	default:
		return
	}
	r.named = append(r.named, NamedLiteral{name, value})
}

// StringLiterals returns the package's string literals, import paths
// excepted, in source order. It is known for every package.
func (r *Result) StringLiterals() []*ast.BasicLit { return r.literals }

// NamedLiterals returns the names the package gives literal values, in
// source order. It is known for every package.
func (r *Result) NamedLiterals() []NamedLiteral { return r.named }

// mentionsAtlassian reports whether a literal names an Atlassian host,
// REST path or tracking parameter: it holds one of atlassianWords, in
// any case. It runs on every literal of every package, so it looks at
// each byte once and allocates nothing.
func mentionsAtlassian(literal string) bool {
	for i := 0; i < len(literal); i++ {
		c := literal[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, w := range atlassianWords[c] {
			if atlassian.ContainsFold(literal[i:min(len(literal), i+len(w))], w) {
				return true
			}
		}
	}
	return false
}

// atlassianWords holds, by first letter, what a string that names an
// Atlassian host, REST path or tracking parameter holds, lower-cased.
var atlassianWords = func() (byFirst [256][]string) {
	for _, w := range []string{"atlassian", "atlorigin", "atl_origin", "bitbucket", "confluence", "jira", "/rest/", "/wiki/", "/gateway/api"} {
		byFirst[w[0]] = append(byFirst[w[0]], w)
	}
	return byFirst
}()

// Inspector returns an inspector of the package's files, built on first
// use and shared by the passes (see holdsAtlassianString for why it is
// not a prerequisite analyzer).
func (r *Result) Inspector() *inspector.Inspector {
	if r.insp == nil {
		r.insp = inspector.New(r.pass.Files)
	}
	return r.insp
}

func (r *Result) build() {
	pass := r.pass
	prog := ssa.NewProgram(pass.Fset, ssa.BuilderMode(0))
	created := map[*types.Package]bool{}
	var create func(p *types.Package)
	create = func(p *types.Package) {
		if created[p] {
			return
		}
		created[p] = true
		prog.CreatePackage(p, nil, nil, true)
	}
	for _, p := range pass.Pkg.Imports() {
		create(p)
	}
	r.pkg = prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	r.pkg.Build()

	r.calls = map[token.Pos]*ast.CallExpr{}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				r.calls[n.Lparen] = n
			case *ast.GoStmt:
				r.calls[n.Go] = n.Call // ssa.Go's position is the keyword's
			case *ast.DeferStmt:
				r.calls[n.Defer] = n.Call
			}
			return true
		})
	}

	// Source functions in source order, closures after their parent.
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		r.funcs = append(r.funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			if decl, ok := decl.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
					if fn := prog.FuncValue(obj); fn != nil {
						add(fn)
					}
				}
			}
		}
	}
	if init := r.pkg.Func("init"); init != nil {
		add(init)
	}

	r.callInstrs = map[token.Pos]ssa.CallInstruction{}
	r.enclosing = map[*ast.CallExpr]*ssa.Function{}
	r.stores = map[fieldKey][]storeSite{}
	r.globalStore = map[*ssa.Global][]storeSite{}
	r.callers = map[*ssa.Function][]*ssa.Call{}
	r.testCallers = map[*ssa.Function][]*ssa.Call{}
	r.summaries = map[*ssa.Function]*Summary{}
	r.evaluating = map[ssa.Value]bool{}
	r.memo = map[ssa.Value]Strs{}
	r.params = map[paramKey]Strs{}
	r.texts = map[paramKey]bool{}
	r.libClients = map[*ssa.Call]*LibClient{}
	for _, fn := range r.funcs {
		// What tests pass to the package's functions and store in its
		// variables and fields is not what the package does: a test's
		// fixture must not make production code look as if it sent a
		// token to a site, nor differ between the package and its test
		// build.
		fixture := r.inTestFile(fn)
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case ssa.CallInstruction:
					if call, ok := r.calls[instr.Pos()]; ok {
						r.callInstrs[instr.Pos()] = instr
						r.callInstrs[call.Lparen] = instr
						r.enclosing[call] = fn
					}
					if call, ok := instr.(*ssa.Call); ok {
						if callee := call.Call.StaticCallee(); callee != nil {
							if callee.Origin() != nil {
								callee = callee.Origin() // generic code is analysed once
							}
							if fixture {
								r.testCallers[callee] = append(r.testCallers[callee], call)
							} else {
								r.callers[callee] = append(r.callers[callee], call)
							}
						}
					}
				case *ssa.Store:
					if fixture {
						break
					}
					switch addr := instr.Addr.(type) {
					case *ssa.FieldAddr:
						if key, ok := fieldKeyOf(addr.X.Type(), addr.Field); ok {
							r.stores[key] = append(r.stores[key], storeSite{instr.Val, fn, instr.Pos()})
						}
					case *ssa.Global:
						r.globalStore[addr] = append(r.globalStore[addr], storeSite{instr.Val, fn, instr.Pos()})
					}
					if storesDefaultTransport(instr.Addr) {
						r.defaultTransportSet = true
					}
				}
			}
		}
	}
}

// storesDefaultTransport reports whether addr is http.DefaultTransport
// or the Transport field of http.DefaultClient.
func storesDefaultTransport(addr ssa.Value) bool {
	isHTTPGlobal := func(v ssa.Value, name string) bool {
		g, ok := v.(*ssa.Global)
		return ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "net/http" && g.Name() == name
	}
	if isHTTPGlobal(addr, "DefaultTransport") {
		return true
	}
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		if load, ok := fa.X.(*ssa.UnOp); ok && load.Op == token.MUL && isHTTPGlobal(load.X, "DefaultClient") {
			return true
		}
	}
	return false
}

// inTestFile reports whether fn (or the function it is a closure of)
// is declared in a _test.go file.
func (r *Result) inTestFile(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	tf := r.pass.Fset.File(fn.Pos())
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

func fieldKeyOf(ptr types.Type, index int) (fieldKey, bool) {
	p, ok := ptr.Underlying().(*types.Pointer)
	if !ok {
		return fieldKey{}, false
	}
	t := p.Elem()
	if n, ok := types.Unalias(t).(*types.Named); ok {
		t = n.Origin()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok {
		return fieldKey{}, false
	}
	return fieldKey{s, index}, true
}

// Functions returns the package's source functions, closures
// included, in source order; nil for an irrelevant package.
func (r *Result) Functions() []*ssa.Function { return r.funcs }

// CallAt returns the SSA call for a call expression of this package,
// and the function that contains it.
func (r *Result) CallAt(call *ast.CallExpr) (ssa.CallInstruction, *ssa.Function) {
	if !r.Relevant {
		return nil, nil
	}
	return r.callInstrs[call.Lparen], r.enclosing[call]
}

// callsOut calls f for every call in this package's functions of a
// function of another package (an instance of generic code as its
// origin), with the function containing the call, its syntax and the
// callee.
func (r *Result) callsOut(f func(fn *ssa.Function, call *ssa.Call, syntax *ast.CallExpr, callee *types.Func)) {
	for _, fn := range r.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				callee := call.Call.StaticCallee()
				if callee != nil && callee.Origin() != nil {
					callee = callee.Origin() // an instance of generic code
				}
				if callee == nil || callee.Pkg == r.pkg {
					continue
				}
				obj, ok := callee.Object().(*types.Func)
				syntax := r.calls[call.Pos()]
				if ok && syntax != nil {
					f(fn, call, syntax, obj)
				}
			}
		}
	}
}

// CallExprAt returns the call expression at pos, the position of an SSA
// call of this package (a Header's Site, a Request's Create), or nil.
func (r *Result) CallExprAt(pos token.Pos) *ast.CallExpr {
	if !r.Relevant {
		return nil
	}
	return r.calls[pos]
}

// SyntaxCall returns the call expression of an SSA call of this package.
func (r *Result) SyntaxCall(instr ssa.CallInstruction) *ast.CallExpr {
	if instr == nil {
		return nil
	}
	return r.calls[instr.Pos()]
}

// StoresTo returns the values stored anywhere in the package to
// field index of the struct that ptr points to.
func (r *Result) storesTo(ptr types.Type, index int) []storeSite {
	key, ok := fieldKeyOf(ptr, index)
	if !ok {
		return nil
	}
	return r.stores[key]
}

// Degraded returns the Result passes get when the flow analysis of a
// package failed (a driver recovered from a panic in it): an
// irrelevant one, with which passes judge only the package's syntax.
func Degraded(pass *analysis.Pass) any {
	r := &Result{pass: pass}
	defer func() {
		if recover() != nil {
			r.literals, r.named = nil, nil // the syntax scan failed too
		}
	}()
	r.scanSyntax(pass.Files)
	return r
}

// dependency reports whether pass's package belongs to a module the
// user depends on rather than to one of the user's own modules (a main
// or workspace module, or one replaced by a directory), which atlvet's
// own driver reads from export data only. go vet before Go 1.27 tells
// only the module's path and version, so a versioned module whose
// files lie outside the module cache (<path>@<version>/) and outside a
// vendor directory counts as replaced by a directory.
func dependency(pass *analysis.Pass) bool {
	m := pass.Module
	if m == nil || m.Version == "" || m.Main {
		return false
	}
	if m.Replace != nil {
		if m.Replace.Version == "" {
			return false // replaced by a directory
		}
		m = m.Replace
	}
	for _, f := range pass.Files {
		name := filepath.ToSlash(pass.Fset.File(f.FileStart).Name())
		if !strings.Contains(name, "@"+m.Version+"/") && !strings.Contains(name, "/vendor/") {
			return false
		}
	}
	return len(pass.Files) > 0
}

// oauth2Package reports whether path is a package of golang.org/x/oauth2,
// whose clients and options flow models by name.
func oauth2Package(path string) bool {
	return path == "golang.org/x/oauth2" || strings.HasPrefix(path, "golang.org/x/oauth2/")
}

// progress is how far a lazily computed property of a package is.
type progress int

const (
	unjudged progress = iota
	judging
	judged
)
