package lsp

import (
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A mapper converts between byte offsets of a text and protocol
// positions (lines ended by LF, CRLF or CR; characters counted in
// UTF-16 code units, so a character outside the Basic Multilingual
// Plane counts two and a byte that is not UTF-8 counts one, as the
// U+FFFD an editor shows for it).
type mapper struct {
	text  []byte
	lines []int // byte offset of the start of each line
}

func newMapper(text []byte) *mapper {
	m := &mapper{text: text, lines: []int{0}}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			m.lines = append(m.lines, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			m.lines = append(m.lines, i+1)
		}
	}
	return m
}

// position returns the position of a byte offset, clamped to the
// text. An offset inside a line break or inside a UTF-8 sequence is
// taken back to where it starts.
func (m *mapper) position(offset int) Position {
	offset = max(0, min(offset, len(m.text)))
	line := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > offset }) - 1
	start := m.lines[line]
	end := m.lineEnd(line)
	offset = min(offset, end)
	chars := 0
	for i := start; i < offset; {
		r, n := utf8.DecodeRune(m.text[i:end])
		if i+n > offset {
			break // inside a sequence
		}
		chars += utf16Len(r)
		i += n
	}
	return Position{Line: line, Character: chars}
}

// offset returns the byte offset of a position. As the protocol says,
// a character past the end of its line means the end of the line; a
// line past the end of the text means the end of the text. A position
// inside a surrogate pair is taken back to the start of the character.
func (m *mapper) offset(p Position) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(m.lines) {
		return len(m.text)
	}
	i, end := m.lines[p.Line], m.lineEnd(p.Line)
	for chars := 0; i < end; {
		r, n := utf8.DecodeRune(m.text[i:end])
		w := utf16Len(r)
		if chars+w > p.Character {
			break
		}
		chars += w
		i += n
	}
	return i
}

// lineEnd returns the offset of the end of a line, before its break.
func (m *mapper) lineEnd(line int) int {
	end := len(m.text)
	if line+1 < len(m.lines) {
		end = m.lines[line+1]
		if end > 0 && m.text[end-1] == '\n' {
			end--
		}
		if end > m.lines[line] && m.text[end-1] == '\r' {
			end--
		}
	}
	return end
}

func utf16Len(r rune) int {
	if n := utf16.RuneLen(r); n > 0 {
		return n
	}
	return 1 // utf8.RuneError for a byte that is not UTF-8
}

// rangeOf returns the range of byte offsets [start, end).
func (m *mapper) rangeOf(start, end int) Range {
	return Range{Start: m.position(start), End: m.position(max(start, end))}
}

// pathOf returns the file name of a file:// URI.
func pathOf(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", fmt.Errorf("not a URI")
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("not a file:// URI (scheme %q)", u.Scheme)
	}
	if u.Host != "" && u.Host != "localhost" {
		return "", fmt.Errorf("file:// URI names host %q", u.Host)
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		// file:///C:/dir/file.go
		if len(p) >= 3 && p[0] == '/' && p[2] == ':' {
			p = p[1:]
		}
	}
	p = filepath.FromSlash(p)
	if !filepath.IsAbs(p) {
		return "", fmt.Errorf("file:// URI has no absolute path")
	}
	return filepath.Clean(p), nil
}

// uriOf returns the file:// URI of an absolute file name.
func uriOf(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/dir
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
