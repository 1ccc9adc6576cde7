package siteurl

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/analysisdoc"
	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flagvalues"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/flow/concat"
	"github.com/atlvet/atlvet/internal/flow/paths"
	"github.com/atlvet/atlvet/internal/funcs"
	"github.com/atlvet/atlvet/internal/generated"
	"github.com/atlvet/atlvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Config configures the pass. The golangci-lint plugin decodes its
// settings into it; the command line sets it through flags.
type Config struct {
	// DataCenter are hosts of Jira or Confluence Data Center, to which
	// bearer tokens (personal access tokens) may be sent.
	DataCenter []string `json:"datacenter"`
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config { return Config{} }

// Analyzer checks with the default configuration; its flags change it.
var Analyzer = New(DefaultConfig())

// Rule categories, as used in Diagnostic.Category.
const (
	CategoryBearerToSite   = "bearer-to-site"
	CategoryInsecureScheme = "insecure-scheme"
)

var categories = []string{CategoryBearerToSite, CategoryInsecureScheme}

// Categories returns the pass's rule categories, as used in
// Diagnostic.Category: with the pass's name, the rule IDs.
func Categories() []string { return slices.Clone(categories) }

// New returns the pass configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "siteurl",
		Doc:      analysisdoc.MustExtract(doc, "siteurl"),
		URL:      "https://pkg.go.dev/github.com/atlvet/atlvet/passes/siteurl",
		Requires: []*analysis.Analyzer{flow.Analyzer},
		// Never panics on partial type information.
		RunDespiteErrors: true,
		FactTypes:        []analysis.Fact{new(connectFact), new(helperFact)},
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	a.Flags.Var(flagvalues.List(&c.DataCenter), "datacenter", "comma-separated Data Center `hosts` to which bearer tokens (personal access tokens) may be sent")
	return a
}

// connectFact marks a package that uses Atlassian Connect's user
// impersonation (or imports one that does): its bearer tokens are
// meant for the site URL.
type connectFact struct {
	// Why says what gave it away; an exported field also keeps the
	// fact gob-encodable, as drivers that store facts require.
	Why string
}

func (*connectFact) AFact()         {}
func (*connectFact) String() string { return "connect" }

// helperFact describes a function for the packages that call it:
// which of its request parameters it sends (so that a call of it is
// a send, reported there); and whose URL it may change (so that a
// request passed to it is no longer known to go to its first URL).
// It also names, for reading and for tests, the URLs built from its
// parameters that it sends a bearer token to and, for a constructor,
// what it stores in the fields those URLs read; importers judge those
// sends from flow's summaries (flow.Result.HelperCalls).
type helperFact struct {
	Sends       []flow.ParamSend
	WritesURL   []int
	BearerURLs  []string
	FieldValues [][2]string // field, value
}

func (*helperFact) AFact() {}
func (f *helperFact) String() string {
	var parts []string
	for _, s := range f.Sends {
		if s.Bearer {
			parts = append(parts, fmt.Sprintf("sends parameter %d with a bearer token", s.Param))
		} else {
			parts = append(parts, fmt.Sprintf("sends parameter %d", s.Param))
		}
	}
	for _, i := range f.WritesURL {
		parts = append(parts, fmt.Sprintf("changes the URL of parameter %d", i))
	}
	for _, u := range f.BearerURLs {
		parts = append(parts, "sends a bearer token to "+u)
	}
	for _, fv := range f.FieldValues {
		parts = append(parts, fmt.Sprintf("sets %s to %s", fv[0], fv[1]))
	}
	return strings.Join(parts, ", ")
}

