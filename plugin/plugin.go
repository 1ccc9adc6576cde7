// Package plugin makes atlvet a golangci-lint v2 module plugin named
// "atlvet". A custom golangci-lint that imports this package for its
// side effect (see tools/custom-gcl and .custom-gcl.yml) runs every
// atlvet pass as one linter, configured in .golangci.yml:
//
//	linters:
//	  enable: [atlvet]
//	  settings:
//	    custom:
//	      atlvet:
//	        type: module
//	        settings:
//	          enable: [useragent]
//	          useragent:
//	            hosts: [jira.example.com]
//
// The settings object has the same names and meaning as the command
// line: "enable" selects passes as the -<pass> flags do, and each
// pass's object holds its flags by name (-useragent.hosts is
// useragent.hosts). docs/configuration.md lists them all. An unknown
// key is an error that names it and lists the keys allowed there.
package plugin

import (
	"encoding/json"
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/driver"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/suite"
)

// Name is the plugin's name: the key under linters.settings.custom, the
// name to enable, and the linter that golangci-lint reports findings as.
const Name = "atlvet"

func init() { register.Plugin(Name, New) }

// Plugin is the atlvet linter plugin.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the settings golangci-lint passes (the YAML object under
// linters.settings.custom.atlvet.settings, nil when absent) and builds
// the selected passes, so that a bad setting is reported before any
// package is loaded.
func New(settings any) (register.LinterPlugin, error) {
	raw, err := json.Marshal(stringKeys(settings))
	if err != nil {
		return nil, fmt.Errorf("atlvet settings: %v", err)
	}
	s, err := suite.ParseSettings(raw)
	if err != nil {
		return nil, err
	}
	analyzers, err := suite.Build(s)
	if err != nil {
		return nil, err
	}
	// golangci-lint re-panics a pass's panic at the end of its run and
	// loses every linter's issues: a pass's panic is an issue instead.
	driver.RecoverPanics(analyzers, map[*analysis.Analyzer]func(*analysis.Pass) any{flow.Analyzer: flow.Degraded}, atlassian.RedactCredentials)
	return &Plugin{analyzers: analyzers}, nil
}

// BuildAnalyzers returns the configured passes.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks for type information: every pass needs it.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// stringKeys turns the map[any]any some YAML decoders produce into
// map[string]any, which encoding/json can marshal.
func stringKeys(v any) any {
	switch v := v.(type) {
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			m[fmt.Sprint(k)] = stringKeys(e)
		}
		return m
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			m[k] = stringKeys(e)
		}
		return m
	case []any:
		l := make([]any, len(v))
		for i, e := range v {
			l[i] = stringKeys(e)
		}
		return l
	}
	return v
}
