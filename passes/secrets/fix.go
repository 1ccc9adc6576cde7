package secrets

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/fixes"
)

// A fixPlan says how to replace a reported literal: by a read of the
// environment variable env, keeping the literal's text before and
// after the credential (a scheme, the rest of a URL); or, for a Basic
// credential, by one built at run time from the user and env.
type fixPlan struct {
	env            string
	prefix, suffix string
	basic          bool
	basicUser      string
}

// getenvFix replaces node by os.Getenv(env) (with the kept text
// around it), adding the import. It offers nothing where the result
// would not compile or should not be edited: in a constant
// declaration, for a value of a named string type, in tests and
// generated files, or where "os" means something else.
func (c *checker) getenvFix(node ast.Expr, p *fixPlan) (analysis.SuggestedFix, bool) {
	info := c.pass.TypesInfo
	file := c.fileOf(node.Pos())
	if file == nil || !c.ordinary(node.Pos()) {
		return analysis.SuggestedFix{}, false
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
	getenv := fmt.Sprintf("%s.Getenv(%q)", osName, p.env)

	var text, msg string
	if p.basic {
		b64, addB64, ok := fixes.ImportName(info, file, node.Pos(), "encoding/base64", "base64")
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		if addB64 {
			paths = append(paths, "encoding/base64")
		}
		text = fmt.Sprintf(`"Basic " + %s.StdEncoding.EncodeToString([]byte(%s + %s))`, b64, strconv.Quote(p.basicUser+":"), getenv)
		msg = fmt.Sprintf("Build the Basic credential from os.Getenv(%q)", p.env)
	} else {
		var parts []string
		if p.prefix != "" {
			parts = append(parts, strconv.Quote(p.prefix))
		}
		parts = append(parts, getenv)
		if p.suffix != "" {
			parts = append(parts, strconv.Quote(p.suffix))
		}
		text = strings.Join(parts, " + ")
		msg = fmt.Sprintf("Read the credential from os.Getenv(%q)", p.env)
	}
	if strings.Contains(text, " + ") {
		switch cur.Parent().Node().(type) {
		case *ast.IndexExpr, *ast.SliceExpr, *ast.SelectorExpr, *ast.UnaryExpr:
			text = "(" + text + ")"
		}
	}
	edits := []analysis.TextEdit{{Pos: node.Pos(), End: node.End(), NewText: []byte(text)}}
	edits = append(edits, fixes.AddImports(file, paths...)...)
	return analysis.SuggestedFix{Message: msg, TextEdits: edits}, true
}
