package suite

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/analysisdoc"
	"github.com/atlvet/atlvet/internal/suppress"
)

// A Rule is what the drivers that rank findings (SARIF for code
// scanning, the language server) say of one rule.
type Rule struct {
	ID      string // "<pass>/<category>"
	Summary string // the first sentence of its documentation
	Help    string // its section of the pass's Doc
	// Level is how an editor or code scanning shows a finding:
	// "error", "warning" or "note".
	Level string
	// SecuritySeverity is the score code scanning ranks alerts by:
	// 7.0 to 8.9 is high, 4.0 to 6.9 medium, below that low.
	SecuritySeverity string
	// Precision is how often a finding of the rule is right.
	Precision string
	// Tags classify the rule; CWE tags as GitHub reads them.
	Tags []string
}

// ruleRank is the table behind Rule's ranking fields. Secrets and the
// OAuth state rules protect the user's account: high. A bearer token
// or data over plain http to the wrong place: medium. How an
// integration names itself: low.
var ruleRank = map[string]struct {
	level, severity, precision string
	cwe                        string
}{
	"secrets/atlassian-token":      {"error", "8.5", "very-high", "798"},
	"secrets/basic-literal":        {"error", "8.0", "very-high", "798"},
	"secrets/url-credentials":      {"error", "8.0", "high", "798"},
	"secrets/hardcoded-credential": {"error", "8.0", "high", "798"},
	"secrets/credential-name":      {"warning", "7.0", "medium", "798"},

	"oauthstate/missing-state":     {"error", "8.0", "high", "352"},
	"oauthstate/constant-state":    {"error", "8.0", "high", "352"},
	"oauthstate/guessable-state":   {"error", "7.5", "high", "330"},
	"oauthstate/unverified-state":  {"error", "8.0", "high", "352"},
	"oauthstate/insecure-redirect": {"error", "7.5", "high", "319"},
	"oauthstate/missing-prompt":    {"warning", "7.0", "high", ""},
	"oauthstate/missing-audience":  {"warning", "7.0", "high", ""},
	"oauthstate/response-type":     {"warning", "7.0", "high", ""},

	"siteurl/insecure-scheme": {"warning", "6.5", "high", "319"},
	"siteurl/bearer-to-site":  {"warning", "5.0", "high", ""},

	"atlorigin/api-url":    {"note", "3.0", "high", ""},
	"atlorigin/oauth-url":  {"note", "3.0", "high", ""},
	"atlorigin/misspelled": {"note", "2.0", "high", ""},

	"useragent/default":      {"note", "2.0", "high", ""},
	"useragent/convention":   {"note", "2.0", "very-high", ""},
	"useragent/library":      {"note", "2.0", "very-high", ""},
	"useragent/inconsistent": {"note", "2.0", "high", ""},

	"connectkey/convention":   {"note", "2.0", "very-high", ""},
	"connectkey/inconsistent": {"note", "2.0", "high", ""},
}

// directiveRank ranks every pass's "<pass>/directive" rule: a stale
// or unexplained //atlvet:ignore is housekeeping.
var directiveRank = ruleRank["useragent/default"]

// Rules returns the rules of the given passes, in the order of the
// passes and their categories, each pass's directive rule last.
func Rules(analyzers []*analysis.Analyzer) []Rule {
	var out []Rule
	for _, p := range passes {
		if !slices.ContainsFunc(analyzers, func(a *analysis.Analyzer) bool { return a.Name == p.Name }) {
			continue
		}
		for _, c := range p.Categories {
			help, _ := analysisdoc.Rule(p.Analyzer.Doc, c)
			out = append(out, rule(p.Name+"/"+c, help, ruleRank[p.Name+"/"+c]))
		}
		out = append(out, rule(p.Name+"/"+suppress.Category, suppress.Help, directiveRank))
	}
	return out
}

func rule(id, help string, rank struct{ level, severity, precision, cwe string }) Rule {
	tags := []string{"security"}
	if rank.cwe != "" {
		tags = append(tags, "external/cwe/cwe-"+rank.cwe)
	}
	return Rule{
		ID:               id,
		Summary:          analysisdoc.FirstSentence(help),
		Help:             help,
		Level:            rank.level,
		SecuritySeverity: rank.severity,
		Precision:        rank.precision,
		Tags:             tags,
	}
}

// RuleTable renders the ranking of every rule as a Markdown table,
// for the documentation.
func RuleTable() string {
	var b strings.Builder
	b.WriteString("| Rule | Level | security-severity | Precision | CWE |\n| --- | --- | --- | --- | --- |\n")
	all := make([]*analysis.Analyzer, 0, len(passes))
	for _, p := range passes {
		all = append(all, p.Analyzer)
	}
	for _, r := range Rules(all) {
		cwe := ""
		for _, t := range r.Tags {
			if n, ok := strings.CutPrefix(t, "external/cwe/cwe-"); ok {
				cwe = "CWE-" + n
			}
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", r.ID, r.Level, r.SecuritySeverity, r.Precision, cwe)
	}
	return b.String()
}
