package secrets

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"github.com/atlvet/atlvet/internal/atlassian"
)

// scanNames reports credential-name: variables, constants, struct
// fields and string map keys named like a credential and set to a
// literal that looks like one. It is a guess, made outside tests and
// generated files only.
func (c *checker) scanNames() {
	info := c.pass.TypesInfo
	for cur := range c.insp.Root().Preorder((*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				continue
			}
			for i, name := range n.Names {
				c.checkName(name.Name, n.Values[i])
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) || (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) {
				continue
			}
			for i, lhs := range n.Lhs {
				switch l := ast.Unparen(lhs).(type) {
				case *ast.Ident:
					c.checkName(l.Name, n.Rhs[i])
				case *ast.SelectorExpr:
					c.checkName(l.Sel.Name, n.Rhs[i])
				case *ast.IndexExpr:
					if _, isMap := typeUnder(info.TypeOf(l.X)).(*types.Map); isMap {
						if key, ok := stringConst(info, l.Index); ok {
							c.checkName(key, n.Rhs[i])
						}
					}
				}
			}
		case *ast.CompositeLit:
			switch typeUnder(info.TypeOf(n)).(type) {
			case *types.Struct:
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							c.checkName(key.Name, kv.Value)
						}
					}
				}
			case *types.Map:
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if key, ok := stringConst(info, kv.Key); ok {
							c.checkName(key, kv.Value)
						}
					}
				}
			}
		}
	}
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// checkName checks one name and the value it is set to.
func (c *checker) checkName(name string, value ast.Expr) {
	if !c.ordinary(value.Pos()) || !atlassian.IsCredentialName(name) {
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
	if !atlassian.LooksLikeSecret(v) {
		return
	}
	env := envFromName(name)
	c.add(finding{
		category: CategoryCredentialName,
		node:     value,
		message: fmt.Sprintf("%s is set to a literal that looks like a secret (%s), a guess from the name and the value's randomness; if it is a credential, read it at run time, e.g. with os.Getenv(%q)",
			name, atlassian.Redact(v), env),
		fix: &fixPlan{env: env},
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
