package siteurl

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/analysisdoc"
	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flagvalues"
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

// New returns the pass configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "siteurl",
		Doc:      analysisdoc.MustExtract(doc, "siteurl"),
		URL:      "https://pkg.go.dev/github.com/atlvet/atlvet/passes/siteurl",
		Requires: []*analysis.Analyzer{inspect.Analyzer, flow.Analyzer},
		// Never panics on partial type information.
		RunDespiteErrors: true,
		FactTypes:        []analysis.Fact{new(connectFact)},
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

// connectAuthServer is where Connect apps get user-impersonation tokens.
const connectAuthServer = "oauth-2-authorization-server.services.atlassian.com"

// go-jira packages and their NewClient.
var goJiraPackages = []string{
	"github.com/andygrunwald/go-jira",
	"github.com/andygrunwald/go-jira/v2/onpremise",
	"github.com/andygrunwald/go-jira/v2/cloud",
}

type checker struct {
	pass       *analysis.Pass
	res        *flow.Result
	hosts      atlassian.Hosts
	dataCenter map[string]bool
	reporter   *suppress.Reporter
	generated  map[*token.File]bool
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res, release := flow.Use(pass)
	defer release()
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	reporter := suppress.New(pass, "siteurl", categories)
	defer reporter.Finish()

	connect, why := isConnect(pass, insp)
	if connect {
		pass.ExportPackageFact(&connectFact{Why: why})
	}
	c := &checker{
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
	for _, send := range res.Sends() {
		if c.generated[pass.Fset.File(send.Call.Pos())] {
			continue
		}
		c.checkSend(send)
	}
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if c.generated[pass.Fset.File(call.Pos())] {
			continue
		}
		if fn := funcs.Callee(pass.TypesInfo, call); fn != nil && fn.Name() == "NewClient" && fn.Pkg() != nil && isGoJira(fn.Pkg().Path()) && fn.Signature().Recv() == nil {
			c.checkGoJira(call, fn)
		}
	}
	return nil, nil
}

func isGoJira(path string) bool {
	for _, p := range goJiraPackages {
		if p == path {
			return true
		}
	}
	return false
}

