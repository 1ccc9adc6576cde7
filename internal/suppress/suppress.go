// Package suppress implements the //atlvet:ignore directive shared by
// every atlvet pass:
//
//	//atlvet:ignore <rule-or-pass> <reason>
//
// on the line of a diagnostic or alone on the line above silences
// that diagnostic. The directive is checked by the pass it names: one
// without a reason, naming an unknown rule, or silencing nothing is
// reported, so stale suppressions do not pile up. Because passes filter
// their own diagnostics, the directive works the same under go vet,
// the atlvet command, golangci-lint and nogo.
package suppress

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/generated"
	"github.com/atlvet/atlvet/internal/source"
)

// Passes lists the name of every atlvet pass, so that a directive
// naming a misspelt pass is still reported by exactly one pass: the
// one whose name it most resembles.
var Passes = []string{"useragent", "oauthstate", "secrets", "atlorigin", "siteurl", "connectkey"}

const prefix = "//atlvet:ignore"

// Category is the category of diagnostics about directives themselves.
const Category = "directive"

// Help describes the diagnostics of Category, for rule listings.
const Help = "An //atlvet:ignore directive that this pass owns names no rule, an unknown pass or rule, " +
	"gives no reason, or silences nothing. Write //atlvet:ignore <pass or pass/rule> <reason> on the line " +
	"of a finding or alone on the line above, and remove directives that no longer silence anything."

type directive struct {
	comment *ast.Comment
	file    string
	line    int  // line of the comment
	alone   bool // nothing but the comment on its line, so it also covers the next line
	pass    string
	rule    string // category, "" for the whole pass
	reason  string
	used    bool
}

// Reporter filters one pass's diagnostics through the directives of
// the package being analysed.
type Reporter struct {
	pass       *analysis.Pass
	name       string
	categories []string
	disabled   []string
	directives []*directive
	cgoFiles   map[*token.File]bool // written by cmd/cgo, see Report
}

// Disable tells the Reporter that the pass's configuration switches
// these rules off: a directive naming one is still a known rule, and
// since it cannot silence anything while the rule is off, it is not
// reported as stale.
func (r *Reporter) Disable(categories ...string) {
	r.disabled = append(r.disabled, categories...)
}

// New returns a Reporter for the pass called name whose rules are the
// given categories. It reads the directives of every file of the pass.
func New(pass *analysis.Pass, name string, categories []string) *Reporter {
	r := &Reporter{pass: pass, name: name, categories: categories, cgoFiles: map[*token.File]bool{}}
	for _, f := range pass.Files {
		src := source.OpenFile(pass, f)
		if src == nil {
			continue
		}
		if generated.Cgo(f) {
			r.cgoFiles[pass.Fset.File(f.FileStart)] = true
		}
		for _, group := range f.Comments {
			for _, c := range group.List {
				if !strings.HasPrefix(c.Text, prefix) {
					continue
				}
				rest, ok := strings.CutPrefix(c.Text, prefix)
				if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
					continue // "//atlvet:ignorefoo" is some other directive
				}
				// Where the directive is, as diagnostics are positioned:
				// with //line directives applied (cgo's files map back to
				// the user's).
				posn := pass.Fset.Position(c.Slash)
				d := &directive{comment: c, file: posn.Filename, line: posn.Line}
				// Alone on its line (in the file, not as //line renames
				// it), it also covers the line below.
				d.alone = src.BlankBefore(c.Slash)
				fields := strings.Fields(rest)
				if len(fields) > 0 {
					d.pass, d.rule, _ = strings.Cut(fields[0], "/")
					d.reason = strings.Join(fields[1:], " ")
				}
				r.directives = append(r.directives, d)
			}
		}
	}
	return r
}

// owns reports whether this pass is responsible for checking d.
func (r *Reporter) owns(d *directive) bool {
	if d.pass == "" {
		return r.name == Passes[0]
	}
	if slices.Contains(Passes, d.pass) {
		return d.pass == r.name
	}
	return closestPass(d.pass) == r.name
}

func closestPass(name string) string {
	best, bestDist := Passes[0], -1
	for _, p := range Passes {
		if d := editDistance(name, p); bestDist < 0 || d < bestDist {
			best, bestDist = p, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// Report reports d unless a directive for this pass covers it. In a
// package that does not type-check, d goes without its fixes: they
// may rely on types that are missing, and no one can tell that the
// code they leave compiles. A fix that edits a file cmd/cgo wrote is
// dropped too: that file is in the build cache, not the user's.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if r.suppressed(d) {
		return
	}
	if len(r.pass.TypeErrors) > 0 {
		d.SuggestedFixes = nil
	}
	d.SuggestedFixes = slices.DeleteFunc(slices.Clone(d.SuggestedFixes), func(fix analysis.SuggestedFix) bool {
		return slices.ContainsFunc(fix.TextEdits, func(e analysis.TextEdit) bool { return r.cgoFiles[r.pass.Fset.File(e.Pos)] })
	})
	if len(d.SuggestedFixes) == 0 {
		d.SuggestedFixes = nil
	}
	r.pass.Report(d)
}

// Shows reports whether Report would report d: no directive
// silences it. A pass asks when one finding's fix depends on which
// others the user sees.
func (r *Reporter) Shows(d analysis.Diagnostic) bool { return !r.suppressed(d) }

func (r *Reporter) suppressed(diag analysis.Diagnostic) bool {
	posn := r.pass.Fset.Position(diag.Pos)
	hit := false
	for _, d := range r.directives {
		if d.pass != r.name || d.reason == "" || d.file != posn.Filename {
			continue
		}
		if d.rule != "" && d.rule != diag.Category {
			continue
		}
		if d.line == posn.Line || d.alone && d.line+1 == posn.Line {
			d.used = true
			hit = true
		}
	}
	return hit
}

// Finish reports the directives this pass owns that are malformed or
// that silenced nothing. Call it once, after the pass has reported
// everything.
func (r *Reporter) Finish() {
	for _, d := range r.directives {
		if !r.owns(d) {
			continue
		}
		report := func(msg string) {
			r.pass.Report(analysis.Diagnostic{
				Pos:      d.comment.Slash,
				End:      d.comment.End(),
				Category: Category,
				Message:  msg,
			})
		}
		target := d.pass
		if d.rule != "" {
			target += "/" + d.rule
		}
		switch {
		case d.pass == "":
			report("atlvet:ignore directive names no rule; write //atlvet:ignore <pass or pass/rule> <reason>")
		case d.pass != r.name:
			report("atlvet:ignore directive names unknown pass " + atlassian.QuoteValue(d.pass) + "; did you mean " + quote(r.name) + "?")
		case d.rule != "" && !slices.Contains(r.categories, d.rule):
			report("atlvet:ignore directive names unknown rule " + atlassian.QuoteValue(target) + "; the rules of " + r.name + " are " + strings.Join(r.categories, ", "))
		case d.reason == "":
			report("atlvet:ignore directive for " + target + " gives no reason; say why the finding does not apply after the rule name")
		case !d.used && (d.rule == "" || !slices.Contains(r.disabled, d.rule)):
			report("atlvet:ignore directive for " + target + " silences nothing; remove it")
		}
	}
}

func quote(s string) string { return `"` + s + `"` }
