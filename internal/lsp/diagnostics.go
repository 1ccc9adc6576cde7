package lsp

import (
	"context"
	"encoding/json"
	"go/doc/comment"
	"go/scanner"
	"go/token"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/driver"
)

// A finding is a diagnostic of an open document with what its code
// actions need, in the positions of the buffer it was computed from.
type finding struct {
	path   string
	rule   string
	diag   Diagnostic
	fixes  []fix
	ignore *TextEdit // inserts an //atlvet:ignore line above; nil where none fits
}

// A fix is a suggested fix as edits of one or more files.
type fix struct {
	title string
	files []fileEdits
}

type fileEdits struct {
	path, uri string
	version   *int // of the buffer the edits apply to; nil for a file not open
	edits     []TextEdit
}

// ignorePlaceholder is the reason an inserted //atlvet:ignore gives
// until the user writes one.
const ignorePlaceholder = "TODO: say why this finding does not apply"

// A converter turns the driver's findings into protocol diagnostics,
// reading each file once.
type converter struct {
	source  string
	snap    *snapshot
	fset    *token.FileSet
	mappers map[string]*mapper
	spans   map[string][][2]int // multi-line tokens by file
}

func newConverter(source string, snap *snapshot, fset *token.FileSet) *converter {
	return &converter{source: source, snap: snap, fset: fset, mappers: map[string]*mapper{}, spans: map[string][][2]int{}}
}

// mapperOf returns the mapper of a file as the run read it, nil if it
// cannot be read.
func (c *converter) mapperOf(path string) *mapper {
	m, ok := c.mappers[path]
	if !ok {
		if text, err := c.snap.readFile(path); err == nil {
			m = newMapper(text)
		}
		c.mappers[path] = m
	}
	return m
}

// uriOf names a file as the client does if it is open.
func (c *converter) uriOf(path string) string {
	if d, ok := c.snap.docs[path]; ok {
		return d.uri
	}
	return uriOf(path)
}

// span returns the real file and byte offsets of a range, whatever a
// //line directive says of it.
func (c *converter) span(pos, end token.Pos) (path string, start, stop int, ok bool) {
	tf := c.fset.File(pos)
	if tf == nil {
		return "", 0, 0, false
	}
	start = tf.Offset(pos)
	stop = start
	if end.IsValid() && end >= pos && c.fset.File(end) == tf {
		stop = tf.Offset(end)
	}
	return tf.Name(), start, stop, true
}

// location returns a range as a protocol location.
func (c *converter) location(pos, end token.Pos) (Location, bool) {
	path, start, stop, ok := c.span(pos, end)
	if !ok {
		return Location{}, false
	}
	m := c.mapperOf(path)
	if m == nil {
		return Location{}, false
	}
	return Location{URI: c.uriOf(path), Range: m.rangeOf(start, stop)}, true
}

func (c *converter) finding(f driver.Finding) *finding {
	d := f.Diagnostic
	path, start, stop, ok := c.span(d.Pos, d.End)
	if !ok {
		return nil
	}
	m := c.mapperOf(path)
	if m == nil {
		return nil
	}
	rule := f.Rule()
	fd := &finding{
		path: path,
		rule: rule,
		diag: Diagnostic{
			Range:    m.rangeOf(start, stop),
			Severity: severity(c.snap.levels[rule]),
			Code:     rule,
			Source:   c.source,
			// The passes' messages show at most six characters of a
			// secret; Printable keeps bytes that are not UTF-8 out.
			Message: driver.Printable(d.Message),
		},
	}
	if href := ruleURL(f.Pass.URL, d.Category); href != "" {
		fd.diag.CodeDescription = &CodeDescription{Href: href}
	}
	for _, r := range d.Related {
		if loc, ok := c.location(r.Pos, r.End); ok {
			fd.diag.RelatedInformation = append(fd.diag.RelatedInformation, DiagnosticRelatedInformation{Location: loc, Message: driver.Printable(r.Message)})
		}
	}
	for _, sf := range d.SuggestedFixes {
		if fx, ok := c.fix(sf.Message, sf.TextEdits); ok {
			fd.fixes = append(fd.fixes, fx)
		}
	}
	if !strings.HasSuffix(rule, "/directive") {
		fd.ignore = c.ignoreEdit(path, m, start, rule)
	}
	return fd
}

