package analysisdoc

import "testing"

func TestExtract(t *testing.T) {
	const src = `// Package p does things.
//
// # Analyzer one
//
// one: checks the first thing
//
// More about one.
//
// # rule
//
// A rule of one, part of its doc.
//
// # Analyzer two
//
// two checks without a colon
package p
`
	tests := []struct {
		name, want string
		wantErr    bool
	}{
		{name: "one", want: "checks the first thing\n\nMore about one.\n\n# rule\n\nA rule of one, part of its doc."},
		{name: "two", wantErr: true},
		{name: "three", wantErr: true},
		{name: "on", wantErr: true},
	}
	for _, tt := range tests {
		got, err := Extract(src, tt.name)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Extract(%q) = %q, %v; want %q, error %v", tt.name, got, err, tt.want, tt.wantErr)
		}
	}
	if _, err := Extract("package p", "one"); err == nil {
		t.Error("Extract without a package comment succeeded")
	}
	if _, err := Extract("not go", "one"); err == nil {
		t.Error("Extract of invalid Go succeeded")
	}
}

func TestRule(t *testing.T) {
	doc := "summary\n\nIntro.\n\n# default\n\nA request is sent with no User-Agent, e.g. by http.Get. More.\n\n# convention\n\nThe User-Agent breaks the convention.\n"
	tests := []struct {
		category, want, first string
		ok                    bool
	}{
		{"default", "A request is sent with no User-Agent, e.g. by http.Get. More.", "A request is sent with no User-Agent, e.g. by http.Get.", true},
		{"convention", "The User-Agent breaks the convention.", "The User-Agent breaks the convention.", true},
		{"library", "", "", false},
		{"summary", "", "", false},
	}
	for _, tt := range tests {
		got, ok := Rule(doc, tt.category)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Rule(doc, %q) = %q, %v; want %q, %v", tt.category, got, ok, tt.want, tt.ok)
		}
		if first := FirstSentence(got); first != tt.first {
			t.Errorf("FirstSentence(%q) = %q, want %q", got, first, tt.first)
		}
	}
}
