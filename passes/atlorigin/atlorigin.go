package atlorigin

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
	"github.com/atlvet/atlvet/internal/funcs"
	"github.com/atlvet/atlvet/internal/generated"
	"github.com/atlvet/atlvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Config configures the pass. The golangci-lint plugin decodes its
// settings into it; the command line sets it through flags.
type Config struct {
	// Hosts are more hosts that count as Atlassian.
	Hosts []string `json:"hosts"`
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config { return Config{} }

// Analyzer checks with the default configuration; its flags change it.
var Analyzer = New(DefaultConfig())

// Rule categories, as used in Diagnostic.Category.
const (
	CategoryAPIURL     = "api-url"
	CategoryOAuthURL   = "oauth-url"
	CategoryMisspelled = "misspelled"
)

var categories = []string{CategoryAPIURL, CategoryOAuthURL, CategoryMisspelled}

// Categories returns the pass's rule categories, as used in
// Diagnostic.Category: with the pass's name, the rule IDs.
func Categories() []string { return slices.Clone(categories) }

// New returns the pass configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "atlorigin",
		Doc:      analysisdoc.MustExtract(doc, "atlorigin"),
		URL:      "https://pkg.go.dev/github.com/atlvet/atlvet/passes/atlorigin",
		Requires: []*analysis.Analyzer{flow.Analyzer},
		// Never panics on partial type information.
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	a.Flags.Var(flagvalues.List(&c.Hosts), "hosts", "comma-separated `hosts` that also count as Atlassian")
	return a
}

// kind is what a URL is, as far as atlOrigin is concerned.
type kind int

const (
	unknownURL kind = iota
	uiLink
	apiURL
	gatewayURL
	authorizeURL
	tokenURL
	tokenRequest // the request (*oauth2.Config).Exchange sends
	oauthServerURL
)

func (k kind) isAPI() bool { return k == apiURL || k == gatewayURL }
func (k kind) isOAuth() bool {
	return k == authorizeURL || k == tokenURL || k == tokenRequest || k == oauthServerURL
}

// verdict collects the kinds of URL one parameter ends up in.
type verdict struct {
	kinds  map[kind]bool
	sample map[kind]string // a description of one URL of each kind
}

func (v *verdict) add(k kind, desc string) {
	if v.kinds == nil {
		v.kinds, v.sample = map[kind]bool{}, map[kind]string{}
	}
	if !v.kinds[k] {
		v.kinds[k] = true
		v.sample[k] = desc
	}
}

// worst returns the kind to report: OAuth before API before UI.
func (v *verdict) worst() kind {
	for _, k := range []kind{authorizeURL, tokenURL, tokenRequest, oauthServerURL, apiURL, gatewayURL, uiLink} {
		if v.kinds[k] {
			return k
		}
	}
	return unknownURL
}

