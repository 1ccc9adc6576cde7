package fixes_test

import (
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/fixes"
)

func apply(t *testing.T, fset *token.FileSet, src string, edits []analysis.TextEdit) string {
	t.Helper()
	tf := fset.File(edits[0].Pos)
	slices.SortStableFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos) - int(b.Pos) })
	var out strings.Builder
	last := 0
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		if start < last {
			t.Fatalf("overlapping edits: %v", edits)
		}
		out.WriteString(src[last:start])
		out.Write(e.NewText)
		last = end
	}
	out.WriteString(src[last:])
	return out.String()
}

func TestAddImports(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		paths []string
		want  string
	}{
		{
			name:  "no imports",
			src:   "package p\n\nvar x = 1\n",
			paths: []string{"os"},
			want:  "package p\n\nimport (\n\t\"os\"\n)\n\nvar x = 1\n",
		},
		{
			name:  "no imports, two",
			src:   "package p\n",
			paths: []string{"os", "encoding/base64"},
			want:  "package p\n\nimport (\n\t\"encoding/base64\"\n\t\"os\"\n)\n",
		},
		{
			name:  "single spec",
			src:   "package p\n\nimport \"net/http\"\n\nvar _ http.Header\n",
			paths: []string{"os"},
			want:  "package p\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nvar _ http.Header\n",
		},
		{
			name:  "single named spec",
			src:   "package p\n\nimport h \"net/http\"\n\nvar _ h.Header\n",
			paths: []string{"encoding/base64", "os"},
			want:  "package p\n\nimport (\n\t\"encoding/base64\"\n\th \"net/http\"\n\t\"os\"\n)\n\nvar _ h.Header\n",
		},
		{
			name:  "sorted position",
			src:   "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"strings\"\n)\n",
			paths: []string{"os"},
			want:  "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n\t\"strings\"\n)\n",
		},
		{
			name:  "two at one position",
			src:   "package p\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n",
			paths: []string{"os", "encoding/base64"},
			want:  "package p\n\nimport (\n\t\"encoding/base64\"\n\t\"fmt\"\n\t\"os\"\n\t\"strings\"\n)\n",
		},
		{
			name:  "standard library group, not third party",
			src:   "package p\n\nimport (\n\t\"fmt\"\n\n\t\"golang.org/x/oauth2\"\n)\n",
			paths: []string{"os"},
			want:  "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"golang.org/x/oauth2\"\n)\n",
		},
		{
			name:  "only third party",
			src:   "package p\n\nimport (\n\t\"golang.org/x/oauth2\"\n)\n",
			paths: []string{"os"},
			want:  "package p\n\nimport (\n\t\"os\"\n\n\t\"golang.org/x/oauth2\"\n)\n",
		},
		{
			name:  "two into only third party",
			src:   "package p\n\nimport (\n\t\"golang.org/x/oauth2\"\n)\n",
			paths: []string{"os", "encoding/base64"},
			want:  "package p\n\nimport (\n\t\"encoding/base64\"\n\t\"os\"\n\n\t\"golang.org/x/oauth2\"\n)\n",
		},
		{
			name:  "third party into only standard library",
			src:   "package p\n\nimport (\n\t\"fmt\" // printing\n)\n",
			paths: []string{"golang.org/x/oauth2/jira", "golang.org/x/oauth2"},
			want:  "package p\n\nimport (\n\t\"fmt\" // printing\n\n\t\"golang.org/x/oauth2\"\n\t\"golang.org/x/oauth2/jira\"\n)\n",
		},
		{
			name:  "standard library into a single third-party spec",
			src:   "package p\n\nimport \"golang.org/x/oauth2\"\n",
			paths: []string{"os"},
			want:  "package p\n\nimport (\n\t\"os\"\n\n\t\"golang.org/x/oauth2\"\n)\n",
		},
		{
			name:  "after a commented spec",
			src:   "package p\n\nimport (\n\t\"fmt\" // printing\n)\n",
			paths: []string{"os"},
			want:  "package p\n\nimport (\n\t\"fmt\" // printing\n\t\"os\"\n)\n",
		},
		{
			name:  "already imported",
			src:   "package p\n\nimport \"os\"\n",
			paths: []string{"os"},
			want:  "package p\n\nimport \"os\"\n",
		},
		{
			// Lines are the file's own: a //line directive renumbers
			// them for reporting, not for laying out the edit.
			name:  "no imports, lines renumbered forwards",
			src:   "//line gen.tmpl:100\npackage p\n\nvar x = 1\n",
			paths: []string{"os"},
			want:  "//line gen.tmpl:100\npackage p\n\nimport (\n\t\"os\"\n)\n\nvar x = 1\n",
		},
		{
			name:  "no imports, lines renumbered backwards",
			src:   "// Package p is generated.\n\n//line gen.tmpl:1\npackage p\n\nvar x = 1\n",
			paths: []string{"os"},
			want:  "// Package p is generated.\n\n//line gen.tmpl:1\npackage p\n\nimport (\n\t\"os\"\n)\n\nvar x = 1\n",
		},
		{
			name:  "blank import does not count",
			src:   "package p\n\nimport (\n\t_ \"os\"\n)\n",
			paths: []string{"os"},
			want:  "package p\n\nimport (\n\t\"os\"\n\t_ \"os\"\n)\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", tt.src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			edits, ok := fixes.AddImports(fset.File(f.Pos()), f, tt.paths...)
			if !ok {
				t.Fatal("AddImports: not ok")
			}
			got := tt.src
			if len(edits) > 0 {
				got = apply(t, fset, tt.src, edits)
			}
			// Drivers format what they fix, sorting import blocks.
			formatted, err := format.Source([]byte(got))
			if err != nil {
				t.Fatalf("result does not parse: %v\n%s", err, got)
			}
			if string(formatted) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", formatted, tt.want)
			}
		})
	}
}

