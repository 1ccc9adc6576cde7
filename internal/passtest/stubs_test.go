package passtest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMergeTrees: a directory with files in the first tree is taken
// from it alone; directories merge below it; the second tree fills in
// what the first lacks.
func TestMergeTrees(t *testing.T) {
	root := t.TempDir()
	write := func(path, content string) {
		path = filepath.Join(root, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("own/golang.org/x/oauth2/oauth2.go", "own oauth2")
	write("own/github.com/x/lib/v2/cloud/cloud.go", "own cloud")
	write("own/case/case.go", "case")
	write("own/case/case.go.golden", "golden")
	write("stubs/golang.org/x/oauth2/oauth2.go", "stub oauth2")
	write("stubs/golang.org/x/oauth2/extra.go", "stub extra")
	write("stubs/golang.org/x/oauth2/clientcredentials/cc.go", "stub cc")
	write("stubs/github.com/x/lib/lib.go", "stub lib")
	write("stubs/github.com/x/lib/v2/cloud/cloud.go", "stub cloud")
	write("stubs/github.com/x/lib/v2/onpremise/onpremise.go", "stub onpremise")

	dst := filepath.Join(root, "merged")
	if err := mergeTrees(dst, filepath.Join(root, "own"), filepath.Join(root, "stubs")); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"golang.org/x/oauth2/oauth2.go":               "own oauth2",
		"golang.org/x/oauth2/extra.go":                "", // the pass's package wins whole
		"golang.org/x/oauth2/clientcredentials/cc.go": "stub cc",
		"github.com/x/lib/lib.go":                     "stub lib",
		"github.com/x/lib/v2/cloud/cloud.go":          "own cloud",
		"github.com/x/lib/v2/onpremise/onpremise.go":  "stub onpremise",
		"case/case.go":                                "case",
		"case/case.go.golden":                         "golden",
	}
	for path, content := range want {
		got, err := os.ReadFile(filepath.Join(dst, filepath.FromSlash(path)))
		if content == "" {
			if err == nil {
				t.Errorf("%s: copied, want left out", path)
			}
			continue
		}
		if err != nil || string(got) != content {
			t.Errorf("%s: got %q, %v; want %q", path, got, err, content)
		}
	}
}