type checker struct {
	pass     *analysis.Pass
	insp     *inspector.Inspector
	hosts    atlassian.Hosts
	res      *flow.Result
	reporter *suppress.Reporter

	urlUses     *flow.URLUses
	urlUsesDone bool

	strs    *concat.Index
	done    map[ast.Node]bool // chains judged, by root
	pending []*pending
	// libQueries maps each query-parameter setter of a client library
	// to the URLs of the requests it applies to; see libQueryURLs.
	libQueries map[token.Pos][]flow.Str
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res, release := flow.Use(pass)
	defer release()
	reporter := suppress.New(pass, "atlorigin", categories)
	defer reporter.Finish()
	if !res.Relevant && len(pass.TypeErrors) == 0 {
		return nil, nil // no Atlassian URL, no request: no REST or OAuth URL to carry atlOrigin
	}
	insp := res.Inspector()
	c := &checker{
		pass: pass, insp: insp, hosts: atlassian.NewHosts(cfg.Hosts), res: res, reporter: reporter,
		strs: concat.New(pass.Pkg, pass.TypesInfo, insp), done: map[ast.Node]bool{},
	}
	for _, f := range pass.Files {
		if generated.File(f) {
			continue
		}
		fcur, ok := insp.Root().FindNode(f)
		if !ok {
			continue
		}
		for cur := range fcur.Preorder((*ast.BasicLit)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.BasicLit:
				if n.Kind != token.STRING || !strings.ContainsAny(n.Value, "=?&") {
					continue // a parameter needs "name=" or a separator
				}
				c.checkChain(cur)
			case *ast.CallExpr:
				fn := funcs.Callee(pass.TypesInfo, n)
				switch {
				case len(n.Args) == 1 && c.libQueryURLs(n) != nil:
					// resty's SetQueryParams(map[string]string{...})
					if lit, ok := ast.Unparen(n.Args[0]).(*ast.CompositeLit); ok {
						for _, elt := range lit.Elts {
							if kv, ok := elt.(*ast.KeyValueExpr); ok {
								if key, m := originKey(pass.TypesInfo, kv.Key); m != atlassian.NotOrigin {
									c.checkLibQueryEntry(n, lit, kv, key, m)
								}
							}
						}
					}
				case len(n.Args) != 2:
				case funcs.IsMethod(fn, "net/url", "Values", "Set", "Add"),
					fn == nil && c.lazyUses().QueryEdit(n): // f := q.Set; f(k, v)
					if key, m := originKey(pass.TypesInfo, n.Args[0]); m != atlassian.NotOrigin {
						c.checkQuerySet(cur, n, key, m)
					}
				case flow.SetsAuthParam(fn):
					if key, m := originKey(pass.TypesInfo, n.Args[0]); m != atlassian.NotOrigin {
						c.checkAuthParam(cur, n, key)
					}
				case c.libQueryURLs(n) != nil:
					if key, m := originKey(pass.TypesInfo, n.Args[0]); m != atlassian.NotOrigin {
						c.checkLibQuery(cur, n, key, m)
					}
				}
			case *ast.CompositeLit:
				if !funcs.IsNamed(pass.TypesInfo.TypeOf(n), "net/url", "Values") {
					continue
				}
				for _, elt := range n.Elts {
					kv, ok := elt.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if key, m := originKey(pass.TypesInfo, kv.Key); m != atlassian.NotOrigin {
						c.checkQueryLit(n, kv, key, m)
					}
				}
			}
		}
	}
	c.finish()
	return nil, nil
}

// libQueryURLs returns the URLs of the requests a client library's
// query-parameter setter (resty's SetQueryParam) applies to: those the
// client or request it is called on sends; nil for other calls.
func (c *checker) libQueryURLs(call *ast.CallExpr) []flow.Str {
	if c.libQueries == nil {
		c.libQueries = map[token.Pos][]flow.Str{}
		for _, site := range c.res.LibClientSites() {
			cl := &site.Client
			for _, q := range cl.Query {
				for _, s := range cl.Sends {
					c.libQueries[q.Site] = append(c.libQueries[q.Site], s.URLs...)
				}
				if len(cl.Sends) == 0 {
					c.libQueries[q.Site] = append(c.libQueries[q.Site], cl.BaseURLs...)
				}
			}
			for _, s := range cl.Sends {
				for _, q := range s.Query {
					c.libQueries[q.Site] = append(c.libQueries[q.Site], s.URLs...)
				}
			}
		}
	}
	return c.libQueries[call.Lparen]
}

// checkLibQuery judges a client library's query-parameter setter by the
// requests it applies to. The fix drops the setter from its builder
// chain, or the statement that is the call.
func (c *checker) checkLibQuery(cur inspector.Cursor, call *ast.CallExpr, key string, m atlassian.OriginMatch) {
	v := c.libQueryVerdict(call)
	k := v.worst()
	if k == unknownURL {
		return
	}
	// In a builder chain, from the setter's name: its own line.
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End()}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
		d.Pos = sel.Sel.Pos()
	}
	if !c.describeDiag(&d, k, v.sample[k], key, m) {
		return
	}
	c.report(d, originFix(&d, v, k, call.Args[0], key, func() *removal {
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && returnsReceiver(c.pass.TypesInfo, call, sel) {
			if _, stmt := cur.Parent().Node().(*ast.ExprStmt); !stmt {
				// c.R().SetQueryParam(...).Get(u): keep the chain.
				fix := &removal{}
				if !c.noteRemovedCall(fix, call) {
					return nil
				}
				fix.edits = []analysis.TextEdit{{Pos: sel.X.End(), End: call.End()}}
				fix.spans = []span{{sel.X.End(), call.End()}}
				return fix
			}
		}
		return c.deleteCallStmt(cur)
	}))
}

// libQueryVerdict classifies the URLs of the requests a client
// library's query-parameter setter applies to.
func (c *checker) libQueryVerdict(call *ast.CallExpr) verdict {
	var v verdict
	for _, s := range c.libQueryURLs(call) {
		if k, desc := c.classify(s); k != unknownURL {
			v.add(k, desc)
		}
	}
	return v
}

