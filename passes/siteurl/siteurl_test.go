package siteurl_test

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/siteurl"
)

func TestBearerHeader(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "bearerheader")
}

func TestOAuthClient(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "oauthclient")
}

func TestBranches(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "branches")
}

// TestPaths: the site URL and the bearer token meet where their
// conditions are independent, and a helper's many callers keep the one
// that builds a site URL.
func TestPaths(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "independent", "manycallers")
}

func TestViaHelpers(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "viahelpers", "usessiteclient", "wrappers", "wrappeddoer")
}

func TestConnect(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "connect", "connectlib", "connectdep", "connectliteral")
}

func TestDataCenter(t *testing.T) {
	a := siteurl.New(siteurl.Config{DataCenter: []string{"jira.example.com", "https://issues.jira.com/"}})
	analysistest.Run(t, analysistest.TestData(), a, "datacenter")
}

func TestDataCenterFlag(t *testing.T) {
	a := siteurl.New(siteurl.DefaultConfig())
	if err := a.Flags.Set("datacenter", "jira.example.com, issues.jira.com"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "datacenter")
}

func TestGoJira(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "gojira", "libbearer", "libclientcreds", "gojiraoauth")
}

func TestInsecureScheme(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), siteurl.Analyzer, "insecure", "normaliser", "mockurls/...")
}

func TestGenerated(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "generated")
}

// TestTypeError checks that a package that does not type-check is
// analysed without a crash: what the syntax alone shows is reported,
// nothing that needs the flow analysis.
func TestTypeError(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "typeerror")
}

func TestGenerics(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "generics")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }

func TestURLRewrite(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "urlrewrite", "urlrewritelib")
}

func TestOrder(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "order")
}

func TestHelperCallers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "helpercallers")
}

func TestHelperOtherPackage(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "sendlib", "usessendlib")
}

func TestValueStruct(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "valuestruct")
}

func TestPathAdvice(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "pathadvice")
}

func TestMatchers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), siteurl.Analyzer, "matchers")
}

func TestDefaultPort(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), siteurl.Analyzer, "defaultport")
}

// TestRedact checks that no message echoes the password of a URL's
// user info, whichever rule reports it.
func TestRedact(t *testing.T) {
	for _, res := range analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), siteurl.Analyzer, "redact") {
		for _, d := range res.Diagnostics {
			if strings.Contains(d.Message, "S3cr3tP4ss") {
				t.Errorf("message echoes a password: %s", d.Message)
			}
		}
	}
}

func TestRemoteSends(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), siteurl.Analyzer, "remotelib", "usesremotelib", "remotewrap", "usesremotewrap", "remotewrapper", "usesremotewrapper")
}

// TestCgo checks a package that imports "C": its findings are reported
// in the user's file, where cmd/cgo's //line directives point.
func TestCgo(t *testing.T) {
	passtest.RequireCgo(t)
	passtest.NoFixes(t, analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "cgo"))
}

// TestHelperNamesSiteCaller: the bearer-to-site finding of a helper
// whose URL comes from its callers names the caller that builds the
// site URL.
func TestHelperNamesSiteCaller(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), siteurl.Analyzer, "manycallers")
	reported := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			reported++
			var found bool
			for _, rel := range d.Related {
				p := r.Pass.Fset.Position(rel.Pos)
				src, err := os.ReadFile(p.Filename)
				if err != nil {
					t.Fatal(err)
				}
				line := strings.Split(string(src), "\n")[p.Line-1]
				if rel.Message == "a call that sends it to the site" && strings.Contains(line[p.Column-1:], `c.call("https://" + c.site + ".atlassian.net/rest/api/3/serverInfo")`) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: related %v, want the call of ServerInfo", r.Pass.Fset.Position(d.Pos), d.Related)
			}
		}
	}
	if reported != 1 {
		t.Errorf("%d findings, want 1", reported)
	}
}