// fix converts a suggested fix; one it cannot express whole (an edit
// in no file, edits that overlap) is left out.
func (c *converter) fix(title string, edits []analysis.TextEdit) (fix, bool) {
	fx := fix{title: title}
	type off struct{ start, end int }
	offsets := map[string][]off{}
	for _, e := range edits {
		path, start, stop, ok := c.span(e.Pos, e.End)
		if !ok {
			return fix{}, false
		}
		m := c.mapperOf(path)
		if m == nil {
			return fix{}, false
		}
		te := TextEdit{Range: m.rangeOf(start, stop), NewText: string(e.NewText)}
		i := slices.IndexFunc(fx.files, func(fe fileEdits) bool { return fe.path == path })
		if i < 0 {
			fe := fileEdits{path: path, uri: c.uriOf(path)}
			if d, ok := c.snap.docs[path]; ok {
				v := d.version
				fe.version = &v
			}
			fx.files = append(fx.files, fe)
			i = len(fx.files) - 1
		}
		if slices.Contains(fx.files[i].edits, te) {
			continue // the same import added twice
		}
		for _, o := range offsets[path] {
			if start < o.end && o.start < stop {
				return fix{}, false
			}
		}
		offsets[path] = append(offsets[path], off{start, stop})
		fx.files[i].edits = append(fx.files[i].edits, te)
	}
	return fx, len(fx.files) > 0
}

// ignoreEdit inserts "//atlvet:ignore <rule> <placeholder>" alone on
// a line above the finding's line, indented as that line, which
// silences the finding once the reason is written. There is no such
// line inside a raw string or a block comment that spans lines.
func (c *converter) ignoreEdit(path string, m *mapper, offset int, rule string) *TextEdit {
	line := m.position(offset).Line
	lineStart := m.lines[line]
	spans, ok := c.spans[path]
	if !ok {
		spans = multiLineTokens(m.text)
		c.spans[path] = spans
	}
	for _, sp := range spans {
		if sp[0] < lineStart && lineStart < sp[1] {
			return nil
		}
	}
	end := m.lineEnd(line)
	indent := m.text[lineStart:end]
	indent = indent[:len(indent)-len(strings.TrimLeft(string(indent), " \t"))]
	eol := "\n"
	if end+1 < len(m.text) && m.text[end] == '\r' && m.text[end+1] == '\n' {
		eol = "\r\n"
	}
	at := Position{Line: line}
	return &TextEdit{Range: Range{Start: at, End: at}, NewText: string(indent) + "//atlvet:ignore " + rule + " " + ignorePlaceholder + eol}
}

// multiLineTokens returns the byte ranges of the raw strings and
// block comments of a Go file.
func multiLineTokens(src []byte) [][2]int {
	var out [][2]int
	fset := token.NewFileSet()
	tf := fset.AddFile("", -1, len(src))
	var sc scanner.Scanner
	sc.Init(tf, src, nil, scanner.ScanComments)
	for {
		pos, tok, lit := sc.Scan()
		if tok == token.EOF {
			return out
		}
		start := tf.Offset(pos)
		var closing string
		switch {
		case tok == token.STRING && strings.HasPrefix(lit, "`"):
			closing = "`"
		case tok == token.COMMENT && strings.HasPrefix(lit, "/*"):
			closing = "*/"
		default:
			continue
		}
		end := len(src)
		if i := strings.Index(string(src[start+len(closing):]), closing); i >= 0 {
			end = start + len(closing) + i + len(closing)
		}
		out = append(out, [2]int{start, end})
	}
}

func severity(level string) int {
	switch level {
	case "error":
		return SeverityError
	case "note":
		return SeverityInformation
	}
	return SeverityWarning
}

// ruleURL links a rule to its section of the pass's documentation:
// the pass's URL (its package documentation) and the anchor
// pkg.go.dev gives the "# <category>" heading. A directive finding
// links to the pass.
func ruleURL(passURL, category string) string {
	if passURL == "" || category == "" || category == "directive" {
		return passURL
	}
	h := &comment.Heading{Text: []comment.Text{comment.Plain(category)}}
	return passURL + "#" + h.DefaultID()
}

