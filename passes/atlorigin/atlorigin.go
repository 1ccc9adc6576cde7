package atlorigin

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"slices"
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

// New returns the pass configured by cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "atlorigin",
		Doc:      analysisdoc.MustExtract(doc, "atlorigin"),
		URL:      "https://pkg.go.dev/github.com/atlvet/atlvet/passes/atlorigin",
		Requires: []*analysis.Analyzer{inspect.Analyzer, flow.Analyzer},
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
	oauthServerURL
)

func (k kind) isAPI() bool   { return k == apiURL || k == gatewayURL }
func (k kind) isOAuth() bool { return k == authorizeURL || k == tokenURL || k == oauthServerURL }

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
	for _, k := range []kind{authorizeURL, tokenURL, oauthServerURL, apiURL, gatewayURL, uiLink} {
		if v.kinds[k] {
			return k
		}
	}
	return unknownURL
}

type checker struct {
	pass     *analysis.Pass
	hosts    atlassian.Hosts
	res      *flow.Result
	uses     *flow.URLUses
	reporter *suppress.Reporter
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res, release := flow.Use(pass)
	defer release()
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	reporter := suppress.New(pass, "atlorigin", categories)
	defer reporter.Finish()
	c := &checker{pass: pass, hosts: atlassian.NewHosts(cfg.Hosts), res: res, reporter: reporter}
	var usesDone bool
	lazyUses := func() *flow.URLUses {
		if !usesDone {
			usesDone = true
			c.uses = res.URLUses()
		}
		return c.uses
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
				if n.Kind != token.STRING || !strings.Contains(n.Value, "=") {
					continue // a parameter needs "name="
				}
				value, err := strconv.Unquote(n.Value)
				if err != nil {
					continue
				}
				params := findParams(value, isFormat(pass.TypesInfo, cur))
				if len(params) == 0 {
					continue
				}
				lazyUses()
				for _, p := range params {
					c.checkLiteral(cur, n, value, p)
				}
			case *ast.CallExpr:
				fn := funcs.Callee(pass.TypesInfo, n)
				switch {
				case funcs.IsMethod(fn, "net/url", "Values", "Set", "Add") && len(n.Args) == 2:
					if key, m := originKey(pass.TypesInfo, n.Args[0]); m != atlassian.NotOrigin {
						lazyUses()
						c.checkQuerySet(f, n, key, m)
					}
				case funcs.IsFunc(fn, "golang.org/x/oauth2", "SetAuthURLParam") && len(n.Args) == 2:
					if key, m := originKey(pass.TypesInfo, n.Args[0]); m != atlassian.NotOrigin {
						c.checkAuthParam(cur, n, key)
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
						lazyUses()
						c.checkQueryLit(n, kv, key, m)
					}
				}
			}
		}
	}
	return nil, nil
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

// A param is one atlOrigin-like parameter in a literal's value.
type param struct {
	key        string // as written
	match      atlassian.OriginMatch
	start      int // of the key
	keyEnd     int // the "=" after the key
	end        int // end of the value: the following "&" or "#", or len
	valueVerbs int // formatting verbs in the value (format strings only)
	verbsDone  int // verbs before the parameter
}

// findParams finds the atlOrigin-like parameters in a string: a name
// at the start or after "?" or "&", followed by "=".
func findParams(s string, format bool) []param {
	var out []param
	verbs := 0
	for i := 0; i < len(s); i++ {
		if format && s[i] == '%' {
			if i+1 < len(s) && s[i+1] == '%' {
				i++
				continue
			}
			verbs++
			continue
		}
		if i > 0 && s[i-1] != '?' && s[i-1] != '&' {
			continue
		}
		eq := strings.IndexByte(s[i:], '=')
		if eq <= 0 {
			continue
		}
		raw := s[i : i+eq]
		if strings.ContainsAny(raw, "&?#/% ") {
			continue
		}
		key := raw
		if k, err := url.QueryUnescape(raw); err == nil {
			key = k
		}
		m := atlassian.MatchOriginParam(key)
		if m == atlassian.NotOrigin {
			continue
		}
		p := param{key: raw, match: m, start: i, keyEnd: i + eq, verbsDone: verbs}
		p.end = len(s)
		if j := strings.IndexAny(s[p.keyEnd:], "&#"); j >= 0 {
			p.end = p.keyEnd + j
		}
		if format {
			p.valueVerbs = countVerbs(s[p.keyEnd:p.end])
		}
		out = append(out, p)
	}
	return out
}

