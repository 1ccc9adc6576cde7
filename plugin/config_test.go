package plugin_test

// The command-line flags and the golangci-lint settings of every pass
// must have the same names and meaning, documented once. These tests
// check the names and that a setting reaches the variable its flag
// sets, and keep the generated parts of docs/configuration.md and
// .golangci.example.yml in step with the passes:
//
//	go test ./plugin -run Doc -update

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/atlvet/atlvet/suite"
)

var update = flag.Bool("update", false, "rewrite the generated parts of docs/configuration.md and .golangci.example.yml")

// setting is one key of one pass's settings, with its flag.
type setting struct {
	pass  string
	key   string
	field reflect.StructField
	flag  *flag.Flag
}

func settings(t *testing.T) []setting {
	t.Helper()
	var out []setting
	for _, p := range suite.Passes() {
		typ := reflect.TypeOf(p.Defaults)
		if typ == nil || typ.Kind() != reflect.Struct {
			t.Fatalf("pass %s: Defaults is %T, want its Config struct", p.Name, p.Defaults)
		}
		keys := suite.SettingKeys(p.Defaults)
		var flags []string
		p.Analyzer.Flags.VisitAll(func(f *flag.Flag) { flags = append(flags, f.Name) })
		if !slices.Equal(slices.Sorted(slices.Values(keys)), slices.Sorted(slices.Values(flags))) {
			t.Errorf("pass %s: settings keys %v (json tags of %s) differ from flags %v; give each Config field a flag of the same name",
				p.Name, keys, typ, flags)
		}
		for i, key := range keys {
			f := p.Analyzer.Flags.Lookup(key)
			if f == nil {
				continue
			}
			out = append(out, setting{pass: p.Name, key: key, field: exportedFields(typ)[i], flag: f})
		}
	}
	return out
}

func exportedFields(typ reflect.Type) []reflect.StructField {
	var out []reflect.StructField
	for f := range typ.Fields() {
		if f.IsExported() && f.Tag.Get("json") != "-" {
			out = append(out, f)
		}
	}
	return out
}

// sample returns a non-default value for a setting, as JSON, and what
// the flag bound to the same variable must print once it is set.
func sample(t *testing.T, s setting, def reflect.Value) (raw any, printed string) {
	switch k := s.field.Type; {
	case k.Kind() == reflect.String:
		return "jira-sample-int", "jira-sample-int"
	case k.Kind() == reflect.Bool:
		v := !def.Bool()
		return v, strconv.FormatBool(v)
	case k.Kind() == reflect.Int:
		return 7, "7"
	case k.Kind() == reflect.Slice && k.Elem().Kind() == reflect.String:
		return []string{"a.example.com", "b.example.com"}, "a.example.com,b.example.com"
	}
	t.Fatalf("pass %s: setting %s has type %s, which this test does not know; add a case", s.pass, s.key, s.field.Type)
	return nil, ""
}

