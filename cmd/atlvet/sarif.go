package main

import (
	"flag"
	"fmt"
	"go/token"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/atlvet/atlvet/internal/analysisdoc"
	"github.com/atlvet/atlvet/internal/sarif"
	"github.com/atlvet/atlvet/internal/suppress"
	"github.com/atlvet/atlvet/suite"
)

// wantsSARIF reports whether the command line asks for SARIF output:
// -sarif among the flags before the first package pattern.
func wantsSARIF(args []string) bool {
	for _, a := range args {
		if !strings.HasPrefix(a, "-") || a == "--" {
			return false
		}
		switch strings.TrimLeft(a, "-") {
		case "sarif", "sarif=true", "sarif=1":
			return true
		}
	}
	return false
}

// runSARIF is atlvet's driver for -sarif, which multichecker does not
// have: it loads the packages as multichecker does, runs the passes
// with the checker and writes one SARIF 2.1.0 log to standard output.
// The passes' flags and -<pass> selection work as on the plain command
// line. Like -json, findings do not make the exit code non-zero; a
// package that does not load or type-check does (1), after the log is
// written with the errors as tool notifications.
func runSARIF(args []string) int {
	fs := flag.NewFlagSet("atlvet", flag.ContinueOnError)
	fs.Bool("sarif", false, "write findings as a SARIF 2.1.0 log to standard output")
	tests := fs.Bool("test", true, "also analyse test packages")
	passes := suite.Passes()
	only := map[string]*bool{}
	for _, p := range passes {
		only[p.Name] = fs.Bool(p.Name, false, "enable only the "+p.Name+" pass (and others so named)")
		p.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, p.Name+"."+f.Name, f.Usage)
		})
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var analyzers []*analysis.Analyzer
	var rules []sarif.Rule
	selected := slices.ContainsFunc(passes, func(p suite.Pass) bool { return *only[p.Name] })
	for _, p := range passes {
		if selected && !*only[p.Name] {
			continue
		}
		analyzers = append(analyzers, p.Analyzer)
		for _, c := range p.Categories {
			help, _ := analysisdoc.Rule(p.Analyzer.Doc, c)
			rules = append(rules, sarif.Rule{ID: p.Name + "/" + c, Summary: analysisdoc.FirstSentence(help), Help: help})
		}
		rules = append(rules, sarif.Rule{ID: p.Name + "/" + suppress.Category, Summary: analysisdoc.FirstSentence(suppress.Help), Help: suppress.Help})
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
	}

	root, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, "atlvet:", err)
		return 1
	}
	out := sarif.New("atlvet", version(), "https://github.com/atlvet/atlvet", rules, root)
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: *tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atlvet:", err)
		return 1
	}
	code := 0
	if packages.PrintErrors(pkgs) > 0 {
		code = 1
		for _, pkg := range pkgs {
			for _, e := range pkg.Errors {
				out.Notify(e.Error())
			}
		}
	}
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atlvet:", err)
		return 1
	}
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			// Load errors are already noted; anything else is the pass's.
			if len(act.Package.Errors) == 0 {
				fmt.Fprintf(os.Stderr, "atlvet: %s: %v\n", act, act.Err)
				out.Notify(fmt.Sprintf("%s: %v", act, act.Err))
				code = 1
			}
			continue
		}
		for _, d := range act.Diagnostics {
			out.Add(finding(act.Package.Fset, act.Analyzer.Name, d))
		}
	}
	if err := out.Write(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "atlvet:", err)
		return 1
	}
	return code
}

// finding resolves a diagnostic's positions for the SARIF log.
func finding(fset *token.FileSet, pass string, d analysis.Diagnostic) sarif.Finding {
	f := sarif.Finding{
		RuleID:  pass + "/" + d.Category,
		Message: d.Message,
		Pos:     fset.Position(d.Pos),
	}
	if d.End.IsValid() {
		f.End = fset.Position(d.End)
	}
	for _, r := range d.Related {
		rel := sarif.Related{Message: r.Message, Pos: fset.Position(r.Pos)}
		if r.End.IsValid() {
			rel.End = fset.Position(r.End)
		}
		f.Related = append(f.Related, rel)
	}
	for _, sf := range d.SuggestedFixes {
		fix := sarif.Fix{Description: sf.Message}
		for _, e := range sf.TextEdits {
			start := fset.Position(e.Pos)
			end := start
			if e.End.IsValid() {
				end = fset.Position(e.End)
			}
			fix.Edits = append(fix.Edits, sarif.Edit{Filename: start.Filename, Offset: start.Offset, Length: end.Offset - start.Offset, NewText: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

// version is the module version atlvet was built at, when known.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return ""
}
