package secrets

import (
	"encoding/base64"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/atlvet/atlvet/internal/atlassian"
)

// scanConstants looks at every constant string expression written in
// the package (the largest expression around each string literal whose
// value the type checker folds) for Atlassian credentials, literal
// Basic credentials and URLs with passwords, and at struct tags for
// Atlassian credentials.
func (c *checker) scanConstants() {
	info := c.pass.TypesInfo
	seen := map[ast.Expr]bool{}
	// The top of each constant expression climbed through, so that the
	// literals of one long constant concatenation find its top in time
	// in proportion to its length, not to its square.
	tops := map[ast.Node]ast.Expr{}
	for cur := range c.insp.Root().Preorder((*ast.BasicLit)(nil), (*ast.Field)(nil)) {
		if field, ok := cur.Node().(*ast.Field); ok {
			if field.Tag != nil {
				c.checkTag(field.Tag)
			}
			continue
		}
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING {
			continue
		}
		if _, ok := stringConst(info, lit); !ok {
			continue // import paths and struct tags are not expressions
		}
		top := ast.Expr(lit)
		var climbed []ast.Node
		for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
			if known, ok := tops[p.Node()]; ok {
				top = known
				break
			}
			e, ok := p.Node().(ast.Expr)
			if !ok || !isStringConst(info, e) {
				break
			}
			climbed = append(climbed, e)
			top = e
		}
		for _, n := range climbed {
			tops[n] = top
		}
		if seen[top] {
			continue
		}
		seen[top] = true
		c.checkConstant(top)
	}
}

// A hit is one credential found in a constant, before the hits in one
// literal are made into one finding.
type hit struct {
	category string
	node     ast.Expr // where the credential is written
	problem  string
	remedy   string
	secrets  []secretRef
	spans    []span // what a fix replaces in node's value
	noFix    bool   // no fix can take the credential out
}

func (c *checker) checkConstant(top ast.Expr) {
	v, _ := stringConst(c.pass.TypesInfo, top)
	if !c.inPackage(top.Pos()) {
		return
	}
	var hits []hit
	hits = append(hits, c.tokenHits(top, v)...)
	hits = append(hits, c.basicHits(top, v)...)
	hits = append(hits, c.urlHits(top, v)...)
	c.addHits(hits)
}

// addHits makes one finding of the hits at each node: the most
// specific one, naming the others, with a fix only if it takes every
// one of them out of the literal.
func (c *checker) addHits(hits []hit) {
	rank := func(cat string) int { return slices.Index(categories, cat) }
	var nodes []ast.Expr
	for _, h := range hits {
		if !slices.Contains(nodes, h.node) {
			nodes = append(nodes, h.node)
		}
	}
	for _, node := range nodes {
		var group []hit
		for _, h := range hits {
			if h.node == node {
				group = append(group, h)
			}
		}
		slices.SortStableFunc(group, func(a, b hit) int { return rank(a.category) - rank(b.category) })
		first := group[0]
		f := finding{
			category: first.category,
			node:     node,
			problem:  first.problem,
			remedy:   first.remedy,
			secrets:  first.secrets,
		}
		var spans []span
		fixable := true
		for _, h := range group {
			if h.noFix {
				fixable = false
			}
			spans = append(spans, h.spans...)
			for _, s := range h.secrets {
				if !f.covers(s) {
					f.also = append(f.also, s)
				}
			}
		}
		if v, ok := stringConst(c.pass.TypesInfo, node); ok && fixable && len(spans) > 0 {
			f.fix = spanPlan(v, spans)
		}
		c.add(f)
	}
}

// tokenHits finds the checksum-valid Atlassian credentials in the
// constant top of value v, each where it is written: the smallest
// part of top that holds it, unless that is a named constant, which
// is reported where it is declared.
func (c *checker) tokenHits(top ast.Expr, v string) []hit {
	info := c.pass.TypesInfo
	var hits []hit
	reported := map[string]bool{}
	check := func(value string, leafOnly bool) {
		for _, m := range atlassian.FindCredentials(value) {
			if !m.ChecksumValid || m.Kind == atlassian.LegacyAPIToken {
				continue // legacy tokens need a sink or a name next to them
			}
			if leafOnly && m.Kind != atlassian.DataCenterPAT {
				continue
			}
			text := value[m.Start:m.End]
			if reported[text] {
				continue
			}
			reported[text] = true
			node := smallestHolding(info, top, text)
			if namedConst(info, node) != nil {
				continue // reported where the constant is declared
			}
			hits = append(hits, c.tokenHit(node, m.Kind, text, "", ""))
		}
	}
	check(v, false)
	if _, isLit := top.(*ast.BasicLit); !isLit {
		// A Data Center PAT is recognised only as a whole value (or
		// after "Bearer "): look at the literals a larger expression
		// is made of, too.
		ast.Inspect(top, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if lv, ok := stringConst(info, lit); ok {
					check(lv, true)
				}
			}
			return true
		})
	}
	return hits
}

