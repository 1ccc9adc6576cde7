package oauthstate_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	"ginflow", "echoflow", "gothicflow",
	// Audit regressions.
	"methodvalues", "verifiedshapes", "crossmw/mw", "crossmw/web", "ginchain",
	"climixed", "clilib/auth", "clilib/cmd", "litmatch", "useridorigin", "fmtindex",
	"redirectconst", "wrongvalues", "xpkgredirect/auth", "xpkgredirect/web", "tokenhelper",
	// Suppression, generated code, near misses.
	"suppressed", "generated", "nearmisses",
}

func TestRules(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), oauthstate.Analyzer, rulePackages...)

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

// TestLongConcatenation checks that a URL concatenated from thousands
// of parts is judged in about linear time: following each + one by one
// evaluated every prefix of the chain, which took minutes and
// gigabytes for 3000 parts.
func TestLongConcatenation(t *testing.T) {
	dir := t.TempDir()
	pkg := filepath.Join(dir, "src", "longconcat")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("package longconcat\n\nimport \"os\"\n\nfunc URL() string {\n\tv := os.Getenv(\"V\")\n")
	b.WriteString(`	return "https://auth.atlassian.com/authorize?client_id=x&response_type=code"`)
	for i := range 3000 {
		fmt.Fprintf(&b, ` + "&p%d=" + v`, i)
	}
	b.WriteString(" // want `authorize URL has no state parameter` `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`\n}\n")
	if err := os.WriteFile(filepath.Join(pkg, "longconcat.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	analysistest.Run(t, dir, oauthstate.Analyzer, "longconcat")
	if d := time.Since(start); d > time.Minute {
		t.Errorf("analysing a 3000-part concatenation took %v", d)
	}
}

// TestFixes checks the fixes of missing-prompt and missing-audience
// against the .golden files (which TestGoldenFilesCompile compiles).
func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), oauthstate.Analyzer, "prompt", "audience", "importfix", "fixshapes")
}

func TestAudienceOff(t *testing.T) {
	a := oauthstate.New(oauthstate.Config{Audience: false})
	analysistest.Run(t, analysistest.TestData(), a, "noaudience")
}

func TestAudienceFlag(t *testing.T) {
	a := oauthstate.New(oauthstate.DefaultConfig())
	if err := a.Flags.Set("audience", "false"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "noaudience")
}

func TestAuthHosts(t *testing.T) {
	a := oauthstate.New(oauthstate.DefaultConfig())
	if err := a.Flags.Set("authhosts", "auth.example.com, https://Other.example.com/"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "authhosts")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }

func TestTypeError(t *testing.T) {
	passtest.TypeError(t, oauthstate.Analyzer, "typeerror")
}