// checkLibQueryEntry judges an entry of the map a client library's
// SetQueryParams is given, by the requests the call applies to. The
// fix deletes the entry.
func (c *checker) checkLibQueryEntry(call *ast.CallExpr, lit *ast.CompositeLit, kv *ast.KeyValueExpr, key string, m atlassian.OriginMatch) {
	v := c.libQueryVerdict(call)
	k := v.worst()
	if k == unknownURL {
		return
	}
	d := analysis.Diagnostic{Pos: kv.Key.Pos(), End: kv.Key.End()}
	if !c.describeDiag(&d, k, v.sample[k], key, m) {
		return
	}
	c.report(d, originFix(&d, v, k, kv.Key, key, func() *removal { return c.deleteElemFix(lit.Elts, kv) }))
}

// returnsReceiver reports whether the method call x.m(...) returns x's
// type: a builder chain goes on from it.
func returnsReceiver(info *types.Info, call *ast.CallExpr, sel *ast.SelectorExpr) bool {
	t, x := info.TypeOf(call), info.TypeOf(sel.X)
	return t != nil && x != nil && types.Identical(t, x)
}

func (c *checker) lazyUses() *flow.URLUses {
	if !c.urlUsesDone {
		c.urlUsesDone = true
		c.urlUses = c.res.URLUses()
	}
	return c.urlUses
}

// originKey returns the constant key of a query edit and how it
// relates to atlOrigin.
func originKey(info *types.Info, e ast.Expr) (string, atlassian.OriginMatch) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", atlassian.NotOrigin
	}
	key := constant.StringVal(tv.Value)
	return key, atlassian.MatchOriginParam(key)
}

// classify says what kind of URL s is.
func (c *checker) classify(s flow.Str) (kind, string) {
	t := flow.Classify(c.hosts, s)
	desc := describe(s)
	hostUnknown := !t.URL.HostKnown && t.Host == atlassian.NotAtlassian
	oauthHost := hostUnknown || t.Host == atlassian.AuthServer || t.Host == atlassian.ConnectAuthServer ||
		t.Host == atlassian.Bitbucket || t.Host == atlassian.Declared
	switch {
	case t.Path == atlassian.AuthorizePath && oauthHost:
		return authorizeURL, desc
	case t.Path == atlassian.TokenPath && oauthHost:
		return tokenURL, desc
	case t.Host == atlassian.AuthServer || t.Host == atlassian.ConnectAuthServer:
		return oauthServerURL, desc
	case t.Path == atlassian.RESTPath:
		return apiURL, desc
	case t.Host == atlassian.Gateway:
		return gatewayURL, desc
	case t.Host == atlassian.Bitbucket && t.URL.HostKnown && strings.HasPrefix(t.URL.Host, "api."):
		return apiURL, desc
	case t.Path == atlassian.UILink:
		return uiLink, desc
	case t.Host == atlassian.Site || t.Host == atlassian.Bitbucket || t.Host == atlassian.Declared:
		return uiLink, desc
	}
	return unknownURL, desc
}

// describe renders a URL for a message: no scheme, no user info, no
// query, credentials redacted and long text cut.
func describe(s flow.Str) string {
	text := s.String()
	if i := strings.Index(text, "://"); i >= 0 && !strings.ContainsAny(text[:i], "/?…") {
		text = text[i+3:]
		end := strings.IndexAny(text, "/?#")
		if end < 0 {
			end = len(text)
		}
		if at := strings.LastIndexByte(text[:end], '@'); at >= 0 {
			text = text[at+1:] // user info, password and all
		}
	}
	if i := strings.IndexAny(text, "?#"); i >= 0 {
		text = text[:i]
	}
	// Redact before shortening: a token cut in two is no longer
	// recognised as one.
	text = atlassian.SafeText(text)
	if r := []rune(text); len(r) > 80 {
		text = string(r[:79]) + "…"
	}
	if text == "" || text == "…" {
		return "a URL"
	}
	return text
}

// containsText reports whether text occurs in a literal part of s.
func containsText(s flow.Str, text string) bool {
	for _, p := range s.Parts {
		if p.Param == 0 && !p.Unknown && strings.Contains(p.Lit, text) {
			return true
		}
	}
	return false
}

