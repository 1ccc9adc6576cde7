package atlorigin

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
	"github.com/atlvet/atlvet/internal/source"
)

// A removal is a fix that deletes code: its edits, and what the
// deleted code refers to, which must stay in use elsewhere for the
// fixed code to compile.
type removal struct {
	edits []analysis.TextEdit
	spans []span         // the source the fix deletes
	refs  []types.Object // local variables and imports the deleted code uses
}

type span struct{ pos, end token.Pos }

func (s span) contains(pos token.Pos) bool { return s.pos <= pos && pos < s.end }

// A pending diagnostic waits for the end of the package: a fix that
// deletes the last use of a variable or an import is dropped then.
type pending struct {
	d   analysis.Diagnostic
	fix *removal
}

func (c *checker) report(d analysis.Diagnostic, fix *removal) {
	c.pending = append(c.pending, &pending{d: d, fix: fix})
}

// finish reports the pending diagnostics, each with its fix unless the
// fix would leave a local variable or an import unused, counting as
// deleted what every fix of the package deletes (go vet -fix applies
// them all).
func (c *checker) finish() {
	var all []span
	for _, p := range c.pending {
		if p.fix != nil {
			all = append(all, p.fix.spans...)
		}
	}
	for _, p := range c.pending {
		if p.fix != nil && c.keepsUses(p.fix, all) {
			p.d.SuggestedFixes = append(p.d.SuggestedFixes, analysis.SuggestedFix{
				Message:   "Remove the atlOrigin parameter",
				TextEdits: p.fix.edits,
			})
		}
		c.reporter.Report(p.d)
	}
}

// keepsUses reports whether every variable and import the fix's
// deleted code refers to is used outside all the deleted spans.
func (c *checker) keepsUses(fix *removal, deleted []span) bool {
	for _, obj := range fix.refs {
		live := false
		for _, id := range c.usesOf(obj) {
			if !slices.ContainsFunc(deleted, func(s span) bool { return s.contains(id.Pos()) }) {
				live = true
				break
			}
		}
		if !live {
			return false
		}
	}
	return true
}

// noteRemoved records that the fix deletes n: n must have no side
// effect, and the local variables and imports it uses must be used
// elsewhere.
func (c *checker) noteRemoved(fix *removal, n ast.Node) bool {
	if !c.pure(n) {
		return false
	}
	c.noteRefs(fix, n)
	return true
}

// noteRemovedCall records that the fix deletes call, made for its
// effect, whose arguments must have none.
func (c *checker) noteRemovedCall(fix *removal, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if !c.pure(a) {
			return false
		}
	}
	c.noteRefs(fix, call)
	return true
}

// noteRefs records the local variables and imports n uses.
func (c *checker) noteRefs(fix *removal, n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		switch obj := c.pass.TypesInfo.Uses[id].(type) {
		case *types.PkgName:
			fix.refs = append(fix.refs, obj)
		case *types.Var:
			if obj.Kind() == types.LocalVar {
				fix.refs = append(fix.refs, obj)
			}
		}
		return true
	})
}

// pureCall reports the functions that may be deleted with the
// expression that calls them.
func pureCall(fn *types.Func) bool {
	return funcs.IsFunc(fn, "net/url", "QueryEscape", "PathEscape") ||
		funcs.IsFunc(fn, "strconv", "Itoa", "FormatInt", "FormatUint", "FormatBool", "Quote") ||
		funcs.IsFunc(fn, "strings", "ToLower", "ToUpper", "TrimSpace", "TrimPrefix", "TrimSuffix", "Trim", "Join", "Repeat", "ReplaceAll") ||
		funcs.IsFunc(fn, "fmt", "Sprint", "Sprintf") ||
		funcs.IsFunc(fn, "os", "Getenv") ||
		funcs.IsMethod(fn, "net/url", "Values", "Encode", "Get") ||
		funcs.IsMethod(fn, "net/url", "URL", "String", "Query")
}

// pure reports whether evaluating n has no effect beyond its value.
func (c *checker) pure(n ast.Node) bool {
	info := c.pass.TypesInfo
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv, isType := info.Types[n.Fun]; isType && tv.IsType() {
				return true // a conversion
			}
			if !pureCall(funcs.Callee(info, n)) {
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.FuncLit:
			ok = false // it may declare what it uses
		}
		return ok
	})
	return ok
}

