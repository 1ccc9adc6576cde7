package connectkey

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/decls"
	"github.com/atlvet/atlvet/internal/flow"
)

// descriptorFields are the JSON names of a Connect descriptor's fields
// that, beside "key", make a struct a descriptor.
var descriptorFields = []string{"baseUrl", "authentication", "lifecycle", "modules", "apiVersion"}

// descriptorFile is the name Connect gives the descriptor.
const descriptorFile = "atlassian-connect.json"

// mayHoldDescriptor reports, cheaply, whether the package can hold a
// descriptor: a string literal names "baseUrl" (a map key, JSON text, a
// struct tag), struct tags declare a descriptor type, a file embeds a
// descriptor file, or a package it imports declares a descriptor type.
// Under go vet every pass runs on every dependency, the standard
// library included, to compute facts: this is what it costs there.
func mayHoldDescriptor(pass *analysis.Pass, res *flow.Result) bool {
	keyTag, descriptorTag := false, false
	for _, lit := range res.StringLiterals() {
		v := lit.Value
		if strings.Contains(v, "baseUrl") {
			return true
		}
		if v[0] == '`' && strings.Contains(v, `json:"`) {
			keyTag = keyTag || strings.Contains(v, `json:"key"`) || strings.Contains(v, `json:"key,`)
			for _, f := range descriptorFields {
				descriptorTag = descriptorTag || strings.Contains(v, `json:"`+f)
			}
			if keyTag && descriptorTag {
				return true
			}
		}
	}
	for _, f := range pass.Files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				if strings.HasPrefix(c.Text, "//go:embed") && strings.Contains(c.Text, descriptorFile) {
					return true
				}
			}
		}
	}
	for _, imp := range pass.Pkg.Imports() {
		scope := imp.Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
				if _, ok := descriptorKeyField(tn.Type()); ok {
					return true
				}
			}
		}
	}
	return false
}

// descriptorKeyField returns the index of the field tagged json:"key"
// of t's struct, if t is a descriptor's type: a struct with that field
// and a descriptor field beside it.
func descriptorKeyField(t types.Type) (int, bool) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return 0, false
	}
	keyField, descriptor := -1, false
	for i := range st.NumFields() {
		tag := st.Tag(i)
		if !strings.Contains(tag, "json:") {
			continue // most fields: no need to parse the tag
		}
		switch name := jsonName(tag); {
		case name == "key":
			keyField = i
		case slices.Contains(descriptorFields, name):
			descriptor = true
		}
	}
	return keyField, keyField >= 0 && descriptor
}

func jsonName(tag string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name
}

// goDescriptors finds the descriptors written in Go: struct values,
// map literals and JSON text in constants and literals.
func (c *checker) goDescriptors(insp *inspector.Inspector) {
	info := c.pass.TypesInfo
	for file := range insp.Root().Children() {
		if c.skipFile(file.Node().Pos()) {
			continue
		}
		for cur := range file.Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil)) {
			c.goNode(info, cur)
		}
	}
}

// goNode judges the descriptor that the node at cur, of one of the
// kinds goDescriptors visits, is or holds.
func (c *checker) goNode(info *types.Info, cur inspector.Cursor) {
	switch n := cur.Node().(type) {
	case *ast.CompositeLit:
		c.compositeLit(n)
	case *ast.AssignStmt:
		// d.Key = "..." on a descriptor value.
		if len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN {
			return
		}
		for i, lhs := range n.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			s, ok := info.Selections[sel]
			if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
				continue
			}
			recv := s.Recv()
			if ptr, ok := recv.Underlying().(*types.Pointer); ok {
				recv = ptr.Elem()
			}
			if field, ok := descriptorKeyField(recv); ok && field == s.Index()[0] {
				c.goKey(n.Rhs[i])
			}
		}
	case *ast.BasicLit:
		if n.Kind != token.STRING {
			return
		}
		switch p := cur.Parent().Node().(type) {
		case *ast.ImportSpec, *ast.Field:
			return // an import path, a struct tag
		case *ast.BinaryExpr:
			if constString(info, p) {
				return // judged as the whole constant
			}
		}
		if strings.Contains(n.Value, "key") && strings.Contains(n.Value, "baseUrl") {
			c.jsonLiteral(n)
		}
	case *ast.BinaryExpr:
		if n.Op != token.ADD || !constString(info, n) {
			return
		}
		if p, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && constString(info, p) {
			return // part of a larger constant
		}
		if v := constant.StringVal(info.Types[n].Value); strings.Contains(v, `"key"`) && strings.Contains(v, `"baseUrl"`) {
			if k, ok := descriptorKey(v, true); ok {
				c.judge(key{pos: n.Pos(), end: n.End(), value: k.value})
			}
		}
	}
}

// constString reports whether e is a constant string expression.
func constString(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String
}

