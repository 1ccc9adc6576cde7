package oauthstate_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/oauthstate"
)

// rulePackages hold one behaviour each, must-flag and must-not-flag
// cases side by side, checked with the default configuration. They are
// loaded together: loading is most of a test's cost.
var rulePackages = []string{
	// One package per rule.
	"missingstate", "constantstate", "guessablestate", "unverifiedstate",
	"responsetype", "insecureredirect", "bitbucketflow",
	// Ways of building the URL.
	"concat", "handbuilt", "provideropts", "crosspkg/atlauth", "crosspkg/web",
	// Real-world shapes.
	"webapp", "serverstore", "sqlstore", "cliloopback", "clilocalserver", "stdlibflow",
	"guardedexchange", "verdictpkg/verify", "verdictpkg/web", "channelcode", "channelterminal",
	"ginflow", "echoflow", "gothicflow", "channelselect",
	// Audit regressions.
	"methodvalues", "verifiedshapes", "crossmw/mw", "crossmw/web", "ginchain",
	"climixed", "clilib/auth", "clilib/cmd", "litmatch", "useridorigin", "fmtindex",
	"redirectconst", "redirectlocal", "wrongvalues", "xpkgredirect/auth", "xpkgredirect/web", "tokenhelper",
	// Issue 12, shape 8: guessable states from helpers of this and another package.
	"stateids/ids", "stateids/web",
	// Issue 12, shape 8: a state passed to a helper of another package that builds the URL.
	"helperstate/links", "helperstate/web",
	// Suppression, generated code, near misses.
	"suppressed", "generated", "nearmisses",
}

func TestRules(t *testing.T) {
	results := analysistest.Run(t, passtest.TestData(t), oauthstate.Analyzer, rulePackages...)

	// A constant state named by a constant points at its declaration.
	found := false
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category != oauthstate.CategoryConstantState || !strings.Contains(d.Message, "s3cr3t-state") {
				continue
			}
			if len(d.Related) == 0 {
				t.Errorf("%s: no related information", r.Pass.Fset.Position(d.Pos))
				continue
			}
			if posn := r.Pass.Fset.Position(d.Related[0].Pos); posn.Line != 24 {
				t.Errorf("related information at line %d, want the declaration of fixedState (line 24)", posn.Line)
			}
			found = true
		}
	}
	if !found {
		t.Error("no constant-state diagnostic for fixedState")
	}

	// An exchange reached round the check names the way round it: the
	// failed comparison it runs after, the condition that skips the
	// check. Lines of guardedexchange.go; "" for none.
	bypass := map[int]string{
		34:  `the exchange still runs when r.FormValue("state") != c.Value`, // mismatchLogged
		44:  "",                                                             // resultIgnored: nothing branches on the result
		63:  "the check of the state is skipped when err != nil",            // skippedWithoutCookie
		84:  `the exchange still runs when r.FormValue("state") != c.Value`, // wrongWayRound: only then
		94:  "the check of the state is skipped when r.Method != http.MethodPost",
		145: "the exchange still runs when err != nil", // helperErrorLogged
		152: "the exchange still runs when mismatched(r)",
	}
	// In package web of verdictpkg, a helper that compares nothing
	// without cookies.
	const helperBypassLine = 130
	seen := map[int]bool{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			posn := r.Pass.Fset.Position(d.Pos)
			if posn.Line == helperBypassLine && strings.HasSuffix(posn.Filename, "verdictpkg/web/web.go") {
				if len(d.Related) == 0 || d.Related[0].Message != "the check of the state is skipped when !p.cookies" {
					t.Errorf("%s: related information %v, want the way round the helper's check", posn, d.Related)
				}
				seen[0] = true
			}
			want, ok := bypass[posn.Line]
			if !ok || filepath.Base(posn.Filename) != "guardedexchange.go" {
				continue
			}
			seen[posn.Line] = true
			var got []string
			for _, rel := range d.Related {
				got = append(got, rel.Message)
			}
			if want == "" && len(got) > 0 || want != "" && !slices.Contains(got, want) {
				t.Errorf("%s: related information %q, want %q", posn, got, want)
			}
		}
	}
	for line := range bypass {
		if !seen[line] {
			t.Errorf("guardedexchange.go:%d: no diagnostic", line)
		}
	}
	if !seen[0] {
		t.Errorf("verdictpkg/web/web.go:%d: no diagnostic", helperBypassLine)
	}

	// An insecure redirect URI given to a local variable is reported at
	// its literal and names the use: the RedirectURL of
	// redirectlocal.go's configs (lines of the literal: of the use).
	redirectUses := map[int]int{26: 30, 36: 41, 50: 52}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			posn := r.Pass.Fset.Position(d.Pos)
			if d.Category != oauthstate.CategoryInsecureRedirect || filepath.Base(posn.Filename) != "redirectlocal.go" {
				continue
			}
			use, ok := redirectUses[posn.Line]
			if !ok {
				continue // a line without a want is reported by analysistest
			}
			delete(redirectUses, posn.Line)
			if len(d.Related) != 1 || r.Pass.Fset.Position(d.Related[0].Pos).Line != use {
				t.Errorf("%s: related information %v, want the use at line %d", posn, d.Related, use)
			}
		}
	}
	for line := range redirectUses {
		t.Errorf("redirectlocal.go:%d: no insecure-redirect diagnostic", line)
	}

	// A method expression's state is a literal: no related
	// information, least of all the config's AuthURL.
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if strings.Contains(d.Message, `"mexpr"`) && len(d.Related) > 0 {
				t.Errorf("%s: related information for a literal state: %v", r.Pass.Fset.Position(d.Pos), d.Related)
			}
		}
	}
}

