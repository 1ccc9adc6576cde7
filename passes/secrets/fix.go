package secrets

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/fixes"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A fixPlan says how to rewrite a reported literal: as the
// concatenation of its parts, the literal's own text around each
// credential and a read of the environment in place of the credential.
type fixPlan struct {
	parts []fixPart
}

// A fixPart is literal text, a read of the environment variable env,
// or the base64 encoding of its parts (a Basic credential built at run
// time).
type fixPart struct {
	text  string
	env   string
	basic []fixPart
}

func textPart(s string) fixPart  { return fixPart{text: s} }
func envPart(env string) fixPart { return fixPart{env: env} }

// envPlan replaces a whole literal by a read of env.
func envPlan(env string) *fixPlan { return &fixPlan{parts: []fixPart{envPart(env)}} }

// aroundPlan keeps prefix and suffix around a read of env.
func aroundPlan(prefix, env, suffix string) *fixPlan {
	return &fixPlan{parts: []fixPart{textPart(prefix), envPart(env), textPart(suffix)}}
}

// A span is a part of a literal's value that a fix replaces.
type span struct {
	start, end int
	part       fixPart
}

// spanPlan rewrites value with each span replaced by its part; nil if
// spans overlap.
func spanPlan(value string, spans []span) *fixPlan {
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	var p fixPlan
	last := 0
	for _, s := range spans {
		if s.start < last || s.end > len(value) {
			return nil
		}
		p.parts = append(p.parts, textPart(value[last:s.start]), s.part)
		last = s.end
	}
	p.parts = append(p.parts, textPart(value[last:]))
	return &p
}

// walk calls f for every part of parts, nested ones included.
func walk(parts []fixPart, f func(fixPart)) {
	for _, p := range parts {
		f(p)
		walk(p.basic, f)
	}
}

// envs returns the environment variables the plan reads, once each.
func (p *fixPlan) envs() []string {
	var out []string
	walk(p.parts, func(q fixPart) {
		if q.env != "" && !slices.Contains(out, q.env) {
			out = append(out, q.env)
		}
	})
	return out
}

func (p *fixPlan) hasBasic() bool {
	found := false
	walk(p.parts, func(q fixPart) { found = found || q.basic != nil })
	return found
}

// texts returns the literal text the plan writes back into the source.
func (p *fixPlan) texts() []string {
	var out []string
	walk(p.parts, func(q fixPart) {
		if q.env == "" && q.basic == nil && q.text != "" {
			out = append(out, q.text)
		}
	})
	return out
}

// render writes parts as a Go expression.
func render(parts []fixPart, osName, b64Name string) string {
	var out []string
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			out = append(out, strconv.Quote(text.String()))
			text.Reset()
		}
	}
	for _, p := range parts {
		switch {
		case p.basic != nil:
			flush()
			out = append(out, fmt.Sprintf("%s.StdEncoding.EncodeToString([]byte(%s))", b64Name, render(p.basic, osName, b64Name)))
		case p.env != "":
			flush()
			out = append(out, fmt.Sprintf("%s.Getenv(%q)", osName, p.env))
		default:
			text.WriteString(p.text)
		}
	}
	flush()
	if len(out) == 0 {
		return `""`
	}
	return strings.Join(out, " + ")
}

// leaks reports whether text, which a fix would write into the source,
// holds a credential: a piece of one of the finding's secrets, anything
// of an Atlassian credential's format (whatever its checksum), a
// literal Basic credential, the password of a URL, or a word that
// looks like a secret.
func leaks(text string, secrets []secretRef) bool {
	for _, s := range secrets {
		// Any piece of a secret as long as a message may never show
		// (8 characters, or all of a shorter one).
		n := min(8, len(s.text))
		for i := 0; n > 0 && i+n <= len(s.text); i++ {
			if strings.Contains(text, s.text[i:i+n]) {
				return true
			}
		}
	}
	if len(atlassian.FindCredentials(text)) > 0 || len(findBasic(text)) > 0 {
		return true
	}
	// A word of the text that is a URL with a password, has a
	// credential's shape (a PAT, a legacy token) or looks random may be
	// a secret no rule recognised in text: keep it out of the fix too.
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'`,;()[]{}<>", r)
	}) {
		if _, _, ok := urlPassword(f); ok {
			return true
		}
		f = strings.TrimRight(f, ":=&?#")
		if len(atlassian.FindCredentials(f)) > 0 || atlassian.LooksLikeSecret(f) {
			return true
		}
	}
	return false
}