// usesOf returns the identifiers that use obj, not counting those it
// is assigned to: a variable only assigned is "declared and not used".
func (c *checker) usesOf(obj types.Object) []*ast.Ident {
	if c.uses == nil {
		c.uses = map[types.Object][]*ast.Ident{}
		lhs := map[*ast.Ident]bool{}
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok && (as.Tok == token.ASSIGN || as.Tok == token.DEFINE) {
					for _, e := range as.Lhs {
						if id, ok := ast.Unparen(e).(*ast.Ident); ok {
							lhs[id] = true
						}
					}
				}
				return true
			})
		}
		for id, o := range c.pass.TypesInfo.Uses {
			if !lhs[id] {
				c.uses[o] = append(c.uses[o], id)
			}
		}
		for _, ids := range c.uses {
			slices.SortFunc(ids, func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
		}
	}
	return c.uses[obj]
}

// litSource maps offsets in a string literal's value to offsets in its
// source text (from the opening quote), -1 inside a character that an
// escape writes as several bytes.
func (c *checker) litSource(lit *ast.BasicLit) []int {
	if m, ok := c.litMaps[lit]; ok {
		return m
	}
	var m []int
	body := lit.Value[1 : len(lit.Value)-1]
	if lit.Value[0] == '`' {
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				m = append(m, 1+i)
			}
		}
		m = append(m, 1+len(body))
	} else {
		q := lit.Value[0]
		for rest := body; len(rest) > 0; {
			off := len(body) - len(rest)
			r, multibyte, tail, err := strconv.UnquoteChar(rest, q)
			if err != nil {
				m = nil
				break
			}
			n := 1
			if multibyte || r >= 0x80 {
				n = len(string(r))
			}
			if !multibyte && r < 0x100 && rest[0] == '\\' {
				n = 1 // \xNN and octal escapes write one byte
			}
			m = append(m, 1+off)
			for k := 1; k < n; k++ {
				m = append(m, -1)
			}
			rest = tail
		}
		if m != nil || body == "" {
			m = append(m, 1+len(body))
		}
	}
	if v, err := strconv.Unquote(lit.Value); err != nil || len(m) != len(v)+1 {
		m = nil // not a value this mapping can follow
	}
	c.litMaps[lit] = m
	return m
}

// litEdit replaces value[from:to] of lit with repl, editing only the
// source text those bytes are written with.
func (c *checker) litEdit(lit *ast.BasicLit, from, to int, repl string) (analysis.TextEdit, bool) {
	if atlassian.HoldsSecret(lit.Value) {
		return analysis.TextEdit{}, false // the secrets pass rewrites this literal
	}
	m := c.litSource(lit)
	if to >= len(m) || from < 0 || m[from] < 0 || m[to] < 0 {
		return analysis.TextEdit{}, false
	}
	return analysis.TextEdit{Pos: lit.Pos() + token.Pos(m[from]), End: lit.Pos() + token.Pos(m[to]), NewText: []byte(repl)}, true
}

