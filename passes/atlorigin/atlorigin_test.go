package atlorigin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/atlorigin"
	"github.com/atlvet/atlvet/passes/siteurl"
)

func TestAPIURL(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "apiurl")
}

func TestOAuthURL(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), atlorigin.Analyzer, "oauthurl")
}

func TestMisspelled(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "misspelled")
}

func TestQueryValues(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "queryvalues")
}

func TestViaHelpers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "viahelpers")
}

// TestAcrossPackages: a url.Values filled in one package and put on a
// URL by a helper of another, and atlOrigin options made in one
// package for another's authorize URL (issue 12, shape 6).
func TestAcrossPackages(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), atlorigin.Analyzer, "originxpkg/endpoints", "originxpkg/app")
}

func TestOtherPackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), atlorigin.Analyzer, "usesoriginlib")
}

func TestGenerated(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), atlorigin.Analyzer, "generated")
}

// TestTypeError checks that a package that does not type-check is
// analysed without a crash: what the syntax alone shows is reported,
// nothing that needs the flow analysis.
func TestTypeError(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), atlorigin.Analyzer, "typeerror")
}

func TestGenerics(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "generics")
}

func TestTestFile(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "testfile")
}

func TestDeclaredHosts(t *testing.T) {
	a := atlorigin.New(atlorigin.DefaultConfig())
	if err := a.Flags.Set("hosts", "jira.example.com"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "declared")
}

// TestDanglingVars checks that a fix never leaves a local variable or
// an import unused (audit defect 3).
func TestDanglingVars(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "danglingvars", "danglingimport")
}

// TestSeparators checks that removing the parameter keeps the query's
// "?" and "&" right across the literals of a concatenation (audit
// defect 4).
func TestSeparators(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "separators")
}

// TestDuplicates checks that a literal gets one diagnostic and one fix
// that edits only the parameters' bytes (audit defect 7).
func TestDuplicates(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "duplicates")
}

// TestMatchers checks that literals only compared, searched for or
// made into patterns, and table entries not used as URLs, are neither
// reported nor rewritten (audit defect 5).
func TestMatchers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "matchers")
}

// TestRedact checks that URLs in messages carry no password (audit
// defect 6).
func TestRedact(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), atlorigin.Analyzer, "redact")
}

// TestURLHelper checks a helper that adds the parameter to the
// *url.URL it is given (audit defect 10).
func TestURLHelper(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "urlhelper")
}

// TestFormats checks formats built with +, explicit argument indexes,
// method values, pointers to queries and parameters without "="
// (audit defect 16).
func TestFormats(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "formats")
}

// TestOAuthConfigs checks that an option of AuthCodeURL or Exchange,
// or text appended to the URL AuthCodeURL makes, is judged by the
// config it is used with (audit defect 12).
func TestOAuthConfigs(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), atlorigin.Analyzer, "oauthconfigs", "oauthgithub")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }

// TestNoOverlapWithSiteurl checks that atlorigin's fixes and siteurl's
// http:// -> https:// fixes of one literal edit different bytes, so
// that go vet -fix applies both (audit defect 7).
func TestNoOverlapWithSiteurl(t *testing.T) {
	pkgs := passtest.Load(t, "duplicates")
	graph, err := checker.Analyze([]*analysis.Analyzer{atlorigin.Analyzer, siteurl.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	edits := map[string][]analysis.TextEdit{}
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			for _, f := range d.SuggestedFixes {
				edits[act.Analyzer.Name] = append(edits[act.Analyzer.Name], f.TextEdits...)
			}
		}
	}
	if len(edits["atlorigin"]) == 0 || len(edits["siteurl"]) == 0 {
		t.Fatalf("want fixes from both passes, got %d from atlorigin and %d from siteurl", len(edits["atlorigin"]), len(edits["siteurl"]))
	}
	for _, a := range edits["atlorigin"] {
		for _, s := range edits["siteurl"] {
			if a.Pos < s.End && s.Pos < a.End {
				t.Errorf("atlorigin's edit %v-%v overlaps siteurl's %v-%v", a.Pos, a.End, s.Pos, s.End)
			}
		}
	}
}

// TestHugeLiteral runs the pass, fixes included, on megabytes of
// literals made of separators and parameters (audit defect 13).
func TestHugeLiteral(t *testing.T) {
	dir := t.TempDir()
	pkg := filepath.Join(dir, "src", "hugeliteral")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("package hugeliteral\n\n")
	fmt.Fprintf(&b, "var questions = %q\n\n", strings.Repeat("?", 2<<20)+"=")
	fmt.Fprintf(&b, "var values = %q\n\n", "https://acme.atlassian.net/browse/TIS-1"+strings.Repeat("?atlOrigin=", 100000))
	fmt.Fprintf(&b, "var _ = %q // want `atlOrigin parameter on a REST API URL`\n",
		"https://acme.atlassian.net/rest/api/3/myself?x=1"+strings.Repeat("&atlOrigin=abc", 100000))
	if err := os.WriteFile(filepath.Join(pkg, "hugeliteral.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, dir, atlorigin.Analyzer, "hugeliteral")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) != 1 || len(d.SuggestedFixes[0].TextEdits) != 1 {
				t.Errorf("want one fix of one edit, got %v", d.SuggestedFixes)
			}
		}
	}
}

// TestLibraries: query parameters that client libraries add.
func TestLibraries(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), atlorigin.Analyzer, "libquery", "libqueryparams", "libgojirarequest")
}

// TestLineDirectives checks files with //line directives, with and
// without a column and naming another file of the package: findings
// are reported where the directives say, and the fixes delete whole
// lines of the file itself.
func TestLineDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "linedirective")
}

// TestCgo checks a package that imports "C": its findings are reported
// in the user's file, where cmd/cgo's //line directives point.
func TestCgo(t *testing.T) {
	passtest.RequireCgo(t)
	passtest.NoFixes(t, analysistest.Run(t, analysistest.TestData(), atlorigin.Analyzer, "cgo"))
}

// TestWithoutDriverExtras runs the pass as Bazel's nogo does, without
// Pass.ReadFile among other things: the fixes that delete whole lines
// tell them from the syntax, and are the same.
func TestWithoutDriverExtras(t *testing.T) {
	a := passtest.WithoutDriverExtras(atlorigin.Analyzer)[0]
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), a, "queryvalues", "linedirective", "apiurl", "oauthconfigs")
}

// TestIntoMethods: a url.Values filled in one package and handed to a
// method of another that sends it on a REST URL through its request
// helper, judged by what the method's summary (a fact) says.
func TestIntoMethods(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), atlorigin.Analyzer, "originmethod/jira", "originmethod/app", "originmethod/strapp")
}
