package secrets

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/atlvet/atlvet/internal/atlassian"
)

// scanConstants looks at every constant string expression written in
// the package (the largest expression around each string literal whose
// value the type checker folds) for Atlassian credentials, literal
// Basic credentials and URLs with passwords.
func (c *checker) scanConstants() {
	info := c.pass.TypesInfo
	seen := map[ast.Expr]bool{}
	for cur := range c.insp.Root().Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING {
			continue
		}
		if _, ok := stringConst(info, lit); !ok {
			continue // import paths and struct tags are not expressions
		}
		top := ast.Expr(lit)
		for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
			e, ok := p.Node().(ast.Expr)
			if !ok {
				break
			}
			if _, ok := stringConst(info, e); !ok {
				break
			}
			top = e
		}
		if seen[top] {
			continue
		}
		seen[top] = true
		c.checkConstant(top)
	}
}

func (c *checker) checkConstant(top ast.Expr) {
	info := c.pass.TypesInfo
	v, _ := stringConst(info, top)
	if !c.inPackage(top.Pos()) {
		return
	}

	// atlassian-token: anywhere, tests and generated files included.
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
			c.add(c.tokenFinding(node, m.Kind, text, "", ""))
		}
	}
	check(v, false)
	if _, isLit := top.(*ast.BasicLit); !isLit {
		// A Data Center PAT is recognised only as a whole value: look
		// at the literals a larger expression is made of, too.
		ast.Inspect(top, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if lv, ok := stringConst(info, lit); ok {
					check(lv, true)
				}
			}
			return true
		})
	}

	user, secret, isBasic := atlassian.DecodeBasic(v)
	if isBasic && secret != "" {
		if m, ok := liveToken(secret); ok {
			f := c.tokenFinding(top, m.Kind, secret[m.Start:m.End], fmt.Sprintf(" inside a Basic credential for user %s", quoteUser(user)), "")
			f.fix = &fixPlan{env: envForKind(m.Kind), basicUser: user, basic: true}
			c.add(f)
		} else if c.ordinary(top.Pos()) {
			c.add(finding{
				category: CategoryBasicLiteral,
				node:     top,
				message: fmt.Sprintf("literal Basic credential holds the password or API token of user %s (%s); build the header at run time, e.g. with SetBasicAuth and a token from the environment",
					quoteUser(user), atlassian.Redact(secret)),
				fix: &fixPlan{env: "ATLASSIAN_API_TOKEN", basicUser: user, basic: true},
			})
		}
	}

	if c.ordinary(top.Pos()) {
		if user, pw, ok := urlPassword(v); ok {
			c.add(finding{
				category: CategoryURLCredentials,
				node:     top,
				message: fmt.Sprintf("URL literal holds the password of user %s (%s) in its user info; remove it and pass the credential at run time, e.g. with SetBasicAuth and a token from the environment",
					quoteUser(user), atlassian.Redact(pw)),
			})
		}
	}
}

// tokenFinding reports a checksum-valid credential.
func (c *checker) tokenFinding(node ast.Expr, kind atlassian.CredentialKind, text, where, env string) finding {
	if env == "" {
		env = envForKind(kind)
	}
	check := "checksum valid"
	if kind == atlassian.DataCenterPAT || kind == atlassian.BitbucketDataCenterToken {
		check = "structure valid"
	}
	if kind == atlassian.LegacyAPIToken {
		check = "MD5 suffix valid"
	}
	f := finding{
		category: CategoryAtlassianToken,
		node:     node,
		message: fmt.Sprintf("a live-format %s is hard-coded%s (%s, %s); revoke it and read it at run time, e.g. with os.Getenv(%q)",
			kindPhrase(kind), where, atlassian.Redact(text), check, env),
	}
	if v, ok := stringConst(c.pass.TypesInfo, node); ok && !strings.Contains(text, "%") {
		if i := strings.Index(v, text); i >= 0 {
			f.fix = &fixPlan{env: env, prefix: v[:i], suffix: v[i+len(text):]}
		}
	}
	return f
}

// liveToken returns the first checksum-valid modern credential in s.
func liveToken(s string) (atlassian.CredentialMatch, bool) {
	for _, m := range atlassian.FindCredentials(s) {
		if m.ChecksumValid && m.Kind != atlassian.LegacyAPIToken {
			return m, true
		}
	}
	return atlassian.CredentialMatch{}, false
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

// quoteUser quotes a user name for a message, shortened if long. A
// user name is not a secret; Atlassian's is usually an e-mail address.
func quoteUser(u string) string {
	if utf8.RuneCountInString(u) > 64 {
		u = string([]rune(u)[:64]) + "…"
	}
	return fmt.Sprintf("%q", u)
}
