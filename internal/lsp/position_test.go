package lsp

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPositions: characters are UTF-16 code units of the text before
// them on their line: two for a character outside the Basic
// Multilingual Plane, one for a byte that is not UTF-8; lines end at
// LF, CRLF or CR.
func TestPositions(t *testing.T) {
	for _, tc := range []struct {
		name   string
		text   string
		target string // the text whose first byte is looked up
		want   Position
	}{
		{"ASCII", "package a\nvar x = \"Jira\"\n", `"Jira"`, Position{1, 8}},
		{"two-byte letters", "// Größe\nvar ü = \"Jira\"\n", `"Jira"`, Position{1, 8}},
		{"CJK", "var 日本 = \"Jira\"\n", `"Jira"`, Position{0, 9}},
		{"emoji is a surrogate pair", "/* 😀 */ x := \"Jira\"", `"Jira"`, Position{0, 14}},
		{"two emoji", "😀😀\"Jira\"", `"Jira"`, Position{0, 4}},
		{"invalid UTF-8", "a\xffb \"Jira\"", `"Jira"`, Position{0, 4}},
		{"CRLF", "a\r\nb\r\n\"Jira\"", `"Jira"`, Position{2, 0}},
		{"CR alone", "a\rb\r  \"Jira\"", `"Jira"`, Position{2, 2}},
		{"end of text", "ab\n", "", Position{1, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newMapper([]byte(tc.text))
			off := len(tc.text)
			if tc.target != "" {
				off = strings.Index(tc.text, tc.target)
			}
			got := m.position(off)
			if got != tc.want {
				t.Errorf("position(%d) = %+v, want %+v", off, got, tc.want)
			}
			if back := m.offset(got); back != off {
				t.Errorf("offset(%+v) = %d, want %d", got, back, off)
			}
		})
	}
}

// TestRoundTrip: every offset where a character starts maps to a
// position and back (the LF of a CRLF is inside the line break).
func TestRoundTrip(t *testing.T) {
	text := "package a\r\n\n// Größe 日本 😀\rvar s = `\n😀x`\n\xff\xfeend"
	m := newMapper([]byte(text))
	for off := 0; off <= len(text); {
		if p := m.position(off); m.offset(p) != off {
			t.Errorf("offset %d -> %+v -> %d", off, p, m.offset(p))
		}
		if off == len(text) {
			break
		}
		_, n := utf8.DecodeRuneInString(text[off:])
		if text[off] == '\r' && off+1 < len(text) && text[off+1] == '\n' {
			n = 2
		}
		off += n
	}
}

// TestClamp: positions past their line or the text, and offsets
// inside a character or a line break, are clamped as the protocol
// says.
func TestClamp(t *testing.T) {
	text := "ab😀\r\ncd"
	m := newMapper([]byte(text))
	for _, tc := range []struct {
		p    Position
		want int
	}{
		{Position{0, 99}, strings.Index(text, "\r")}, // past the line: its end
		{Position{0, 3}, 2},                          // inside the surrogate pair: its start
		{Position{0, 4}, 6},
		{Position{5, 0}, len(text)}, // past the text: its end
		{Position{-1, 0}, 0},
		{Position{1, 1}, len(text) - 1},
	} {
		if got := m.offset(tc.p); got != tc.want {
			t.Errorf("offset(%+v) = %d, want %d", tc.p, got, tc.want)
		}
	}
	for _, tc := range []struct {
		off  int
		want Position
	}{
		{3, Position{0, 2}},  // inside 😀's bytes: before it
		{7, Position{0, 4}},  // between CR and LF: the end of the line
		{99, Position{1, 2}}, // past the text
		{-5, Position{0, 0}},
	} {
		if got := m.position(tc.off); got != tc.want {
			t.Errorf("position(%d) = %+v, want %+v", tc.off, got, tc.want)
		}
	}
}

func TestURIs(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX file names")
	}
	for _, tc := range []struct {
		uri, path string
	}{
		{"file:///home/u/a.go", "/home/u/a.go"},
		{"file:///home/u/with%20space/%C3%BC.go", "/home/u/with space/ü.go"},
		{"file://localhost/tmp/a.go", "/tmp/a.go"},
		{"file:///tmp/x/../a.go", "/tmp/a.go"},
	} {
		got, err := pathOf(tc.uri)
		if err != nil || got != tc.path {
			t.Errorf("pathOf(%q) = %q, %v; want %q", tc.uri, got, err, tc.path)
		}
	}
	for _, bad := range []string{"untitled:Untitled-1", "http://example.com/a.go", "file://server/share/a.go", "file:a.go", "%zz", ""} {
		if got, err := pathOf(bad); err == nil {
			t.Errorf("pathOf(%q) = %q, want an error", bad, got)
		}
	}
	for _, path := range []string{"/tmp/a.go", "/home/u/with space/ü.go", "/tmp/50%/a#b?.go"} {
		back, err := pathOf(uriOf(path))
		if err != nil || back != path {
			t.Errorf("%q -> %q -> %q, %v", path, uriOf(path), back, err)
		}
	}
}
