package oauthstate

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/analysisdoc"
	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flagvalues"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/flow/handlers"
	"github.com/atlvet/atlvet/internal/flow/verification"
	"github.com/atlvet/atlvet/internal/generated"
	"github.com/atlvet/atlvet/internal/srcorder"
	"github.com/atlvet/atlvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Config configures the pass. The golangci-lint plugin decodes its
// settings into it; the command line sets it through flags.
type Config struct {
	// AuthHosts are more hosts that serve Atlassian's authorization
	// endpoints (/authorize, /oauth/token): a proxy or a test double.
	AuthHosts []string `json:"authhosts"`
	// Audience enables the missing-audience rule.
	Audience bool `json:"audience"`
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config { return Config{Audience: true} }

// Analyzer checks with the default configuration; its flags change it.
var Analyzer = New(DefaultConfig())

// Rule categories, as used in Diagnostic.Category.
const (
	CategoryMissingState     = "missing-state"
	CategoryConstantState    = "constant-state"
	CategoryGuessableState   = "guessable-state"
	CategoryUnverifiedState  = "unverified-state"
	CategoryMissingPrompt    = "missing-prompt"
	CategoryMissingAudience  = "missing-audience"
	CategoryResponseType     = "response-type"
	CategoryInsecureRedirect = "insecure-redirect"
)

var categories = []string{
	CategoryMissingState, CategoryConstantState, CategoryGuessableState, CategoryUnverifiedState,
	CategoryMissingPrompt, CategoryMissingAudience, CategoryResponseType, CategoryInsecureRedirect,
}

// Categories returns the pass's rule categories, as used in
// Diagnostic.Category: with the pass's name, the rule IDs.
func Categories() []string { return slices.Clone(categories) }

// New returns the pass configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:      "oauthstate",
		Doc:       analysisdoc.MustExtract(doc, "oauthstate"),
		URL:       "https://pkg.go.dev/github.com/atlvet/atlvet/passes/oauthstate",
		Requires:  []*analysis.Analyzer{flow.Analyzer},
		FactTypes: []analysis.Fact{new(verifyFact), new(stateParamsFact)},
		// Authorize URLs written whole as literals are judged in a
		// package that does not type-check too.
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	a.Flags.Var(flagvalues.List(&c.AuthHosts), "authhosts", "comma-separated `hosts` that also serve Atlassian's /authorize and /oauth/token")
	a.Flags.BoolVar(&c.Audience, "audience", c.Audience, "report authorize URLs without audience=api.atlassian.com")
	return a
}

// disabled returns the rules the configuration switches off.
func (cfg *Config) disabled() []string {
	if !cfg.Audience {
		return []string{CategoryMissingAudience}
	}
	return nil
}

// checker holds what one run of the pass needs.
type checker struct {
	pass      *analysis.Pass
	res       *flow.Result
	cfg       *Config
	hosts     atlassian.Hosts
	reporter  *suppress.Reporter
	generated map[*token.File]bool
	reported  map[reportKey]bool
	illTyped  bool // the package does not type-check: there is no SSA

	// Syntax indexes.
	callsByLparen map[token.Pos]*ast.CallExpr
	binExprs      map[token.Pos]*ast.BinaryExpr // by operator position
	opAssigns     map[token.Pos]*ast.AssignStmt // x += y, by statement position
	kvByColon     map[token.Pos]*ast.KeyValueExpr
	assignBySel   map[token.Pos]ast.Expr    // x.f = v: v, by the position of f
	localValues   map[*types.Var][]ast.Expr // what x := v, x = v and var x = v give a local variable
	files         []*ast.File

	// Which checks of the request's state guard what; nil in a
	// package that does not type-check.
	verify *verification.Verifier

	// Where the package's functions serve requests, and which
	// middleware runs before them; nil where verify is.
	chains *handlers.Chains

	// The package's exchanges, and whether any of them exchanges a
	// code read from the terminal or taken from an HTTP request.
	exchangeList            []exchange
	anyTerminal, anyRequest bool
}

type reportKey struct {
	pos      token.Pos
	category string
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res, release := flow.Use(pass)
	defer release()
	reporter := suppress.New(pass, "oauthstate", categories)
	reporter.Disable(cfg.disabled()...)
	defer reporter.Finish()
	illTyped := len(pass.TypeErrors) > 0
	if !res.Relevant && !illTyped {
		return nil, nil
	}
	c := &checker{
		pass:      pass,
		res:       res,
		cfg:       cfg,
		hosts:     atlassian.NewHosts(cfg.AuthHosts),
		reporter:  reporter,
		generated: map[*token.File]bool{},
		reported:  map[reportKey]bool{},
	}
	c.index()
	if illTyped {
		// No SSA, partial types: only the authorize URLs that a literal
		// spells whole, used as they are, can be judged.
		c.illTyped = true
		c.checkLiteralURLs()
		return nil, nil
	}
	c.verify = verification.New(verification.Config{
		Pkg:      pass.Pkg,
		Module:   modulePath(pass),
		Key:      "state",
		Request:  stateRequests{},
		Values:   res,
		Imported: c.importedVerdict,
	})
	c.chains = handlers.New(handlers.Config{Pkg: pass.Pkg, Program: res, Guard: stateGuard{c}})
	exchanges := c.exchanges()
	c.exportFacts()
	c.checkCallbacks(exchanges)
	c.checkAuthorizeURLs()
	c.checkRedirectURLs()
	return nil, nil
}

