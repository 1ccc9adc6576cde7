// Package analysisdoc derives an analyzer's Doc from the package
// comment of its doc.go, so that go doc, "atlvet help <pass>" and
// pkg.go.dev all show the same text.
package analysisdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the section of the package doc comment in content
// that starts with the heading "# Analyzer name" and whose first line
// is "name: summary", up to the next "# Analyzer" heading: the rules'
// own headings ("# default") are part of it. The result starts at the
// summary, the form analysis.Analyzer.Doc expects.
func Extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go does not parse: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package comment")
	}
	for section := range strings.SplitSeq("\n"+f.Doc.Text(), "\n# Analyzer ") {
		body, ok := strings.CutPrefix(section, name)
		if !ok || body == "" || body[0] != '\n' {
			continue
		}
		body = strings.TrimSpace(body)
		rest, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("heading 'Analyzer %s' is not followed by a '%s: summary' line", name, name)
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("package comment has no '# Analyzer %s' heading", name)
}

// MustExtract is Extract for package initialisation: a doc.go without
// the heading is a programming error caught by every test.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// Rule returns the text of the section of an analyzer's Doc headed
// "# category": what the rule reports, up to the next heading. It
// reports false when the Doc has no such section.
func Rule(doc, category string) (string, bool) {
	_, rest, ok := strings.Cut("\n"+doc, "\n# "+category+"\n")
	if !ok {
		return "", false
	}
	if i := strings.Index(rest, "\n# "); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest), true
}

// FirstSentence returns the first sentence of text, on one line.
func FirstSentence(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '.' && text[i+1] == ' ' && !abbreviation(text[:i]) {
			return text[:i+1]
		}
	}
	return text
}

// abbreviation reports whether s ends in an abbreviation such as "e.g"
// or "i.e", after which a period does not end the sentence.
func abbreviation(s string) bool {
	return strings.HasSuffix(s, "e.g") || strings.HasSuffix(s, "i.e") || strings.HasSuffix(s, "etc")
}
