// Package source answers what suggested fixes and directives need to
// know about the text of a package's files: what else is on a line,
// where a line starts and ends, and how it is indented.
//
// It reads a file through Pass.ReadFile when the driver provides it,
// and otherwise (Bazel's nogo builds passes without it) works the
// answer out from the file's syntax tree and its token.File, whose
// line table is all a driver always gives.
//
// Lines and columns here are the file's own. The positions that
// token.FileSet.Position and token.File.Line return are adjusted by
// //line directives (cgo's files, code generated from templates): they
// say where code came from and are right for reporting, but they must
// never be used to index a file's text or to lay out an edit.
package source

import (
	"bytes"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A File is one file of the package under analysis.
type File struct {
	tf     *token.File
	syntax *ast.File
	text   []byte // the file's content; nil when the driver gives no ReadFile
}

// Open returns the file of pass that holds pos, or nil if pos is in
// none of the package's files.
func Open(pass *analysis.Pass, pos token.Pos) *File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return OpenFile(pass, f)
		}
	}
	return nil
}

// OpenFile returns f, a file of pass, or nil if the file set does not
// know it.
func OpenFile(pass *analysis.Pass, f *ast.File) *File {
	tf := pass.Fset.File(f.FileStart)
	if tf == nil {
		return nil
	}
	file := &File{tf: tf, syntax: f}
	if pass.ReadFile != nil {
		// A file that changed since it was parsed is not read: its
		// offsets would not match the syntax.
		if text, err := pass.ReadFile(tf.Name()); err == nil && len(text) == tf.Size() {
			file.text = text
		}
	}
	return file
}

// Line returns the line of pos in the file, not as //line renames it.
func (f *File) Line(pos token.Pos) int { return f.tf.PositionFor(pos, false).Line }

// Column returns the byte column of pos in the file (1-based), not as
// //line renames it.
func (f *File) Column(pos token.Pos) int { return f.tf.PositionFor(pos, false).Column }

// LineStart returns the start of the line holding pos.
func (f *File) LineStart(pos token.Pos) token.Pos { return f.tf.LineStart(f.Line(pos)) }

// NextLineStart returns the start of the line after the one holding
// pos, or the end of the file if that line is the last.
func (f *File) NextLineStart(pos token.Pos) token.Pos {
	if line := f.Line(pos); line < f.tf.LineCount() {
		return f.tf.LineStart(line + 1)
	}
	return f.tf.Pos(f.tf.Size())
}

func (f *File) offset(pos token.Pos) int { return f.tf.Offset(pos) }

// BlankBefore reports whether nothing but blanks precedes pos on its
// line.
func (f *File) BlankBefore(pos token.Pos) bool {
	start := f.LineStart(pos)
	if f.text != nil {
		return len(bytes.TrimSpace(f.text[f.offset(start):f.offset(pos)])) == 0
	}
	// Every token before pos on the line starts or ends a node (or is
	// a comment): Go's semicolon rules leave no operator, comma or
	// keyword alone at the start of a line.
	return !f.anyToken(func(p, end token.Pos) bool {
		return start <= p && p < pos || start < end && end <= pos
	}, start, pos)
}

// OnlyCommentAfter reports whether, after end, its line holds nothing
// but blanks, a comma and a // comment, so that the line can go with
// what ends at end.
func (f *File) OnlyCommentAfter(end token.Pos) bool {
	next := f.NextLineStart(end)
	if f.text != nil {
		rest := f.text[f.offset(end):f.offset(next)]
		tail := bytes.TrimSpace(rest)
		tail = bytes.TrimSpace(bytes.TrimPrefix(tail, []byte(",")))
		return len(tail) == 0 || bytes.HasPrefix(tail, []byte("//"))
	}
	for _, group := range f.syntax.Comments {
		for _, c := range group.List {
			if end <= c.Pos() && c.Pos() < next && strings.HasPrefix(c.Text, "/*") {
				return false
			}
		}
	}
	return !f.anyNode(func(n ast.Node) bool {
		return end <= n.Pos() && n.Pos() < next || end < n.End() && n.End() <= next
	}, end, next)
}

// Indent returns the blanks that indent the line holding pos. Without
// the file's text it assumes gofmt's layout, one tab per level.
func (f *File) Indent(pos token.Pos) string {
	start := f.LineStart(pos)
	if f.text != nil {
		line := f.text[f.offset(start):]
		n := 0
		for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
			n++
		}
		return string(line[:n])
	}
	first := pos
	f.anyToken(func(p, _ token.Pos) bool {
		if start <= p && p < first {
			first = p
		}
		return false
	}, start, pos)
	return strings.Repeat("\t", max(0, f.Column(first)-1))
}

// anyToken reports whether match holds for the extent of some node or
// comment of the file that overlaps [from, to].
func (f *File) anyToken(match func(pos, end token.Pos) bool, from, to token.Pos) bool {
	for _, group := range f.syntax.Comments {
		for _, c := range group.List {
			if match(c.Pos(), c.End()) {
				return true
			}
		}
	}
	return f.anyNode(func(n ast.Node) bool { return match(n.Pos(), n.End()) }, from, to)
}

// anyNode reports whether match holds for some node of the file,
// looking only into nodes that overlap [from, to].
func (f *File) anyNode(match func(ast.Node) bool, from, to token.Pos) bool {
	found := false
	ast.Inspect(f.syntax, func(n ast.Node) bool {
		if found || n == nil || n.End() < from || n.Pos() > to {
			return false
		}
		if match(n) {
			found = true
			return false
		}
		return true
	})
	return found
}