// removeParams builds the fix that removes ps, parameters of the chain,
// keeping the query's "?" and "&" right, or reports false when that
// cannot be done correctly.
func (c *checker) removeParams(ch *chain, ps []param) (*removal, bool) {
	s := ch.text
	c.edgesOf(ch)
	// Runs of parameters that follow each other ("a=1&b=2") go in one
	// piece, so that the "?" before the first and the "&"s between
	// them are kept or removed once.
	var runs [][]param
	for _, p := range ps {
		if n := len(runs); n > 0 {
			last := runs[n-1][len(runs[n-1])-1]
			if p.start < last.end {
				continue // inside the value of the one before
			}
			if last.end < len(s) && s[last.end] == '&' && p.start == last.end+1 {
				runs[n-1] = append(runs[n-1], p)
				continue
			}
		}
		runs = append(runs, []param{p})
	}
	type rng struct{ from, to int }
	var cuts []rng
	for _, run := range runs {
		first, last := run[0], run[len(run)-1]
		if !last.bounded {
			return nil, false
		}
		switch {
		case last.end < len(s) && s[last.end] == '&':
			// "k=v&rest": drop "k=v&"; the separator before stays.
			cuts = append(cuts, rng{first.start, last.end + 1})
			continue
		case last.end < len(s) && s[last.end] == '#':
		case last.end == len(s):
			if a := ch.after; !(a.kind == edgeNone || a.kind == edgeText && a.char == '#') {
				return nil, false // the text goes on after the chain
			}
		default:
			return nil, false // an unknown operand follows
		}
		// The last parameter: drop its separator with it.
		switch {
		case first.start > 0 && (s[first.start-1] == '?' || s[first.start-1] == '&'):
			cuts = append(cuts, rng{first.start - 1, last.end})
		case first.start == 0 && ch.before.kind == edgeNone:
			cuts = append(cuts, rng{0, last.end}) // a query alone: RawQuery
		default:
			return nil, false
		}
	}

	if ch.format == nil {
		for _, cut := range cuts {
			if hasVerb(s[cut.from:cut.to]) {
				return nil, false // a format used elsewhere: its arguments would not match
			}
		}
	}

	fix := &removal{}
	whole := make([]bool, len(ch.ops))
	for _, cut := range cuts {
		for i := ch.opAt(cut.from); i < len(ch.ops) && ch.ops[i].start < cut.to; i++ {
			op := ch.ops[i]
			lo, hi := max(cut.from, op.start), min(cut.to, op.start+op.width())
			if lo >= hi {
				continue
			}
			if lo == op.start && hi == op.start+op.width() {
				whole[i] = true
				continue
			}
			if op.lit == nil {
				return nil, false // part of a named constant
			}
			edit, ok := c.litEdit(op.lit, lo-op.start, hi-op.start, "")
			if !ok {
				return nil, false
			}
			fix.edits = append(fix.edits, edit)
			fix.spans = append(fix.spans, span{edit.Pos, edit.End})
		}
		if ch.format != nil {
			if !c.removeVerbArgs(ch, fix, cut.from, cut.to) {
				return nil, false
			}
		}
	}
	if !slices.Contains(whole, false) {
		return c.removeWholeChain(ch, fix)
	}
	for i := 0; i < len(ch.ops); {
		if !whole[i] {
			i++
			continue
		}
		j := i
		for j+1 < len(ch.ops) && whole[j+1] {
			j++
		}
		for k := i; k <= j; k++ {
			if ch.ops[k].lit == nil && !c.noteRemoved(fix, ch.ops[k].expr) {
				return nil, false
			}
		}
		var pos, end token.Pos
		if i > 0 {
			pos, end = ch.ops[i-1].expr.End(), ch.ops[j].expr.End()
		} else {
			pos, end = ch.ops[i].expr.Pos(), ch.ops[j+1].expr.Pos()
		}
		fix.edits = append(fix.edits, analysis.TextEdit{Pos: pos, End: end})
		fix.spans = append(fix.spans, span{pos, end})
		i = j + 1
	}
	return fix, true
}

// removeVerbArgs removes the arguments that the verbs in text[from:to]
// of a format chain format.
func (c *checker) removeVerbArgs(ch *chain, fix *removal, from, to int) bool {
	var args []int
	for _, v := range ch.verbs {
		if v.start >= from && v.end <= to {
			args = append(args, v.arg)
		} else if v.start < to && v.end > from {
			return false // a verb cut in two
		}
	}
	if len(args) == 0 {
		return true
	}
	call := ch.format
	if ch.complexVerbs || call.Ellipsis.IsValid() || slices.ContainsFunc(ch.ops, func(o operand) bool { return !o.known }) {
		return false
	}
	var idx []int
	for _, a := range args {
		i := 1 + a
		if i >= len(call.Args) {
			return false
		}
		if !c.noteRemoved(fix, call.Args[i]) {
			return false
		}
		idx = append(idx, i)
	}
	for _, e := range deleteListElems(call.Args, idx) {
		fix.edits = append(fix.edits, e)
		fix.spans = append(fix.spans, span{e.Pos, e.End})
	}
	return true
}