func countVerbs(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			if i+1 < len(s) && s[i+1] == '%' {
				i++
				continue
			}
			n++
		}
	}
	return n
}

// isFormat reports whether the literal at cur is the format of a
// fmt.Sprintf call.
func isFormat(info *types.Info, cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	return ok && len(call.Args) > 0 && call.Args[0] == cur.Node() &&
		funcs.IsFunc(funcs.Callee(info, call), "fmt", "Sprintf")
}

// formatStr renders a format string as a symbolic string whose verbs
// are unknown.
func formatStr(s string) flow.Str {
	out := flow.Str{}
	var lit strings.Builder
	flush := func() {
		out = out.Concat(flow.Lit(lit.String()))
		lit.Reset()
	}
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
		flush()
		out = out.Concat(flow.Unknown())
		i = j
	}
	flush()
	return out
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

// describe renders a URL for a message: no scheme, no query.
func describe(s flow.Str) string {
	text := s.String()
	if i := strings.Index(text, "://"); i >= 0 && !strings.ContainsAny(text[:i], "/?…") {
		text = text[i+3:]
	}
	if i := strings.IndexAny(text, "?#"); i >= 0 {
		text = text[:i]
	}
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
			k, desc := c.classify(s)
			if u.AuthCodeURL && k == unknownURL {
				k, desc = authorizeURL, "the URL from AuthCodeURL"
			}
			if k != unknownURL {
				v.add(k, desc)
			}
		}
	}
}

// checkLiteral judges one parameter in a string literal.
func (c *checker) checkLiteral(cur inspector.Cursor, lit *ast.BasicLit, value string, p param) {
	format := isFormat(c.pass.TypesInfo, cur)
	var v verdict
	var whole flow.Str
	if format {
		whole = formatStr(value)
	} else {
		whole = flow.Lit(value)
	}
	// The complete URLs the literal becomes describe it best; what the
	// literal says by itself counts too, and alone when it goes
	// nowhere this package can see.
	if c.uses != nil {
		anchor := value
		if format {
			anchor = verbFreeChunk(value, p.start)
		}
		c.judgeUses(&v, c.uses.OfExpr(lit), anchor)
	}
	if k, desc := c.classify(whole); k != unknownURL {
		v.add(k, desc)
	}
	k := v.worst()
	if k == unknownURL {
		return
	}
	d := analysis.Diagnostic{Pos: lit.Pos(), End: lit.End()}
	if !c.describeDiag(&d, k, v.sample[k], p.key, p.match) {
		return
	}
	if v.kinds[uiLink] && k != uiLink {
		c.reporter.Report(d) // the literal serves a UI link too: no fix
		return
	}
	if k == uiLink {
		if fix, ok := c.renameInLiteral(lit, value, p); ok {
			d.SuggestedFixes = append(d.SuggestedFixes, fix)
		}
	} else if fix, ok := c.removeFromLiteral(cur, lit, value, p, format); ok {
		d.SuggestedFixes = append(d.SuggestedFixes, fix)
	}
	c.reporter.Report(d)
}

// describeDiag fills in the category and message for a parameter
// named key found on a URL of kind k; it reports false when there is
// nothing to say (atlOrigin on a UI link).
func (c *checker) describeDiag(d *analysis.Diagnostic, k kind, desc, key string, m atlassian.OriginMatch) bool {
	name := "atlOrigin"
	if m == atlassian.OriginNearMiss {
		name = fmt.Sprintf("%q (a misspelt atlOrigin)", key)
	}
	switch {
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
		d.Message = fmt.Sprintf("query parameter %q on a link into the product UI (%s) is not atlOrigin, so the link is not attributed to your integration: spell it atlOrigin", key, desc)
	default:
		return false
	}
	return true
}