// longConcat writes a package whose authorize URL is concatenated
// from parts parts: following each + one by one evaluated every prefix
// of the chain, which took minutes and gigabytes for 3000 parts.
func longConcat(dir string, parts int) error {
	pkg := filepath.Join(dir, "src", "longconcat")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("package longconcat\n\nimport \"os\"\n\nfunc URL() string {\n\tv := os.Getenv(\"V\")\n")
	b.WriteString(`	return "https://auth.atlassian.com/authorize?client_id=x&response_type=code"`)
	for i := range parts {
		fmt.Fprintf(&b, ` + "&p%d=" + v`, i)
	}
	b.WriteString(" // want `authorize URL has no state parameter` `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`\n}\n")
	return os.WriteFile(filepath.Join(pkg, "longconcat.go"), []byte(b.String()), 0o644)
}

// TestLongConcatenation judges a URL of 3000 parts.
func TestLongConcatenation(t *testing.T) {
	dir := t.TempDir()
	if err := longConcat(dir, 3000); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, oauthstate.Analyzer, "longconcat")
}

// BenchmarkLongConcatenation measures the pass on URLs of 300 and 3000
// parts: the cost must grow about linearly.
func BenchmarkLongConcatenation(b *testing.B) {
	for _, parts := range []int{300, 3000} {
		b.Run(fmt.Sprint(parts), func(b *testing.B) {
			dir := b.TempDir()
			if err := longConcat(dir, parts); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				analysistest.Run(b, dir, oauthstate.Analyzer, "longconcat")
			}
		})
	}
}

// TestFixes checks the fixes of missing-prompt and missing-audience
// against the .golden files (which TestGoldenFilesCompile compiles).
func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), oauthstate.Analyzer, "prompt", "audience", "importfix", "fixshapes", "paramfixes",
		"optsxpkg/opts", "optsxpkg/web") // issue 12, shape 6: options built in another package
}

// TestLineDirectives checks files with //line directives, with and
// without a column and naming another file of the package: findings
// are reported where the directives say, and the fixes, imports
// included, edit the file itself.
func TestLineDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), oauthstate.Analyzer, "linedirective")
}

func TestAudienceOff(t *testing.T) {
	a := oauthstate.New(oauthstate.Config{Audience: false})
	analysistest.Run(t, passtest.TestData(t), a, "noaudience")
}

func TestAudienceFlag(t *testing.T) {
	a := oauthstate.New(oauthstate.DefaultConfig())
	if err := a.Flags.Set("audience", "false"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, passtest.TestData(t), a, "noaudience")
}

func TestAuthHosts(t *testing.T) {
	a := oauthstate.New(oauthstate.DefaultConfig())
	if err := a.Flags.Set("authhosts", "auth.example.com, https://Other.example.com/"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, passtest.TestData(t), a, "authhosts")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }

// TestTypeError checks a package that does not type-check: the
// authorize URLs a literal spells whole are judged, nothing else, and
// no fix is offered.
func TestTypeError(t *testing.T) {
	passtest.NoFixes(t, analysistest.Run(t, passtest.TestData(t), oauthstate.Analyzer, "typeerror"))
}

// TestPartlyGuarded: an exchange in a helper that one callback guards
// and another does not names the unguarded call as related information.
func TestPartlyGuarded(t *testing.T) {
	results := analysistest.Run(t, passtest.TestData(t), oauthstate.Analyzer, "partlyguarded")
	var related []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, rel := range d.Related {
				p := r.Pass.Fset.Position(rel.Pos)
				related = append(related, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, rel.Message))
			}
		}
	}
	want := []string{"partlyguarded.go:37: reached from here without a check of the request's state"}
	if !slices.Equal(related, want) {
		t.Errorf("related information = %q, want %q", related, want)
	}
}

// TestLibraries: the OAuth helpers of client libraries, from
// internal/atlassian's tables, on the shared stubs.
func TestLibraries(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), oauthstate.Analyzer, "goatlassianflow")
}

// TestCgo checks a package that imports "C": its findings are reported
// in the user's file, where cmd/cgo's //line directives point.
func TestCgo(t *testing.T) {
	passtest.RequireCgo(t)
	passtest.NoFixes(t, analysistest.Run(t, passtest.TestData(t), oauthstate.Analyzer, "cgo"))
}