// tokenHit is a live-format credential written in node.
func (c *checker) tokenHit(node ast.Expr, kind atlassian.CredentialKind, text, where, env string) hit {
	if env == "" {
		env = envForKind(kind)
	}
	h := hit{
		category: CategoryAtlassianToken,
		node:     node,
		problem:  tokenProblem(kind, text, where),
		remedy:   tokenRemedy(env),
		secrets:  []secretRef{tokenSecret(kind, text)},
	}
	v, ok := stringConst(c.pass.TypesInfo, node)
	if !ok || strings.Contains(text, "%") {
		h.noFix = true // in a URL, a value read at run time would need escaping
		return h
	}
	h.spans = occurrences(v, text, envPart(env))
	return h
}

// tokenFinding is a finding of one live-format credential in node.
func (c *checker) tokenFinding(node ast.Expr, kind atlassian.CredentialKind, text, where, env string) finding {
	h := c.tokenHit(node, kind, text, where, env)
	f := finding{category: h.category, node: node, problem: h.problem, remedy: h.remedy, secrets: h.secrets}
	if v, ok := stringConst(c.pass.TypesInfo, node); ok && !h.noFix && len(h.spans) > 0 {
		f.fix = spanPlan(v, h.spans)
	}
	return f
}

// occurrences returns a span replacing each occurrence of text in v.
func occurrences(v, text string, part fixPart) []span {
	var spans []span
	for i := 0; text != "" && i <= len(v); {
		j := strings.Index(v[i:], text)
		if j < 0 {
			break
		}
		spans = append(spans, span{i + j, i + j + len(text), part})
		i += j + len(text)
	}
	return spans
}

func tokenProblem(kind atlassian.CredentialKind, text, where string) string {
	return fmt.Sprintf("a live-format %s is hard-coded%s (%s, %s)", kindPhrase(kind), where, redactToken(text), checkName(kind))
}

func tokenRemedy(env string) string {
	return fmt.Sprintf("revoke it and read it at run time, e.g. with os.Getenv(%q)", env)
}

func tokenSecret(kind atlassian.CredentialKind, text string) secretRef {
	return secretRef{text: text, desc: fmt.Sprintf("a live-format %s (%s)", kindPhrase(kind), redactToken(text))}
}

// checkName says which check a live-format credential passed.
func checkName(kind atlassian.CredentialKind) string {
	switch kind {
	case atlassian.DataCenterPAT, atlassian.BitbucketDataCenterToken:
		return "structure valid"
	case atlassian.LegacyAPIToken:
		return "MD5 suffix valid"
	}
	return "checksum valid"
}

// redactToken redacts a credential, counting "%3D" as the "=" it
// stands for.
func redactToken(text string) string { return atlassian.RedactToken(text) }

// A basicCred is a Basic credential found in text: the base64 payload
// at [start, end) decodes to user, password (rawPass as written,
// password "" when it is empty or a placeholder).
type basicCred struct {
	start, end int
	user       string
	password   string
	rawPass    string
}

// findBasic finds the Basic credentials in s: "Basic " and a base64
// payload that decodes to "user:…", as a whole value or inside text
// ("Authorization: Basic …").
func findBasic(s string) []basicCred {
	var out []basicCred
	l := strings.ToLower(s)
	for i := 0; ; {
		j := strings.Index(l[i:], "basic")
		if j < 0 {
			break
		}
		at := i + j
		i = at + len("basic")
		if at > 0 && isWordByte(s[at-1]) {
			continue
		}
		k := i
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k == i {
			continue
		}
		end := k
		for end < len(s) && (isAlnumByte(s[end]) || s[end] == '+' || s[end] == '/') {
			end++
		}
		for pad := 0; pad < 2 && end < len(s) && s[end] == '='; pad++ {
			end++
		}
		if end == k || (end < len(s) && isWordByte(s[end])) {
			continue
		}
		payload := s[k:end]
		user, password, ok := atlassian.DecodeBasic("Basic " + payload)
		if !ok {
			continue
		}
		raw := password
		if b, err := decodeBase64(payload); err == nil {
			_, raw, _ = strings.Cut(string(b), ":")
		}
		out = append(out, basicCred{k, end, user, password, raw})
		i = end
	}
	return out
}