// modulePath returns the path of the module under analysis, or "".
func modulePath(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// importedVerdict returns the verdict the fact of fn, a function of
// another package, records.
func (c *checker) importedVerdict(fn *types.Func) *verification.Verdict {
	var f verifyFact
	if c.pass.ImportObjectFact(fn, &f) {
		return f.Verdict
	}
	return nil
}

// index builds the syntax indexes that map SSA positions back to the
// expressions to report.
func (c *checker) index() {
	c.callsByLparen = map[token.Pos]*ast.CallExpr{}
	c.binExprs = map[token.Pos]*ast.BinaryExpr{}
	c.opAssigns = map[token.Pos]*ast.AssignStmt{}
	c.kvByColon = map[token.Pos]*ast.KeyValueExpr{}
	c.assignBySel = map[token.Pos]ast.Expr{}
	c.localValues = map[*types.Var][]ast.Expr{}
	c.files = c.pass.Files
	for _, f := range c.pass.Files {
		if generated.File(f) {
			c.generated[c.pass.Fset.File(f.FileStart)] = true
		}
	}
	insp := c.res.Inspector()
	kinds := []ast.Node{(*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}
	for cur := range insp.Root().Preorder(kinds...) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.callsByLparen[n.Lparen] = n
		case *ast.BinaryExpr:
			c.binExprs[n.OpPos] = n
		case *ast.KeyValueExpr:
			c.kvByColon[n.Colon] = n
		case *ast.AssignStmt:
			if n.Tok == token.ADD_ASSIGN {
				c.opAssigns[n.Pos()] = n
			}
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					switch l := ast.Unparen(l).(type) {
					case *ast.SelectorExpr:
						c.assignBySel[l.Sel.Pos()] = n.Rhs[i]
					case *ast.Ident:
						if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
							c.indexLocalValue(l, n.Rhs[i])
						}
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					c.indexLocalValue(name, n.Values[i])
				}
			}
		}
	}
}

// indexLocalValue records that the variable id names is given val,
// when it is a local variable.
func (c *checker) indexLocalValue(id *ast.Ident, val ast.Expr) {
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Pkg() != c.pass.Pkg || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
		return
	}
	c.localValues[v] = append(c.localValues[v], val)
}

// report reports d once per position and rule, outside generated files.
func (c *checker) report(d analysis.Diagnostic) {
	if !d.Pos.IsValid() {
		return
	}
	f := c.pass.Fset.File(d.Pos)
	if f == nil || c.generated[f] || strings.HasSuffix(f.Name(), "_test.go") {
		return // tests use fixed states and partial URLs on purpose
	}
	key := reportKey{d.Pos, d.Category}
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	c.reporter.Report(d)
}

// shows reports whether report would report d: its file is not a
// test or generated file, it was not reported already, and no
// //atlvet:ignore directive silences it.
func (c *checker) shows(d analysis.Diagnostic) bool {
	f := c.pass.Fset.File(d.Pos)
	return d.Pos.IsValid() && f != nil && !c.generated[f] && !strings.HasSuffix(f.Name(), "_test.go") &&
		!c.reported[reportKey{d.Pos, d.Category}] && c.reporter.Shows(d)
}

// quietFile reports whether nothing is reported in the file that holds
// pos: a generated file or a test file, whose flows are not worth
// following.
func (c *checker) quietFile(pos token.Pos) bool {
	f := c.pass.Fset.File(pos)
	return f != nil && (c.generated[f] || strings.HasSuffix(f.Name(), "_test.go"))
}

// fileOf returns the syntax file that holds pos.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// syntaxOf returns the expression that an SSA value of a call, a
// string concatenation or x += y comes from, or nil.
func (c *checker) syntaxOf(v ssa.Value) ast.Expr {
	switch v := v.(type) {
	case *ssa.Call:
		if call := c.res.SyntaxCall(v); call != nil {
			return call
		}
	case *ssa.BinOp:
		if b, ok := c.binExprs[v.Pos()]; ok {
			return b
		}
		if a, ok := c.opAssigns[v.Pos()]; ok {
			return a.Rhs[0]
		}
	}
	return nil
}

// reportRange returns the range an SSA value's diagnostics cover: for
// x += y the whole statement.
func (c *checker) reportRange(v ssa.Value, e ast.Expr) (token.Pos, token.Pos) {
	if b, ok := v.(*ssa.BinOp); ok {
		if a, ok := c.opAssigns[b.Pos()]; ok {
			return a.Pos(), a.End()
		}
	}
	return e.Pos(), e.End()
}

// sortedFuncs returns the package's functions, each once, in source order.
func (c *checker) sortedFuncs() []*ssa.Function {
	fns := append([]*ssa.Function(nil), c.res.Functions()...)
	sort.SliceStable(fns, func(i, j int) bool { return srcorder.Less(c.pass.Fset, fns[i].Pos(), fns[j].Pos()) })
	return fns
}