// judgeUses adds to v the kinds of the complete URLs in uses; with
// anchor set, only the alternatives that contain it.
func (c *checker) judgeUses(v *verdict, uses []flow.URLUse, anchor string) {
	for _, u := range uses {
		for _, s := range u.Values {
			if anchor != "" && !u.URLObject && !containsText(s, anchor) {
				continue
			}
			if k, desc := c.classify(s); k != unknownURL {
				v.add(k, desc)
			}
		}
	}
}

// A param is an atlOrigin-like parameter of a chain.
type param struct {
	concat.Param
	match atlassian.OriginMatch
}

// originParams returns the atlOrigin-like parameters of ch.
func originParams(ch *concat.Chain) []param {
	var out []param
	for _, p := range ch.Params(func(name string) bool { return atlassian.MatchOriginParam(name) != atlassian.NotOrigin }) {
		out = append(out, param{p, atlassian.MatchOriginParam(p.Name)})
	}
	return out
}

// checkChain judges the atlOrigin-like parameters of the string that
// the literal at cur is part of: one diagnostic per literal that
// carries any, and one fix for the whole string.
func (c *checker) checkChain(cur inspector.Cursor) {
	root := c.strs.Root(cur)
	if c.done[root.Node()] {
		return
	}
	c.done[root.Node()] = true
	ch := c.strs.Chain(root)
	params := originParams(ch)
	if len(params) == 0 {
		return
	}
	exact := slices.ContainsFunc(params, func(p param) bool { return p.match == atlassian.OriginExact })
	var removable []concat.Param
	var fixOwner *pending
	for i := 0; i < len(params); {
		op := params[i].Op
		j := i
		for j < len(params) && params[j].Op == op {
			j++
		}
		group := params[i:j]
		i = j
		lit := ch.Ops[op].Lit
		if lit == nil {
			continue // a named constant's parameters are judged where it is declared
		}
		d, k, fixable := c.judgeLiteral(ch, op, group)
		if d == nil {
			continue
		}
		p := &pending{d: *d}
		c.pending = append(c.pending, p)
		switch {
		case !fixable:
		case k == uiLink:
			// Rename a misspelling, unless that makes a second atlOrigin.
			if len(params) == 1 && !exact {
				if fix, ok := c.renameParam(ch, group[0]); ok {
					p.d.SuggestedFixes = append(p.d.SuggestedFixes, fix)
				}
			}
		default:
			for _, p := range group {
				removable = append(removable, p.Param)
			}
			if fixOwner == nil {
				fixOwner = p
			}
		}
	}
	if fixOwner != nil {
		if fix, ok := c.removeParams(ch, removable); ok {
			fixOwner.fix = fix
		}
	}
}

// judgeLiteral judges the parameters ps of the chain's literal operand
// op: the diagnostic to report, the kind of URL, and whether a fix may
// change the literal (it serves no UI link and is not also read as
// text).
func (c *checker) judgeLiteral(ch *concat.Chain, op int, ps []param) (*analysis.Diagnostic, kind, bool) {
	lit := ch.Ops[op].Lit
	var v verdict
	// The complete URLs the literal becomes describe it best; what the
	// chain says by itself counts too, unless the literal is only data
	// of a table or is read as text somewhere (a matcher is no URL).
	var j flow.Judgement
	if uses := c.lazyUses(); uses != nil {
		j = uses.Judge(lit)
		anchor := ch.Ops[op].Value
		if ch.Format != nil || concat.HasVerb(anchor) {
			// A format, here or where a constant is used: its text
			// shows in the URLs between the verbs.
			anchor = concat.VerbFreeText(anchor, ps[0].Start-ch.Ops[op].Start)
		}
		c.judgeUses(&v, j.Uses, anchor)
	}
	if !j.Text && !j.Table {
		if k, desc := c.classify(ch.Str()); k != unknownURL {
			v.add(k, desc)
		}
	}
	if ch.Format != nil && ch.ComplexVerbs {
		// The evaluator renders "%[1]s" as text: describe the format.
		for k := range v.sample {
			v.sample[k] = describe(ch.Str())
		}
	}
	if j.Text && len(j.Uses) == 0 {
		return nil, unknownURL, false
	}
	k := v.worst()
	if k == unknownURL {
		return nil, k, false
	}
	// Report the parameter most worth naming: atlOrigin itself, else
	// the first near miss.
	p := ps[0]
	for _, q := range ps {
		if q.match == atlassian.OriginExact {
			p = q
			break
		}
	}
	if k == uiLink {
		p = param{}
		for _, q := range ps {
			if q.match == atlassian.OriginNearMiss {
				p = q
				break
			}
		}
		if p.Key == "" {
			return nil, k, false // atlOrigin on a UI link: where it belongs
		}
	}
	d := &analysis.Diagnostic{Pos: lit.Pos(), End: lit.End()}
	if !c.describeDiag(d, k, v.sample[k], p.Key, p.match) {
		return nil, k, false
	}
	fixable := !j.Text && !(v.kinds[uiLink] && k != uiLink)
	return d, k, fixable
}