// compositeLit judges a struct or map literal that is a descriptor.
func (c *checker) compositeLit(lit *ast.CompositeLit) {
	info := c.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		field, ok := descriptorKeyField(t)
		if !ok {
			return
		}
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, ok := kv.Key.(*ast.Ident)
				if ok && info.ObjectOf(id) == u.Field(field) {
					c.goKey(kv.Value)
				}
			} else if i == field {
				c.goKey(elt)
			}
		}
	case *types.Map:
		if b, ok := u.Key().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return
		}
		var keyValue ast.Expr
		hasBase := false
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok || !constString(info, kv.Key) {
				continue
			}
			switch constant.StringVal(info.Types[kv.Key].Value) {
			case "key":
				keyValue = kv.Value
			case "baseUrl":
				hasBase = true
			}
		}
		if keyValue != nil && hasBase {
			c.goKey(keyValue)
		}
	}
}

// goKey judges the key a descriptor written in Go is given, when it is
// a constant.
func (c *checker) goKey(e ast.Expr) {
	if !constString(c.pass.TypesInfo, e) {
		return // read from configuration, a variable, a call
	}
	value := constant.StringVal(c.pass.TypesInfo.Types[e].Value)
	c.judge(key{pos: e.Pos(), end: e.End(), value: value, lower: func() (analysis.TextEdit, bool) {
		return c.lowerLiteral(e, value)
	}})
}

// lowerLiteral lower-cases the literal that gives value: expr itself,
// or the declaration of the constant of this package it names.
func (c *checker) lowerLiteral(expr ast.Expr, value string) (analysis.TextEdit, bool) {
	e := ast.Unparen(expr)
	if id, ok := e.(*ast.Ident); ok {
		if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil && obj.Pkg() == c.pass.Pkg {
			e = ast.Unparen(decls.Value(c.pass.TypesInfo, c.pass.Files, obj))
		}
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return analysis.TextEdit{}, false
	}
	if v, err := strconv.Unquote(lit.Value); err != nil || v != value {
		return analysis.TextEdit{}, false // the literal is only part of the value
	}
	fixed := strings.ToLower(value)
	text := strconv.Quote(fixed)
	if lit.Value[0] == '`' {
		text = "`" + fixed + "`"
	}
	return analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)}, true
}

// jsonLiteral judges JSON text in one string literal, reporting at the
// key's string inside it when the literal is one line and the bytes of
// the text can be traced to the source, else at the literal.
func (c *checker) jsonLiteral(lit *ast.BasicLit) {
	text, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	k, ok := descriptorKey(text, true)
	if !ok {
		return
	}
	src := sourceOffsets(lit, text)
	start, end := lit.Pos(), lit.End()
	fset := c.pass.Fset
	if src != nil && fset.PositionFor(lit.Pos(), false).Line == fset.PositionFor(lit.End(), false).Line {
		start, end = lit.Pos()+token.Pos(src[k.start]), lit.Pos()+token.Pos(src[k.end])
	}
	c.judge(key{pos: start, end: end, value: k.value, lower: func() (analysis.TextEdit, bool) {
		// Edit the key's characters between its quotes, when they
		// are written in the source as they are read.
		if src == nil {
			return analysis.TextEdit{}, false
		}
		from, to := src[k.start+1], src[k.end-1]
		if lit.Value[from:to] != k.value {
			return analysis.TextEdit{}, false // escapes in the key
		}
		return analysis.TextEdit{
			Pos:     lit.Pos() + token.Pos(from),
			End:     lit.Pos() + token.Pos(to),
			NewText: []byte(strings.ToLower(k.value)),
		}, true
	}})
}

// sourceOffsets maps each byte offset of text, the value of a string
// literal, (and the offset just past its end) to the offset in the
// literal's source where the byte is written: the start of its escape
// sequence when it is escaped. It returns nil when the source text of
// the literal is not exactly lit.Value (the scanner drops carriage
// returns from raw strings), since offsets would then be wrong.
func sourceOffsets(lit *ast.BasicLit, text string) []int {
	if int(lit.End()-lit.Pos()) != len(lit.Value) || len(lit.Value) < 2 {
		return nil
	}
	body := lit.Value[1 : len(lit.Value)-1]
	out := make([]int, 0, len(text)+1)
	if lit.Value[0] == '`' {
		if body != text {
			return nil
		}
		for i := range len(text) + 1 {
			out = append(out, 1+i)
		}
		return out
	}
	for rest := body; rest != ""; {
		at := 1 + len(body) - len(rest)
		r, multibyte, tail, err := strconv.UnquoteChar(rest, '"')
		if err != nil {
			return nil
		}
		n := 1 // as strconv.Unquote writes it
		if r >= utf8.RuneSelf && multibyte {
			n = utf8.RuneLen(r)
		}
		for range n {
			out = append(out, at)
		}
		rest = tail
	}
	if len(out) != len(text) {
		return nil
	}
	return append(out, len(lit.Value)-1)
}