// TestAddImportsMerge: the imports two fixes add to one file merge as a
// driver merges fixes, identical edits once and the others all kept,
// whatever each fix adds.
func TestAddImportsMerge(t *testing.T) {
	for _, src := range []string{
		"package p\n\nvar x = 1\n",
		"package p\n\nimport \"net/http\"\n\nvar _ http.Header\n",
		"package p\n\nimport (\n\t\"fmt\"\n\n\t\"golang.org/x/oauth2\"\n)\n\nvar _ = fmt.Sprint\nvar _ oauth2.Token\n",
	} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		tf := fset.File(f.Pos())
		a, _ := fixes.AddImports(tf, f, "os")
		b, _ := fixes.AddImports(tf, f, "encoding/base64", "os", "golang.org/x/oauth2/jira")
		merged := slices.Clone(a)
		for _, e := range b {
			if !slices.ContainsFunc(merged, func(m analysis.TextEdit) bool {
				return m.Pos == e.Pos && m.End == e.End && string(m.NewText) == string(e.NewText)
			}) {
				merged = append(merged, e)
			}
		}
		// Two edits over one range that differ would conflict.
		for i, x := range merged {
			for _, y := range merged[i+1:] {
				if x.Pos < y.End && y.Pos < x.End {
					t.Errorf("%q: edits over one range conflict: %q and %q", src, x.NewText, y.NewText)
				}
			}
		}
		got := apply(t, fset, src, merged)
		formatted, err := format.Source([]byte(got))
		if err != nil {
			t.Fatalf("%q: merged result does not parse: %v\n%s", src, err, got)
		}
		for _, want := range []string{`"os"`, `"encoding/base64"`, `"golang.org/x/oauth2/jira"`} {
			if strings.Count(string(formatted), want) != 1 {
				t.Errorf("%q: merged result imports %s %d times:\n%s", src, want, strings.Count(string(formatted), want), formatted)
			}
		}
	}
}

func TestImportName(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		wantName string
		wantAdd  bool
		wantOK   bool
	}{
		{"not imported", "package p\n\nfunc f() { _ = \"MARK\" }\n", "os", true, true},
		{"imported", "package p\n\nimport \"os\"\n\nvar _ = os.Args\n\nfunc f() { _ = \"MARK\" }\n", "os", false, true},
		{"renamed", "package p\n\nimport xos \"os\"\n\nvar _ = xos.Args\n\nfunc f() { _ = \"MARK\" }\n", "xos", false, true},
		{"shadowed by a local", "package p\n\nimport \"os\"\n\nvar _ = os.Args\n\nfunc f() { os := 1; _ = os; _ = \"MARK\" }\n", "", false, false},
		{"name taken, not imported", "package p\n\nvar os = 1\n\nfunc f() { _ = \"MARK\" }\n", "", false, false},
		{"dot import only", "package p\n\nimport . \"os\"\n\nvar _ = Args\n\nfunc f() { _ = \"MARK\" }\n", "os", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", tt.src, 0)
			if err != nil {
				t.Fatal(err)
			}
			info := &types.Info{Scopes: map[ast.Node]*types.Scope{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
			conf := types.Config{Importer: importer.Default()}
			if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
				t.Fatal(err)
			}
			pos := f.Pos() + token.Pos(strings.Index(tt.src, `"MARK"`))
			name, add, ok := fixes.ImportName(info, f, pos, "os", "os")
			if name != tt.wantName || add != tt.wantAdd || ok != tt.wantOK {
				t.Errorf("ImportName = %q, %v, %v; want %q, %v, %v", name, add, ok, tt.wantName, tt.wantAdd, tt.wantOK)
			}
		})
	}
}