// describeDiag fills in the category and message for a parameter
// named key found on a URL of kind k; it reports false when there is
// nothing to say (atlOrigin on a UI link).
func (c *checker) describeDiag(d *analysis.Diagnostic, k kind, desc, key string, m atlassian.OriginMatch) bool {
	name := "atlOrigin"
	if m == atlassian.OriginNearMiss {
		name = atlassian.QuoteValue(key) + " (a misspelt atlOrigin)"
	}
	switch {
	case k == tokenRequest:
		d.Category = CategoryOAuthURL
		d.Message = fmt.Sprintf("%s parameter in an OAuth 2.0 token request (%s); atlOrigin is only for links into the product UI and OAuth 2.0 flows may not ignore it: remove it", name, desc)
	case k.isOAuth():
		what := "an OAuth 2.0 authorization server URL"
		switch k {
		case authorizeURL:
			what = "an OAuth 2.0 authorize URL"
		case tokenURL:
			what = "an OAuth 2.0 token URL"
		}
		d.Category = CategoryOAuthURL
		d.Message = fmt.Sprintf("%s parameter on %s (%s); atlOrigin is only for links into the product UI and OAuth 2.0 flows may not ignore it: remove it", name, what, desc)
	case k.isAPI():
		what := "a REST API URL"
		if k == gatewayURL {
			what = "an API gateway URL"
		}
		d.Category = CategoryAPIURL
		d.Message = fmt.Sprintf("%s parameter on %s (%s); atlOrigin is only for links into the product UI and REST APIs may not ignore it: remove it", name, what, desc)
	case k == uiLink && m == atlassian.OriginNearMiss:
		d.Category = CategoryMisspelled
		d.Message = fmt.Sprintf("query parameter %s on a link into the product UI (%s) is not atlOrigin, so the link is not attributed to your integration: spell it atlOrigin", atlassian.QuoteValue(key), desc)
	default:
		return false
	}
	return true
}

// checkQuerySet judges a q.Set / q.Add call.
func (c *checker) checkQuerySet(cur inspector.Cursor, call *ast.CallExpr, key string, m atlassian.OriginMatch) {
	var v verdict
	c.judgeUses(&v, c.lazyUses().OfQuery(call), "")
	k := v.worst()
	if k == unknownURL {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End()}
	if !c.describeDiag(&d, k, v.sample[k], key, m) {
		return
	}
	c.report(d, originFix(&d, v, k, call.Args[0], key, func() *removal { return c.deleteCallStmt(cur) }))
}

func renameKeyFix(lit *ast.BasicLit, key string) analysis.SuggestedFix {
	return analysis.SuggestedFix{
		Message:   "Rename " + atlassian.SafeText(key) + " to atlOrigin",
		TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(atlassian.OriginParam))}},
	}
}

// deleteCallStmt deletes the statement that is the call at cur, with
// its line when nothing else is on it.
func (c *checker) deleteCallStmt(cur inspector.Cursor) *removal {
	stmt := cur.Parent()
	if _, ok := stmt.Node().(*ast.ExprStmt); !ok {
		return nil
	}
	fix := &removal{}
	if !c.noteRemovedCall(fix, cur.Node().(*ast.CallExpr)) {
		return nil
	}
	e, ok := c.deleteStmt(stmt)
	if !ok {
		return nil
	}
	fix.edits = []analysis.TextEdit{e}
	fix.spans = []span{{e.Pos, e.End}}
	return fix
}

// checkQueryLit judges an entry of a url.Values literal.
func (c *checker) checkQueryLit(lit *ast.CompositeLit, kv *ast.KeyValueExpr, key string, m atlassian.OriginMatch) {
	var v verdict
	c.judgeUses(&v, c.lazyUses().OfQuery(lit), "")
	k := v.worst()
	if k == unknownURL {
		return
	}
	d := analysis.Diagnostic{Pos: kv.Key.Pos(), End: kv.Key.End()}
	if !c.describeDiag(&d, k, v.sample[k], key, m) {
		return
	}
	c.report(d, originFix(&d, v, k, kv.Key, key, func() *removal { return c.deleteElemFix(lit.Elts, kv) }))
}