func decodeBase64(s string) ([]byte, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(s)
	}
	return b, err
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordByte(c byte) bool { return isAlnumByte(c) || c == '_' }

// liveIn returns the first live-format credential in s: a modern one
// anywhere, a legacy API token as the whole of s (a Basic credential
// is a credential's place, like a sink).
func liveIn(s string) (atlassian.CredentialMatch, bool) {
	for _, m := range atlassian.FindCredentials(s) {
		if m.ChecksumValid && (m.Kind != atlassian.LegacyAPIToken || m.End-m.Start == len(s)) {
			return m, true
		}
	}
	return atlassian.CredentialMatch{}, false
}

// basicHits finds the literal Basic credentials in the constant top of
// value v: a live-format credential as the user or the password is
// atlassian-token, anywhere; another password is basic-literal,
// outside tests and generated files.
func (c *checker) basicHits(top ast.Expr, v string) []hit {
	info := c.pass.TypesInfo
	ordinary := c.ordinary(top.Pos())
	var hits []hit
	for _, b := range findBasic(v) {
		node := smallestHolding(info, top, v[b.start:b.end])
		if namedConst(info, node) != nil {
			continue // reported where the constant is declared
		}
		nv, _ := stringConst(info, node)
		userTok, userLive := liveIn(b.user)
		passTok, passLive := liveIn(b.rawPass)
		if !userLive && !passLive && (b.password == "" || !ordinary) {
			continue
		}

		// The fix rebuilds the credential at run time, reading each
		// secret part from the environment.
		var user, pass *fixPart
		switch {
		case userLive:
			p := envPart(envForKind(userTok.Kind))
			user = &p
		case !userLooksSecret(b.user):
			p := textPart(b.user)
			user = &p
		}
		env := "ATLASSIAN_API_TOKEN"
		switch {
		case passLive:
			env = envForKind(passTok.Kind)
			p := envPart(env)
			pass = &p
		case b.password == "":
			p := textPart(b.rawPass)
			pass = &p
		case !userLive:
			p := envPart(env)
			pass = &p
		}
		var spans []span
		noFix := user == nil || pass == nil || nv == ""
		if !noFix {
			if i := strings.Index(nv, v[b.start:b.end]); i >= 0 {
				spans = []span{{i, i + b.end - b.start, fixPart{basic: []fixPart{*user, textPart(":"), *pass}}}}
			} else {
				noFix = true
			}
		}
		remedy := "build the header at run time, e.g. with SetBasicAuth and a token from the environment"
		var group []hit
		if userLive {
			text := b.user[userTok.Start:userTok.End]
			group = append(group, hit{
				category: CategoryAtlassianToken,
				problem:  tokenProblem(userTok.Kind, text, " as the user of a Basic credential"),
				remedy:   "revoke it and " + remedy,
				secrets:  []secretRef{tokenSecret(userTok.Kind, text)},
			})
		}
		if passLive {
			text := b.rawPass[passTok.Start:passTok.End]
			group = append(group, hit{
				category: CategoryAtlassianToken,
				problem:  tokenProblem(passTok.Kind, text, " inside a Basic credential for user "+describeUser(b.user)),
				remedy:   tokenRemedy(env),
				secrets:  []secretRef{tokenSecret(passTok.Kind, text)},
			})
		} else if b.password != "" && (ordinary || userLive) {
			group = append(group, hit{
				category: CategoryBasicLiteral,
				problem: fmt.Sprintf("literal Basic credential holds the password or API token of user %s (%s)",
					describeUser(b.user), atlassian.Redact(b.password)),
				remedy:  remedy,
				secrets: []secretRef{{text: b.password, desc: fmt.Sprintf("the password of a Basic credential (%s)", atlassian.Redact(b.password))}},
			})
		}
		for i := range group {
			group[i].node = node
			group[i].noFix = noFix
		}
		if len(group) > 0 {
			group[0].spans = spans
		}
		hits = append(hits, group...)
	}
	return hits
}

// urlHits finds a password in the user info of the URL v, outside tests
// and generated files.
func (c *checker) urlHits(top ast.Expr, v string) []hit {
	if !c.ordinary(top.Pos()) {
		return nil
	}
	user, pw, ok := urlPassword(v)
	if !ok {
		return nil
	}
	info := c.pass.TypesInfo
	node := smallestHolding(info, top, pw)
	if namedConst(info, node) != nil {
		return nil // reported where the constant is declared
	}
	return []hit{{
		category: CategoryURLCredentials,
		node:     node,
		problem: fmt.Sprintf("URL literal holds the password of user %s (%s) in its user info",
			describeUser(user), atlassian.Redact(pw)),
		remedy:  "remove it and pass the credential at run time, e.g. with SetBasicAuth and a token from the environment",
		secrets: []secretRef{{text: pw, desc: fmt.Sprintf("the password of user %s in a URL (%s)", describeUser(user), atlassian.Redact(pw))}},
		noFix:   true,
	}}
}

