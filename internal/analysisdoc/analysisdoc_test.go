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
