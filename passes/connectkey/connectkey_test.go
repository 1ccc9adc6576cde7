package connectkey_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/connectkey"
)

func TestDescriptors(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), connectkey.Analyzer, "structdesc", "mapdesc", "jsonsingle", "jsonmulti", "nearmiss", "imported/...")
}

// TestInconsistent compares keys with the identity the package's
// imports send, or its own, and not when there is none.
func TestInconsistent(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), connectkey.Analyzer, "inconsistent/...")
}

func TestRequiredIdentity(t *testing.T) {
	a := connectkey.New(connectkey.DefaultConfig())
	if err := a.Flags.Set("identity", "Jira-Acme-Int/1.0.0"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "required")
	if err := connectkey.New(connectkey.DefaultConfig()).Flags.Set("identity", "acme"); err == nil {
		t.Error("-connectkey.identity accepted \"acme\"")
	}
	if err := (connectkey.Config{Identity: "jira acme"}).Validate(); err == nil || !strings.Contains(err.Error(), "not of the form") {
		t.Errorf("Validate accepted \"jira acme\": %v", err)
	}
}

// TestSkipped: generated files and tests hold no descriptor of the app;
// suppression works as for every pass.
func TestSkipped(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), connectkey.Analyzer, "generated", "testfile", "suppressed")
}

// TestCaseFix: the fix that lower-cases a key is offered only for an
// app never installed, which the user says with -connectkey.newapp.
func TestCaseFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), connectkey.New(connectkey.Config{NewApp: true}), "casefix")
	for _, r := range analysistest.Run(t, analysistest.TestData(), connectkey.Analyzer, "casefix") {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: a fix without -connectkey.newapp: %s", r.Pass.Fset.Position(d.Pos), d.SuggestedFixes[0].Message)
			}
		}
	}
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }

// TestJSONPositions: in JSON text on one line, a finding covers exactly
// the key's string as the source writes it, escapes included; in a
// constant of several pieces, the whole expression.
func TestJSONPositions(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), connectkey.Analyzer, "jsonsingle")
	want := []string{
		`"jira-acme-int/1.4.2"`,
		`\"atlassian-acme-int\"`,
		`\"acme\"`,
		"`{\"key\": \"jira-acme-int-2\",` + // want `Connect app key \"jira-acme-int-2\"`\n\t` \"baseUrl\": \"https://connect.acme.example\"}`",
		`"Jira Acme"`,
	}
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			tf := r.Pass.Fset.File(d.Pos)
			src, err := os.ReadFile(tf.Name())
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, string(src[tf.Offset(d.Pos):tf.Offset(d.End)]))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings cover\n%q\nwant\n%q", got, want)
	}
}

// readingEmbeds returns a copy of a whose passes may read any file under
// their package's directory, as a driver that gives the analysis the
// files a package embeds (go/packages' EmbedFiles) does.
func readingEmbeds(a *analysis.Analyzer) *analysis.Analyzer {
	w := *a
	w.Run = func(pass *analysis.Pass) (any, error) {
		var dirs []string
		for _, f := range pass.Files {
			dirs = append(dirs, filepath.Dir(pass.Fset.File(f.FileStart).Name()))
		}
		inner := pass.ReadFile
		pass.ReadFile = func(name string) ([]byte, error) {
			for _, d := range dirs {
				if rel, err := filepath.Rel(d, name); err == nil && !strings.HasPrefix(rel, "..") {
					return os.ReadFile(name)
				}
			}
			return inner(name)
		}
		return a.Run(pass)
	}
	return &w
}

// TestEmbedded: a descriptor file embedded with //go:embed is judged at
// the directive when the driver gives the analysis the file, and passed
// over in silence when it does not (go vet, golangci-lint, the checker
// analysistest uses).
func TestEmbedded(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), readingEmbeds(connectkey.Analyzer), "embedded")

	// nogo gives no ReadFile at all.
	noReadFile := *connectkey.Analyzer
	noReadFile.Run = func(pass *analysis.Pass) (any, error) {
		pass.ReadFile = nil
		return connectkey.Analyzer.Run(pass)
	}
	pkgs := passtest.Load(t, "embedded")
	for _, a := range []*analysis.Analyzer{connectkey.Analyzer, &noReadFile} {
		res, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, act := range res.Roots {
			if act.Err != nil {
				t.Fatal(act.Err)
			}
			for _, d := range act.Diagnostics {
				t.Errorf("without embedded files: unexpected finding %s", d.Message)
			}
		}
	}
}

// TestTypeError: a package that does not type-check is judged all the
// same, as every pass does: the pass neither fails nor panics, and
// judges only the keys the type checker could make out.
func TestTypeError(t *testing.T) {
	pkgs := passtest.Load(t, "typeerror")
	if len(pkgs) != 1 || len(pkgs[0].TypeErrors) == 0 {
		t.Fatalf("typeerror should load as one package with type errors")
	}
	if !connectkey.Analyzer.RunDespiteErrors {
		t.Errorf("connectkey does not run despite type errors")
	}
	res, err := checker.Analyze([]*analysis.Analyzer{readingEmbeds(connectkey.Analyzer)}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	act := res.Roots[0]
	if act.Err != nil {
		t.Fatalf("run despite errors: %v", act.Err)
	}
	var got []string
	for _, d := range act.Diagnostics {
		got = append(got, fmt.Sprintf("%d: %s", act.Package.Fset.Position(d.Pos).Line, d.Message))
	}
	want := []string{`10: Connect app key "jira-acme-int/1.0" does not follow`, `12: Connect app key "acme" does not follow`, `16: Connect app key "acme" does not follow`}
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("finding %d: %s\nwant %s...", i, got[i], want[i])
		}
	}
}