// codeActionWait bounds how long a code action request waits for the
// analysis of the buffer it names.
const codeActionWait = 10 * time.Second

// codeAction answers textDocument/codeAction: for every finding at
// the range (or named in the request's diagnostics), its fixes and an
// action that silences it with //atlvet:ignore. It waits until the
// buffer as it is now has been analysed, so that edits are never
// computed from older text.
func (s *Server) codeAction(ctx context.Context, raw json.RawMessage) (any, *rpcError) {
	var p codeActionParams
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, invalidParams(err)
	}
	actions := []CodeAction{}
	if len(p.Context.Only) > 0 && !slices.ContainsFunc(p.Context.Only, func(k string) bool {
		return k == CodeActionKindQuickFix || k == "" || strings.HasPrefix(CodeActionKindQuickFix, k+".")
	}) {
		return actions, nil
	}
	path, err := pathOf(p.TextDocument.URI)
	if err != nil {
		return actions, nil
	}
	type named struct {
		Range   Range  `json:"range"`
		Message string `json:"message"`
		Source  string `json:"source"`
	}
	var asked []named
	for _, raw := range p.Context.Diagnostics {
		var n named
		if json.Unmarshal(raw, &n) == nil {
			asked = append(asked, n)
		}
	}

	s.mu.Lock()
	wake := func() {
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
	}
	stop := context.AfterFunc(ctx, wake)
	defer stop()
	timer := time.AfterFunc(codeActionWait, wake)
	defer timer.Stop()
	deadline := time.Now().Add(codeActionWait)
	var d *document
	for {
		d = s.docs[path]
		if d == nil || !d.isGo() {
			s.mu.Unlock()
			return actions, nil
		}
		if d.analysed == d.version {
			break
		}
		if ctx.Err() != nil {
			s.mu.Unlock()
			return nil, &rpcError{codeRequestCancelled, "request cancelled"}
		}
		if time.Now().After(deadline) || s.shutdown {
			s.mu.Unlock()
			return actions, nil
		}
		s.cond.Wait()
	}
	diags := slices.Clone(d.diags)
	documentChanges := s.documentChanges
	uri, version := d.uri, d.version
	s.mu.Unlock()

	for _, f := range diags {
		hit := overlaps(f.diag.Range, p.Range) || slices.ContainsFunc(asked, func(n named) bool {
			return n.Range == f.diag.Range && n.Message == f.diag.Message && (n.Source == "" || n.Source == f.diag.Source)
		})
		if !hit {
			continue
		}
		for i, fx := range f.fixes {
			actions = append(actions, CodeAction{
				Title:       fx.title,
				Kind:        CodeActionKindQuickFix,
				Diagnostics: []Diagnostic{f.diag},
				IsPreferred: i == 0,
				Edit:        workspaceEdit(fx.files, documentChanges),
			})
		}
		if f.ignore != nil {
			fe := fileEdits{path: f.path, uri: uri, version: &version, edits: []TextEdit{*f.ignore}}
			actions = append(actions, CodeAction{
				Title:       "Ignore " + f.rule + " here with //atlvet:ignore (write the reason)",
				Kind:        CodeActionKindQuickFix,
				Diagnostics: []Diagnostic{f.diag},
				Edit:        workspaceEdit([]fileEdits{fe}, documentChanges),
			})
		}
	}
	return actions, nil
}

// overlaps reports whether two ranges share a position, their ends
// included (a cursor just after a literal is on it).
func overlaps(a, b Range) bool {
	return !a.End.Less(b.Start) && !b.End.Less(a.Start)
}

func workspaceEdit(files []fileEdits, documentChanges bool) *WorkspaceEdit {
	we := &WorkspaceEdit{}
	for _, fe := range files {
		if documentChanges {
			we.DocumentChanges = append(we.DocumentChanges, TextDocumentEdit{
				TextDocument: VersionedTextDocumentIdentifier{URI: fe.uri, Version: fe.version},
				Edits:        fe.edits,
			})
			continue
		}
		if we.Changes == nil {
			we.Changes = map[string][]TextEdit{}
		}
		we.Changes[fe.uri] = append(we.Changes[fe.uri], fe.edits...)
	}
	return we
}