type checker struct {
	pass       *analysis.Pass
	res        *flow.Result
	query      *flow.SiteQuery
	reported   map[token.Pos]bool
	insp       *inspector.Inspector
	hosts      atlassian.Hosts
	dataCenter map[string]bool
	reporter   *suppress.Reporter
	generated  map[*token.File]bool
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res, release := flow.Use(pass)
	defer release()
	reporter := suppress.New(pass, "siteurl", categories)
	defer reporter.Finish()
	if !res.Relevant && len(pass.TypeErrors) == 0 {
		// Nothing here sends a request or spells an Atlassian URL; only
		// what makes importers Connect apps matters.
		if funcs.Imports(pass.Pkg, atlassian.ConnectImpersonationPackage) {
			pass.ExportPackageFact(&connectFact{Why: "imports " + atlassian.ConnectImpersonationPackage})
		}
		return nil, nil
	}
	insp := res.Inspector()

	connect, why := isConnect(pass, insp)
	if connect {
		pass.ExportPackageFact(&connectFact{Why: why})
	}
	c := &checker{
		insp:       insp,
		pass:       pass,
		res:        res,
		hosts:      atlassian.NewHosts(cfg.DataCenter),
		dataCenter: map[string]bool{},
		reporter:   reporter,
		generated:  map[*token.File]bool{},
	}
	for _, h := range cfg.DataCenter {
		if n := atlassian.NormalizeHost(h); n != "" {
			c.dataCenter[n] = true
		}
	}
	for _, f := range pass.Files {
		if generated.File(f) {
			c.generated[pass.Fset.File(f.FileStart)] = true
		}
	}

	c.insecureSchemes(insp)
	if !res.Relevant || connect {
		return nil, nil
	}
	c.query = res.SiteQuery(flow.Helpers{
		Sends: func(fn *types.Func) []flow.ParamSend {
			var f helperFact
			if pass.ImportObjectFact(fn, &f) {
				return f.Sends
			}
			return nil
		},
		WritesURL: func(fn *types.Func, i int) bool {
			var f helperFact
			return pass.ImportObjectFact(fn, &f) && slices.Contains(f.WritesURL, i)
		},
	})
	c.exportHelperFacts()
	c.reported = map[token.Pos]bool{}
	for _, send := range res.Sends() {
		for _, site := range c.query.Sites(send) {
			c.checkSite(site)
		}
	}
	for _, site := range c.query.HelperSites() {
		c.checkSite(site)
	}
	// A helper of another package that sends a bearer token to a URL
	// whose host the call gives.
	for _, call := range res.HelperCalls() {
		if call.Send.Bearer && call.HostGiven {
			c.checkSite(c.query.HelperCallSite(call))
		}
	}
	for _, site := range res.LibClientSites() {
		if !c.generated[pass.Fset.File(site.Call.Pos())] {
			c.checkLibClient(site)
		}
	}
	return nil, nil
}

// isConnect reports whether the package, or one it depends on, uses
// Atlassian Connect's user impersonation, and why.
func isConnect(pass *analysis.Pass, insp *inspector.Inspector) (bool, string) {
	if funcs.Imports(pass.Pkg, atlassian.ConnectImpersonationPackage) {
		return true, "imports " + atlassian.ConnectImpersonationPackage
	}
	for _, f := range pass.AllPackageFacts() {
		if _, ok := f.Fact.(*connectFact); ok && f.Package != pass.Pkg {
			return true, "depends on " + f.Package.Path()
		}
	}
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind == token.STRING && strings.Contains(lit.Value, atlassian.ConnectAuthHost) {
			return true, "names " + atlassian.ConnectAuthHost
		}
	}
	return false, ""
}

// siteTarget returns the target of s if it is a Cloud site that was
// not declared as Data Center.
func (c *checker) siteTarget(s flow.Str) (flow.Target, bool) {
	t := flow.Classify(c.hosts, s)
	if t.Host == atlassian.NotAtlassian && !t.URL.HostKnown && len(s.Parts) > 1 && s.Parts[len(s.Parts)-1].Unknown {
		// base + path with both the site's name and the path unknown:
		// "https://" + name + ".atlassian.net" + path. The last unknown
		// part starts the path.
		if t2 := flow.Classify(c.hosts, flow.Str{Parts: s.Parts[:len(s.Parts)-1]}.Concat(flow.Lit("/")).Concat(flow.Unknown())); t2.Host == atlassian.Site {
			t = t2
		}
	}
	if t.Host != atlassian.Site {
		return t, false
	}
	if t.URL.HostKnown && c.dataCenter[atlassian.NormalizeHost(t.URL.Host)] {
		return t, false
	}
	return t, true
}

// exportHelperFacts tells importing packages which functions of this
// one send a request they are given, or change its URL.
func (c *checker) exportHelperFacts() {
	if c.pass.Pkg.Name() == "main" {
		return // nothing imports it
	}
	facts := map[*types.Func]*helperFact{}
	get := func(fn *types.Func) *helperFact {
		if facts[fn] == nil {
			facts[fn] = &helperFact{}
		}
		return facts[fn]
	}
	for fn, sends := range c.query.ParamSends() {
		get(fn).Sends = sends
	}
	for fn, params := range c.query.ParamURLWrites() {
		get(fn).WritesURL = params
	}
	sends, fields := c.res.DescribeHelperSends()
	for fn, urls := range sends {
		get(fn).BearerURLs = urls
	}
	for fn, fvs := range fields {
		get(fn).FieldValues = fvs
	}
	for fn, f := range facts {
		// Other packages call only exported functions and methods.
		if fn.Pkg() == c.pass.Pkg && fn.Exported() {
			c.pass.ExportObjectFact(fn, f)
		}
	}
}