// verbFreeChunk returns the part of a format string around i that
// holds no formatting verb.
func verbFreeChunk(s string, i int) string {
	start := strings.LastIndexByte(s[:i], '%')
	for start >= 0 && start+1 < len(s) && strings.IndexByte("+-# 0123456789.[]*", s[start+1]) >= 0 {
		start++
	}
	// Skip the verb letter itself.
	if start >= 0 {
		start += 2
		if start > i {
			start = i
		}
	} else {
		start = 0
	}
	end := strings.IndexByte(s[i:], '%')
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	return s[start:end]
}

// renameInLiteral spells a near miss atlOrigin.
func (c *checker) renameInLiteral(lit *ast.BasicLit, value string, p param) (analysis.SuggestedFix, bool) {
	newValue := value[:p.start] + atlassian.OriginParam + value[p.keyEnd:]
	edit, ok := literalEdit(lit, value, p.start, p.keyEnd, atlassian.OriginParam, newValue)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Rename %s to atlOrigin", p.key),
		TextEdits: []analysis.TextEdit{edit},
	}, true
}

// literalEdit replaces value[from:to] with repl inside lit: in place
// when the literal's source spells its value verbatim, else by
// rewriting the whole literal as newValue.
func literalEdit(lit *ast.BasicLit, value string, from, to int, repl, newValue string) (analysis.TextEdit, bool) {
	body := lit.Value[1 : len(lit.Value)-1]
	if body == value {
		start := lit.Pos() + 1 + token.Pos(from)
		return analysis.TextEdit{Pos: start, End: start + token.Pos(to-from), NewText: []byte(repl)}, true
	}
	quoted := strconv.Quote(newValue)
	if lit.Value[0] == '`' && !strings.Contains(newValue, "`") {
		quoted = "`" + newValue + "`"
	}
	return analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte(quoted)}, true
}

// removeFromLiteral removes a parameter from a literal, keeping the
// query's separators right.
func (c *checker) removeFromLiteral(cur inspector.Cursor, lit *ast.BasicLit, value string, p param, format bool) (analysis.SuggestedFix, bool) {
	from, to := p.start, p.end
	switch {
	case p.end < len(value) && value[p.end] == '&':
		to = p.end + 1 // "k=v&rest": drop "k=v&"
	case p.start > 0:
		from = p.start - 1 // "?k=v" or "&k=v" at the end or before "#"
	default:
		// "k=v" alone: the separator is in some other part.
		if p.end < len(value) {
			return analysis.SuggestedFix{}, false
		}
	}
	if p.end == len(value) && !format {
		// The value may go on in what follows the literal.
		if next, last := following(cur); next != nil {
			tv, ok := c.pass.TypesInfo.Types[next]
			isConst := ok && tv.Value != nil && tv.Value.Kind() == constant.String
			switch {
			case isConst && (constant.StringVal(tv.Value) == "" || strings.ContainsAny(constant.StringVal(tv.Value)[:1], "&#")):
			case p.keyEnd+1 == len(value) && from == 0 && last:
				// "?atlOrigin=" + origin at the end: both go.
				if bin, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && bin.Y == lit {
					return analysis.SuggestedFix{
						Message:   "Remove the atlOrigin parameter",
						TextEdits: []analysis.TextEdit{{Pos: bin.X.End(), End: next.End()}},
					}, true
				}
				return analysis.SuggestedFix{}, false
			default:
				return analysis.SuggestedFix{}, false
			}
		}
	}
	var edits []analysis.TextEdit
	if format {
		if p.valueVerbs > 1 || countVerbs(value[from:to]) != p.valueVerbs || strings.Contains(value, "%[") || strings.Contains(value, "*") {
			return analysis.SuggestedFix{}, false
		}
		if p.valueVerbs == 1 {
			call := cur.Parent().Node().(*ast.CallExpr)
			argIndex := 1 + p.verbsDone
			if call.Ellipsis.IsValid() || argIndex >= len(call.Args) {
				return analysis.SuggestedFix{}, false
			}
			edits = append(edits, deleteListElem(call.Args, argIndex))
		}
	}
	newValue := value[:from] + value[to:]
	if newValue == "" {
		// RawQuery: "atlOrigin=abc" in a url.URL literal: drop the field.
		if kv, ok := cur.Parent().Node().(*ast.KeyValueExpr); ok && kv.Value == lit && len(edits) == 0 {
			if cl, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok {
				if i := slices.Index(cl.Elts, ast.Expr(kv)); i >= 0 {
					edits = append(edits, c.deleteElem(cl.Elts, i))
					return analysis.SuggestedFix{Message: "Remove the atlOrigin parameter", TextEdits: edits}, true
				}
			}
		}
		if bin, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && bin.Op == token.ADD {
			if bin.Y == lit {
				edits = append(edits, analysis.TextEdit{Pos: bin.X.End(), End: bin.Y.End()})
			} else {
				edits = append(edits, analysis.TextEdit{Pos: bin.X.Pos(), End: bin.Y.Pos()})
			}
			return analysis.SuggestedFix{Message: "Remove the atlOrigin parameter", TextEdits: edits}, true
		}
	}
	edit, ok := literalEdit(lit, value, from, to, "", newValue)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	edits = append(edits, edit)
	return analysis.SuggestedFix{Message: "Remove the atlOrigin parameter", TextEdits: edits}, true
}

