// Package suite lists every atlvet pass. The atlvet command, the
// golangci-lint plugin and the end-to-end tests all take the passes
// from here, so a new pass is added in one place: the passes table.
package suite

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/passes/atlorigin"
	"github.com/atlvet/atlvet/passes/connectkey"
	"github.com/atlvet/atlvet/passes/oauthstate"
	"github.com/atlvet/atlvet/passes/secrets"
	"github.com/atlvet/atlvet/passes/siteurl"
	"github.com/atlvet/atlvet/passes/useragent"
)

// A Pass is one atlvet pass: its default analyzer (configured by
// command-line flags) and a way to build it from JSON settings.
type Pass struct {
	Name     string
	Analyzer *analysis.Analyzer
	// Configure builds the pass from its settings object; unknown keys
	// are an error. A nil or empty raw message means the defaults.
	Configure func(raw json.RawMessage) (*analysis.Analyzer, error)
	// Defaults is the pass's default Config value. Its type's json
	// tags are the pass's settings keys, which must match the names
	// of the analyzer's flags (checked by the plugin's tests).
	Defaults any
	// Categories are the pass's rule categories: "<pass>/<category>"
	// is a rule ID, and the pass's Doc has a "# <category>" section.
	Categories []string
}

// passOf ties a pass's Config type to its constructor.
func passOf[C any](a *analysis.Analyzer, categories []string, defaults func() C, build func(C) *analysis.Analyzer) Pass {
	return Pass{
		Name:       a.Name,
		Analyzer:   a,
		Categories: categories,
		Defaults:   defaults(),
		Configure: func(raw json.RawMessage) (*analysis.Analyzer, error) {
			cfg := defaults()
			if len(bytes.TrimSpace(raw)) > 0 && string(bytes.TrimSpace(raw)) != "null" {
				dec := json.NewDecoder(bytes.NewReader(raw))
				dec.DisallowUnknownFields()
				if err := dec.Decode(&cfg); err != nil {
					return nil, settingsError(a.Name, err, cfg)
				}
			}
			// A value the pass's flag would refuse is refused here too.
			if v, ok := any(cfg).(interface{ Validate() error }); ok {
				if err := v.Validate(); err != nil {
					return nil, fmt.Errorf("atlvet settings: %s: %v", a.Name, err)
				}
			}
			return build(cfg), nil
		},
	}
}

// settingsError words an error decoding a pass's settings for someone
// editing a configuration file: an unknown key is named together with
// the keys allowed there.
func settingsError(pass string, err error, cfg any) error {
	if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return fmt.Errorf("atlvet settings: %s: unknown key %s; allowed keys are %s", pass, field, strings.Join(SettingKeys(cfg), ", "))
	}
	return fmt.Errorf("atlvet settings: %s: %v", pass, err)
}

// SettingKeys returns the settings keys of a pass's Config value: the
// json names of its fields, in declaration order.
func SettingKeys(cfg any) []string {
	t := reflect.TypeOf(cfg)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var keys []string
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		keys = append(keys, name)
	}
	return keys
}

var passes = []Pass{
	passOf(useragent.Analyzer, useragent.Categories(), useragent.DefaultConfig, useragent.New),
	passOf(oauthstate.Analyzer, oauthstate.Categories(), oauthstate.DefaultConfig, oauthstate.New),
	passOf(atlorigin.Analyzer, atlorigin.Categories(), atlorigin.DefaultConfig, atlorigin.New),
	passOf(siteurl.Analyzer, siteurl.Categories(), siteurl.DefaultConfig, siteurl.New),
	passOf(secrets.Analyzer, secrets.Categories(), secrets.DefaultConfig, secrets.New),
	passOf(connectkey.Analyzer, connectkey.Categories(), connectkey.DefaultConfig, connectkey.New),
}

// Passes returns every pass, in a stable order.
func Passes() []Pass { return slices.Clone(passes) }

// Analyzers returns every pass with its default configuration (which
// its command-line flags change).
func Analyzers() []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, p := range passes {
		out = append(out, p.Analyzer)
	}
	return out
}

// Settings selects and configures passes, as the golangci-lint plugin
// receives them: {"enable": ["useragent"], "useragent": {...}, ...}.
// The keys of each pass's object are the json names of its Config.
type Settings struct {
	// Enable lists the passes to run; empty means all.
	Enable []string
	// Config holds each pass's settings by pass name.
	Config map[string]json.RawMessage
}

// ParseSettings decodes settings; unknown pass names and unknown keys
// are errors that name the key and list what is allowed.
func ParseSettings(raw []byte) (Settings, error) {
	var s Settings
	if len(bytes.TrimSpace(raw)) == 0 {
		return s, nil
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return s, fmt.Errorf("atlvet settings: %v", err)
	}
	names := make([]string, 0, len(passes))
	for _, p := range passes {
		names = append(names, p.Name)
	}
	for key, val := range top {
		switch {
		case key == "enable":
			if err := json.Unmarshal(val, &s.Enable); err != nil {
				return s, fmt.Errorf("atlvet settings: enable: %v", err)
			}
			for _, name := range s.Enable {
				if !slices.Contains(names, name) {
					return s, fmt.Errorf("atlvet settings: enable: unknown pass %q; the passes are %s", name, strings.Join(names, ", "))
				}
			}
		case slices.Contains(names, key):
			if s.Config == nil {
				s.Config = map[string]json.RawMessage{}
			}
			s.Config[key] = val
		default:
			allowed := append([]string{"enable"}, names...)
			sort.Strings(allowed[1:])
			return s, fmt.Errorf("atlvet settings: unknown key %q; allowed keys are %s", key, strings.Join(allowed, ", "))
		}
	}
	return s, nil
}

// Build returns the analyzers the settings select, each configured.
func Build(s Settings) ([]*analysis.Analyzer, error) {
	var out []*analysis.Analyzer
	for _, p := range passes {
		// The settings of a pass that is not enabled are checked all
		// the same: a typo must not wait for the day it is enabled.
		a, err := p.Configure(s.Config[p.Name])
		if err != nil {
			return nil, err
		}
		if len(s.Enable) == 0 || slices.Contains(s.Enable, p.Name) {
			out = append(out, a)
		}
	}
	return out, nil
}
