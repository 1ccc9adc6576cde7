package source

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const src = `package p

import "net/url"

func f(x int) {
	a := 1
	foo(); b := 2
	/* note */ c := 3
	d := 4 //atlvet:ignore useragent reason
	//atlvet:ignore useragent alone
	q := url.Values{}
	q.Set("atlOrigin", "x")
	q.Set("k", "v") // a comment
	q.Set("k", "v") /* a comment */
	if x > 0 { q.Set("k", "w") }
	v := url.Values{
		"atlOrigin": {"abc"},
		"k": {"v"}, "atlOrigin2": {"y"},
	}
	call(1,
		2)
	/* a
	long one */ e := 5
	_, _, _, _, _, _, _ = a, b, c, d, e, q, v
}

func foo()          {}
func call(int, int) {}
`

// text is src as parsed: a //line directive at its top and another
// in f renumber and rename its lines, which must change nothing here.
var text = strings.NewReplacer(
	"package p\n", "//line template.tmpl:100\npackage p\n",
	"func f(x int) {\n", "func f(x int) {\n//line other.go:1\n",
).Replace(src)

// at returns the position of the i-th occurrence (from 1) of s in
// text, and the end of that occurrence.
func at(t *testing.T, tf *token.File, s string, i int) (token.Pos, token.Pos) {
	t.Helper()
	off := -1
	for ; i > 0; i-- {
		j := strings.Index(text[off+1:], s)
		if j < 0 {
			t.Fatalf("%q not found", s)
		}
		off += 1 + j
	}
	return tf.Pos(off), tf.Pos(off + len(s))
}

// files returns text as passes see it with and without the driver's
// ReadFile, and its token.File.
func files(t *testing.T) (withText, withoutText *File, tf *token.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", text, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}}
	withoutText = Open(pass, f.Package)
	pass.ReadFile = func(name string) ([]byte, error) {
		if name != "p.go" {
			return nil, fmt.Errorf("not a file of the package: %s", name)
		}
		return []byte(text), nil
	}
	withText = Open(pass, f.Package)
	if withText == nil || withoutText == nil || withText.text == nil || withoutText.text != nil {
		t.Fatal("Open: want the file, read only with ReadFile")
	}
	return withText, withoutText, fset.File(f.Package)
}

func TestBlankBefore(t *testing.T) {
	withText, withoutText, tf := files(t)
	for _, tt := range []struct {
		s    string
		nth  int
		want bool
	}{
		{"a := 1", 1, true},
		{"foo()", 1, true},
		{"b := 2", 1, false},
		{"/* note */", 1, true},
		{"c := 3", 1, false},
		{"//atlvet:ignore useragent reason", 1, false},
		{"//atlvet:ignore useragent alone", 1, true},
		{`"atlOrigin": {"abc"}`, 1, true},
		{`"atlOrigin2"`, 1, false},
		{`q.Set("k", "w")`, 1, false},
		{"2)", 1, true},
		{"e := 5", 1, false},
	} {
		pos, _ := at(t, tf, tt.s, tt.nth)
		for _, f := range []*File{withText, withoutText} {
			if got := f.BlankBefore(pos); got != tt.want {
				t.Errorf("BlankBefore(%q), text %v: got %v, want %v", tt.s, f.text != nil, got, tt.want)
			}
		}
	}
}

func TestOnlyCommentAfter(t *testing.T) {
	withText, withoutText, tf := files(t)
	for _, tt := range []struct {
		s    string
		nth  int
		want bool
	}{
		{`q.Set("atlOrigin", "x")`, 1, true},
		{`q.Set("k", "v")`, 1, true},  // a // comment
		{`q.Set("k", "v")`, 2, false}, // a /* comment */
		{`q.Set("k", "w")`, 1, false}, // the block closes on the line
		{`"atlOrigin": {"abc"}`, 1, true},
		{`"k": {"v"}`, 1, false},
		{`"atlOrigin2": {"y"}`, 1, true},
		{"foo()", 1, false},
		{"call(1,", 1, true},
		{"b := 2", 1, true},
	} {
		_, end := at(t, tf, tt.s, tt.nth)
		if strings.HasSuffix(tt.s, ",") {
			end-- // the comma stays after end
		}
		for _, f := range []*File{withText, withoutText} {
			if got := f.OnlyCommentAfter(end); got != tt.want {
				t.Errorf("OnlyCommentAfter(%q), text %v: got %v, want %v", tt.s, f.text != nil, got, tt.want)
			}
		}
	}
}

func TestIndentAndLines(t *testing.T) {
	withText, withoutText, tf := files(t)
	for _, tt := range []struct {
		s      string
		indent string
		line   int // in the file, the two directives counted
	}{
		{"a := 1", "\t", 8},
		{"b := 2", "\t", 9},
		{`"atlOrigin": {"abc"}`, "\t\t", 19},
		{"2)", "\t\t", 23},
		{"func foo()", "", 29},
	} {
		pos, _ := at(t, tf, tt.s, 1)
		for _, f := range []*File{withText, withoutText} {
			if got := f.Indent(pos); got != tt.indent {
				t.Errorf("Indent(%q), text %v: got %q, want %q", tt.s, f.text != nil, got, tt.indent)
			}
			if got := f.Line(pos); got != tt.line {
				t.Errorf("Line(%q) = %d, want %d", tt.s, got, tt.line)
			}
			if start := f.LineStart(pos); f.Column(pos) != int(pos-start)+1 {
				t.Errorf("%q: column %d, line start %d bytes before", tt.s, f.Column(pos), pos-start)
			}
			if next := f.NextLineStart(pos); f.Line(next) != tt.line+1 || f.Column(next) != 1 {
				t.Errorf("NextLineStart(%q) is at %d:%d", tt.s, f.Line(next), f.Column(next))
			}
		}
		// What a //line directive says is another matter.
		if adjusted := tf.Position(pos); adjusted.Line == tt.line {
			t.Errorf("%q: the directives do not renumber line %d", tt.s, tt.line)
		}
	}
	if last := withoutText.NextLineStart(tf.Pos(tf.Size() - 1)); int(last) != tf.Base()+tf.Size() {
		t.Errorf("NextLineStart on the last line = %d, want the end of the file", last)
	}
}
