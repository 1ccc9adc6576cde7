package secrets_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/passtest"
	"github.com/atlvet/atlvet/passes/secrets"
)

// TestRules checks every rule, its near misses and its fixes, one
// testdata package per behaviour. The packages are checked in one run
// so that the standard library is loaded and analysed once:
//
//   - tokens: atlassian-token in every format, constant folding, raw
//     strings, []byte, %3D, flag defaults, tests and generated files;
//     documentation examples and lone legacy tokens not reported
//   - sinks: hardcoded-credential into every standard-library and
//     oauth2 sink, through variables, fields, helper parameters and
//     results, fallbacks; the never-flag cases (environment, flags,
//     files, secret managers, empty values, placeholders, variable
//     names); documentation examples and legacy tokens at sinks
//   - crosspkg/...: sinks in another package of the module, by facts
//   - clientlibs: go-jira, go-atlassian and go-bitbucket (stubs)
//   - names: credential-name and its near misses
//   - basicliteral, urlcreds: literal Basic credentials, URL passwords
//   - generics: generic types and functions
//   - basicuser: a token as the user of a Basic credential
//   - multisecret: several secrets in one literal, one diagnostic, no
//     fix that writes any of them back
//   - blowup: helpers calling helpers with many return paths (must be
//     fast: summaries, not paths)
//   - patsink, wording: "Bearer <PAT>"; what messages say of values of
//     a credential's format whose check fails
//   - basicraw: "Basic "+x where x is no base64 of "user:secret"
//   - urlconst: a URL constant with a password, reported once
//   - namesfp, pemkey: credential-name near misses; PEM private keys
//   - twofixes: fixes adding different imports to one file merge
//   - structtags: tokens in struct tags
//   - sprintfargs, payloadliteral, headernamevar, funclit, headerline:
//     more ways of building Authorization values
//   - oauth1header: OAuth 1.0a headers: a token written into one, not
//     the header's syntax
//   - objects: a field read reaches the literals of the objects that
//     flow there (issue 12, shape 9), or every store of the field
//     where the objects cannot be told apart
func TestRules(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, passtest.TestData(t), secrets.Analyzer,
		"tokens", "sinks", "crosspkg/...", "clientlibs", "clientlibs2", "names", "basicliteral", "urlcreds", "generics",
		"blowup", "basicuser", "multisecret", "patsink", "wording", "basicraw", "urlconst", "namesfp",
		"twofixes", "structtags", "pemkey", "sprintfargs", "payloadliteral", "headernamevar", "funclit", "placeholders", "litresults/...",
		"headerline", "objects", "oauth1header", "libplaceholders")
}

// TestSuppressed checks //atlvet:ignore for this pass's rules.
func TestSuppressed(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), secrets.Analyzer, "suppressed")
}

// TestNamesOff turns the credential-name guesses off.
func TestNamesOff(t *testing.T) {
	t.Parallel()
	a := secrets.New(secrets.Config{Names: false})
	analysistest.Run(t, analysistest.TestData(), a, "namesoff")
}

func TestFlags(t *testing.T) {
	if f := secrets.Analyzer.Flags.Lookup("names"); f == nil || f.DefValue != "true" {
		t.Fatalf("-secrets.names flag missing or not on by default: %v", f)
	}
	if !secrets.DefaultConfig().Names {
		t.Error("DefaultConfig().Names = false, want true")
	}
}

func TestGoldenFilesCompile(t *testing.T) { passtest.GoldenFilesCompile(t) }

// TestLineDirectives checks files with //line directives, with and
// without a column and naming another file of the package: findings
// are reported where the directives say, and the fixes, imports
// included, edit the file itself.
func TestLineDirectives(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), secrets.Analyzer, "linedirective")
}

// TestCgo checks a package that imports "C": its findings are reported
// in the user's file, where cmd/cgo's //line directives point.
func TestCgo(t *testing.T) {
	passtest.RequireCgo(t)
	passtest.NoFixes(t, analysistest.Run(t, analysistest.TestData(), secrets.Analyzer, "cgo"))
}

// TestTypeError checks a package that does not type-check: the rules
// that read only the syntax report what it holds, and
// hardcoded-credential, which follows values through the types, is
// silent.
func TestTypeError(t *testing.T) {
	t.Parallel()
	passtest.NoFixes(t, analysistest.Run(t, analysistest.TestData(), secrets.Analyzer, "typeerror"))
}