// checkSite reports a bearer token sent to a site at site, once per
// call.
func (c *checker) checkSite(site *flow.SendSite) {
	pos := site.Call.Pos()
	if c.generated[c.pass.Fset.File(pos)] || c.reported[pos] {
		return
	}
	for _, req := range site.Requests {
		var sites []flow.Alt
		var targets []flow.Target
		for _, u := range c.query.URLAlts(site, req) {
			if t, ok := c.siteTarget(u.Value); ok {
				sites = append(sites, u)
				targets = append(targets, t)
			}
		}
		if len(sites) == 0 {
			continue
		}
		for _, a := range c.query.AuthAlts(site, req) {
			if !a.Bearer {
				continue
			}
			for i, u := range sites {
				if !u.Meets(a.Alt) {
					continue
				}
				t := targets[i]
				d := analysis.Diagnostic{
					Pos:      pos,
					End:      site.Call.End(),
					Category: CategoryBearerToSite,
					Message:  bearerMessage(t, c.onPath(site, u, a.Alt), atlassian.GatewayAdvice(siteHost(t), t.URL.Path, t.URL.PathComplete)),
				}
				if a.Site.IsValid() {
					d.Related = []analysis.RelatedInformation{{Pos: a.Site, Message: "the bearer token is attached here"}}
				}
				// A helper's URL comes from its callers: name one that
				// gives it the site's.
				if call, _, ok := c.res.URLCaller(req, func(s flow.Str) bool { _, ok := c.siteTarget(s); return ok }); ok {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: call.Pos(), End: call.End(), Message: "a call that sends it to the site"})
				}
				c.reporter.Report(d)
				c.reported[pos] = true
				return
			}
		}
	}
}

func siteHost(t flow.Target) string {
	if t.URL.HostKnown {
		return t.URL.Host
	}
	return strings.ReplaceAll(t.URL.HostPattern, "\x00", "x")
}

// bearerMessage words a bearer-to-site finding: the site, the path on
// which the token goes there (when it is not every path), then advice
// from atlassian.GatewayAdvice or one like it.
func bearerMessage(t flow.Target, path, advice string) string {
	return fmt.Sprintf("OAuth 2.0 bearer token sent to the Atlassian site %s, which does not accept it%s; %s",
		atlassian.SafeText(t.Describe()), path, advice)
}

// onPath says on which path to site's send the site URL u and the
// bearer token a meet, as the conditions that hold there:
// " (when !viaGateway and c.Access != "")", or "" when they meet on
// every path.
func (c *checker) onPath(site *flow.SendSite, u, a flow.Alt) string {
	var conds []string
	for _, b := range site.Path(u, a) {
		conds = append(conds, paths.Describe(c.pass.Fset, c.pass.Files, b))
	}
	if len(conds) == 0 {
		return ""
	}
	return " (when " + atlassian.SafeText(strings.Join(conds, " and ")) + ")"
}

// checkLibClient reports a client of a client library that carries an
// OAuth bearer token (its credential, or its HTTP client's) and sends
// the requests the library builds to a Cloud site: once, where the
// client is made. Requests a program builds with a library's request
// API are sends like net/http's, judged by the site query.
func (c *checker) checkLibClient(site *flow.LibClientSite) {
	lc := &site.Client
	if lc.Library == nil || !lc.Library.BuildsRequests {
		return
	}
	if site.Wrapped != nil {
		for _, u := range site.Wrapped.BaseURLs {
			if _, ok := c.siteTarget(u); ok {
				return // judged where the module makes it
			}
		}
	}
	check := func(urls flow.Strs, send *flow.LibSend) bool {
		if !lc.CarriesBearer(send) {
			return false
		}
		for _, u := range urls {
			t, ok := c.siteTarget(u)
			if !ok {
				continue
			}
			gw := atlassian.GatewayBase(siteHost(t), atlassian.LibraryProduct(lc.Package))
			d := analysis.Diagnostic{
				Pos:      site.Call.Pos(),
				End:      site.Call.End(),
				Category: CategoryBearerToSite,
				Message: bearerMessage(t, "", "send 3LO requests through the API gateway: make the client with the base URL "+gw+
					", with the cloud ID from "+atlassian.AccessibleResourcesURL(siteHost(t))),
			}
			if lc.BearerSite.IsValid() && lc.BearerSite != site.Call.Lparen {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: lc.BearerSite, Message: "the bearer token is given to the client here"})
			}
			if send != nil && send.Call != nil {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: send.Call.Pos(), End: send.Call.End(), Message: "a request it sends there"})
			}
			c.reporter.Report(d)
			return true
		}
		return false
	}
	for i := range lc.Sends {
		if check(lc.Sends[i].URLs, &lc.Sends[i]) {
			return
		}
	}
	check(lc.BaseURLs, nil)
}

