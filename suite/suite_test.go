package suite

import (
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/analysisdoc"
)

func TestSettings(t *testing.T) {
	tests := []struct {
		raw     string
		want    []string // names of the built analyzers
		wantErr string
	}{
		{raw: ``, want: names(Analyzers())},
		{raw: `{"enable": ["useragent"]}`, want: []string{"useragent"}},
		{raw: `{"useragent": {"hosts": ["jira.example.com"], "identity": "jira-acme-int"}}`, want: names(Analyzers())},
		{raw: `{"enable": ["nosuchpass"]}`, wantErr: `unknown pass "nosuchpass"`},
		{raw: `{"useragnet": {}}`, wantErr: `unknown key "useragnet"`},
		{raw: `{"useragent": {"host": ["x"]}}`, wantErr: `useragent: unknown key "host"; allowed keys are hosts, identity`},
		{raw: `[1]`, wantErr: "atlvet settings"},
		{raw: `{"useragent": {"identity": "Jira Acme"}}`, wantErr: `atlvet settings: useragent: useragent identity "jira acme" is not of the form`},
		{raw: `{"connectkey": {"identity": "Jira Acme"}}`, wantErr: `atlvet settings: connectkey: connectkey identity "jira acme" is not of the form`},
		{raw: `{"enable": ["connectkey"], "connectkey": {"identity": "Jira-Acme-Int/1.0.0"}}`, want: []string{"connectkey"}},
		// A pass that is not enabled has its settings checked too.
		{raw: `{"enable": ["siteurl"], "useragent": {"hostz": ["x"]}}`, wantErr: `useragent: unknown key "hostz"`},
		{raw: `{"enable": ["siteurl"], "useragent": {"hosts": ["x"]}}`, want: []string{"siteurl"}},
	}
	for _, tt := range tests {
		s, err := ParseSettings([]byte(tt.raw))
		var got []string
		if err == nil {
			as, berr := Build(s)
			err = berr
			for _, a := range as {
				got = append(got, a.Name)
			}
		}
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: error %v, want one containing %q", tt.raw, err, tt.wantErr)
			}
			continue
		}
		if err != nil || strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: got %v, %v; want %v", tt.raw, got, err, tt.want)
		}
	}
}

func TestEveryPassIsConfigurable(t *testing.T) {
	for _, p := range Passes() {
		a, err := p.Configure(nil)
		if err != nil || a == nil || a.Name != p.Name {
			t.Errorf("%s: Configure(nil) = %v, %v", p.Name, a, err)
		}
		if p.Analyzer.Doc == "" || p.Analyzer.URL == "" {
			t.Errorf("%s has no Doc or URL", p.Name)
		}
	}
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

// TestEveryRuleIsDocumented: each rule ID has its section in its pass's
// Doc, which "atlvet help" prints and SARIF output carries as the
// rule's help.
func TestEveryRuleIsDocumented(t *testing.T) {
	for _, p := range Passes() {
		if len(p.Categories) == 0 {
			t.Errorf("%s: no rule categories", p.Name)
		}
		for _, c := range p.Categories {
			text, ok := analysisdoc.Rule(p.Analyzer.Doc, c)
			if !ok || text == "" {
				t.Errorf("%s/%s: the Doc has no \"# %s\" section", p.Name, c, c)
			}
		}
	}
}

// TestEveryRuleIsRanked: every rule of every pass has its level,
// security-severity and precision, and the table names no other rule.
func TestEveryRuleIsRanked(t *testing.T) {
	known := map[string]bool{}
	for _, p := range Passes() {
		for _, c := range p.Categories {
			id := p.Name + "/" + c
			known[id] = true
			r, ok := ruleRank[id]
			if !ok {
				t.Errorf("%s has no entry in ruleRank", id)
				continue
			}
			if r.level == "" || r.severity == "" || r.precision == "" {
				t.Errorf("%s: incomplete ranking %+v", id, r)
			}
		}
	}
	for id := range ruleRank {
		if !known[id] {
			t.Errorf("ruleRank names %s, which no pass reports", id)
		}
	}
	rules := Rules(Analyzers())
	if len(rules) != len(ruleRank)+len(Passes()) {
		t.Errorf("Rules returned %d rules, want %d (each category and each pass's directive rule)", len(rules), len(ruleRank)+len(Passes()))
	}
	for _, r := range rules {
		if r.Summary == "" || r.Help == "" || !slices.Contains(r.Tags, "security") {
			t.Errorf("%s: incomplete rule %+v", r.ID, r)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the generated rule table in docs/configuration.md")

// TestDocRuleTable: docs/configuration.md shows the ranking table of
// suite/rules.go as it is.
func TestDocRuleTable(t *testing.T) {
	const file = "../docs/configuration.md"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?s)(<!-- BEGIN rule table[^\n]*\n)(.*?)(<!-- END rule table -->)`)
	m := re.FindSubmatchIndex(data)
	if m == nil {
		t.Fatalf("%s: no generated rule table", file)
	}
	want := RuleTable()
	if got := string(data[m[4]:m[5]]); got != want {
		if !*update {
			t.Fatalf("%s's rule table is out of date; run go test ./suite -run Doc -update\n--- has\n%s\n--- want\n%s", file, got, want)
		}
		out := append(append(append([]byte{}, data[:m[4]]...), want...), data[m[5]:]...)
		if err := os.WriteFile(file, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
