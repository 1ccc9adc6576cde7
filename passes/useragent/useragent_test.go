package useragent_test

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/useragent"
)

func TestDefault(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), useragent.Analyzer, "defaultua")
}

// TestRules checks each rule with its near misses: convention (with the
// lower-casing fix), library, inconsistent within a package and across
// packages (by facts), and suppression.
func TestRules(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), useragent.Analyzer,
		"uaconvention", "ualibrary", "uainconsistent", "uaidentity/...", "uasuppressed",
		"uafixshapes", "uatestorder", "uacasereference", "uadefaultclient", "uasend/...", "uaprefix", "uadeferred/...", "uafieldstore")
}

func TestRequiredIdentity(t *testing.T) {
	a := useragent.New(useragent.DefaultConfig())
	if err := a.Flags.Set("identity", "jira-acme-int"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "uarequired")
}

func TestDeclaredHosts(t *testing.T) {
	a := useragent.New(useragent.Config{Hosts: []string{"jira.example.com"}})
	analysistest.Run(t, analysistest.TestData(), a, "uahosts")
	// Without the declaration the host is nobody's.
	analysistest.Run(t, analysistest.TestData(), useragent.New(useragent.DefaultConfig()), "uahostsoff")
}

func TestShapes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), useragent.Analyzer,
		"uaproduct", "uaproductbb", "uaproductgw", "uaproductme", "uaviahelper", "uaparsedbase", "uamapkey", "uaclientparam", "uaoauthclient", "uaoauthctx", "uaoauthctxclient", "uaoauthctxjira", "uaoauthctxrequest", "uawrappers", "uaviatransport", "uaclosures", "uagenerics", "uatestfile", "uagenerated", "uaorder", "uadoer", "uahelpercond", "uadoeroption", "uadoeroptionagent", "uamanycallers", "uaheadermaps",
		"uaresolveref", "uacrosshelper/...", "uafieldhelper/...", "uatrimref/...")
}

func TestTypeError(t *testing.T) {
	passtest.TypeError(t, useragent.Analyzer, "uatypeerror")
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }

func TestNormalizeIdentity(t *testing.T) {
	for _, tt := range []struct{ in, want, err string }{
		{"jira-acme-int", "jira-acme-int", ""},
		{" Jira-Acme-Int/1.0.0 ", "jira-acme-int", ""},
		{"", "", ""},
		{"jira acme", "", "not of the form"},
		{"jira-int", "", "not of the form"},
	} {
		got, err := useragent.NormalizeIdentity(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("NormalizeIdentity(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
	if err := useragent.New(useragent.DefaultConfig()).Flags.Set("identity", "Jira Acme"); err == nil {
		t.Error("-useragent.identity accepted \"Jira Acme\"")
	}
}

// TestLibraries: clients of client libraries, modelled from
// internal/atlassian's tables, with the shared stubs of
// internal/libstubs.
func TestLibraries(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), useragent.Analyzer,
		"uagojira", "uagoatlassian", "uaresty", "uabitbucket", "uaretryable", "uacrosslib/...", "uaagentparam/...", "uaparamlibclient",
		"uainconsistentlib", "uarestyrequest", "uaoreo", "ualibtestfile")
}

// TestLineDirectives checks packages whose files carry //line
// directives, with and without a column and naming another file of the
// package: findings are reported where the directives say, and fixes
// edit the file itself, indented as its own lines are.
func TestLineDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), useragent.Analyzer, "ualinedirective")
}

// TestCgo checks a package that imports "C". Its findings are reported
// in the user's file, where cmd/cgo's //line directives point, and its
// fixes, which would edit cmd/cgo's output, are dropped by drivers.
func TestCgo(t *testing.T) {
	passtest.RequireCgo(t)
	passtest.NoFixes(t, analysistest.Run(t, analysistest.TestData(), useragent.Analyzer, "uacgo"))
}

// TestWithoutDriverExtras runs the pass as Bazel's nogo does, without
// Pass.ReadFile and Pass.Module among other things: the fixes indent
// as the syntax says, and are the same.
func TestWithoutDriverExtras(t *testing.T) {
	a := passtest.WithoutDriverExtras(useragent.Analyzer)[0]
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "defaultua", "ualinedirective", "uafixshapes")
}

// TestHelperNamesCaller: the send of a request helper whose URL comes
// from its callers' callers is reported once, in the helper, and its
// related information names the call whose URL makes it Atlassian's.
func TestHelperNamesCaller(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), useragent.Analyzer, "uamanycallers")
	reported := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category != useragent.CategoryDefault {
				continue
			}
			reported++
			if len(d.Related) != 1 {
				t.Errorf("%s: %d related locations, want the caller", r.Pass.Fset.Position(d.Pos), len(d.Related))
				continue
			}
			rel := d.Related[0]
			p := r.Pass.Fset.Position(rel.Pos)
			src, err := os.ReadFile(p.Filename)
			if err != nil {
				t.Fatal(err)
			}
			line := strings.Split(string(src), "\n")[p.Line-1]
			if want := `c.Get(ctx, "/rest/api/3/myself")`; !strings.Contains(line[p.Column-1:], want) || rel.Message != "a call that sends it to the Atlassian REST path /rest/api/3/myself" {
				t.Errorf("related %s %q at %q, want %s", p, rel.Message, line, want)
			}
		}
	}
	if reported != 1 {
		t.Errorf("%d useragent/default findings, want 1", reported)
	}
}

// TestLibraryClientRelated: a library client's finding, placed at the
// call that makes the client, names a request the client sends without
// a User-Agent where one is seen (a client that leaves its function is
// judged without one).
func TestLibraryClientRelated(t *testing.T) {
	var withSend int
	for _, r := range analysistest.Run(t, passtest.TestData(t), useragent.Analyzer, "uagojira", "uaresty", "uagoatlassian") {
		for _, d := range r.Diagnostics {
			if !strings.Contains(d.Message, "client sends its requests") || len(d.Related) == 0 {
				continue
			}
			withSend++
			at := r.Pass.Fset.Position(d.Pos)
			if len(d.Related) != 1 || d.Related[0].Message != "a request it sends without one" {
				t.Errorf("%s: related information %+v, want one request it sends", at, d.Related)
				continue
			}
			if send := r.Pass.Fset.Position(d.Related[0].Pos); !send.IsValid() || send.Filename != at.Filename || send.Line <= at.Line {
				t.Errorf("%s: the related request is at %s", at, send)
			}
		}
	}
	if withSend < 2 {
		t.Fatalf("%d library client findings name a send, want at least 2", withSend)
	}
}