// checkTag reports live-format Atlassian credentials in a struct tag,
// as in `default:"ATATT3…"`, where no fix can read the environment.
func (c *checker) checkTag(tag *ast.BasicLit) {
	if !c.inPackage(tag.Pos()) {
		return
	}
	text, err := strconv.Unquote(tag.Value)
	if err != nil {
		return
	}
	values := append([]string{text}, tagValues(text)...)
	seen := map[string]bool{}
	var hits []hit
	for i, value := range values {
		for _, m := range atlassian.FindCredentials(value) {
			if !m.ChecksumValid || m.Kind == atlassian.LegacyAPIToken {
				continue
			}
			if i > 0 && m.Kind != atlassian.DataCenterPAT {
				continue // found in the whole tag already
			}
			t := value[m.Start:m.End]
			if seen[t] {
				continue
			}
			seen[t] = true
			h := c.tokenHit(tag, m.Kind, t, " in a struct tag", "")
			h.spans, h.noFix = nil, true
			hits = append(hits, h)
		}
	}
	c.addHits(hits)
}

// tagValues returns the values of a struct tag's key:"value" pairs,
// parsed as reflect.StructTag does.
func tagValues(tag string) []string {
	var out []string
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		if v, err := strconv.Unquote(tag[:i+1]); err == nil {
			out = append(out, v)
		}
		tag = tag[i+1:]
	}
	return out
}

// kindPhrase names a credential kind after "a live-format".
func kindPhrase(k atlassian.CredentialKind) string {
	switch k {
	case atlassian.CloudAPIToken:
		return "Atlassian API token"
	case atlassian.LegacyAPIToken:
		return "legacy Atlassian API token"
	}
	return k.String()
}

// envForKind is the environment variable a fix reads a credential of
// kind k from.
func envForKind(k atlassian.CredentialKind) string {
	switch k {
	case atlassian.BitbucketAccessToken:
		return "BITBUCKET_ACCESS_TOKEN"
	case atlassian.ServiceAccountKey:
		return "ATLASSIAN_SERVICE_ACCOUNT_KEY"
	case atlassian.OAuthClientSecret:
		return "ATLASSIAN_CLIENT_SECRET"
	case atlassian.BitbucketAppPassword:
		return "BITBUCKET_APP_PASSWORD"
	case atlassian.DataCenterPAT:
		return "ATLASSIAN_PERSONAL_ACCESS_TOKEN"
	case atlassian.BitbucketDataCenterToken:
		return "BITBUCKET_HTTP_ACCESS_TOKEN"
	}
	return "ATLASSIAN_API_TOKEN"
}

// smallestHolding returns the smallest constant sub-expression of top
// whose value contains text.
func smallestHolding(info *types.Info, top ast.Expr, text string) ast.Expr {
	best := top
	ast.Inspect(top, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok {
			return false
		}
		v, ok := stringConst(info, e)
		if !ok || !strings.Contains(v, text) {
			return false
		}
		if e.End()-e.Pos() < best.End()-best.Pos() {
			best = e
		}
		return true
	})
	return best
}

// urlPassword returns the user and password of a URL whose user info
// holds a password that is not a placeholder.
func urlPassword(v string) (user, password string, ok bool) {
	v = strings.TrimSpace(v)
	if !strings.Contains(v, "://") || strings.ContainsAny(v, " \t\r\n") {
		return "", "", false
	}
	u, err := url.Parse(v)
	if err != nil || u.User == nil || u.Host == "" {
		return "", "", false
	}
	pw, set := u.User.Password()
	if !set || atlassian.IsPlaceholder(pw) {
		return "", "", false
	}
	return u.User.Username(), pw, true
}

// userLooksSecret reports whether the user part of a credential may be
// a secret itself (an API key used as the user name): anything of an
// Atlassian credential's format, or a value that looks random.
func userLooksSecret(u string) bool {
	return len(atlassian.FindCredentials(u)) > 0 || atlassian.LooksLikeSecret(u)
}

// describeUser names a user for a message. A user name is not a
// secret; Atlassian's is usually an e-mail address. A user that looks
// like a secret is redacted, and a long one shortened.
func describeUser(u string) string {
	if userLooksSecret(u) {
		return atlassian.Redact(u)
	}
	if utf8.RuneCountInString(u) > 64 {
		u = string([]rune(u)[:64]) + "…"
	}
	return fmt.Sprintf("%q", u)
}
