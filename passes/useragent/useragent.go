package useragent

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/analysisdoc"
	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/decls"
	"github.com/atlvet/atlvet/internal/flagvalues"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/generated"
	"github.com/atlvet/atlvet/internal/identity"
	"github.com/atlvet/atlvet/internal/source"
	"github.com/atlvet/atlvet/internal/srcorder"
	"github.com/atlvet/atlvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Config configures the pass. The golangci-lint plugin decodes its
// settings into it; the command line sets it through flags.
type Config struct {
	// Hosts are more hosts that count as Atlassian.
	Hosts []string `json:"hosts"`
	// Identity, if set, is the "{product}-{source}-int" every
	// User-Agent must use.
	Identity string `json:"identity"`
}

// Validate checks the configuration as the flags check their values.
func (c Config) Validate() error {
	_, err := NormalizeIdentity(c.Identity)
	return err
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config { return Config{} }

// Analyzer checks with the default configuration; its flags change it.
var Analyzer = New(DefaultConfig())

// Rule categories, as used in Diagnostic.Category.
const (
	CategoryDefault      = "default"
	CategoryConvention   = "convention"
	CategoryLibrary      = "library"
	CategoryInconsistent = "inconsistent"
)

var categories = []string{CategoryDefault, CategoryConvention, CategoryLibrary, CategoryInconsistent}

// Categories returns the pass's rule categories, as used in
// Diagnostic.Category: with the pass's name, the rule IDs.
func Categories() []string { return slices.Clone(categories) }

// New returns the pass configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:      "useragent",
		Doc:       analysisdoc.MustExtract(doc, "useragent"),
		URL:       "https://pkg.go.dev/github.com/atlvet/atlvet/passes/useragent",
		Requires:  []*analysis.Analyzer{flow.Analyzer},
		FactTypes: []analysis.Fact{new(identityFact)},
		// Every rule needs the flow analysis, which a package that
		// does not type-check lacks, so nothing is reported there; the
		// pass runs all the same, so that drivers do not fail it for
		// every package importing that one.
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	a.Flags.Var(flagvalues.List(&c.Hosts), "hosts", "comma-separated `hosts` that also count as Atlassian")
	a.Flags.Var((*identityFlag)(&c.Identity), "identity", "the `{product}-{source}-int` identity every User-Agent must use")
	return a
}

// identityFlag is the -useragent.identity flag: it checks and
// normalises what it is given, and reads back the configured identity.
type identityFlag string

func (f *identityFlag) String() string { return string(*f) }

func (f *identityFlag) Set(v string) error {
	id, err := NormalizeIdentity(v)
	*f = identityFlag(id)
	return err
}

// NormalizeIdentity checks a required identity as the -useragent.identity
// flag and the identity setting give it: "jira-acme-int", or a whole
// User-Agent such as "jira-acme-int/1.0.0", whose identity is taken. Case
// and surrounding space do not matter; "" means none is required.
func NormalizeIdentity(v string) (string, error) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "" {
		return "", nil
	}
	ident, _, _ := strings.Cut(v, "/")
	ua, faults := atlassian.ParseUserAgent(ident + "/1")
	if len(faults) > 0 || ua.Source == "" {
		return "", fmt.Errorf("useragent identity %s is not of the form {product}-{source}-int, such as jira-acme-int", atlassian.QuoteValue(v))
	}
	return ua.Identity(), nil
}

// identityFact records the identity a package sends (or that one of
// its imports sends, passed on), so that the packages of the same
// module importing it send the same one: one integration, one
// identity. A library of another module, with a default User-Agent of
// its own, does not impose it. From is the package that sends it.
//
// The identity is computed by internal/identity (identity.Own); this
// fact carries it as this pass sees it, with its declared hosts and
// required identity. The identity analyzer's own fact carries it with
// no configuration, for the passes that compare with it (connectkey).
type identityFact struct {
	Identity string
	From     string
	Module   string // the module of From, when the driver knows it
}

func (*identityFact) AFact()           {}
func (f *identityFact) String() string { return "identity " + f.Identity }

// uaSite is one place that sets a User-Agent reaching an Atlassian request.
type uaSite struct {
	pos, end token.Pos   // where to report: the value expression, else the call that sets it
	expr     ast.Expr    // the value expression, when known
	value    string      // the constant value, or its constant start (see prefix)
	target   flow.Target // where the first request it reaches goes
	test     bool        // in a _test.go file
	// prefix: value is only the constant start of a User-Agent built at
	// run time ("Acme-Sync/" + version); what follows is not judged.
	prefix bool
}

