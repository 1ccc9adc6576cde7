package plugin_test

import (
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/plugin"
	"github.com/atlvet/atlvet/suite"
)

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func allPassNames() []string {
	var out []string
	for _, p := range suite.Passes() {
		out = append(out, p.Name)
	}
	return out
}

// build runs the plugin as golangci-lint does: look it up by name, call
// the constructor with the decoded YAML, then ask for the analyzers.
func build(t *testing.T, settings any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("atlvet")
	if err != nil {
		t.Fatalf("plugin not registered: %v", err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func TestSettings(t *testing.T) {
	first := allPassNames()[0]
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // analyzer names, in suite order
	}{
		{"absent", nil, allPassNames()},
		{"empty", map[string]any{}, allPassNames()},
		{"empty enable", map[string]any{"enable": []any{}}, allPassNames()},
		{"enable one", map[string]any{"enable": []any{first}}, []string{first}},
		{"useragent settings", map[string]any{
			"useragent": map[string]any{"hosts": []any{"jira.example.com"}, "identity": "jira-acme-int"},
		}, allPassNames()},
		{"pass object null", map[string]any{"useragent": nil}, allPassNames()},
		// Some YAML decoders produce map[any]any.
		{"map[any]any", map[any]any{
			"enable":    []any{"useragent"},
			"useragent": map[any]any{"hosts": []any{"jira.example.com"}},
		}, []string{"useragent"}},
		// golangci-lint's configuration reader lower-cases keys; the
		// keys are lower case already, and decoding ignores case.
		{"case", map[string]any{"useragent": map[string]any{"Identity": "jira-acme-int"}}, allPassNames()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := build(t, tc.settings)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if got := names(as); !slices.Equal(got, tc.want) {
				t.Errorf("analyzers = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"unknown top-level key", map[string]any{"enabel": []any{"useragent"}},
			[]string{`atlvet settings: unknown key "enabel"`, "allowed keys are enable, "}},
		{"unknown pass", map[string]any{"enable": []any{"useragnet"}},
			[]string{`unknown pass "useragnet"`, "useragent"}},
		{"unknown pass key", map[string]any{"useragent": map[string]any{"hostz": []any{"a"}}},
			[]string{`atlvet settings: useragent: unknown key "hostz"`, "allowed keys are hosts, identity"}},
		{"wrong type", map[string]any{"useragent": map[string]any{"hosts": "jira.example.com"}},
			[]string{"atlvet settings: useragent:", "hosts"}},
		{"enable not a list", map[string]any{"enable": "useragent"},
			[]string{"atlvet settings: enable:"}},
		{"settings not an object", []any{"useragent"},
			[]string{"atlvet settings:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(t, tc.settings)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// TestSettingsReachAnalysis checks, by running the analyzer the plugin
// builds, that a setting changes what is reported: a host declared in
// the settings counts as Atlassian.
func TestSettingsReachAnalysis(t *testing.T) {
	dir := analysistest.TestData()
	as, err := build(t, map[string]any{
		"enable":    []any{"useragent"},
		"useragent": map[string]any{"hosts": []any{"jira.acme.test"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, as[0], "declaredhost")

	as, err = build(t, map[string]any{"enable": []any{"useragent"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, as[0], "undeclaredhost")
}

func TestSettingsAreJSON(t *testing.T) {
	// The plugin hands golangci-lint's decoded YAML to suite.ParseSettings
	// as JSON: a value JSON cannot encode is an error, not a panic.
	_, err := plugin.New(map[string]any{"enable": func() {}})
	if err == nil || !strings.Contains(err.Error(), "atlvet settings") {
		t.Errorf("New(func) error = %v, want an atlvet settings error", err)
	}
}

// TestPassPanicIsAnIssue: golangci-lint re-panics a pass's panic and
// loses every linter's issues, so the plugin's passes report their
// panic as a finding and return. Here a pass given no results of its
// requirements panics in its first step.
func TestPassPanicIsAnIssue(t *testing.T) {
	analyzers, err := build(t, map[string]any{"enable": []string{"useragent"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer: analyzers[0],
		Pkg:      types.NewPackage("example.com/p", "p"),
		ResultOf: map[*analysis.Analyzer]any{},
		Report:   func(d analysis.Diagnostic) { got = append(got, d) },
	}
	if _, err := analyzers[0].Run(pass); err != nil {
		t.Fatalf("Run returned %v, want the panic as a finding", err)
	}
	if len(got) != 1 || !strings.Contains(got[0].Message, "internal error: pass useragent panicked on package example.com/p") {
		t.Errorf("findings %+v, want one internal error naming the pass and the package", got)
	}
}
