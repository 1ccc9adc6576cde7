package flow

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestMentionsAtlassian(t *testing.T) {
	for s, want := range map[string]bool{
		`"https://ACME.atlassian.net"`: true,
		`"/rest/api/3/issue"`:          true,
		`"?atlOrigin=x"`:               true,
		`"JIRA_TOKEN"`:                 true,
		`"/ex/confluence/x"`:           true,
		`"https://example.com/api"`:    false,
		`"atlassia"`:                   false,
		`""`:                           false,
	} {
		if got := mentionsAtlassian(s); got != want {
			t.Errorf("mentionsAtlassian(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestDependency: go vet analyses the packages of every module a
// program depends on, atlvet's own driver only the user's; flow treats
// the former as irrelevant under both, so that their facts cannot make
// the drivers disagree.
func TestDependency(t *testing.T) {
	const modcache = "/home/u/go/pkg/mod/golang.org/x/oauth2@v0.38.0/jira/jira.go"
	tests := []struct {
		name   string
		module *analysis.Module
		file   string
		want   bool
	}{
		{"no module (GOPATH, analysistest)", nil, "/src/a/a.go", false},
		{"main module", &analysis.Module{Path: "example.com/m", Main: true}, "/work/m/a.go", false},
		{"workspace module (go vet)", &analysis.Module{Path: "example.com/m"}, "/work/m/a.go", false},
		{"module cache (go vet)", &analysis.Module{Path: "golang.org/x/oauth2", Version: "v0.38.0"}, modcache, true},
		{"module cache (atlvet)", &analysis.Module{Path: "golang.org/x/oauth2", Version: "v0.38.0", Dir: "/home/u/go/pkg/mod/golang.org/x/oauth2@v0.38.0"}, modcache, true},
		{"vendored", &analysis.Module{Path: "golang.org/x/oauth2", Version: "v0.38.0"}, "/work/m/vendor/golang.org/x/oauth2/jira/jira.go", true},
		{"replaced by a directory (atlvet)", &analysis.Module{Path: "example.com/lib", Version: "v1.0.0", Replace: &analysis.Module{Path: "../lib"}}, "/work/lib/lib.go", false},
		{"replaced by a directory (go vet)", &analysis.Module{Path: "example.com/lib", Version: "v1.0.0"}, "/work/lib/lib.go", false},
		{"replaced by another version", &analysis.Module{Path: "example.com/lib", Version: "v1.0.0", Replace: &analysis.Module{Path: "example.com/fork", Version: "v1.0.1"}}, "/home/u/go/pkg/mod/example.com/fork@v1.0.1/lib.go", true},
	}
	for _, tt := range tests {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, tt.file, "package p", 0)
		if err != nil {
			t.Fatal(err)
		}
		pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Module: tt.module}
		if got := dependency(pass); got != tt.want {
			t.Errorf("%s: dependency = %v, want %v", tt.name, got, tt.want)
		}
	}
}