// judged returns what of a User-Agent's values is judged: the value
// when it is one constant, else the constant start all of them share
// (prefix); ok is false when nothing constant starts them.
func judged(vals flow.Strs) (value string, prefix, ok bool) {
	if v, ok := vals.Const(); ok {
		return v, false, true
	}
	v := flow.KnownPrefix(vals)
	return v, true, v != ""
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res, release := flow.Use(pass)
	defer release()
	reporter := suppress.New(pass, "useragent", categories)
	defer reporter.Finish()

	required, _ := NormalizeIdentity(cfg.Identity) // the plugin's settings bypass the flag's check
	imported, importedFrom := importedIdentity(pass)
	if !res.Relevant {
		// Pass on what the imports send, for the packages importing
		// this one.
		if imported != "" && pass.Pkg.Name() != "main" {
			pass.ExportPackageFact(&identityFact{Identity: imported, From: importedFrom, Module: modulePath(pass)})
		}
		return nil, nil
	}
	hosts := atlassian.NewHosts(cfg.Hosts)
	generatedFiles := generated.Files(pass)
	inGenerated := func(pos token.Pos) bool { return generatedFiles[pass.Fset.File(pos)] }

	var sites []uaSite
	seenSite := map[token.Pos]bool{}
	addSite := func(site uaSite) {
		if seenSite[site.pos] {
			return
		}
		seenSite[site.pos] = true
		site.test = strings.HasSuffix(pass.Fset.File(site.pos).Name(), "_test.go")
		sites = append(sites, site)
	}
	addSites := func(hs []flow.Header, target flow.Target) {
		for _, h := range hs {
			if len(h.ValueExprs) > 0 {
				// Set by a helper from its parameter: check each
				// constant argument where it is written.
				for _, e := range h.ValueExprs {
					if tv := pass.TypesInfo.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.String {
						addSite(uaSite{pos: e.Pos(), end: e.End(), expr: e, value: constant.StringVal(tv.Value), target: target})
					}
				}
				continue
			}
			if stores := res.HeaderStores(h); len(stores) > 0 {
				// Read from a struct field: each value where it is
				// stored (a constructor's default, an option's).
				for _, st := range stores {
					if v, prefix, ok := judged(st.Value); ok {
						addSite(uaSite{pos: st.Expr.Pos(), end: st.Expr.End(), expr: st.Expr, value: v, target: target, prefix: prefix})
					}
				}
				continue
			}
			v, prefix, ok := judged(h.Value)
			if h.Site == token.NoPos || !ok {
				continue
			}
			site := uaSite{pos: h.Site, end: h.Site, value: v, target: target, prefix: prefix}
			if e := res.HeaderValueExpr(h.Site); e != nil {
				site.expr, site.pos, site.end = e, e.Pos(), e.End()
			} else if call := res.CallExprAt(h.Site); call != nil {
				site.pos, site.end = call.Pos(), call.End() // a helper of another package sets it
			}
			addSite(site)
		}
	}

	type pending struct {
		send   *flow.Site
		req    flow.Request
		target flow.Target
		mapKey bool        // a User-Agent was written under a non-canonical map key
		unset  *flow.Unset // set, but not on every path to the send
		caller ast.Node    // a caller whose URL makes the request Atlassian's
	}
	var defaults []pending
	// identity.Own reads the User-Agents of these sends as this loop
	// does: keep the two in step.
	for _, send := range res.RequestSites() {
		for _, req := range send.Requests {
			target, ok := atlassianTarget(hosts, req)
			if !ok {
				continue
			}
			uas := flow.HeaderValues("User-Agent", req, send.Clients)
			addSites(uas, target)
			// Go sends its default beside a User-Agent written to the
			// header map under a non-canonical key.
			all := len(uas)
			uas = slices.DeleteFunc(uas, func(h flow.Header) bool { return h.NonCanonical })
			if req.Opaque || req.MaybeDecorated || slices.ContainsFunc(send.Clients, func(c flow.Client) bool { return c.Opaque }) {
				continue
			}
			if !slices.ContainsFunc(send.Clients, func(c flow.Client) bool { return !c.Deferred }) && len(send.Clients) > 0 {
				continue // judged where the packages importing this one pass the client
			}
			var unset *flow.Unset
			if len(uas) > 0 {
				// Set, but perhaps only on some paths to the send.
				u, ok := res.Unset(send, req, send.Clients, "User-Agent")
				if !ok {
					continue
				}
				unset = &u
			}
			if !inGenerated(send.Call.Pos()) {
				p := pending{send: send, req: req, target: target, mapKey: all > 0 && unset == nil, unset: unset}
				// A helper's request goes where its callers say: name one
				// whose URL is Atlassian's, and describe the request by it.
				if call, url, ok := res.URLCaller(req, func(s flow.Str) bool { return flow.Classify(hosts, s).Atlassian() }); ok {
					p.caller, p.target = call, flow.Classify(hosts, url)
				}
				defaults = append(defaults, p)
			}
			break // one report per send
		}
	}

	helpers := helperDefaults(res, hosts, inGenerated)
	libDefaults := checkLibClients(res, hosts, addSites, inGenerated)
	checkParamLibClients(res, hosts, addSites)

	// User-Agents given to a constructor of the module that sets them
	// on the library client it makes: judged where they are written.
	for _, a := range res.AgentArgs() {
		target, ok := a.Target(hosts)
		if !ok {
			continue
		}
		site := uaSite{pos: a.Expr.Pos(), end: a.Expr.End(), expr: a.Expr, target: target}
		if v, ok := a.Value.Const(); ok {
			site.value = v
		} else if site.value, site.prefix = flow.KnownPrefix(a.Value), true; site.value == "" {
			continue
		}
		addSite(site)
	}

	// Check values in source order: the package's own files by name,
	// then its tests, then position. A test's identity does not become
	// the one the package is measured against.
	sort.Slice(sites, func(i, j int) bool {
		if sites[i].test != sites[j].test {
			return !sites[i].test
		}
		// The files as they are named, not as //line renames them.
		pi, pj := pass.Fset.PositionFor(sites[i].pos, false), pass.Fset.PositionFor(sites[j].pos, false)
		if pi.Filename != pj.Filename {
			return pi.Filename < pj.Filename
		}
		return pi.Offset < pj.Offset
	})

	// The identity the package is measured against: the required one,
	// else the one its imports send, else the first it sends itself.
	reference, referenceFrom := required, "the identity required by useragent.identity"
	referenceVersion := "" // of the package's own first User-Agent
	if reference == "" && imported != "" {
		reference, referenceFrom = imported, "sent by imported package "+importedFrom
	}
	if reference == "" {
		if own, ok := identity.Own(pass, res, hosts); ok {
			reference, referenceFrom, referenceVersion = own.Identity, own.Where(pass.Fset), own.Version
		}
	}

	// One suggestion for the whole package, so that the fixes of its
	// findings agree: the identity it sends, else one named after the
	// first request it sends without one.
	sort.SliceStable(defaults, func(i, j int) bool {
		return srcorder.Less(pass.Fset, defaults[i].send.Call.Pos(), defaults[j].send.Call.Pos())
	})
	suggestion := func(t flow.Target) string {
		switch {
		case reference != "" && referenceVersion != "":
			return reference + "/" + referenceVersion
		case reference == "" && len(defaults) > 0:
			return suggest(pass, "", defaults[0].target)
		case reference == "" && len(libDefaults) > 0:
			return suggest(pass, "", libDefaults[0].target)
		case reference == "" && len(helpers) > 0:
			return suggest(pass, "", helpers[0].target)
		}
		return suggest(pass, reference, t)
	}

	for _, s := range sites {
		if inGenerated(s.pos) {
			continue
		}
		if s.prefix {
			checkPrefix(reporter, s, reference, referenceFrom, suggestion)
			continue
		}
		if name, ok := atlassian.LibraryAgent(s.value); ok {
			reporter.Report(analysis.Diagnostic{
				Pos: s.pos, End: s.end, Category: CategoryLibrary,
				Message: fmt.Sprintf("User-Agent %s identifies %s, not your integration; send your own such as %q, naming the library in parentheses if you like", atlassian.QuoteValue(s.value), atlassian.SafeText(name), suggestion(s.target)),
			})
			continue
		}
		ua, faults := atlassian.ParseUserAgent(s.value)
		if len(faults) > 0 {
			var names []string
			for _, f := range faults {
				names = append(names, f.String())
			}
			d := analysis.Diagnostic{
				Pos: s.pos, End: s.end, Category: CategoryConvention,
				Message: fmt.Sprintf("User-Agent %s does not follow Atlassian's convention {product}-{source}-int/{version} ({optional}): %s", atlassian.QuoteValue(s.value), strings.Join(names, ", ")),
			}
			if len(faults) == 1 && faults[0] == atlassian.UAUpperCase {
				if fix, ok := lowerCaseFix(pass, s.expr, s.value); ok && !inGenerated(fix.TextEdits[0].Pos) {
					d.SuggestedFixes = []analysis.SuggestedFix{fix}
				}
			}
			reporter.Report(d)
			continue
		}
		if id := ua.Identity(); id != reference {
			reporter.Report(analysis.Diagnostic{
				Pos: s.pos, End: s.end, Category: CategoryInconsistent,
				Message: fmt.Sprintf("User-Agent identity %q differs from %q, %s; send one identity from the whole integration", id, reference, referenceFrom),
			})
		}
	}

	// Importers compare against the identity this package (or one it
	// imports) sends, and suggestions reuse it.
	if reference != "" && reference != required && pass.Pkg.Name() != "main" {
		from := pass.Pkg.Path()
		if reference == imported {
			from = importedFrom
		}
		pass.ExportPackageFact(&identityFact{Identity: reference, From: from, Module: modulePath(pass)})
	}
	for _, p := range libDefaults {
		reportLibDefault(pass, reporter, p, suggestion(p.target))
	}
	for _, h := range helpers {
		reportHelperDefault(pass, reporter, h, suggestion(h.target))
	}
	for _, p := range defaults {
		suggestion := suggestion(p.target)
		d := analysis.Diagnostic{
			Pos:      p.send.Call.Pos(),
			End:      p.send.Call.End(),
			Category: CategoryDefault,
			Message:  fmt.Sprintf("request to %s is sent with Go's default User-Agent; set one such as %q", describe(p.target), suggestion),
		}
		if p.mapKey {
			d.Message = fmt.Sprintf("request to %s is sent with Go's default User-Agent besides the one written to the header map under a non-canonical key, which Go does not look up; set it with Header.Set(\"User-Agent\", ...)", describe(p.target))
		}
		if p.unset != nil {
			d.Message = fmt.Sprintf("request to %s is sent with Go's default User-Agent %s; set it before the send on every path, such as %q", describe(p.target), unsetWhy(pass, p.unset), suggestion)
		}
		if p.send.Via != "" {
			d.Message = fmt.Sprintf("%s sends its request to %s through the client given here, with Go's default User-Agent; give it a client whose transport sets one, such as %q", atlassian.SafeText(p.send.Via), describe(p.target), suggestion)
		}
		if p.caller != nil {
			d.Related = []analysis.RelatedInformation{{Pos: p.caller.Pos(), End: p.caller.End(), Message: "a call that sends it to " + describe(p.target)}}
		}
		// Set right after the request is made, a User-Agent would be
		// lost where the request's Header is replaced.
		if fix, ok := insertUserAgent(pass, p.req.Create, suggestion); ok && !inGenerated(p.req.Create) && !p.mapKey && p.unset == nil && !p.req.HeaderReplaced {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		reporter.Report(d)
	}
	return nil, nil
}

// checkPrefix judges a User-Agent built at run time by its constant
// start, as far as that decides: a library's or a browser's agent
// whose name it holds whole, else the identity before its first "/".
// The part only known at run time is never judged.
func checkPrefix(reporter *suppress.Reporter, s uaSite, reference, referenceFrom string, suggestion func(flow.Target) string) {
	shown := atlassian.QuoteValue(s.value + "…")
	if name, ok := atlassian.LibraryAgentPrefix(s.value); ok {
		reporter.Report(analysis.Diagnostic{
			Pos: s.pos, End: s.end, Category: CategoryLibrary,
			Message: fmt.Sprintf("User-Agent %s identifies %s, not your integration, whatever follows; send your own such as %q, naming the library in parentheses if you like", shown, atlassian.SafeText(name), suggestion(s.target)),
		})
		return
	}
	ua, faults, ok := atlassian.ParseUserAgentPrefix(s.value)
	switch {
	case !ok:
	case len(faults) > 0:
		var names []string
		for _, f := range faults {
			names = append(names, f.String())
		}
		reporter.Report(analysis.Diagnostic{
			Pos: s.pos, End: s.end, Category: CategoryConvention,
			Message: fmt.Sprintf("User-Agent %s does not follow Atlassian's convention {product}-{source}-int/{version} ({optional}), whatever follows: %s", shown, strings.Join(names, ", ")),
		})
	case reference != "" && ua.Identity() != reference:
		reporter.Report(analysis.Diagnostic{
			Pos: s.pos, End: s.end, Category: CategoryInconsistent,
			Message: fmt.Sprintf("User-Agent identity %q differs from %q, %s; send one identity from the whole integration", ua.Identity(), reference, referenceFrom),
		})
	}
}

// unsetWhy says on which path a User-Agent that is set somewhere is
// missing at the send.
func unsetWhy(pass *analysis.Pass, u *flow.Unset) string {
	var conds []string
	for _, b := range u.Path {
		conds = append(conds, paths.Describe(pass.Fset, pass.Files, b))
	}
	switch {
	case u.After && len(conds) == 0:
		return "because the User-Agent is set only after the request is sent"
	case u.After:
		return "when " + strings.Join(conds, " and ") + ", where the User-Agent is set only after the request is sent"
	case len(conds) == 0:
		return "on a path that does not set the User-Agent"
	}
	return "when " + strings.Join(conds, " and ") + ": the User-Agent is set only on the other paths"
}

// describe names where a request goes for a message.
func describe(t flow.Target) string {
	if !t.URL.HostKnown && t.Host == atlassian.Site {
		return "an Atlassian site (" + atlassian.SafeText(t.Describe()) + ")"
	}
	return atlassian.SafeText(t.Describe())
}

// atlassianTarget returns the first Atlassian target among the URLs req may have.
func atlassianTarget(hosts atlassian.Hosts, req flow.Request) (flow.Target, bool) {
	for _, u := range req.URLs {
		if t := flow.Classify(hosts, u); t.Atlassian() {
			return t, true
		}
	}
	return flow.Target{}, false
}

// importedIdentity returns the identity sent by an imported package, in
// import path order, and the package that sends it.
func importedIdentity(pass *analysis.Pass) (identity, from string) {
	// Sort a copy: Imports returns the package's own slice, which other
	// analyzers may be reading concurrently (golangci-lint runs them in
	// parallel over shared types).
	imports := slices.Clone(pass.Pkg.Imports())
	sort.Slice(imports, func(i, j int) bool { return imports[i].Path() < imports[j].Path() })
	for _, imp := range imports {
		var f identityFact
		if pass.ImportPackageFact(imp, &f) && f.Identity != "" && sameModule(f.Module, modulePath(pass)) {
			if f.From == "" {
				f.From = imp.Path()
			}
			return f.Identity, f.From
		}
	}
	return "", ""
}

// modulePath is the module of the package under analysis, "" when the
// driver does not say (GOPATH mode, some build systems).
func modulePath(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// sameModule reports whether two packages may be of one integration:
// their modules are the same, or one is not known.
func sameModule(a, b string) bool { return a == "" || b == "" || a == b }

// suggest proposes a User-Agent: the reference identity if there is
// one, else one made from the product of the target and the module.
func suggest(pass *analysis.Pass, reference string, t flow.Target) string {
	if reference != "" {
		return reference + "/1.0.0"
	}
	source := pass.Pkg.Path()
	if pass.Module != nil && pass.Module.Path != "" {
		source = pass.Module.Path
	}
	if source == "command-line-arguments" { // files named on the command line
		source = ""
	}
	return atlassian.SuggestUserAgent(atlassian.ProductFor(t.Host, t.URL.Host, t.URL.Path), atlassian.SourceFromModule(source), "1.0.0")
}

// insertUserAgent inserts req.Header.Set("User-Agent", ua) after the
// error check that follows req, err := http.NewRequest(...), in a block
// or a case of a switch or select.
func insertUserAgent(pass *analysis.Pass, create token.Pos, ua string) (analysis.SuggestedFix, bool) {
	return insertAfterCheck(pass, create, func(req string) string {
		return fmt.Sprintf("%s.Header.Set(\"User-Agent\", %q)", req, ua)
	}, fmt.Sprintf("Set User-Agent %q", ua))
}

// insertAfterCheck inserts the statement stmt(x) after the error check
// that follows x, err := f(...), where the call's Lparen is at create,
// in a block or a case of a switch or select, indented as the
// assignment is.
func insertAfterCheck(pass *analysis.Pass, create token.Pos, stmt func(x string) string, msg string) (analysis.SuggestedFix, bool) {
	if create == token.NoPos {
		return analysis.SuggestedFix{}, false
	}
	for _, f := range pass.Files {
		if f.Pos() > create || f.End() < create {
			continue
		}
		var fix analysis.SuggestedFix
		done := false
		ast.Inspect(f, func(n ast.Node) bool {
			if done || n == nil || n.Pos() > create || n.End() < create {
				return false
			}
			var list []ast.Stmt
			switch n := n.(type) {
			case *ast.BlockStmt:
				list = n.List
			case *ast.CaseClause:
				list = n.Body
			case *ast.CommClause:
				list = n.Body
			default:
				return true
			}
			for i, st := range list {
				assign, ok := st.(*ast.AssignStmt)
				if !ok || len(assign.Rhs) != 1 || len(assign.Lhs) != 2 {
					continue
				}
				call, ok := ast.Unparen(assign.Rhs[0]).(*ast.CallExpr)
				if !ok || call.Lparen != create {
					continue
				}
				done = true // the value is made here; fix it only in the shape below
				if i+1 >= len(list) {
					return false
				}
				x, ok1 := assign.Lhs[0].(*ast.Ident)
				errID, ok2 := assign.Lhs[1].(*ast.Ident)
				check, ok3 := list[i+1].(*ast.IfStmt)
				if !ok1 || !ok2 || !ok3 || x.Name == "_" || !checksErr(pass.TypesInfo, check, errID) {
					return false
				}
				// The indentation of the line in the file, not the column
				// a //line directive gives it.
				src := source.OpenFile(pass, f)
				if src == nil {
					return false
				}
				indent := src.Indent(assign.Pos())
				fix = analysis.SuggestedFix{
					Message:   msg,
					TextEdits: []analysis.TextEdit{{Pos: check.End(), End: check.End(), NewText: []byte("\n" + indent + stmt(x.Name))}},
				}
				return false
			}
			return true
		})
		return fix, len(fix.TextEdits) > 0
	}
	return analysis.SuggestedFix{}, false
}

// checksErr reports whether stmt is "if err != nil { ... }" (or
// "if nil != err") for errID, with no init or else.
func checksErr(info *types.Info, stmt *ast.IfStmt, errID *ast.Ident) bool {
	bin, ok := stmt.Cond.(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ || stmt.Init != nil || stmt.Else != nil {
		return false
	}
	x, y := bin.X, bin.Y
	if isNil(info, x) {
		x, y = y, x
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	obj := info.ObjectOf(errID)
	return ok && obj != nil && info.ObjectOf(id) == obj && isNil(info, y)
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// lowerCaseFix rewrites the literal that gives the User-Agent value, at
// the use or at the declaration of the constant or variable it names,
// lower-casing everything but the optional part.
func lowerCaseFix(pass *analysis.Pass, expr ast.Expr, value string) (analysis.SuggestedFix, bool) {
	lit := literalOf(pass, expr)
	if lit == nil {
		return analysis.SuggestedFix{}, false
	}
	if v, err := strconv.Unquote(lit.Value); err != nil || v != value {
		return analysis.SuggestedFix{}, false // the literal is only part of the value
	}
	if atlassian.HoldsSecret(value) {
		return analysis.SuggestedFix{}, false // the edit would print it again; the secrets pass fixes it
	}
	fixed := atlassian.FixUserAgentCase(value)
	return analysis.SuggestedFix{
		Message:   "Use " + atlassian.QuoteValue(fixed),
		TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(fixed))}},
	}, true
}

// literalOf returns the string literal that expr is, or that the
// constant or variable of this package expr names is declared with.
func literalOf(pass *analysis.Pass, expr ast.Expr) *ast.BasicLit {
	e := ast.Unparen(expr)
	if id, ok := e.(*ast.Ident); ok {
		if obj := pass.TypesInfo.ObjectOf(id); obj != nil && obj.Pkg() == pass.Pkg {
			e = ast.Unparen(decls.Value(pass.TypesInfo, pass.Files, obj))
		}
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		return lit
	}
	return nil
}
