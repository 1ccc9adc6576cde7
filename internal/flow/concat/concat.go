// Package concat reads a string built by concatenation (a + b + c, or
// the format of fmt.Sprintf) as one text, so that what a piece of URL
// text means is decided in the whole rather than in each literal: the
// query parameters of the text with their exact spans, and what text
// comes before and after the string where it is used (Edges), through
// variables, struct fields, helper parameters and return values. With
// both, a fix can remove "?atlOrigin=abc" from
// key + "?atlOrigin=abc" + "&fields=x" and keep the "?" the rest needs.
//
// It works on syntax and types, not on SSA, because its answers are
// positions in the source: the operand and the bytes of a literal that
// hold a parameter, the arguments a formatting verb takes, the
// neighbours of an expression. SSA folds and renames what a fix must
// edit; the flow package's symbolic values (flow.Str) say what a string
// can be, this package says where each byte of it is written.
//
// Cost is linear in the size of the package: the roots of one long
// concatenation are found once, parameters are found in one scan of
// the text, and what surrounds a variable is worked out once.
package concat

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// An Index answers for the strings of one package. It remembers what
// it has worked out, so that asking about every literal of a package
// costs time in proportion to the package's size.
type Index struct {
	pkg  *types.Package
	info *types.Info
	insp *inspector.Inspector

	roots     map[ast.Node]inspector.Cursor // concatenations by the root of their chain
	objEdges  map[types.Object][2]Edge      // what surrounds the uses of a variable or constant
	uses      map[types.Object][]*ast.Ident
	callsites map[*types.Func][]inspector.Cursor
	litMaps   map[*ast.BasicLit][]int
}

// New returns the index of the package pkg, whose syntax insp holds.
func New(pkg *types.Package, info *types.Info, insp *inspector.Inspector) *Index {
	return &Index{
		pkg: pkg, info: info, insp: insp,
		roots: map[ast.Node]inspector.Cursor{}, objEdges: map[types.Object][2]Edge{}, litMaps: map[*ast.BasicLit][]int{},
	}
}

// A Chain is a string built by concatenation, read as one text. Its
// fields are the index's answers: callers must not change them.
type Chain struct {
	Root   ast.Expr         // the outermost concatenation (or a lone operand)
	Cursor inspector.Cursor // at Root
	Ops    []Operand
	// Text is the operands' text; an operand whose value is unknown
	// stands in it as one UnknownByte.
	Text string
	// Format is the fmt.Sprintf call whose format the chain is.
	Format *ast.CallExpr
	// Verbs of a format; ComplexVerbs when a verb uses an argument
	// index or "*", so that verbs cannot be mapped to arguments simply.
	Verbs        []Verb
	ComplexVerbs bool

	x             *Index
	inVerb        []bool
	edgesDone     bool
	before, after Edge

	// stopFrom and stopAtPos cache the last answer of stopAt.
	stopFrom, stopAtPos int
}

// An Operand of a chain.
type Operand struct {
	Expr  ast.Expr
	Lit   *ast.BasicLit // the operand when it is a string literal
	Value string        // when Known
	Known bool
	Start int // offset in the chain's text
}

// Width is the length of the operand's text in the chain's text.
func (o Operand) Width() int {
	if o.Known {
		return len(o.Value)
	}
	return 1
}

// UnknownByte stands for an operand of unknown value in a chain's text.
const UnknownByte = '\x00'

// A Verb is a formatting verb of a format chain.
type Verb struct {
	Start, End int // in the chain's text
	Arg        int // the argument it formats, counting from 0 after the format
}

// verbFlags are the bytes that may stand between "%" and a verb's
// letter.
const verbFlags = "+-# 0123456789.[]*"

// Root returns the cursor of the outermost string concatenation that
// the expression at cur is an operand of (or cur itself). The
// concatenations climbed through remember their root, so that finding
// the roots of every literal of one long concatenation costs time in
// proportion to its length, not to its square.
func (x *Index) Root(cur inspector.Cursor) inspector.Cursor {
	rootCur := cur
	var climbed []ast.Node
	for {
		p := rootCur.Parent()
		if known, ok := x.roots[p.Node()]; ok {
			rootCur = known
			break
		}
		bin, ok := p.Node().(*ast.BinaryExpr)
		if !ok || bin.Op != token.ADD || !isStringExpr(x.info, bin) {
			break
		}
		climbed = append(climbed, bin)
		rootCur = p
	}
	for _, n := range climbed {
		x.roots[n] = rootCur
	}
	return rootCur
}

