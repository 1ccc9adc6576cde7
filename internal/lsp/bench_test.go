package lsp_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/atlvet/atlvet/internal/lsp"
)

// BenchmarkDidChange measures what a user waits for: the time from a
// didChange of an unsaved buffer to the publishDiagnostics of that
// version, driving the server over pipes as an editor does, on a copy
// of the example module (testdata/ at the repository's root) with a
// file of jira and one of confluence (which imports jira) open. Each
// iteration edits jira/attachments.go.
//
//	body:            the edit is inside a function (the listing is reused)
//	imports:         the edit changes the imports (go list runs again)
//	body-nodebounce: as body, without the pause that waits for more typing
func BenchmarkDidChange(b *testing.B) {
	dir := copyExample(b)
	for _, bc := range []struct {
		name     string
		debounce time.Duration
		edit     func(src string, i int) string
	}{
		{"body", lsp.DefaultDebounce, func(src string, i int) string {
			return strings.Replace(src, "\treq.Header.Set(\"X-Atlassian-Token\"", fmt.Sprintf("\t_ = %d\n\treq.Header.Set(\"X-Atlassian-Token\"", i), 1)
		}},
		{"imports", lsp.DefaultDebounce, func(src string, i int) string {
			if i%2 == 0 {
				return src
			}
			return strings.Replace(src, "import (\n", "import (\n\t_ \"unicode\"\n", 1)
		}},
		{"body-nodebounce", time.Nanosecond, func(src string, i int) string {
			return strings.Replace(src, "\treq.Header.Set(\"X-Atlassian-Token\"", fmt.Sprintf("\t_ = %d\n\treq.Header.Set(\"X-Atlassian-Token\"", i), 1)
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			cfg := config()
			cfg.Debounce = bc.debounce
			s := start(b, cfg)
			s.initialize(dir, nil, true)
			path := filepath.Join(dir, "jira", "attachments.go")
			src := readFile(b, path)
			pages := filepath.Join(dir, "confluence", "pages.go")
			s.open(pages, readFile(b, pages))
			s.open(path, src)
			s.diagnostics(pages, 1)
			if len(s.diagnostics(path, 1)) == 0 {
				b.Fatal("no diagnostics on jira/attachments.go")
			}
			version := 1
			for i := 0; b.Loop(); i++ {
				version++
				s.change(path, version, bc.edit(src, i))
				if len(s.diagnostics(path, version)) == 0 {
					b.Fatalf("version %d: no diagnostics", version)
				}
			}
		})
	}
}

func readFile(tb testing.TB, path string) string {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// copyExample copies the repository's testdata module into a new
// directory and downloads its requirements from the module proxy
// (into the module cache: once).
func copyExample(tb testing.TB) string {
	tb.Helper()
	dir, err := filepath.EvalSymlinks(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	dir = filepath.Join(dir, "example")
	if err := os.CopyFS(dir, os.DirFS("../../testdata")); err != nil {
		tb.Fatal(err)
	}
	download := exec.Command("go", "mod", "download")
	download.Dir = dir
	download.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := download.CombinedOutput(); err != nil {
		tb.Fatalf("go mod download: %v\n%s", err, out)
	}
	return dir
}
