package connectkey

import (
	"encoding/json"
	"go/ast"
	"io"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// maxDescriptorFile bounds the embedded files read: a descriptor is a
// few kilobytes.
const maxDescriptorFile = 1 << 20

// A jsonKey is the key of a descriptor in JSON text.
type jsonKey struct {
	value      string
	start, end int // of its string in the text, quotes included
}

// descriptorKey returns the key of the descriptor that text is: a JSON
// object with a string member "key" at its top level, and "baseUrl"
// too when needBase is set (for text that is not known to be a
// descriptor by the name of its file). A module's "key" inside the
// object is not the descriptor's.
func descriptorKey(text string, needBase bool) (jsonKey, bool) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return jsonKey{}, false
	}
	var k jsonKey
	found, base := false, false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return jsonKey{}, false
		}
		name, _ := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return jsonKey{}, false
		}
		switch name {
		case "key":
			// The last "key" wins, as in encoding/json.
			found = false
			end := int(dec.InputOffset())
			start := end - len(raw)
			var v string
			if start >= 0 && text[start:end] == string(raw) && json.Unmarshal(raw, &v) == nil {
				k, found = jsonKey{value: v, start: start, end: end}, true
			}
		case "baseUrl":
			base = true
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return jsonKey{}, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return jsonKey{}, false // more after the object: no JSON document
	}
	return k, found && (base || !needBase)
}

// embeddedDescriptors judges the descriptor files f embeds, when the
// driver lets the analysis read them: the key of each is reported at its
// //go:embed directive.
func (c *checker) embeddedDescriptors(f *ast.File) {
	if c.pass.ReadFile == nil { // some drivers (nogo) give no way to read files
		return
	}
	dir := filepath.Dir(c.pass.Fset.File(f.FileStart).Name())
	for _, group := range f.Comments {
		for _, cm := range group.List {
			args, ok := strings.CutPrefix(cm.Text, "//go:embed")
			if !ok || args == "" || args[0] != ' ' && args[0] != '\t' {
				continue
			}
			for _, p := range embedPatterns(args) {
				p = strings.TrimPrefix(p, "all:")
				if path.Base(p) != descriptorFile || strings.ContainsAny(p, `*?[\`) {
					continue // a glob or a directory: not read
				}
				data, err := c.pass.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
				if err != nil || len(data) > maxDescriptorFile {
					continue // not a file the driver gives the analysis
				}
				text := strings.TrimPrefix(string(data), "\uFEFF")
				if k, ok := descriptorKey(text, false); ok {
					c.judge(key{pos: cm.Pos(), end: cm.End(), value: k.value, file: p})
				}
			}
		}
	}
}

// embedPatterns splits the arguments of a //go:embed directive into its
// patterns, unquoting those written as Go strings. A pattern that does
// not unquote is dropped: the compiler rejects the directive anyway.
func embedPatterns(args string) []string {
	var out []string
	for s := strings.TrimSpace(args); s != ""; s = strings.TrimLeftFunc(s, unicode.IsSpace) {
		var p string
		switch s[0] {
		case '"', '`':
			end := closingQuote(s)
			if end < 0 {
				return out
			}
			q := s[:end+1]
			s = s[end+1:]
			var err error
			if p, err = strconv.Unquote(q); err != nil {
				continue
			}
		default:
			i := strings.IndexFunc(s, unicode.IsSpace)
			if i < 0 {
				i = len(s)
			}
			p, s = s[:i], s[i:]
		}
		out = append(out, p)
	}
	return out
}

// closingQuote returns the index of the quote that ends the Go string
// literal s starts with, or -1.
func closingQuote(s string) int {
	if s[0] == '`' {
		if i := strings.IndexByte(s[1:], '`'); i >= 0 {
			return i + 1
		}
		return -1
	}
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}
