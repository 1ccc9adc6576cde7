package secrets

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/analysisdoc"
	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
	"github.com/atlvet/atlvet/internal/generated"
	"github.com/atlvet/atlvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Config configures the pass. The golangci-lint plugin decodes its
// settings into it; the command line sets it through flags.
type Config struct {
	// Names turns on credential-name, the guess from a variable's name
	// and the randomness of its value.
	Names bool `json:"names"`
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config { return Config{Names: true} }

// Analyzer checks with the default configuration; its flags change it.
var Analyzer = New(DefaultConfig())

// Rule categories, as used in Diagnostic.Category, most specific first:
// when several rules match one literal, the first is reported.
const (
	CategoryAtlassianToken      = "atlassian-token"
	CategoryBasicLiteral        = "basic-literal"
	CategoryURLCredentials      = "url-credentials"
	CategoryHardcodedCredential = "hardcoded-credential"
	CategoryCredentialName      = "credential-name"
)

var categories = []string{
	CategoryAtlassianToken,
	CategoryBasicLiteral,
	CategoryURLCredentials,
	CategoryHardcodedCredential,
	CategoryCredentialName,
}

// Categories returns the pass's rule categories, as used in
// Diagnostic.Category: with the pass's name, the rule IDs.
func Categories() []string { return slices.Clone(categories) }

// New returns the pass configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:      "secrets",
		Doc:       analysisdoc.MustExtract(doc, "secrets"),
		URL:       "https://pkg.go.dev/github.com/atlvet/atlvet/passes/secrets",
		Requires:  []*analysis.Analyzer{flow.Analyzer},
		FactTypes: []analysis.Fact{new(paramSinkFact), new(fieldSinkFact), new(sinkPackageFact), new(literalResultFact)},
		// The rules that read only the syntax (every one but
		// hardcoded-credential) judge a package that does not
		// type-check as well: a token is no less exposed for it.
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	a.Flags.BoolVar(&c.Names, "names", c.Names, "report credential-named variables, constants and fields set to secret-looking literals (a guess)")
	return a
}

// sinkImports are packages whose presence makes a package worth
// following values into credential sinks even when the shared flow
// analysis finds it irrelevant (it sends no request itself).
var sinkImports = append([]string{"net/url"}, atlassian.OAuthCredentialPackages()...)

// A finding is one candidate diagnostic, before the one-per-literal rule.
type finding struct {
	category string
	node     ast.Expr // the literal or constant expression reported
	problem  string   // what is wrong, every secret redacted
	remedy   string   // what to do about it
	related  []analysis.RelatedInformation
	fix      *fixPlan
	// secrets are the credentials the finding is about; also are
	// others in the same literal, found by other rules or other
	// matches, that its message names too.
	secrets []secretRef
	also    []secretRef
}

// A secret is one credential in a literal: its text, to tell whether
// two findings are about the same one (never printed), and a redacted
// description for a message that names several.
type secretRef struct {
	text string
	desc string
}

func (f *finding) message() string {
	msg := f.problem
	if len(f.also) > 0 {
		var descs []string
		for _, s := range f.also {
			descs = append(descs, s.desc)
		}
		msg += "; the literal also holds " + joinAnd(descs)
	}
	return msg + "; " + f.remedy
}

// covers reports whether the finding is about s already: s is one of
// its secrets or part of one.
func (f *finding) covers(s secretRef) bool {
	for _, t := range slices.Concat(f.secrets, f.also) {
		if strings.Contains(t.text, s.text) {
			return true
		}
	}
	return false
}

func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// checker holds the state of one run.
type checker struct {
	pass     *analysis.Pass
	insp     *inspector.Inspector
	files    map[string]fileKind
	astFiles map[string]*ast.File
	findings []finding
}

type fileKind struct {
	test, generated bool
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res, release := flow.Use(pass)
	defer release()
	reporter := suppress.New(pass, "secrets", categories)
	if !cfg.Names {
		reporter.Disable(CategoryCredentialName)
	}
	defer reporter.Finish()
	if res.Dependency {
		return nil, nil // no facts go vet's driver alone would have
	}

	c := &checker{
		pass:     pass,
		files:    map[string]fileKind{},
		astFiles: map[string]*ast.File{},
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		c.files[tf.Name()] = fileKind{
			test:      strings.HasSuffix(tf.Name(), "_test.go"),
			generated: generated.File(f),
		}
		c.astFiles[tf.Name()] = f
	}

	if len(pass.TypeErrors) > 0 {
		// There is no SSA and the types are partial: only the literal
		// scan runs. (The type checker still records every literal and
		// the constants it folds, even where they are misused.)
		if !mayHoldSecret(res) {
			return nil, nil
		}
		c.insp = res.Inspector()
		c.scanConstants()
		c.scanNames(cfg.Names)
		c.report(reporter)
		return nil, nil
	}
	c.exportLiteralResults(res.StringLiterals())
	sinks := res.Relevant || funcs.Imports(pass.Pkg, sinkImports...) || importsSinks(pass)
	if !sinks && !mayHoldSecret(res) {
		return nil, nil
	}
	c.insp = res.Inspector()
	c.scanConstants()
	if sinks {
		newTracer(c).run()
	}
	c.scanNames(cfg.Names)
	c.report(reporter)
	return nil, nil
}