// following returns the expression concatenated right after the one
// at cur, if any ("a" in (x + lit) + "a"), and whether nothing is
// concatenated after that one.
func following(cur inspector.Cursor) (next ast.Expr, last bool) {
	n := cur.Node()
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		switch pn := p.Node().(type) {
		case *ast.ParenExpr:
			n = pn
			continue
		case *ast.BinaryExpr:
			if pn.Op != token.ADD {
				return nil, false
			}
			if pn.X == n {
				after, _ := following(p)
				return pn.Y, after == nil
			}
			n = pn
			continue
		}
		return nil, false
	}
	return nil, false
}

// wholeLines widens [pos, end) to the whole lines it is on when
// nothing else is on them but blanks, a trailing comma and a comment.
func (c *checker) wholeLines(pos, end token.Pos) (token.Pos, token.Pos, bool) {
	tf := c.pass.Fset.File(pos)
	if tf == nil {
		return pos, end, false
	}
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return pos, end, false
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	if len(bytes.TrimSpace(src[start:tf.Offset(pos)])) != 0 {
		return pos, end, false
	}
	rest := src[tf.Offset(end):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		nl = len(rest)
	}
	tail := bytes.TrimSpace(rest[:nl])
	tail = bytes.TrimPrefix(tail, []byte(","))
	tail = bytes.TrimSpace(tail)
	if len(tail) != 0 && !bytes.HasPrefix(tail, []byte("//")) {
		return pos, end, false
	}
	stop := tf.Offset(end) + nl
	if stop < len(src) {
		stop++
	}
	return tf.Pos(start), tf.Pos(stop), true
}

// deleteElem deletes element i of a comma-separated list: its whole
// line when it has one to itself.
func (c *checker) deleteElem(list []ast.Expr, i int) analysis.TextEdit {
	if pos, end, ok := c.wholeLines(list[i].Pos(), list[i].End()); ok {
		return analysis.TextEdit{Pos: pos, End: end}
	}
	return deleteListElem(list, i)
}

// deleteListElem deletes element i of a comma-separated list.
func deleteListElem(list []ast.Expr, i int) analysis.TextEdit {
	switch {
	case i+1 < len(list):
		return analysis.TextEdit{Pos: list[i].Pos(), End: list[i+1].Pos()}
	case i > 0:
		return analysis.TextEdit{Pos: list[i-1].End(), End: list[i].End()}
	}
	return analysis.TextEdit{Pos: list[i].Pos(), End: list[i].End()}
}

// checkQuerySet judges a q.Set / q.Add call.
func (c *checker) checkQuerySet(file *ast.File, call *ast.CallExpr, key string, m atlassian.OriginMatch) {
	var v verdict
	c.judgeUses(&v, c.uses.OfQuery(call), "")
	k := v.worst()
	if k == unknownURL {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End()}
	if !c.describeDiag(&d, k, v.sample[k], key, m) {
		return
	}
	switch {
	case v.kinds[uiLink] && k != uiLink:
	case k == uiLink:
		if lit, ok := call.Args[0].(*ast.BasicLit); ok {
			d.SuggestedFixes = append(d.SuggestedFixes, renameKeyFix(lit, key))
		}
	default:
		if fix, ok := c.deleteStmtFix(file, call); ok {
			d.SuggestedFixes = append(d.SuggestedFixes, fix)
		}
	}
	c.reporter.Report(d)
}

