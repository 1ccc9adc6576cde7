package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// Printable makes text that atlvet prints safe to print: bytes that
// are not UTF-8 are written as \x escapes, so that a finding about a
// literal holding them does not put raw bytes on a terminal or into a
// log.
func Printable(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
			i++
			continue
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

// A TextWriter writes findings as go vet does: "file:line:col:
// message", one a line, in the order given. Related information
// follows its finding indented, so that nothing parsing "file:line:"
// at the start of a line takes it for a finding.
type TextWriter struct {
	W    io.Writer
	Fset *token.FileSet
	// Context, if not negative, is how many lines around the finding
	// to print, as go vet -c does.
	Context int
	// ReadFile reads source files for Context.
	ReadFile func(string) ([]byte, error)
	// RedactSource is applied to every source line printed.
	RedactSource func(string) string
	// Sensitive reports the findings whose source must not be shown (a
	// hard-coded secret): every string literal on their lines is masked
	// in the context of any finding.
	Sensitive func(Finding) bool

	masked map[string]map[int]mask // file -> line -> what of it to hide
}

// Write writes the findings.
func (tw *TextWriter) Write(fs []Finding) error {
	cache := map[string][]string{}
	tw.masked = map[string]map[int]mask{}
	if tw.Context >= 0 && tw.Sensitive != nil {
		for _, f := range fs {
			if !tw.Sensitive(f) {
				continue
			}
			start := tw.Fset.PositionFor(f.Diagnostic.Pos, false)
			stop := start
			if f.Diagnostic.End.IsValid() {
				stop = tw.Fset.PositionFor(f.Diagnostic.End, false)
			}
			if tw.masked[start.Filename] == nil {
				tw.masked[start.Filename] = map[int]mask{}
			}
			for l := start.Line; l <= stop.Line; l++ {
				m := maskLiteralsOnLine
				if l != start.Line && l != stop.Line {
					m = maskWholeLine // inside a multi-line literal
				}
				tw.masked[start.Filename][l] = max(tw.masked[start.Filename][l], m)
			}
		}
	}
	for _, f := range fs {
		d := f.Diagnostic
		posn := tw.Fset.Position(d.Pos)
		if _, err := fmt.Fprintf(tw.W, "%s: %s\n", posn, Printable(d.Message)); err != nil {
			return err
		}
		tw.context(cache, d.Pos, d.End)
		for _, r := range d.Related {
			fmt.Fprintf(tw.W, "\trelated: %s: %s\n", tw.Fset.Position(r.Pos), Printable(r.Message))
		}
	}
	return nil
}

func (tw *TextWriter) context(cache map[string][]string, pos, end token.Pos) {
	if tw.Context < 0 || tw.ReadFile == nil {
		return
	}
	// The real file and line, whatever a //line directive says.
	start := tw.Fset.PositionFor(pos, false)
	stop := start
	if end.IsValid() {
		stop = tw.Fset.PositionFor(end, false)
	}
	lines, ok := cache[start.Filename]
	if !ok {
		if data, err := tw.ReadFile(start.Filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		cache[start.Filename] = lines
	}
	for i := start.Line - tw.Context; i <= stop.Line+tw.Context; i++ {
		if 1 <= i && i <= len(lines) {
			line := lines[i-1]
			switch tw.masked[start.Filename][i] {
			case maskLiteralsOnLine:
				line = maskLiterals(line)
			case maskWholeLine:
				line = "…"
			}
			if tw.RedactSource != nil {
				line = tw.RedactSource(line)
			}
			fmt.Fprintf(tw.W, "%d\t%s\n", i, Printable(line))
		}
	}
}

// maskLiterals replaces the text of every Go string literal on a line
// of source by "…": a line that holds a hard-coded secret is shown
// without it. A line inside a multi-line raw string is masked whole.
func maskLiterals(line string) string {
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch c {
		case '"', '`':
			end := i + 1
			for end < len(line) && line[end] != c {
				if c == '"' && line[end] == '\\' {
					end++
				}
				end++
			}
			b.WriteByte(c)
			b.WriteString("…")
			if end < len(line) {
				b.WriteByte(c)
			}
			i = end
		case '/':
			if strings.HasPrefix(line[i:], "//") {
				b.WriteString(line[i:]) // a comment may quote freely
				return b.String()
			}
			b.WriteByte(c)
		case '\'':
			// A rune literal: copy it, so that '"' does not start a string.
			end := i + 1
			for end < len(line) && line[end] != '\'' {
				if line[end] == '\\' {
					end++
				}
				end++
			}
			if end >= len(line) {
				end = len(line) - 1
			}
			b.WriteString(line[i : end+1])
			i = end
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// A mask says what of a source line -c hides.
type mask int

const (
	maskNothing mask = iota
	maskLiteralsOnLine
	maskWholeLine
)

// JSON output, in go vet's -json shape: package ID -> pass -> the
// findings, or {"error": ...}.
type (
	jsonTextEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonSuggestedFix struct {
		Message string         `json:"message"`
		Edits   []jsonTextEdit `json:"edits"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	jsonDiagnostic struct {
		Category       string             `json:"category,omitempty"`
		Posn           string             `json:"posn"`
		End            string             `json:"end"`
		Message        string             `json:"message"`
		SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated      `json:"related,omitempty"`
	}
	jsonError struct {
		Err string `json:"error"`
	}
)

// WriteJSON writes the findings and failures as go vet -json does.
// Each finding appears once, under the first package that has it.
func WriteJSON(w io.Writer, fset *token.FileSet, fs []Finding, failures []Failure, redact func(string) string) error {
	tree := map[string]map[string]any{}
	add := func(pkg, pass string, v any) {
		m := tree[pkg]
		if m == nil {
			m = map[string]any{}
			tree[pkg] = m
		}
		if list, ok := m[pass].([]jsonDiagnostic); ok {
			m[pass] = append(list, v.(jsonDiagnostic))
			return
		}
		if d, ok := v.(jsonDiagnostic); ok {
			v = []jsonDiagnostic{d}
		}
		m[pass] = v
	}
	for _, f := range fs {
		add(f.Package.ID, f.Pass.Name, jsonDiagnosticOf(fset, f.Diagnostic))
	}
	for _, fl := range failures {
		msg := fl.Err.Error()
		if redact != nil {
			msg = redact(msg)
		}
		add(fl.Package, fl.Pass, jsonError{Printable(msg)})
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

func jsonDiagnosticOf(fset *token.FileSet, d analysis.Diagnostic) jsonDiagnostic {
	out := jsonDiagnostic{
		Category: d.Category,
		Posn:     fset.Position(d.Pos).String(),
		End:      fset.Position(cmp.Or(d.End, d.Pos)).String(),
		Message:  d.Message,
	}
	for _, fix := range d.SuggestedFixes {
		jf := jsonSuggestedFix{Message: fix.Message}
		for _, e := range fix.TextEdits {
			start, end := Offsets(fset, e)
			jf.Edits = append(jf.Edits, jsonTextEdit{
				Filename: fset.PositionFor(e.Pos, false).Filename,
				Start:    start, End: end, New: string(e.NewText),
			})
		}
		out.SuggestedFixes = append(out.SuggestedFixes, jf)
	}
	for _, r := range d.Related {
		out.Related = append(out.Related, jsonRelated{
			Posn:    fset.Position(r.Pos).String(),
			End:     fset.Position(cmp.Or(r.End, r.Pos)).String(),
			Message: r.Message,
		})
	}
	return out
}

// Offsets returns the byte offsets an edit replaces in its real file,
// whatever a //line directive says of the position.
func Offsets(fset *token.FileSet, e analysis.TextEdit) (start, end int) {
	tf := fset.File(e.Pos)
	if tf == nil {
		return 0, 0
	}
	start = tf.Offset(e.Pos)
	end = start
	if e.End.IsValid() {
		end = tf.Offset(e.End)
	}
	return start, end
}

// PackageErrors returns the load, parse and type errors of the roots'
// packages, each once, redacted: an error message that quotes a
// token does not print it.
func PackageErrors(prog *Program, redact func(string) string) []string {
	var out []string
	seen := map[string]bool{}
	visited := map[*packages.Package]bool{}
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if visited[p] {
			return
		}
		visited[p] = true
		for _, imp := range sortedImports(p) {
			visit(imp)
		}
		for _, e := range p.Errors {
			msg := e.Error()
			if e.Pos == "" || e.Pos == "-" {
				msg = e.Msg
			}
			if redact != nil {
				msg = redact(msg)
			}
			msg = Printable(msg)
			if !seen[msg] {
				seen[msg] = true
				out = append(out, msg)
			}
		}
	}
	for _, p := range prog.Roots {
		visit(p)
	}
	return out
}

// quoteIfNeeded quotes a pattern for a message when it holds spaces.
func quoteIfNeeded(s string) string {
	if strings.ContainsAny(s, " \t\n\"") {
		return strconv.Quote(s)
	}
	return s
}