// insecureSchemes reports http:// URLs to Atlassian Cloud hosts.
func (c *checker) insecureSchemes(insp *inspector.Inspector) {
	var uses *flow.URLUses
	usesDone := false
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil), (*ast.CompositeLit)(nil)) {
		if c.generated[c.pass.Fset.File(cur.Node().Pos())] {
			continue
		}
		if lit, ok := cur.Node().(*ast.CompositeLit); ok {
			c.insecureURLLiteral(lit)
			continue
		}
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING || len(lit.Value) < 8 || !strings.EqualFold(lit.Value[1:8], "http://") {
			continue
		}
		value, err := strconv.Unquote(lit.Value)
		if err != nil || len(value) < len("http://") || !strings.EqualFold(value[:7], "http://") {
			continue
		}
		host, ok := c.cloudHost(formatStr(value, isFormat(c.pass.TypesInfo, cur)))
		if !ok && !strings.ContainsAny(value[len("http://"):], "/?#") {
			// "http://" + host + ..., "http://user@" + host: judge the whole.
			if !usesDone {
				uses, usesDone = c.res.URLUses(), true
			}
			for _, u := range uses.OfExpr(lit) {
				for _, s := range u.Values {
					if strings.HasPrefix(strings.ToLower(s.Prefix()), "http://") {
						if h, isCloud := c.cloudHost(s); isCloud {
							host, ok = h, true
						}
					}
				}
			}
		}
		if !ok {
			continue
		}
		if !usesDone {
			uses, usesDone = c.res.URLUses(), true
		}
		if c.isTestFile(lit.Pos()) && c.testData(cur, uses) || onlyText(uses.Judge(lit)) {
			continue
		}
		d := analysis.Diagnostic{
			Pos:      lit.Pos(),
			End:      lit.End(),
			Category: CategoryInsecureScheme,
			Message:  insecureMessage(host),
		}
		// A literal that holds a secret is the secrets pass's to fix.
		if body := lit.Value[1:]; strings.HasPrefix(strings.ToLower(body), "http://") && !atlassian.HoldsSecret(lit.Value) {
			// http://host:80 is https://host, not https://host:80.
			auth := body[len("http://"):]
			if i := strings.IndexAny(auth, "/?#\\\"`"); i >= 0 {
				auth = auth[:i]
			}
			end, newText := len("http://"), "https://"
			if host, ok := strings.CutSuffix(auth, ":80"); ok && host != "" {
				end, newText = len("http://")+len(auth), "https://"+host
			}
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Use https://",
				TextEdits: []analysis.TextEdit{{Pos: lit.Pos() + 1, End: lit.Pos() + 1 + token.Pos(end), NewText: []byte(newText)}},
			}}
		}
		c.reporter.Report(d)
	}
}

func (c *checker) isTestFile(pos token.Pos) bool {
	return strings.HasSuffix(c.pass.Fset.File(pos).Name(), "_test.go")
}

// testData reports whether the literal at cur, in a test, is data the
// test hands to the code under test or expects back rather than a URL
// it reaches: an entry of a table (a slice, array or map literal, or a
// struct literal in one), or a value compared somewhere. A normaliser's
// test keeps its http:// inputs.
func (c *checker) testData(cur inspector.Cursor, uses *flow.URLUses) bool {
	info := c.pass.TypesInfo
climb:
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		switch pn := p.Node().(type) {
		case *ast.KeyValueExpr, *ast.ParenExpr:
			continue
		case *ast.UnaryExpr:
			if pn.Op == token.AND {
				continue
			}
		case *ast.CompositeLit:
			if t := info.TypeOf(pn); t != nil {
				switch t.Underlying().(type) {
				case *types.Slice, *types.Array, *types.Map:
					return true
				case *types.Struct:
					continue
				}
			}
		}
		break climb
	}
	j := uses.Judge(cur.Node().(ast.Expr))
	return j.Text || j.Table
}

