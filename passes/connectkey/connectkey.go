package connectkey

import (
	_ "embed"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/analysisdoc"
	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/generated"
	"github.com/atlvet/atlvet/internal/identity"
	"github.com/atlvet/atlvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Config configures the pass. The golangci-lint plugin decodes its
// settings into it; the command line sets it through flags.
type Config struct {
	// Identity, if set, is the "{product}-{source}-int" whose source
	// product every key must name.
	Identity string `json:"identity"`
	// NewApp says the app has never been installed, so its key may
	// still change: only then is the fix that lower-cases it offered.
	NewApp bool `json:"newapp"`
}

// Validate checks the configuration as the flag checks its value.
func (c Config) Validate() error {
	if _, ok := identity.Normalize(c.Identity); !ok {
		return identityError(c.Identity)
	}
	return nil
}

func identityError(v string) error {
	return fmt.Errorf("connectkey identity %s is not of the form {product}-{source}-int, such as jira-acme-int", atlassian.QuoteValue(strings.ToLower(strings.TrimSpace(v))))
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config { return Config{} }

// Analyzer checks with the default configuration; its flags change it.
var Analyzer = New(DefaultConfig())

// Rule categories, as used in Diagnostic.Category.
const (
	CategoryConvention   = "convention"
	CategoryInconsistent = "inconsistent"
)

var categories = []string{CategoryConvention, CategoryInconsistent}

// Categories returns the pass's rule categories, as used in
// Diagnostic.Category: with the pass's name, the rule IDs.
func Categories() []string { return slices.Clone(categories) }

// New returns the pass configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "connectkey",
		Doc:      analysisdoc.MustExtract(doc, "connectkey"),
		URL:      "https://pkg.go.dev/github.com/atlvet/atlvet/passes/connectkey",
		Requires: []*analysis.Analyzer{flow.Analyzer, identity.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, c) },
		// Descriptors are judged from their syntax and constants, which
		// a package that does not type-check still has.
		RunDespiteErrors: true,
	}
	a.Flags.Var((*identityFlag)(&c.Identity), "identity", "the `{product}-{source}-int` identity whose source product every Connect app key must name")
	a.Flags.BoolVar(&c.NewApp, "newapp", c.NewApp, "the Connect app has never been installed: offer the fix that lower-cases a key whose only fault is case")
	return a
}

// identityFlag is the -connectkey.identity flag: it checks and
// normalises what it is given, and reads back the configured identity.
type identityFlag string

func (f *identityFlag) String() string { return string(*f) }

func (f *identityFlag) Set(v string) error {
	id, ok := identity.Normalize(v)
	*f = identityFlag(id)
	if !ok {
		return identityError(v)
	}
	return nil
}

// A key is the key of one descriptor, where it is written.
type key struct {
	pos, end token.Pos // where to report
	value    string
	// file names the descriptor file for the message, "" when the
	// descriptor is in Go source.
	file string
	// lower returns the edit that lower-cases the key, if one is exact.
	lower func() (analysis.TextEdit, bool)
}

type checker struct {
	pass      *analysis.Pass
	cfg       *Config
	reporter  *suppress.Reporter
	generated map[*token.File]bool
	// The identity keys are compared with: its source product, and
	// what to say of it.
	identity, identityFrom string
	reported               map[token.Pos]bool
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	reporter := suppress.New(pass, "connectkey", categories)
	defer reporter.Finish()
	res, release := flow.Use(pass)
	defer release()
	if !mayHoldDescriptor(pass, res) {
		return nil, nil
	}

	c := &checker{
		pass:      pass,
		cfg:       cfg,
		reporter:  reporter,
		generated: generated.Files(pass),
		reported:  map[token.Pos]bool{},
	}
	if required, _ := identity.Normalize(cfg.Identity); required != "" { // the plugin's settings bypass the flag's check
		c.identity, c.identityFrom = required, "required by connectkey.identity"
	} else {
		c.identity, c.identityFrom = identity.Of(pass).Sends(pass.Fset)
	}

	c.goDescriptors(res.Inspector())
	for _, f := range pass.Files {
		if c.skipFile(f.Package) {
			continue
		}
		c.embeddedDescriptors(f)
	}
	return nil, nil
}