// removeWholeChain removes a string all of whose text goes.
func (c *checker) removeWholeChain(ch *chain, fix *removal) (*removal, bool) {
	for _, op := range ch.ops {
		if op.lit == nil && !c.noteRemoved(fix, op.expr) {
			return nil, false
		}
	}
	add := func(e analysis.TextEdit) (*removal, bool) {
		fix.edits = append(fix.edits, e)
		fix.spans = append(fix.spans, span{e.Pos, e.End})
		return fix, true
	}
	parent := ch.rootCur.Parent()
	switch p := parent.Node().(type) {
	case *ast.KeyValueExpr:
		// url.URL{..., RawQuery: "atlOrigin=abc"}: drop the field.
		if cl, ok := parent.Parent().Node().(*ast.CompositeLit); ok && p.Value == ch.root && ch.format == nil {
			if i := slices.Index(cl.Elts, ast.Expr(p)); i >= 0 {
				return add(c.deleteElem(cl.Elts, i))
			}
		}
	case *ast.AssignStmt:
		// u += "&atlOrigin=abc": drop the statement.
		if p.Tok == token.ADD_ASSIGN && len(p.Rhs) == 1 && p.Rhs[0] == ch.root && ch.format == nil {
			if !c.noteRemoved(fix, p.Lhs[0]) {
				return nil, false
			}
			if e, ok := c.deleteStmt(parent); ok {
				return add(e)
			}
			return nil, false
		}
	}
	return add(analysis.TextEdit{Pos: ch.root.Pos(), End: ch.root.End(), NewText: []byte(`""`)})
}

// renameParam spells the key of a near miss atlOrigin.
func (c *checker) renameParam(ch *chain, p param) (analysis.SuggestedFix, bool) {
	op := ch.ops[p.op]
	if op.lit == nil || p.keyEnd > op.start+op.width() {
		return analysis.SuggestedFix{}, false
	}
	edit, ok := c.litEdit(op.lit, p.start-op.start, p.keyEnd-op.start, atlassian.OriginParam)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   "Rename " + atlassian.SafeText(p.key) + " to atlOrigin",
		TextEdits: []analysis.TextEdit{edit},
	}, true
}

// wholeLines widens [pos, end) to the whole lines it is on when
// nothing else is on them but blanks, a trailing comma and a comment.
func (c *checker) wholeLines(pos, end token.Pos) (token.Pos, token.Pos, bool) {
	src := source.Open(c.pass, pos)
	if src == nil || !src.BlankBefore(pos) || !src.OnlyCommentAfter(end) {
		return pos, end, false
	}
	return src.LineStart(pos), src.NextLineStart(end), true
}

// deleteElem deletes element i of a comma-separated list: its whole
// line when it has one to itself.
func (c *checker) deleteElem(list []ast.Expr, i int) analysis.TextEdit {
	if pos, end, ok := c.wholeLines(list[i].Pos(), list[i].End()); ok {
		return analysis.TextEdit{Pos: pos, End: end}
	}
	return deleteListElems(list, []int{i})[0]
}

// deleteListElems deletes the elements idx (in increasing order) of a
// comma-separated list, with their commas.
func deleteListElems(list []ast.Expr, idx []int) []analysis.TextEdit {
	del := make([]bool, len(list))
	for _, i := range idx {
		del[i] = true
	}
	var out []analysis.TextEdit
	for i := 0; i < len(list); {
		if !del[i] {
			i++
			continue
		}
		j := i
		for j+1 < len(list) && del[j+1] {
			j++
		}
		switch {
		case j+1 < len(list):
			out = append(out, analysis.TextEdit{Pos: list[i].Pos(), End: list[j+1].Pos()})
		case i > 0:
			out = append(out, analysis.TextEdit{Pos: list[i-1].End(), End: list[j].End()})
		default:
			out = append(out, analysis.TextEdit{Pos: list[i].Pos(), End: list[j].End()})
		}
		i = j + 1
	}
	return out
}

// deleteStmt deletes the statement at cur, with its line when nothing
// else is on it, when it sits in a list of statements.
func (c *checker) deleteStmt(cur inspector.Cursor) (analysis.TextEdit, bool) {
	switch cur.Parent().Node().(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return analysis.TextEdit{}, false
	}
	n := cur.Node()
	pos, end := n.Pos(), n.End()
	if p, e, ok := c.wholeLines(pos, end); ok {
		pos, end = p, e
	}
	return analysis.TextEdit{Pos: pos, End: end}, true
}

// hasVerb reports whether s holds a "%" that is not the start of a
// URL escape ("%20"): a formatting verb, were s a format.
func hasVerb(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			return true
		}
	}
	return false
}

func isHex(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
}