// onlyText reports whether a literal is only ever read as text and
// never becomes a URL that is used: a map's key, text compared with, a
// URL an HTTP mock answers for (httpmock.RegisterResponder, or a helper
// of the module that registers one). Whatever the file, it sends
// nothing.
func onlyText(j flow.Judgement) bool { return j.Text && len(j.Uses) == 0 }

// insecureMessage words an insecure-scheme finding for host, named
// without http's default port.
func insecureMessage(host string) string {
	host = strings.TrimSuffix(host, ":80")
	return fmt.Sprintf("http:// URL to Atlassian Cloud host %s sends credentials and data in clear text; use https://", atlassian.SafeText(host))
}

// cloudHost reports whether s is a URL to an Atlassian Cloud host, and
// names the host.
func (c *checker) cloudHost(s flow.Str) (string, bool) {
	t := flow.Classify(c.hosts, s)
	if !t.Host.IsCloud() {
		return "", false
	}
	return t.Describe(), true
}

// hostSuffix returns the host that a concatenation ending in a constant
// domain names, its unknown first label as "…": site + ".atlassian.net"
// is "….atlassian.net". It returns "" for anything else.
func (c *checker) hostSuffix(e ast.Expr) string {
	bin, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || bin.Op != token.ADD {
		return ""
	}
	tv := c.pass.TypesInfo.Types[bin.Y]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	suffix := constant.StringVal(tv.Value)
	if !strings.HasPrefix(suffix, ".") || strings.Count(suffix, ".") < 2 {
		return ""
	}
	return "…" + suffix
}

// insecureURLLiteral reports url.URL{Scheme: "http", Host: <cloud host>}.
func (c *checker) insecureURLLiteral(lit *ast.CompositeLit) {
	if !funcs.IsNamed(c.pass.TypesInfo.TypeOf(lit), "net/url", "URL") {
		return
	}
	var scheme, hostLit *ast.BasicLit
	host := ""
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		tv := c.pass.TypesInfo.Types[kv.Value]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			if key.Name == "Host" {
				host = c.hostSuffix(kv.Value) // site + ".atlassian.net"
			}
			continue
		}
		switch key.Name {
		case "Scheme":
			if v := constant.StringVal(tv.Value); strings.EqualFold(v, "http") {
				scheme, _ = ast.Unparen(kv.Value).(*ast.BasicLit)
			}
		case "Host":
			host = constant.StringVal(tv.Value)
			hostLit, _ = ast.Unparen(kv.Value).(*ast.BasicLit)
		}
	}
	if scheme == nil || host == "" || !c.hosts.Classify(strings.ReplaceAll(host, "…", "x")).IsCloud() {
		return
	}
	edits := []analysis.TextEdit{{Pos: scheme.Pos(), End: scheme.End(), NewText: []byte(`"https"`)}}
	if hostLit != nil && strings.HasSuffix(hostLit.Value, `:80"`) {
		// https on port 80 reaches nothing: drop the port.
		edits = append(edits, analysis.TextEdit{Pos: hostLit.End() - token.Pos(len(`:80"`)), End: hostLit.End() - 1})
	}
	c.reporter.Report(analysis.Diagnostic{
		Pos:      scheme.Pos(),
		End:      scheme.End(),
		Category: CategoryInsecureScheme,
		Message:  insecureMessage(atlassian.NormalizeHost(host)),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Use https://",
			TextEdits: edits,
		}},
	})
}

// isFormat reports whether the literal at cur is the format of a
// fmt.Sprintf call.
func isFormat(info *types.Info, cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	return ok && len(call.Args) > 0 && call.Args[0] == cur.Node() &&
		funcs.IsFunc(funcs.Callee(info, call), "fmt", "Sprintf")
}

// formatStr renders s as a symbolic string; in a format string, the
// verbs are unknown parts.
func formatStr(s string, format bool) flow.Str {
	if !format {
		return flow.Lit(s)
	}
	return concat.FormatStr(s)
}
