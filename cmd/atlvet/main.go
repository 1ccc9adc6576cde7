// Command atlvet checks Go programs that talk to Atlassian Cloud (Jira,
// Confluence, Bitbucket) against Atlassian's own guidance.
//
// Run it on its own or as a vet tool:
//
//	atlvet ./...
//	go vet -vettool=$(which atlvet) ./...
//	go fix -fixtool=$(which atlvet) ./...
//	atlvet help useragent
//	atlvet -sarif ./... > atlvet.sarif
//	atlvet lsp
//
// Standalone, atlvet analyses the packages named and the packages of
// the user's own modules they import from source, and reads every
// other package's types from export data (internal/driver). Under go
// vet and go fix it speaks their protocol through unitchecker. As
// "atlvet lsp" it is a language server for editors (internal/lsp).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/driver"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/lsp"
	"github.com/atlvet/atlvet/internal/sarif"
	"github.com/atlvet/atlvet/suite"
)

func main() {
	args := os.Args[1:]
	version := driver.ModuleVersion()
	if vetProtocol(args) {
		// go vet and go fix: their own flags, one package per run.
		flag.Var(versionFlag{version}, "V", "print version and exit")
		passes := suite.Analyzers()
		driver.RecoverPanics(passes, map[*analysis.Analyzer]func(*analysis.Pass) any{flow.Analyzer: flow.Degraded}, atlassian.RedactCredentials)
		unitchecker.Main(passes...)
		return
	}
	if len(args) == 1 && args[0] == "version" {
		printVersion(version)
		return
	}
	if len(args) > 0 && args[0] == "lsp" {
		os.Exit(lsp.Main(lspConfig(version), args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	cmd := &driver.Command{
		Name:    "atlvet",
		Version: version,
		Passes:  suite.Analyzers(),
		Rules:   sarifRules,
		Redact:  atlassian.RedactCredentials,
		// -c shows no literal that looks like a secret, and none on a
		// line that holds a hard-coded one.
		RedactSource: atlassian.RedactSourceLine,
		Sensitive:    func(f driver.Finding) bool { return f.Pass.Name == "secrets" },
		Fallback:     map[*analysis.Analyzer]func(*analysis.Pass) any{flow.Analyzer: flow.Degraded},
		Stdout:       os.Stdout,
		Stderr:       os.Stderr,
	}
	os.Exit(cmd.Run(args))
}

// vetProtocol reports whether the go command runs atlvet as its vet or
// fix tool: it asks for the flags, or names a .cfg file of one package.
func vetProtocol(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

func printVersion(version string) {
	line, err := driver.VersionLine("atlvet", version)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atlvet:", err)
		os.Exit(1)
	}
	fmt.Println(line)
}

// versionFlag is go vet's -V=full for unitchecker, printing the module
// version where unitchecker's own prints "devel comments-go-here".
type versionFlag struct{ version string }

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) String() string   { return "" }
func (f versionFlag) Set(string) error {
	printVersion(f.version)
	os.Exit(0)
	return nil
}

// sarifRules describes the rules of the passes for a SARIF log.
func sarifRules(passes []*analysis.Analyzer) []sarif.Rule {
	var out []sarif.Rule
	for _, r := range suite.Rules(passes) {
		out = append(out, sarif.Rule{
			ID: r.ID, Summary: r.Summary, Help: r.Help,
			Level: r.Level, SecuritySeverity: r.SecuritySeverity, Precision: r.Precision, Tags: r.Tags,
		})
	}
	return out
}

// lspConfig configures the language server: its settings are the
// golangci-lint plugin's (one schema, the same errors).
func lspConfig(version string) lsp.Config {
	return lsp.Config{
		Name:    "atlvet",
		Version: version,
		Configure: func(raw json.RawMessage) ([]*analysis.Analyzer, error) {
			s, err := suite.ParseSettings(raw)
			if err != nil {
				return nil, err
			}
			return suite.Build(s)
		},
		SettingKeys: settingKeys(),
		Levels: func(passes []*analysis.Analyzer) map[string]string {
			levels := map[string]string{}
			for _, r := range suite.Rules(passes) {
				levels[r.ID] = r.Level
			}
			return levels
		},
		Fallback: map[*analysis.Analyzer]func(*analysis.Pass) any{flow.Analyzer: flow.Degraded},
		Redact:   atlassian.RedactCredentials,
	}
}

// settingKeys are the top-level keys of the settings object.
func settingKeys() []string {
	keys := []string{"enable"}
	for _, p := range suite.Passes() {
		keys = append(keys, p.Name)
	}
	return keys
}
