package concat_test

import (
	"go/ast"
	"go/token"
	"strconv"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow/concat"
	"github.com/atlvet/atlvet/internal/flow/flowtest"
)

// stubs are the standard packages the sources below use, reduced to
// what they call: the index knows them by path and name.
var stubs = map[string]string{
	"fmt":      "package fmt\n\nfunc Sprintf(format string, a ...any) string { return format }\n",
	"net/http": "package http\n\ntype Response struct{}\n\nfunc Get(url string) (*Response, error) { return nil, nil }\n",
}

// pkg is one type-checked source file and its index.
type pkg struct {
	t    *testing.T
	fset *token.FileSet
	src  string
	insp *inspector.Inspector
	x    *concat.Index
}

func load(t *testing.T, src string) *pkg {
	t.Helper()
	c := flowtest.Check(t, "example.com/p", src, stubs)
	insp := inspector.New([]*ast.File{c.File})
	return &pkg{t: t, fset: c.Fset, src: src, insp: insp, x: concat.New(c.Pkg, c.Info, insp)}
}

// lit returns the cursor of the string literal whose value is s.
func (p *pkg) lit(s string) inspector.Cursor {
	p.t.Helper()
	for cur := range p.insp.Root().Preorder((*ast.BasicLit)(nil)) {
		if v, err := strconv.Unquote(cur.Node().(*ast.BasicLit).Value); err == nil && v == s {
			return cur
		}
	}
	p.t.Fatalf("no literal %q", s)
	return inspector.Cursor{}
}

// chain returns the chain the literal of value s is an operand of.
func (p *pkg) chain(s string) *concat.Chain {
	p.t.Helper()
	return p.x.Chain(p.x.Root(p.lit(s)))
}

// source returns the source text between pos and end.
func (p *pkg) source(pos, end token.Pos) string {
	return p.src[p.fset.Position(pos).Offset:p.fset.Position(end).Offset]
}

func isOrigin(name string) bool { return atlassian.MatchOriginParam(name) != atlassian.NotOrigin }

func text(c byte) concat.Edge { return concat.Edge{Kind: concat.EdgeText, Char: c} }

var (
	none    = concat.Edge{Kind: concat.EdgeNone}
	unknown = concat.Edge{Kind: concat.EdgeUnknown}
)

func TestChainTextAndParams(t *testing.T) {
	p := load(t, `package p

import "net/http"

func get(base string) {
	http.Get(base + "/rest/api/3/myself?atlOrigin=abc" + "&fields=x")
}
`)
	ch := p.chain("&fields=x")
	if want := "\x00/rest/api/3/myself?atlOrigin=abc&fields=x"; ch.Text != want {
		t.Errorf("Text = %q, want %q", ch.Text, want)
	}
	if len(ch.Ops) != 3 || ch.Ops[0].Known || !ch.Ops[1].Known || ch.Ops[1].Start != 1 || ch.Ops[2].Start != 33 {
		t.Errorf("Ops = %+v, want base, then two literals at 1 and 33", ch.Ops)
	}
	if b, a := ch.Edges(); b != none || a != none {
		t.Errorf("Edges = %v, %v, want none, none: http.Get takes a whole URL", b, a)
	}
	ps := ch.Params(isOrigin)
	if len(ps) != 1 {
		t.Fatalf("Params = %+v, want one", ps)
	}
	q := ps[0]
	if q.Key != "atlOrigin" || q.Op != 1 || ch.Text[q.Start:q.End] != "atlOrigin=abc" || !q.HasEq || !q.Bounded {
		t.Errorf("Params = %+v, want atlOrigin=abc in operand 1, bounded", q)
	}
	// Its exact source bytes, for a fix.
	op := ch.Ops[q.Op]
	pos, end, ok := p.x.LitPos(op.Lit, q.Start-op.Start, q.End-op.Start)
	if !ok || p.source(pos, end) != "atlOrigin=abc" {
		t.Errorf("LitPos = %q, %v, want the source of atlOrigin=abc", p.source(pos, end), ok)
	}
	// Cut with the "&" that follows: the "?" stays for fields=x.
	cuts, ok := ch.Cuts(ps)
	if !ok || len(cuts) != 1 || ch.Text[cuts[0].From:cuts[0].To] != "atlOrigin=abc&" {
		t.Errorf("Cuts = %v, %v, want atlOrigin=abc&", cuts, ok)
	}
}

func TestLitPosEscapes(t *testing.T) {
	p := load(t, `package p

var u = "https://x.atlassian.net/rest/api/3/myself?\u0061tlOrigin=\x61bc"
`)
	ch := p.chain("https://x.atlassian.net/rest/api/3/myself?atlOrigin=abc")
	ps := ch.Params(isOrigin)
	if len(ps) != 1 || ps[0].Name != "atlOrigin" {
		t.Fatalf("Params = %+v, want atlOrigin", ps)
	}
	op := ch.Ops[0]
	pos, end, ok := p.x.LitPos(op.Lit, ps[0].Start, ps[0].End)
	if want := `\u0061tlOrigin=\x61bc`; !ok || p.source(pos, end) != want {
		t.Errorf("LitPos = %q, %v, want %q", p.source(pos, end), ok, want)
	}
	// Not "u" as a variable read nowhere: a whole string.
	if b, a := ch.Edges(); b != none || a != none {
		t.Errorf("Edges = %v, %v, want none, none", b, a)
	}
}