// isConnect reports whether the package, or one it depends on, uses
// Atlassian Connect's user impersonation, and why.
func isConnect(pass *analysis.Pass, insp *inspector.Inspector) (bool, string) {
	if funcs.Imports(pass.Pkg, "golang.org/x/oauth2/jira") {
		return true, "imports golang.org/x/oauth2/jira"
	}
	for _, f := range pass.AllPackageFacts() {
		if _, ok := f.Fact.(*connectFact); ok && f.Package != pass.Pkg {
			return true, "depends on " + f.Package.Path()
		}
	}
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind == token.STRING && strings.Contains(lit.Value, connectAuthServer) {
			return true, "names " + connectAuthServer
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

// meets reports whether the site URL u and the bearer token a can be
// on the same path, as far as atlvet can tell with confidence.
func meets(u flow.Alt, a flow.AuthAlt) bool {
	if flow.CondsConflict(u.Conds, a.Conds) {
		return false
	}
	if u.Certain() || a.Certain() {
		return true
	}
	return !u.Merged && !a.Merged && flow.CondsShare(u.Conds, a.Conds)
}

func (c *checker) checkSend(send *flow.Send) {
	for _, req := range send.Requests {
		var sites []flow.Alt
		var targets []flow.Target
		for _, u := range c.res.SendURLAlts(send, req) {
			if t, ok := c.siteTarget(u.Value); ok {
				sites = append(sites, u)
				targets = append(targets, t)
			}
		}
		if len(sites) == 0 {
			continue
		}
		for _, a := range c.res.SendAuthAlts(send, req) {
			if !a.Bearer {
				continue
			}
			for i, u := range sites {
				if !meets(u, a) {
					continue
				}
				t := targets[i]
				d := analysis.Diagnostic{
					Pos:      send.Call.Pos(),
					End:      send.Call.End(),
					Category: CategoryBearerToSite,
					Message:  bearerMessage(t, atlassian.GatewayURL(siteHost(t), t.URL.Path, t.URL.PathComplete)),
				}
				if a.Site.IsValid() {
					d.Related = []analysis.RelatedInformation{{Pos: a.Site, Message: "the bearer token is attached here"}}
				}
				c.reporter.Report(d)
				return // one report per send
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

func bearerMessage(t flow.Target, gateway string) string {
	return fmt.Sprintf("OAuth 2.0 bearer token sent to the Atlassian site %s, which does not accept it; send 3LO requests through the API gateway: %s, with the cloud ID from %s",
		t.Describe(), gateway, atlassian.AccessibleResourcesURL(siteHost(t)))
}

// checkGoJira reports a go-jira client made with a bearer-token HTTP
// client and a site base URL: every request it sends goes to the site.
func (c *checker) checkGoJira(call *ast.CallExpr, fn *types.Func) {
	params := fn.Signature().Params()
	urlArg, clientArg := -1, -1
	for i := 0; i < params.Len() && i < len(call.Args); i++ {
		if b, ok := params.At(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			urlArg = i
		} else {
			clientArg = i
		}
	}
	if urlArg < 0 || clientArg < 0 {
		return
	}
	bearer := c.goJiraBearer(call.Args[clientArg])
	if !bearer {
		for _, cl := range c.res.ClientArg(call, clientArg) {
			bearer = bearer || cl.CarriesBearer()
		}
	}
	if !bearer {
		return
	}
	instr, _ := c.res.CallAt(call)
	if instr == nil {
		return
	}
	args := instr.Common().Args
	if urlArg >= len(args) {
		return
	}
	for _, s := range c.res.Eval(args[urlArg]) {
		t, ok := c.siteTarget(s)
		if !ok {
			continue
		}
		gw := "https://" + atlassian.GatewayHost(siteHost(t)) + "/ex/jira/{cloudid}/"
		c.reporter.Report(analysis.Diagnostic{
			Pos:      call.Pos(),
			End:      call.End(),
			Category: CategoryBearerToSite,
			Message:  bearerMessage(t, "make the client with the base URL "+gw),
		})
		return
	}
}

// goJiraBearer recognises tp.Client() on a go-jira BearerAuthTransport.
func (c *checker) goJiraBearer(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := funcs.Callee(c.pass.TypesInfo, call)
	for _, p := range goJiraPackages {
		if funcs.IsMethod(fn, p, "BearerAuthTransport", "Client") {
			return true
		}
	}
	return false
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
		if !ok && len(value) == 7 {
			// "http://" + host + ...: judge the whole.
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
		d := analysis.Diagnostic{
			Pos:      lit.Pos(),
			End:      lit.End(),
			Category: CategoryInsecureScheme,
			Message:  fmt.Sprintf("http:// URL to Atlassian Cloud host %s sends credentials and data in clear text; use https://", host),
		}
		if body := lit.Value[1:]; strings.HasPrefix(strings.ToLower(body), "http://") {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Use https://",
				TextEdits: []analysis.TextEdit{{Pos: lit.Pos() + 1, End: lit.Pos() + 1 + token.Pos(len("http://")), NewText: []byte("https://")}},
			}}
		}
		c.reporter.Report(d)
	}
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

// insecureURLLiteral reports url.URL{Scheme: "http", Host: <cloud host>}.
func (c *checker) insecureURLLiteral(lit *ast.CompositeLit) {
	if !funcs.IsNamed(c.pass.TypesInfo.TypeOf(lit), "net/url", "URL") {
		return
	}
	var scheme *ast.BasicLit
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
			continue
		}
		switch key.Name {
		case "Scheme":
			if v := constant.StringVal(tv.Value); strings.EqualFold(v, "http") {
				scheme, _ = ast.Unparen(kv.Value).(*ast.BasicLit)
			}
		case "Host":
			host = constant.StringVal(tv.Value)
		}
	}
	if scheme == nil || host == "" || !c.hosts.Classify(host).IsCloud() {
		return
	}
	c.reporter.Report(analysis.Diagnostic{
		Pos:      scheme.Pos(),
		End:      scheme.End(),
		Category: CategoryInsecureScheme,
		Message:  fmt.Sprintf("http:// URL to Atlassian Cloud host %s sends credentials and data in clear text; use https://", atlassian.NormalizeHost(host)),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Use https://",
			TextEdits: []analysis.TextEdit{{Pos: scheme.Pos(), End: scheme.End(), NewText: []byte(`"https"`)}},
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
	out := flow.Str{}
	var lit strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			lit.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '%' {
			lit.WriteByte('%')
			i++
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.[]*", s[j]) >= 0 {
			j++
		}
		out = out.Concat(flow.Lit(lit.String())).Concat(flow.Unknown())
		lit.Reset()
		i = j
	}
	return out.Concat(flow.Lit(lit.String()))
}
