package passtest

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/libstubs"
)

// TestData returns a GOPATH directory for analysistest that holds the
// calling test's testdata/src together with the shared client-library
// stubs of internal/libstubs, so that a pass's testdata can import
// go-jira, go-atlassian, resty, golang.org/x/oauth2 and the others
// without a copy of their stubs. A directory of the pass's own that
// holds files wins over the stub directory of the same import path;
// subdirectories merge the same way. The
// directory is a fresh copy, removed when the test ends: fixes and
// golden files work on it as on testdata itself.
func TestData(t testing.TB) string {
	t.Helper()
	return TestDataOf(t, analysistest.TestData())
}

// TestDataOf is TestData for the testdata directory dir.
func TestDataOf(t testing.TB, dir string) string {
	t.Helper()
	own, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	if err := mergeTrees(filepath.Join(dst, "src"), filepath.Join(own, "src"), filepath.Join(libstubs.Dir(), "src")); err != nil {
		t.Fatal(err)
	}
	return dst
}

// mergeTrees copies the trees first and second into dst: the files of
// a directory come from first if it has any there, else from second.
func mergeTrees(dst, first, second string) error {
	a, err := readDir(first)
	if err != nil {
		return err
	}
	b, err := readDir(second)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	from, files := first, a
	if !hasFiles(a) {
		from, files = second, b
	}
	for _, e := range files {
		if e.Type().IsRegular() {
			if err := copyFile(filepath.Join(dst, e.Name()), filepath.Join(from, e.Name())); err != nil {
				return err
			}
		}
	}
	seen := map[string]bool{}
	for _, e := range append(a, b...) {
		if e.IsDir() && !seen[e.Name()] {
			seen[e.Name()] = true
			if err := mergeTrees(filepath.Join(dst, e.Name()), filepath.Join(first, e.Name()), filepath.Join(second, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// readDir is os.ReadDir, with a missing directory read as empty.
func readDir(dir string) ([]os.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	return entries, err
}

func hasFiles(entries []os.DirEntry) bool {
	for _, e := range entries {
		if e.Type().IsRegular() {
			return true
		}
	}
	return false
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