// skipFile reports whether the file holding pos is not checked: a
// generated file or a test.
func (c *checker) skipFile(pos token.Pos) bool {
	tf := c.pass.Fset.File(pos)
	return tf == nil || c.generated[tf] || strings.HasSuffix(tf.Name(), "_test.go")
}

// judge reports what is wrong with the key of one descriptor.
func (c *checker) judge(k key) {
	if c.reported[k.pos] || atlassian.AppKeyTemplate(k.value) {
		return
	}
	c.reported[k.pos] = true
	what := "Connect app key " + atlassian.QuoteValue(k.value)
	if k.file != "" {
		what += " in " + k.file
	}
	parsed, faults := atlassian.ParseAppKey(k.value)
	if len(faults) > 0 {
		var names []string
		for _, f := range faults {
			names = append(names, f.String())
		}
		d := analysis.Diagnostic{
			Pos: k.pos, End: k.end, Category: CategoryConvention,
			Message: fmt.Sprintf("%s does not follow Atlassian's convention {product}-{source}-int: %s; an installed app's key cannot change without registering the app again as a new one, so %s",
				what, strings.Join(names, ", "), c.remedy(parsed, faults)),
		}
		if c.cfg.NewApp && len(faults) == 1 && faults[0] == atlassian.KeyUpperCase && k.lower != nil && !atlassian.HoldsSecret(k.value) {
			if edit, ok := k.lower(); ok && !c.generated[c.pass.Fset.File(edit.Pos)] {
				fixed := atlassian.FixAppKeyCase(k.value)
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   fmt.Sprintf("Lower-case the key to %s (the app was never installed)", atlassian.QuoteValue(fixed)),
					TextEdits: []analysis.TextEdit{edit},
				}}
			}
		}
		c.reporter.Report(d)
		return
	}
	source := identity.Source(c.identity)
	if source == "" || strings.EqualFold(parsed.Source, source) {
		return
	}
	c.reporter.Report(analysis.Diagnostic{
		Pos: k.pos, End: k.end, Category: CategoryInconsistent,
		Message: fmt.Sprintf("%s names the source product %q, but the integration's User-Agent identity %q (%s) names %q; one integration names one source product, and an installed app's key cannot change without registering the app again as a new one, so change the User-Agent, or give a new app a key such as %q",
			what, strings.ToLower(parsed.Source), c.identity, c.identityFrom, source, strings.ToLower(parsed.Product)+"-"+source+"-int"),
	})
}

// remedy says what to do about a key that breaks the convention.
func (c *checker) remedy(k atlassian.AppKey, faults []atlassian.KeyFault) string {
	if len(faults) == 1 && faults[0] == atlassian.KeyUpperCase {
		if c.cfg.NewApp {
			return "lower-case it only if the app was never installed"
		}
		return "lower-case it only if the app was never installed (-connectkey.newapp offers the fix)"
	}
	product, forProduct := "", ""
	if _, one := atlassian.KnownProduct(k.Product); one {
		product = k.Product
	} else if ua, _ := atlassian.ParseUserAgent(c.identity + "/1"); ua.Product != "" {
		if _, one := atlassian.KnownProduct(ua.Product); one {
			product = ua.Product
		}
	}
	if product == "" {
		product, forProduct = "jira", " for a Jira app"
	}
	source := identity.Source(c.identity)
	if source == "" {
		source = k.Source
	}
	if source == "" {
		source = atlassian.SourceFromModule(modulePath(c.pass))
	}
	suggestion := strings.TrimSuffix(atlassian.SuggestUserAgent(product, source, "1"), "/1")
	return fmt.Sprintf("give a new app a key such as %q%s", suggestion, forProduct)
}

// modulePath is the module of the package, else its path.
func modulePath(pass *analysis.Pass) string {
	if pass.Module != nil && pass.Module.Path != "" {
		return pass.Module.Path
	}
	if p := pass.Pkg.Path(); p != "command-line-arguments" {
		return p
	}
	return ""
}