// TestEdgesThroughVariable: the string assigned to q is used after a
// "?" of a URL that http.Get takes whole.
func TestEdgesThroughVariable(t *testing.T) {
	p := load(t, `package p

import "net/http"

func get() {
	q := "atlOrigin=abc"
	http.Get("https://x.atlassian.net/rest/api/3/myself?" + q)
}
`)
	ch := p.chain("atlOrigin=abc")
	if b, a := ch.Edges(); b != text('?') || a != none {
		t.Errorf("Edges = %v, %v, want '?', none", b, a)
	}
	ps := ch.Params(isOrigin)
	if len(ps) != 1 || ps[0].Start != 0 || ps[0].End != len(ch.Text) {
		t.Fatalf("Params = %+v, want the whole text", ps)
	}
	// The last parameter of its query, with nothing before it in the
	// string: only the caller's "?" could go with it.
	if cuts, ok := ch.Cuts(ps); ok {
		t.Errorf("Cuts = %v, want none", cuts)
	}
}

// TestEdgesThroughReturn: a helper's result is used in a
// concatenation by its callers; two callers that agree give their
// neighbours, two that disagree give unknown.
func TestEdgesThroughReturn(t *testing.T) {
	p := load(t, `package p

import "net/http"

func value() string { return "atlOrigin=abc" }

func param() string { return "atlOrigin=def" }

func search() {
	http.Get("https://x.atlassian.net/rest/api/3/search?jql=" + value())
	http.Get("https://x.atlassian.net/rest/api/3/issue?x=1&" + param() + "&y=2")
	http.Get("https://x.atlassian.net/rest/api/3/issue?x=2&" + param() + "&z=3")
}
`)
	value := p.chain("atlOrigin=abc")
	if b, a := value.Edges(); b != text('=') || a != none {
		t.Errorf("value() Edges = %v, %v, want '=', none", b, a)
	}
	if ps := value.Params(isOrigin); len(ps) != 0 {
		t.Errorf("Params after \"jql=\" = %+v, want none: it is a value", ps)
	}
	param := p.chain("atlOrigin=def")
	if b, a := param.Edges(); b != text('&') || a != text('&') {
		t.Errorf("param() Edges = %v, %v, want '&', '&'", b, a)
	}
	if ps := param.Params(isOrigin); len(ps) != 1 || ps[0].Key != "atlOrigin" {
		t.Errorf("Params after \"&\" = %+v, want atlOrigin", ps)
	}
}

// TestEdgesMerged: a variable read in two places whose neighbours
// differ has unknown edges.
func TestEdgesMerged(t *testing.T) {
	p := load(t, `package p

func f() (string, string) {
	q := "&atlOrigin=abc"
	return "a" + q, "b" + q + "&c=1"
}
`)
	ch := p.chain("&atlOrigin=abc")
	if b, a := ch.Edges(); b != unknown || a != unknown {
		t.Errorf("Edges = %v, %v, want unknown, unknown: the uses disagree", b, a)
	}
}

func TestFormat(t *testing.T) {
	p := load(t, `package p

import (
	"fmt"
	"net/http"
)

func get(origin, key string) {
	http.Get(fmt.Sprintf("https://x.atlassian.net/rest/api/3/issue/%s?atlOrigin=%s&expand=names", key, origin))
}
`)
	ch := p.chain("https://x.atlassian.net/rest/api/3/issue/%s?atlOrigin=%s&expand=names")
	if ch.Format == nil || len(ch.Verbs) != 2 || ch.Verbs[1].Arg != 1 || ch.ComplexVerbs {
		t.Fatalf("Format %v, Verbs %+v, want two simple verbs", ch.Format, ch.Verbs)
	}
	if got, want := ch.Str().String(), "https://x.atlassian.net/rest/api/3/issue/…?atlOrigin=…&expand=names"; got != want {
		t.Errorf("Str = %q, want %q", got, want)
	}
	if b, a := ch.Edges(); b != none || a != none {
		t.Errorf("Edges = %v, %v, want those of the Sprintf call: none, none", b, a)
	}
	ps := ch.Params(isOrigin)
	if len(ps) != 1 {
		t.Fatalf("Params = %+v, want one", ps)
	}
	v := ch.Verbs[1]
	if ch.Text[ps[0].Start:ps[0].End] != "atlOrigin=%s" || v.Start != ps[0].KeyEnd+1 || v.End != ps[0].End {
		t.Errorf("Params = %+v, want atlOrigin=%%s whose value is verb %+v", ps[0], v)
	}
}

func TestVerbText(t *testing.T) {
	for _, tc := range []struct {
		s       string
		hasVerb bool
	}{
		{"?a=%20b", false},
		{"?a=%s", true},
		{"100%", true},
		{"%2", true},
	} {
		if got := concat.HasVerb(tc.s); got != tc.hasVerb {
			t.Errorf("HasVerb(%q) = %v, want %v", tc.s, got, tc.hasVerb)
		}
	}
	if got := concat.VerbFreeText("/issue/%s?atlOrigin=x&k=%d", 10); got != "?atlOrigin=x&k=" {
		t.Errorf("VerbFreeText = %q, want %q", got, "?atlOrigin=x&k=")
	}
}
