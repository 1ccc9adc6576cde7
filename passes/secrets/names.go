package secrets

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// scanNames looks at variables, constants, struct fields and string
// map keys named like a credential and set to a literal: a legacy API
// token whose MD5 suffix holds is atlassian-token, reported anywhere
// and whatever the configuration (a name is a credential's place, like
// a sink); with guesses on, a literal that looks like a secret is
// credential-name, outside tests and generated files.
func (c *checker) scanNames(guess bool) {
	info := c.pass.TypesInfo
	for cur := range c.insp.Root().Preorder((*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				continue
			}
			for i, name := range n.Names {
				c.checkName(guess, name.Name, n.Values[i])
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) || (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) {
				continue
			}
			for i, lhs := range n.Lhs {
				switch l := ast.Unparen(lhs).(type) {
				case *ast.Ident:
					c.checkName(guess, l.Name, n.Rhs[i])
				case *ast.SelectorExpr:
					c.checkName(guess, l.Sel.Name, n.Rhs[i])
				case *ast.IndexExpr:
					// A map's string key; a string index of something
					// whose type is not known can only be one.
					switch funcs.Underlying(info.TypeOf(l.X)).(type) {
					case *types.Map, nil:
						if key, ok := stringConst(info, l.Index); ok {
							c.checkName(guess, key, n.Rhs[i])
						}
					}
				}
			}
		case *ast.CompositeLit:
			t := funcs.Underlying(info.TypeOf(n))
			for _, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				// A field name, or a map's string key. Of a literal whose
				// type is not known (the package does not type-check),
				// the key's syntax tells which it is.
				switch t.(type) {
				case *types.Struct, nil:
					if key, ok := kv.Key.(*ast.Ident); ok {
						c.checkName(guess, key.Name, kv.Value)
						continue
					}
				}
				switch t.(type) {
				case *types.Map, nil:
					if key, ok := stringConst(info, kv.Key); ok {
						c.checkName(guess, key, kv.Value)
					}
				}
			}
		}
	}
}

// checkName checks one name and the value it is set to.
func (c *checker) checkName(guess bool, name string, value ast.Expr) {
	if !c.inPackage(value.Pos()) || !atlassian.IsCredentialName(name) {
		return
	}
	v, ok := stringConst(c.pass.TypesInfo, value)
	if !ok || !holdsLiteral(value) {
		return
	}
	for _, m := range atlassian.FindCredentials(v) {
		switch {
		case m.Kind == atlassian.LegacyAPIToken && m.ChecksumValid:
			// A legacy token is recognised next to a credential name.
			c.add(c.tokenFinding(value, m.Kind, v, " in "+name, envFromName(name)))
			return
		case m.Kind != atlassian.LegacyAPIToken:
			// Valid: atlassian-token reports it. Invalid: most likely
			// a documentation example, reported only at a sink.
			return
		}
	}
	if !guess || !c.ordinary(value.Pos()) || atlassian.NamesPlaceholder(name) {
		return
	}
	what := "a literal that looks like a secret"
	why := "the value's randomness"
	switch {
	case atlassian.IsPrivateKeyPEM(v):
		what, why = "a PEM private key", "the value"
	case !atlassian.LooksLikeSecret(v):
		return
	}
	env := envFromName(name)
	c.add(finding{
		category: CategoryCredentialName,
		node:     value,
		problem:  fmt.Sprintf("%s is set to %s (%s), a guess from the name and %s", name, what, atlassian.Redact(v), why),
		remedy:   fmt.Sprintf("if it is a credential, read it at run time, e.g. with os.Getenv(%q)", env),
		fix:      envPlan(env),
		secrets:  []secretRef{{text: v, desc: fmt.Sprintf("a value set to %s that looks like a secret (%s)", name, atlassian.Redact(v))}},
	})
}

// envFromName makes an environment variable name from an identifier:
// apiToken -> ATLASSIAN_API_TOKEN, jiraPassword -> JIRA_PASSWORD.
func envFromName(name string) string {
	var words []string
	var cur []rune
	runes := []rune(name)
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToUpper(string(cur)))
			cur = nil
		}
	}
	for i, r := range runes {
		switch {
		case !(unicode.IsLetter(r) || unicode.IsDigit(r)) || r > unicode.MaxASCII:
			flush()
			continue
		case i > 0 && unicode.IsUpper(r) && (unicode.IsLower(runes[i-1]) ||
			(i+1 < len(runes) && unicode.IsLower(runes[i+1]) && unicode.IsUpper(runes[i-1]))):
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	if len(words) == 0 {
		return "ATLASSIAN_API_TOKEN"
	}
	switch words[0] {
	case "ATLASSIAN", "JIRA", "CONFLUENCE", "BITBUCKET":
	default:
		words = append([]string{"ATLASSIAN"}, words...)
	}
	return strings.Join(words, "_")
}