// mayHoldSecret is a quick look at a package that has no credential
// sink: only a literal that may hold an Atlassian credential, a Basic
// header or a URL with user info, or a credential name given a literal
// long enough to be a secret, can be reported there. Most packages have
// none and need no more work.
func mayHoldSecret(res *flow.Result) bool {
	for _, lit := range res.StringLiterals() {
		v := lit.Value
		if atlassian.MayHoldCredential(v) || mayBeBasic(v) || strings.Contains(v, "://") && strings.Contains(v, "@") {
			return true
		}
	}
	for _, n := range res.NamedLiterals() {
		if lit, ok := ast.Unparen(n.Value).(*ast.BasicLit); ok && len(lit.Value) < minNamedSecret {
			continue
		}
		if atlassian.IsCredentialName(n.Name) {
			return true
		}
	}
	return false
}

// mayBeBasic reports whether a literal may hold a Basic credential:
// "basic " (in any case) followed by a run of base64.
func mayBeBasic(literal string) bool {
	for rest := literal; ; {
		i := strings.IndexAny(rest, "bB")
		if i < 0 || len(rest)-i < len("basic ")+8 {
			return false
		}
		if atlassian.ContainsFold(rest[i:i+len("basic ")], "basic ") {
			run := 0
			for _, c := range []byte(rest[i+len("basic "):]) {
				if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/' || c == '=') {
					break
				}
				run++
			}
			if run >= 8 {
				return true
			}
		}
		rest = rest[i+1:]
	}
}

// minNamedSecret is the length, quotes included, of the shortest
// literal that a credential name makes a guess: 12 characters.
const minNamedSecret = 12 + 2

// importsSinks reports whether a directly imported package has
// functions or fields that lead to credential sinks.
func importsSinks(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(sinkPackageFact)) {
			return true
		}
	}
	return false
}

// kindOf describes the file holding pos.
func (c *checker) kindOf(pos token.Pos) (fileKind, bool) {
	tf := c.pass.Fset.File(pos)
	if tf == nil {
		return fileKind{}, false
	}
	k, ok := c.files[tf.Name()]
	return k, ok
}

// fileOf returns the syntax of the file holding pos, if it is one of
// the package's files.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	tf := c.pass.Fset.File(pos)
	if tf == nil {
		return nil
	}
	return c.astFiles[tf.Name()]
}

// inPackage reports whether pos is in one of the package's files.
func (c *checker) inPackage(pos token.Pos) bool {
	_, ok := c.kindOf(pos)
	return ok
}

// ordinary reports whether pos is in a file of the package that is
// neither a test nor generated: where every rule but atlassian-token
// applies.
func (c *checker) ordinary(pos token.Pos) bool {
	k, ok := c.kindOf(pos)
	return ok && !k.test && !k.generated
}

func (c *checker) add(f finding) { c.findings = append(c.findings, f) }

// report emits one diagnostic per literal: findings are taken most
// specific rule first, and one that overlaps a literal already
// reported is dropped, its secret named in the message of the one
// kept if that is about another secret.
func (c *checker) report(r *suppress.Reporter) {
	rank := func(cat string) int { return slices.Index(categories, cat) }
	fs := slices.Clone(c.findings)
	slices.SortStableFunc(fs, func(a, b finding) int {
		if d := rank(a.category) - rank(b.category); d != 0 {
			return d
		}
		return int(a.node.Pos()) - int(b.node.Pos())
	})
	var kept []*finding
	for i := range fs {
		f := &fs[i]
		k := kept[:0:0]
		for _, x := range kept {
			if f.node.Pos() < x.node.End() && x.node.Pos() < f.node.End() {
				k = append(k, x)
			}
		}
		if len(k) == 0 {
			kept = append(kept, f)
			continue
		}
		for _, s := range slices.Concat(f.secrets, f.also) {
			if !k[0].covers(s) {
				k[0].also = append(k[0].also, s)
			}
		}
	}
	slices.SortStableFunc(kept, func(a, b *finding) int { return int(a.node.Pos()) - int(b.node.Pos()) })
	for _, f := range kept {
		d := analysis.Diagnostic{
			Pos:      f.node.Pos(),
			End:      f.node.End(),
			Category: f.category,
			Message:  f.message(),
			Related:  f.related,
		}
		if f.fix != nil {
			if fix, ok := c.getenvFix(f.node, f.fix, slices.Concat(f.secrets, f.also)); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
		}
		r.Report(d)
	}
}

// stringConst returns the value of e if it is a constant string.
func stringConst(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// isStringConst reports whether e is a constant string, without
// computing its value (go/constant builds the value of a long
// concatenation on first use and keeps it).
func isStringConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String
}

// holdsLiteral reports whether a string literal appears in e, so that
// e is where a constant is written rather than a use of a named one.
func holdsLiteral(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			found = true
		}
		return !found
	})
	return found
}

// namedConst returns the constant e refers to by name (x or pkg.X).
func namedConst(info *types.Info, e ast.Expr) *types.Const {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		c, _ := info.Uses[e].(*types.Const)
		return c
	case *ast.SelectorExpr:
		c, _ := info.Uses[e.Sel].(*types.Const)
		return c
	}
	return nil
}
