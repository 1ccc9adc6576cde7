package atlorigin

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow/concat"
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
		for _, id := range c.strs.Uses(obj) {
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

// litEdit replaces value[from:to] of lit with repl, editing only the
// source text those bytes are written with.
func (c *checker) litEdit(lit *ast.BasicLit, from, to int, repl string) (analysis.TextEdit, bool) {
	if atlassian.HoldsSecret(lit.Value) {
		return analysis.TextEdit{}, false // the secrets pass rewrites this literal
	}
	pos, end, ok := c.strs.LitPos(lit, from, to)
	if !ok {
		return analysis.TextEdit{}, false
	}
	return analysis.TextEdit{Pos: pos, End: end, NewText: []byte(repl)}, true
}

// removeParams builds the fix that removes ps, parameters of the chain,
// keeping the query's "?" and "&" right, or reports false when that
// cannot be done correctly.
func (c *checker) removeParams(ch *concat.Chain, ps []concat.Param) (*removal, bool) {
	cuts, ok := ch.Cuts(ps)
	if !ok {
		return nil, false
	}
	fix := &removal{}
	whole := make([]bool, len(ch.Ops))
	for _, cut := range cuts {
		for i := ch.OpAt(cut.From); i < len(ch.Ops) && ch.Ops[i].Start < cut.To; i++ {
			op := ch.Ops[i]
			lo, hi := max(cut.From, op.Start), min(cut.To, op.Start+op.Width())
			if lo >= hi {
				continue
			}
			if lo == op.Start && hi == op.Start+op.Width() {
				whole[i] = true
				continue
			}
			if op.Lit == nil {
				return nil, false // part of a named constant
			}
			edit, ok := c.litEdit(op.Lit, lo-op.Start, hi-op.Start, "")
			if !ok {
				return nil, false
			}
			fix.edits = append(fix.edits, edit)
			fix.spans = append(fix.spans, span{edit.Pos, edit.End})
		}
		if ch.Format != nil {
			if !c.removeVerbArgs(ch, fix, cut.From, cut.To) {
				return nil, false
			}
		}
	}
	if !slices.Contains(whole, false) {
		return c.removeWholeChain(ch, fix)
	}
	for i := 0; i < len(ch.Ops); {
		if !whole[i] {
			i++
			continue
		}
		j := i
		for j+1 < len(ch.Ops) && whole[j+1] {
			j++
		}
		for k := i; k <= j; k++ {
			if ch.Ops[k].Lit == nil && !c.noteRemoved(fix, ch.Ops[k].Expr) {
				return nil, false
			}
		}
		var pos, end token.Pos
		if i > 0 {
			pos, end = ch.Ops[i-1].Expr.End(), ch.Ops[j].Expr.End()
		} else {
			pos, end = ch.Ops[i].Expr.Pos(), ch.Ops[j+1].Expr.Pos()
		}
		fix.edits = append(fix.edits, analysis.TextEdit{Pos: pos, End: end})
		fix.spans = append(fix.spans, span{pos, end})
		i = j + 1
	}
	return fix, true
}

// removeVerbArgs removes the arguments that the verbs in text[from:to]
// of a format chain format.
func (c *checker) removeVerbArgs(ch *concat.Chain, fix *removal, from, to int) bool {
	var args []int
	for _, v := range ch.Verbs {
		if v.Start >= from && v.End <= to {
			args = append(args, v.Arg)
		} else if v.Start < to && v.End > from {
			return false // a verb cut in two
		}
	}
	if len(args) == 0 {
		return true
	}
	call := ch.Format
	if ch.ComplexVerbs || call.Ellipsis.IsValid() || slices.ContainsFunc(ch.Ops, func(o concat.Operand) bool { return !o.Known }) {
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
func (c *checker) removeWholeChain(ch *concat.Chain, fix *removal) (*removal, bool) {
	for _, op := range ch.Ops {
		if op.Lit == nil && !c.noteRemoved(fix, op.Expr) {
			return nil, false
		}
	}
	add := func(e analysis.TextEdit) (*removal, bool) {
		fix.edits = append(fix.edits, e)
		fix.spans = append(fix.spans, span{e.Pos, e.End})
		return fix, true
	}
	parent := ch.Cursor.Parent()
	switch p := parent.Node().(type) {
	case *ast.KeyValueExpr:
		// url.URL{..., RawQuery: "atlOrigin=abc"}: drop the field.
		if cl, ok := parent.Parent().Node().(*ast.CompositeLit); ok && p.Value == ch.Root && ch.Format == nil {
			if i := slices.Index(cl.Elts, ast.Expr(p)); i >= 0 {
				return add(c.deleteElem(cl.Elts, i))
			}
		}
	case *ast.AssignStmt:
		// u += "&atlOrigin=abc": drop the statement.
		if p.Tok == token.ADD_ASSIGN && len(p.Rhs) == 1 && p.Rhs[0] == ch.Root && ch.Format == nil {
			if !c.noteRemoved(fix, p.Lhs[0]) {
				return nil, false
			}
			if e, ok := c.deleteStmt(parent); ok {
				return add(e)
			}
			return nil, false
		}
	}
	return add(analysis.TextEdit{Pos: ch.Root.Pos(), End: ch.Root.End(), NewText: []byte(`""`)})
}

// renameParam spells the key of a near miss atlOrigin.
func (c *checker) renameParam(ch *concat.Chain, p param) (analysis.SuggestedFix, bool) {
	op := ch.Ops[p.Op]
	if op.Lit == nil || p.KeyEnd > op.Start+op.Width() {
		return analysis.SuggestedFix{}, false
	}
	edit, ok := c.litEdit(op.Lit, p.Start-op.Start, p.KeyEnd-op.Start, atlassian.OriginParam)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   "Rename " + atlassian.SafeText(p.Key) + " to atlOrigin",
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
