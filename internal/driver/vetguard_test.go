package driver

import (
	"go/types"
	"os"
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// vetToolEnv makes this test binary the -vettool of go vet, running
// the panicker and the reporter through unitchecker as atlvet runs its
// passes under go vet.
const vetToolEnv = "ATLVET_DRIVER_TEST_VETTOOL"

func TestMain(m *testing.M) {
	if os.Getenv(vetToolEnv) != "" {
		passes := []*analysis.Analyzer{panicker, reporter}
		RecoverPanics(passes, nil, nil)
		unitchecker.Main(passes...) // exits
	}
	os.Exit(m.Run())
}

// TestVetPanicKeepsOtherFindings: under go vet, a pass that panics on
// a package is an error naming pass and package, and the other
// passes' findings on that package are still printed.
func TestVetPanicKeepsOtherFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/p\n\ngo 1.26\n",
		"a/a.go": "package a\n",
		"b/b.go": "package b\n",
	})
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "-vettool="+exe, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), vetToolEnv+"=1", "GOFLAGS=", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Errorf("go vet succeeded despite the panics:\n%s", out)
	}
	for _, want := range []string{
		"internal error: pass panicker panicked on package example.com/p/a: assignment to entry in nil map",
		"internal error: pass panicker panicked on package example.com/p/b: assignment to entry in nil map",
		"file of package a",
		"file of package b",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("go vet's output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "goroutine ") {
		t.Errorf("go vet's output holds a stack dump:\n%s", out)
	}
}

// TestRecoverPanicsFallback: a panicking analyzer with a fallback
// gives its dependents the fallback's result.
func TestRecoverPanicsFallback(t *testing.T) {
	base := &analysis.Analyzer{Name: "base", Doc: "base panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	var got any
	dependent := &analysis.Analyzer{
		Name: "dependent", Doc: "dependent reads base", Requires: []*analysis.Analyzer{base},
		Run: func(pass *analysis.Pass) (any, error) { got = pass.ResultOf[base]; return nil, nil },
	}
	RecoverPanics([]*analysis.Analyzer{dependent}, map[*analysis.Analyzer]func(*analysis.Pass) any{
		base: func(*analysis.Pass) any { return "degraded" },
	}, nil)
	pass := &analysis.Pass{Analyzer: base, Pkg: types.NewPackage("example.com/q", "q")}
	res, err := base.Run(pass)
	if err != nil || res != "degraded" {
		t.Fatalf("base.Run = %v, %v; want the fallback's result", res, err)
	}
	if _, err := dependent.Run(&analysis.Pass{Analyzer: dependent, Pkg: pass.Pkg, ResultOf: map[*analysis.Analyzer]any{base: res}}); err != nil || got != "degraded" {
		t.Errorf("dependent saw %v, %v", got, err)
	}
}

// TestRecoverPanicsRedacts: what a panic's value quotes goes through
// the redaction before it is reported.
func TestRecoverPanicsRedacts(t *testing.T) {
	const token = "ATATT3xFfGF0Zr6Tn9WKp3Lm8Qx1Vb4KDq2Hn7Jc5Rt8Ys3Uw6Ze9Ab1Cd4Ef7Gh0Ij2Kl5Mn8Op1Qr4St7Uv0Wx3Yz6=0A1B2C3D"
	leaf := &analysis.Analyzer{Name: "leaf", Doc: "leaf panics quoting a token", Run: func(*analysis.Pass) (any, error) { panic("cannot parse " + token) }}
	RecoverPanics([]*analysis.Analyzer{leaf}, nil, func(s string) string { return strings.ReplaceAll(s, token, "ATATT3…") })
	var got []string
	pass := &analysis.Pass{Analyzer: leaf, Pkg: types.NewPackage("example.com/r", "r"), Report: func(d analysis.Diagnostic) { got = append(got, d.Message) }}
	if _, err := leaf.Run(pass); err != nil {
		t.Fatal(err)
	}
	switch {
	case len(got) != 1:
		t.Fatalf("%d findings, want the panic", len(got))
	case strings.Contains(got[0], token):
		t.Error("the panic is reported with the token in full") // not echoed: a failure must not print it either
	case !strings.Contains(got[0], "panicked on package example.com/r: cannot parse ATATT3…"):
		t.Errorf("reported %q, want the panic with the token redacted", got[0])
	}
}