// TestSettingsMatchFlags checks that each setting, set through the
// plugin's settings, lands in the variable the flag of the same name
// sets: the analyzer built from the settings prints it through that flag.
func TestSettingsMatchFlags(t *testing.T) {
	passes := map[string]suite.Pass{}
	for _, p := range suite.Passes() {
		passes[p.Name] = p
	}
	for _, s := range settings(t) {
		p := passes[s.pass]
		def := reflect.ValueOf(p.Defaults).FieldByIndex(s.field.Index)
		if got, want := s.flag.DefValue, render(def); got != want {
			t.Errorf("-%s.%s default %q, but the Config default is %q", s.pass, s.key, got, want)
		}
		raw, printed := sample(t, s, def)
		obj, err := json.Marshal(map[string]any{s.key: raw})
		if err != nil {
			t.Fatal(err)
		}
		a, err := p.Configure(obj)
		if err != nil {
			t.Errorf("%s: settings %s: %v", s.pass, obj, err)
			continue
		}
		f := a.Flags.Lookup(s.key)
		if f == nil {
			t.Errorf("%s: the analyzer built from settings has no flag %q", s.pass, s.key)
			continue
		}
		if got := f.Value.String(); got != printed {
			t.Errorf("%s: setting %s = %s, but flag -%s.%s reads %q, want %q: the setting does not reach the flag's variable",
				s.pass, s.key, mustJSON(raw), s.pass, s.key, got, printed)
		}
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// render prints a Config value as its flag prints it.
func render(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Slice:
		var parts []string
		for i := range v.Len() {
			parts = append(parts, fmt.Sprint(v.Index(i).Interface()))
		}
		return strings.Join(parts, ",")
	default:
		return fmt.Sprint(v.Interface())
	}
}

func typeName(t reflect.Type) string {
	switch {
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return "list of strings"
	case t.Kind() == reflect.Bool:
		return "boolean"
	case t.Kind() == reflect.String:
		return "string"
	case t.Kind() == reflect.Int:
		return "integer"
	}
	return t.String()
}

// usage is a flag's usage with its back-quoted name unquoted.
func usage(f *flag.Flag) string {
	_, u := flag.UnquoteUsage(f)
	return strings.ReplaceAll(u, "|", `\|`)
}

func table(t *testing.T) string {
	var b strings.Builder
	b.WriteString("| Pass | `.golangci.yml` setting (under `settings:`) | Command-line flag | Type | Default | Meaning |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
	var enableFlags []string
	for _, p := range suite.Passes() {
		enableFlags = append(enableFlags, "`-"+p.Name+"`")
	}
	fmt.Fprintf(&b, "| all | `enable` | %s | list of pass names | every pass | the passes to run: `enable: [%s]` runs only that pass, as `-%s` does on the command line |\n",
		strings.Join(enableFlags, ", "), suite.Passes()[0].Name, suite.Passes()[0].Name)
	for _, s := range settings(t) {
		def := s.flag.DefValue
		if def == "" {
			def = "empty"
		} else {
			def = "`" + def + "`"
		}
		fmt.Fprintf(&b, "| %s | `%s.%s` | `-%s.%s` | %s | %s | %s |\n",
			s.pass, s.pass, s.key, s.pass, s.key, typeName(s.field.Type), def, usage(s.flag))
	}
	return b.String()
}

// yamlSettings is the settings block of .golangci.example.yml.
func yamlSettings(t *testing.T, indent string) string {
	var b strings.Builder
	names := []string{}
	for _, p := range suite.Passes() {
		names = append(names, p.Name)
	}
	fmt.Fprintf(&b, "%s# Passes to run (%s); empty runs them all.\n", indent, strings.Join(names, ", "))
	fmt.Fprintf(&b, "%s# Command line: -%s and so on.\n", indent, names[0])
	fmt.Fprintf(&b, "%senable: []\n", indent)
	passes := map[string]suite.Pass{}
	for _, p := range suite.Passes() {
		passes[p.Name] = p
	}
	last := ""
	for _, s := range settings(t) {
		if s.pass != last {
			fmt.Fprintf(&b, "%s%s:\n", indent, s.pass)
			last = s.pass
		}
		u := usage(s.flag)
		if s.field.Type.Kind() == reflect.Slice {
			u = strings.TrimPrefix(u, "comma-separated ")
		}
		def := reflect.ValueOf(passes[s.pass].Defaults).FieldByIndex(s.field.Index).Interface()
		if v := reflect.ValueOf(def); v.Kind() == reflect.Slice && v.IsNil() {
			def = []string{}
		}
		val, err := json.Marshal(def)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s  # %s (command line: -%s.%s)\n", indent, u, s.pass, s.key)
		fmt.Fprintf(&b, "%s  %s: %s\n", indent, s.key, val)
	}
	return b.String()
}

// checkGenerated compares the text between the begin and end marker
// lines of file with want, or rewrites it under -update.
func checkGenerated(t *testing.T, file, begin, end, want string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?s)(` + regexp.QuoteMeta(begin) + `[^\n]*\n)(.*?)([ \t]*` + regexp.QuoteMeta(end) + `)`)
	m := re.FindSubmatchIndex(data)
	if m == nil {
		t.Fatalf("%s: no generated section between %q and %q", file, begin, end)
	}
	got := string(data[m[4]:m[5]])
	if got == want {
		return
	}
	if *update {
		var out bytes.Buffer
		out.Write(data[:m[4]])
		out.WriteString(want)
		out.Write(data[m[5]:])
		if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is out of date with the passes' Config and flags; run go test ./plugin -run Doc -update\n--- has\n%s\n--- want\n%s", file, got, want)
}

func TestDocTable(t *testing.T) {
	checkGenerated(t, filepath.Join("..", "docs", "configuration.md"),
		"<!-- BEGIN settings table", "<!-- END settings table -->", table(t))
}

func TestDocExampleConfig(t *testing.T) {
	const indent = "          "
	checkGenerated(t, filepath.Join("..", ".golangci.example.yml"),
		indent+"# BEGIN atlvet settings", "# END atlvet settings", yamlSettings(t, indent))
}
