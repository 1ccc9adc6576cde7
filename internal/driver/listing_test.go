package driver

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestListingCheckAgain: a listing checked with new buffers sees them,
// facts included (the helper renamed in a buffer of another package
// is no longer marked), and checking leaves the listing as it was, so
// that it can be checked again with the files on disk.
func TestListingCheckAgain(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":      "module example.com/m\n\ngo 1.26\n",
		"helper/h.go": "package helper\n\nfunc MarkUp() {}\n",
		"user/u.go":   "package user\n\nimport \"example.com/m/helper\"\n\nfunc F() { helper.MarkUp() }\n",
		"other/o.go":  "package other\n\nimport \"example.com/m/helper\"\n\nfunc G() { helper.MarkUp() }\n",
	})
	ls, err := List(LoadConfig{Dir: dir, Env: env("GOWORK=off")}, "./user", "./other")
	if err != nil {
		t.Fatal(err)
	}
	check := func(overlay map[string][]byte, roots ...string) []string {
		t.Helper()
		prog, err := ls.Check(context.Background(), overlay, roots...)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Analyze(prog, []*analysis.Analyzer{markers}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return findingTexts(res)
	}
	onDisk := []string{"o.go: call of marked MarkUp", "u.go: call of marked MarkUp"}
	if got := check(nil); !slices.Equal(got, onDisk) {
		t.Errorf("on disk: findings %q, want %q", got, onDisk)
	}
	renamed := map[string][]byte{
		filepath.Join(dir, "helper", "h.go"): []byte("package helper\n\nfunc MarkUp() {}\n\nfunc Plain() {}\n"),
		filepath.Join(dir, "user", "u.go"):   []byte("package user\n\nimport \"example.com/m/helper\"\n\nfunc F() { helper.Plain() }\n"),
	}
	if got, want := check(renamed), []string{"o.go: call of marked MarkUp"}; !slices.Equal(got, want) {
		t.Errorf("with buffers: findings %q, want %q", got, want)
	}
	if got, want := check(nil, "example.com/m/user"), []string{"u.go: call of marked MarkUp"}; !slices.Equal(got, want) {
		t.Errorf("one root, on disk again: findings %q, want %q", got, want)
	}
	if _, err := ls.Check(context.Background(), nil, "example.com/m/nosuch"); !errors.Is(err, ErrNoPackages) {
		t.Errorf("unknown root: error %v, want ErrNoPackages", err)
	}
}

// TestAnalyzeCancelled: a cancelled context stops the analysis with
// the context's error instead of findings.
func TestAnalyzeCancelled(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/c\n\ngo 1.26\n",
		"c.go":   "package c\n",
	})
	prog, err := Load(LoadConfig{Dir: dir, Env: env("GOWORK=off")}, ".")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Analyze(prog, []*analysis.Analyzer{reporter}, Options{Context: ctx}); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}