// getenvFix rewrites node as the plan says, adding the imports it
// needs. It offers nothing where the result would not compile, should
// not be edited or would keep a secret in the source: in a constant
// declaration, for a value of a named string type, in tests and
// generated files, where "os" or "base64" means something else, or
// when the text kept around the credential holds a secret too.
func (c *checker) getenvFix(node ast.Expr, p *fixPlan, secrets []secretRef) (analysis.SuggestedFix, bool) {
	info := c.pass.TypesInfo
	file := c.fileOf(node.Pos())
	if file == nil || !c.ordinary(node.Pos()) || p == nil || len(p.envs()) == 0 {
		return analysis.SuggestedFix{}, false
	}
	for _, t := range p.texts() {
		if leaks(t, secrets) {
			return analysis.SuggestedFix{}, false
		}
	}
	cur, ok := c.insp.Root().FindNode(node)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	for decl := range cur.Enclosing((*ast.GenDecl)(nil)) {
		if decl.Node().(*ast.GenDecl).Tok == token.CONST {
			return analysis.SuggestedFix{}, false
		}
	}
	if isFormatArg(info, cur) {
		return analysis.SuggestedFix{}, false // a format string must stay a constant
	}
	b, ok := info.TypeOf(node).(*types.Basic)
	if !ok || (b.Kind() != types.String && b.Kind() != types.UntypedString) {
		return analysis.SuggestedFix{}, false
	}
	osName, addOS, ok := fixes.ImportName(info, file, node.Pos(), "os", "os")
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	var paths []string
	if addOS {
		paths = append(paths, "os")
	}
	b64Name := ""
	if p.hasBasic() {
		name, add, ok := fixes.ImportName(info, file, node.Pos(), "encoding/base64", "base64")
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		if add {
			paths = append(paths, "encoding/base64")
		}
		b64Name = name
	}
	text := render(p.parts, osName, b64Name)
	if strings.Contains(text, " + ") {
		switch cur.Parent().Node().(type) {
		case *ast.IndexExpr, *ast.SliceExpr, *ast.SelectorExpr, *ast.UnaryExpr:
			text = "(" + text + ")"
		}
	}
	edits := []analysis.TextEdit{{Pos: node.Pos(), End: node.End(), NewText: []byte(text)}}
	imports, ok := fixes.AddImports(c.pass.Fset.File(file.FileStart), file, paths...)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	edits = append(edits, imports...)
	return analysis.SuggestedFix{Message: fixMessage(p), TextEdits: edits}, true
}

// isFormatArg reports whether the expression at cur is the format of a
// call of a fmt printing function.
func isFormatArg(info *types.Info, cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := funcs.Callee(info, call)
	switch {
	case funcs.IsFunc(fn, "fmt", "Sprintf", "Printf", "Errorf"):
		return len(call.Args) > 0 && call.Args[0] == cur.Node()
	case funcs.IsFunc(fn, "fmt", "Fprintf", "Appendf"):
		return len(call.Args) > 1 && call.Args[1] == cur.Node()
	}
	return false
}

func fixMessage(p *fixPlan) string {
	var reads []string
	for _, env := range p.envs() {
		reads = append(reads, fmt.Sprintf("os.Getenv(%q)", env))
	}
	what := "the credential"
	if len(reads) > 1 {
		what = "the credentials"
	}
	if p.hasBasic() {
		what = "the Basic credential"
		return "Build " + what + " from " + strings.Join(reads, " and ")
	}
	return "Read " + what + " from " + strings.Join(reads, " and ")
}
