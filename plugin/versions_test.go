package plugin_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// requires returns the module versions a go.mod file requires.
func requires(t *testing.T, file string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	re := regexp.MustCompile(`(?m)^\s*(?:require\s+)?([a-z0-9.\-]+\.[a-z]+/\S+)\s+(v\S+)`)
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		out[m[1]] = m[2]
	}
	return out
}

// TestVersionsInStep checks that the custom golangci-lint is built with
// the versions atlvet is developed with: golangci-lint v2.15.0 requires
// golang.org/x/tools v0.52.0, and atlvet must not build against another.
func TestVersionsInStep(t *testing.T) {
	main := requires(t, filepath.Join("..", "go.mod"))
	gcl := requires(t, filepath.Join("..", "tools", "custom-gcl", "go.mod"))
	for _, mod := range []string{"golang.org/x/tools", "github.com/golangci/plugin-module-register"} {
		if main[mod] == "" || main[mod] != gcl[mod] {
			t.Errorf("%s: go.mod has %q, tools/custom-gcl/go.mod has %q; keep them in step", mod, main[mod], gcl[mod])
		}
	}
	version := gcl["github.com/golangci/golangci-lint/v2"]
	if version == "" {
		t.Fatal("tools/custom-gcl/go.mod does not require golangci-lint v2")
	}
	data, err := os.ReadFile(filepath.Join("..", ".custom-gcl.yml"))
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	if m := regexp.MustCompile(`(?m)^version:\s*(\S+)`).FindSubmatch(data); m != nil {
		got = string(m[1])
	}
	if got != version {
		t.Errorf(".custom-gcl.yml builds golangci-lint %q, tools/custom-gcl builds %s; keep them in step", got, version)
	}
	for _, want := range []string{"module: github.com/atlvet/atlvet\n", "import: github.com/atlvet/atlvet/plugin\n"} {
		if !regexp.MustCompile(`(?m)^\s+(- )?` + regexp.QuoteMeta(want)).Match(data) {
			t.Errorf(".custom-gcl.yml does not declare %q", want)
		}
	}
}