func renameKeyFix(lit *ast.BasicLit, key string) analysis.SuggestedFix {
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Rename %s to atlOrigin", key),
		TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(atlassian.OriginParam))}},
	}
}

// deleteStmtFix deletes the statement that is the call, with its line
// when nothing else is on it.
func (c *checker) deleteStmtFix(file *ast.File, call *ast.CallExpr) (analysis.SuggestedFix, bool) {
	var stmt *ast.ExprStmt
	ast.Inspect(file, func(n ast.Node) bool {
		if stmt != nil || n == nil || n.Pos() > call.Pos() || n.End() < call.End() {
			return false
		}
		if s, ok := n.(*ast.ExprStmt); ok && s.X == call {
			stmt = s
			return false
		}
		return true
	})
	if stmt == nil {
		return analysis.SuggestedFix{}, false
	}
	pos, end := stmt.Pos(), stmt.End()
	if p, e, ok := c.wholeLines(pos, end); ok {
		pos, end = p, e
	}
	return analysis.SuggestedFix{
		Message:   "Remove the atlOrigin parameter",
		TextEdits: []analysis.TextEdit{{Pos: pos, End: end}},
	}, true
}

// checkQueryLit judges an entry of a url.Values literal.
func (c *checker) checkQueryLit(lit *ast.CompositeLit, kv *ast.KeyValueExpr, key string, m atlassian.OriginMatch) {
	var v verdict
	c.judgeUses(&v, c.uses.OfQuery(lit), "")
	k := v.worst()
	if k == unknownURL {
		return
	}
	d := analysis.Diagnostic{Pos: kv.Key.Pos(), End: kv.Key.End()}
	if !c.describeDiag(&d, k, v.sample[k], key, m) {
		return
	}
	switch {
	case v.kinds[uiLink] && k != uiLink:
	case k == uiLink:
		if klit, ok := kv.Key.(*ast.BasicLit); ok {
			d.SuggestedFixes = append(d.SuggestedFixes, renameKeyFix(klit, key))
		}
	default:
		for i, elt := range lit.Elts {
			if elt == kv {
				d.SuggestedFixes = append(d.SuggestedFixes, analysis.SuggestedFix{
					Message:   "Remove the atlOrigin parameter",
					TextEdits: []analysis.TextEdit{c.deleteElem(lit.Elts, i)},
				})
			}
		}
	}
	c.reporter.Report(d)
}

// checkAuthParam judges oauth2.SetAuthURLParam("atlOrigin", ...): an
// option of the authorize or token request, when it reaches
// AuthCodeURL or Exchange in a package that configures an Atlassian
// (or unknown) authorization endpoint.
func (c *checker) checkAuthParam(cur inspector.Cursor, call *ast.CallExpr, key string) {
	reaches, endpoints := c.res.AuthCodeOptionUse(call)
	if !reaches {
		return
	}
	atl := false
	for _, e := range endpoints {
		t := flow.Classify(c.hosts, e)
		if t.Host == atlassian.AuthServer || t.Host == atlassian.Bitbucket || t.Host == atlassian.ConnectAuthServer || t.Host == atlassian.Declared {
			atl = true
		}
	}
	if !atl {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End()}
	c.describeDiag(&d, authorizeURL, "the URL from AuthCodeURL", key, atlassian.MatchOriginParam(key))
	switch p := cur.Parent().Node().(type) {
	case *ast.CallExpr:
		if fn := funcs.Callee(c.pass.TypesInfo, p); funcs.IsMethod(fn, "golang.org/x/oauth2", "Config", "AuthCodeURL", "Exchange") {
			for i, a := range p.Args {
				if a == call {
					d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Remove the atlOrigin parameter", TextEdits: []analysis.TextEdit{deleteListElem(p.Args, i)}}}
				}
			}
		}
	case *ast.CompositeLit:
		for i, a := range p.Elts {
			if a == call {
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Remove the atlOrigin parameter", TextEdits: []analysis.TextEdit{c.deleteElem(p.Elts, i)}}}
			}
		}
	}
	c.reporter.Report(d)
}
