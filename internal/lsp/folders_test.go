package lsp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestWorkspaceFolders: workspace/didChangeWorkspaceFolders adds and
// removes folders; a file in no module is listed from the innermost
// folder that holds it, a file in a module from the module.
func TestWorkspaceFolders(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	inner := filepath.Join(b, "inner")
	for _, dir := range []string{a, filepath.Join(inner, "pkg")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	s := &Server{folders: []string{a}}
	var p didChangeWorkspaceFoldersParams
	raw := `{"event": {"added": [{"uri": "` + uriOf(b) + `", "name": "b"}, {"uri": "` + uriOf(inner) + `", "name": "inner"}], "removed": [{"uri": "` + uriOf(a) + `", "name": "a"}]}}`
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		t.Fatal(err)
	}
	s.didChangeWorkspaceFolders(p)
	s.didChangeWorkspaceFolders(p) // adding a folder again keeps one
	if want := []string{b, inner}; !slices.Equal(s.folders, want) {
		t.Fatalf("folders %q, want %q", s.folders, want)
	}
	snap := &snapshot{folders: slices.Clone(s.folders)}
	file := filepath.Join(inner, "pkg", "x.go")
	if got := s.moduleDir(file, snap); got != inner {
		t.Errorf("moduleDir(%s) = %s, want the innermost folder %s", file, got, inner)
	}
	if err := os.WriteFile(filepath.Join(b, "go.mod"), []byte("module example.com/b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := s.moduleDir(filepath.Join(b, "y.go"), snap); got != b {
		t.Errorf("moduleDir of a file beside go.mod = %s, want %s", got, b)
	}
	if got := s.moduleDir(file, snap); got != b {
		t.Errorf("moduleDir(%s) = %s, want the module %s that holds it, whatever the folders", file, got, b)
	}
}