// Chain returns the chain whose root concatenation is at rootCur (see
// Root): the format of fmt.Sprintf when it is one.
func (x *Index) Chain(rootCur inspector.Cursor) *Chain {
	ch := &Chain{Root: rootCur.Node().(ast.Expr), Cursor: rootCur, x: x}
	if call, ok := rootCur.Parent().Node().(*ast.CallExpr); ok && len(call.Args) > 0 && call.Args[0] == ch.Root &&
		funcs.IsFunc(funcs.Callee(x.info, call), "fmt", "Sprintf") {
		ch.Format = call
	}
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		if bin, ok := e.(*ast.BinaryExpr); ok && bin.Op == token.ADD && isStringExpr(x.info, bin) {
			flatten(bin.X)
			flatten(bin.Y)
			return
		}
		op := Operand{Expr: e}
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			op.Lit = lit
		}
		op.Value, op.Known = constString(x.info, e)
		if op.Known && strings.IndexByte(op.Value, UnknownByte) >= 0 {
			op.Value, op.Known = "", false
		}
		ch.Ops = append(ch.Ops, op)
	}
	flatten(ch.Root)
	var b strings.Builder
	for i := range ch.Ops {
		ch.Ops[i].Start = b.Len()
		if ch.Ops[i].Known {
			b.WriteString(ch.Ops[i].Value)
		} else {
			b.WriteByte(UnknownByte)
		}
	}
	ch.Text = b.String()
	if ch.Format != nil {
		ch.parseVerbs()
	}
	ch.stopFrom, ch.stopAtPos = -1, -1
	return ch
}

func isStringExpr(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if t == nil {
		return true // not type-checked: + of string literals still reads as text
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// constString returns the constant string value of e.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return "", false
		}
		return constant.StringVal(tv.Value), true
	}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		if s, err := strconv.Unquote(lit.Value); err == nil {
			return s, true
		}
	}
	return "", false
}

// parseVerbs finds the formatting verbs of a format chain.
func (ch *Chain) parseVerbs() {
	s := ch.Text
	ch.inVerb = make([]bool, len(s))
	arg := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		if i+1 < len(s) && s[i+1] == '%' {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte(verbFlags, s[j]) >= 0 {
			if s[j] == '[' || s[j] == '*' {
				ch.ComplexVerbs = true
			}
			j++
		}
		if j < len(s) {
			j++ // the verb letter
		}
		for k := i; k < j; k++ {
			ch.inVerb[k] = true
		}
		ch.Verbs = append(ch.Verbs, Verb{Start: i, End: j, Arg: arg})
		arg++
		i = j - 1
	}
}

// IsVerb reports whether Text[i] belongs to a formatting verb.
func (ch *Chain) IsVerb(i int) bool { return ch.inVerb != nil && ch.inVerb[i] }

// OpAt returns the index of the operand holding text offset i.
func (ch *Chain) OpAt(i int) int {
	lo, hi := 0, len(ch.Ops)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ch.Ops[mid].Start <= i {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	// Skip empty operands that start at i too.
	for lo+1 < len(ch.Ops) && ch.Ops[lo].Width() == 0 {
		lo++
	}
	return lo
}

// Str renders the chain as a symbolic string: unknown operands and
// formatting verbs are unknown.
func (ch *Chain) Str() flow.Str {
	out := flow.Str{}
	for _, op := range ch.Ops {
		switch {
		case !op.Known:
			out = out.Concat(flow.Unknown())
		case ch.Format != nil:
			out = out.Concat(FormatStr(op.Value))
		default:
			out = out.Concat(flow.Lit(op.Value))
		}
	}
	return out
}

// FormatStr renders a format string as a symbolic string whose verbs
// are unknown.
func FormatStr(s string) flow.Str {
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
		for j < len(s) && strings.IndexByte(verbFlags, s[j]) >= 0 {
			j++
		}
		flush()
		out = out.Concat(flow.Unknown())
		i = j
	}
	flush()
	return out
}

// HasVerb reports whether s holds a "%" that is not the start of a URL
// escape ("%20"): a formatting verb, were s a format.
func HasVerb(s string) bool {
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

// VerbFreeText returns the part of a format string around offset i
// that holds no formatting verb: the text that shows, as it is, in
// the strings the format makes.
func VerbFreeText(s string, i int) string {
	start := strings.LastIndexByte(s[:i], '%')
	for start >= 0 && start+1 < len(s) && strings.IndexByte(verbFlags, s[start+1]) >= 0 {
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

// Uses returns the identifiers that use obj in the package, in source
// order, not counting those it is assigned to: a variable only
// assigned is "declared and not used".
func (x *Index) Uses(obj types.Object) []*ast.Ident {
	if x.uses == nil {
		x.uses = map[types.Object][]*ast.Ident{}
		lhs := map[*ast.Ident]bool{}
		for cur := range x.insp.Root().Preorder((*ast.AssignStmt)(nil)) {
			if as := cur.Node().(*ast.AssignStmt); as.Tok == token.ASSIGN || as.Tok == token.DEFINE {
				for _, e := range as.Lhs {
					if id, ok := ast.Unparen(e).(*ast.Ident); ok {
						lhs[id] = true
					}
				}
			}
		}
		for id, o := range x.info.Uses {
			if !lhs[id] {
				x.uses[o] = append(x.uses[o], id)
			}
		}
		for _, ids := range x.uses {
			slices.SortFunc(ids, func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
		}
	}
	return x.uses[obj]
}