// originFix fixes an atlOrigin parameter whose key is keyExpr: on a UI
// link a fix added to d renames the key; elsewhere remove gives the
// removal of the parameter; nothing when the parameter goes to both.
func originFix(d *analysis.Diagnostic, v verdict, k kind, keyExpr ast.Expr, key string, remove func() *removal) *removal {
	switch {
	case v.kinds[uiLink] && k != uiLink:
	case k == uiLink:
		if lit, ok := keyExpr.(*ast.BasicLit); ok {
			d.SuggestedFixes = append(d.SuggestedFixes, renameKeyFix(lit, key))
		}
	default:
		return remove()
	}
	return nil
}

// deleteElemFix deletes elt from a list of elements or arguments.
func (c *checker) deleteElemFix(list []ast.Expr, elt ast.Expr) *removal {
	i := slices.Index(list, elt)
	if i < 0 {
		return nil
	}
	fix := &removal{}
	ok := c.noteRemoved(fix, elt)
	if call, isCall := elt.(*ast.CallExpr); isCall && !ok {
		ok = c.noteRemovedCall(fix, call) // oauth2.SetAuthURLParam(...)
	}
	if !ok {
		return nil
	}
	e := c.deleteElem(list, i)
	fix.edits = []analysis.TextEdit{e}
	fix.spans = []span{{e.Pos, e.End}}
	return fix
}

// checkAuthParam judges oauth2.SetAuthURLParam("atlOrigin", ...): an
// option of the authorize URL when it reaches AuthCodeURL, of the token
// request when it reaches Exchange, on a config whose endpoint is an
// Atlassian authorization server. A config whose endpoint is not
// known, or not Atlassian's, is not judged.
func (c *checker) checkAuthParam(cur inspector.Cursor, call *ast.CallExpr, key string) {
	authorize, token := false, false
	audience := ""
	for _, t := range c.res.AuthOptionTargets(call) {
		if t.Returned {
			if a := c.atlassianAudience(t.Options); a != "" {
				audience = a
			}
			continue
		}
		for _, s := range t.URLs {
			switch flow.Classify(c.hosts, s).Host {
			case atlassian.AuthServer, atlassian.Bitbucket, atlassian.ConnectAuthServer, atlassian.Declared:
				if t.Exchange {
					token = true
				} else {
					authorize = true
				}
			}
		}
	}
	if !authorize && !token && audience == "" {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End()}
	switch {
	case authorize:
		c.describeDiag(&d, authorizeURL, "the URL from AuthCodeURL", key, atlassian.MatchOriginParam(key))
	case !token:
		// Options handed to another package, for an Atlassian
		// authorization server by what they ask for.
		c.describeDiag(&d, authorizeURL, "options with audience="+atlassian.SafeText(audience), key, atlassian.MatchOriginParam(key))
	default:
		c.describeDiag(&d, tokenRequest, "Exchange", key, atlassian.MatchOriginParam(key))
	}
	var fix *removal
	switch p := cur.Parent().Node().(type) {
	case *ast.CallExpr:
		if _, takes := flow.AuthOptionTakerOf(funcs.Callee(c.pass.TypesInfo, p)); takes {
			if i := slices.Index(p.Args, ast.Expr(call)); i >= 0 {
				fix = &removal{}
				if c.noteRemovedCall(fix, call) {
					e := deleteListElems(p.Args, []int{i})[0]
					fix.edits, fix.spans = []analysis.TextEdit{e}, []span{{e.Pos, e.End}}
				} else {
					fix = nil
				}
			}
		}
	case *ast.CompositeLit:
		fix = c.deleteElemFix(p.Elts, call)
	}
	c.report(d, fix)
}

// atlassianAudience returns the audience that options leaving the
// package ask for when, on every way they can be, it is Atlassian's API
// gateway: only Atlassian's authorization server accepts that audience,
// so the options are for its authorize URL, whatever config another
// package uses them with. It returns "" otherwise.
func (c *checker) atlassianAudience(ways []flow.AuthOptions) string {
	found := ""
	for _, w := range ways {
		ok := false
		for _, p := range w.Params {
			if v, isConst := p.Value.Const(); isConst && p.Key == atlassian.ParamAudience && c.hosts.Classify(v) == atlassian.Gateway {
				ok, found = true, v
			}
		}
		if !ok {
			return ""
		}
	}
	return found
}
