package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/sarif"
)

// A Command is a standalone analysis command: its passes, how its
// output is made safe, and where it writes. Run parses a command line
// the way go vet's users expect and runs it.
type Command struct {
	Name    string               // "atlvet"
	Version string               // the module version, for -V and SARIF
	Passes  []*analysis.Analyzer // with their flags
	// Rules describes the rules of the passes selected, for SARIF.
	Rules func(passes []*analysis.Analyzer) []sarif.Rule
	// Redact removes credentials from text the command prints but
	// did not compose itself (type errors, load errors, source lines).
	Redact func(string) string
	// RedactSource removes secrets from a line of source that -c prints.
	RedactSource func(string) string
	// Sensitive reports the findings whose source lines -c must not
	// show as they are (a hard-coded secret).
	Sensitive func(Finding) bool
	// Fallback gives the result a required analyzer's dependents get
	// when it panics; see Options.
	Fallback map[*analysis.Analyzer]func(*analysis.Pass) any

	Stdout, Stderr io.Writer
	Dir            string   // "" is the current directory
	Env            []string // nil is os.Environ()
}

// Exit codes.
const (
	exitOK       = 0
	exitError    = 1 // the packages or the command line are wrong, or a pass failed
	exitUsage    = 2
	exitFindings = 3
)

// settings are the command line's flags.
type settings struct {
	json, fix, diff, tests, sarif bool
	context                       int
	tags                          string
	sarifRoot                     string
	version                       string
	cpuprofile, memprofile        string
	enabled                       map[*analysis.Analyzer]*triState
}

func (c *Command) flags(s *settings) *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	s.enabled = map[*analysis.Analyzer]*triState{}
	for _, a := range c.Passes {
		t := new(triState)
		s.enabled[a] = t
		fs.Var(t, a.Name, fmt.Sprintf("enable %q analysis", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	fs.BoolVar(&s.json, "json", false, "emit JSON output")
	fs.IntVar(&s.context, "c", -1, "display offending line with this many lines of context (credentials in it are redacted)")
	fs.BoolVar(&s.fix, "fix", false, "apply all suggested fixes")
	fs.BoolVar(&s.diff, "diff", false, "with -fix, don't update the files, but print a unified diff")
	fs.BoolVar(&s.tests, "test", true, "also analyse test files")
	fs.StringVar(&s.tags, "tags", "", "a comma-separated list of build `tags` to consider satisfied")
	fs.BoolVar(&s.sarif, "sarif", false, "write findings as a SARIF 2.1.0 log to standard output")
	fs.StringVar(&s.sarifRoot, "sarif.root", "", "with -sarif, the `directory` file locations are relative to (default: the git repository's root, else the main module's)")
	fs.Var(versionFlag{&s.version}, "V", "print version and exit")
	fs.StringVar(&s.cpuprofile, "cpuprofile", "", "write a CPU profile to this `file`")
	fs.StringVar(&s.memprofile, "memprofile", "", "write a memory profile to this `file` at the end")
	return fs
}

// Run runs the command line args (without the program name) and
// returns the exit code: 0, 1 when packages do not load or a pass
// fails, 2 for a bad command line, 3 when there are findings (not
// with -json or -sarif, whose output says it).
func (c *Command) Run(args []string) int {
	if len(args) > 0 && args[0] == "help" {
		return c.help(args[1:])
	}
	var s settings
	fs := c.flags(&s)
	patterns, err := parseInterspersed(fs, args)
	if err == flag.ErrHelp {
		c.help(nil)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(c.Stderr, "%s: %v\nrun '%s help' for usage\n", c.Name, err, c.Name)
		return exitUsage
	}
	if s.version != "" {
		return c.printVersion(s.version)
	}
	if s.diff && !s.fix {
		s.fix = true // -diff alone shows what -fix would do
	}
	if n := countTrue(s.json, s.sarif, s.fix); n > 1 {
		fmt.Fprintf(c.Stderr, "%s: -json, -sarif and -fix cannot be combined\n", c.Name)
		return exitUsage
	}
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	passes := c.selected(s.enabled)
	stop, err := startProfiles(s.cpuprofile, s.memprofile)
	if err != nil {
		fmt.Fprintf(c.Stderr, "%s: %v\n", c.Name, err)
		return exitError
	}
	defer stop()

	load := LoadConfig{Dir: c.Dir, Env: c.Env, Tests: s.tests}
	if s.tags != "" {
		load.BuildFlags = []string{"-tags=" + s.tags}
	}
	prog, err := Load(load, patterns...)
	if err != nil {
		msg := err.Error()
		if c.Redact != nil {
			msg = c.Redact(msg)
		}
		fmt.Fprintf(c.Stderr, "%s: %s\n", c.Name, Printable(msg))
		return exitError
	}
	code := exitOK
	errs := PackageErrors(prog, c.Redact)
	if len(errs) > 0 {
		code = exitError
	}
	res, err := Analyze(prog, passes, Options{Fallback: c.Fallback})
	if err != nil {
		fmt.Fprintf(c.Stderr, "%s: %v\n", c.Name, err)
		return exitError
	}
	if len(res.Failures) > 0 {
		code = exitError
	}

	switch {
	case s.sarif:
		return max(code, c.writeSARIF(&s, prog, res, passes, errs))
	case s.json:
		c.printErrors(errs, res)
		if err := WriteJSON(c.Stdout, res.Fset, res.Findings, res.Failures, c.Redact); err != nil {
			fmt.Fprintf(c.Stderr, "%s: %v\n", c.Name, err)
			return exitError
		}
		return code
	case s.fix:
		c.printErrors(errs, res)
		return max(code, c.applyFixes(&s, res))
	}
	c.printErrors(errs, res)
	tw := &TextWriter{W: c.Stderr, Fset: res.Fset, Context: s.context, ReadFile: os.ReadFile, RedactSource: c.RedactSource, Sensitive: c.Sensitive}
	if err := tw.Write(res.Findings); err != nil {
		return exitError
	}
	if code == exitOK && len(res.Findings) > 0 {
		code = exitFindings
	}
	return code
}

func countTrue(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// printErrors prints the packages' errors, one line each; one line
// per package whose errors made passes skip it; and every failure of
// a pass.
func (c *Command) printErrors(errs []string, res *Results) {
	for _, e := range errs {
		fmt.Fprintln(c.Stderr, e)
	}
	var skipped []string
	for p, names := range res.Skipped {
		skipped = append(skipped, fmt.Sprintf("%s: %s: analysis skipped for %s: the package has errors", c.Name, p.ID, strings.Join(names, ", ")))
	}
	slices.Sort(skipped)
	for _, line := range skipped {
		fmt.Fprintln(c.Stderr, line)
	}
	for _, f := range res.Failures {
		msg := f.String()
		if c.Redact != nil {
			msg = c.Redact(msg)
		}
		fmt.Fprintf(c.Stderr, "%s: %s\n", c.Name, Printable(msg))
	}
}

// selected returns the passes the -NAME flags select: those set true
// if any is, else all but those set false.
func (c *Command) selected(enabled map[*analysis.Analyzer]*triState) []*analysis.Analyzer {
	var on, off bool
	for _, t := range enabled {
		on = on || *t == setTrue
		off = off || *t == setFalse
	}
	var out []*analysis.Analyzer
	for _, a := range c.Passes {
		switch {
		case on && *enabled[a] != setTrue:
		case !on && off && *enabled[a] == setFalse:
		default:
			out = append(out, a)
		}
	}
	return out
}

// applyFixes applies (or with -diff prints) the fixes and says what
// it did on standard error.
func (c *Command) applyFixes(s *settings, res *Results) int {
	plan, err := PlanFixes(res.Fset, res.Findings, os.ReadFile)
	if err != nil {
		fmt.Fprintf(c.Stderr, "%s: %v\n", c.Name, err)
		return exitError
	}
	names := make([]string, 0, len(plan.Files))
	for name := range plan.Files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		content := plan.Files[name]
		if s.diff {
			fmt.Fprint(c.Stdout, UnifiedDiff(name+" (old)", name+" (new)", string(content[0]), string(content[1])))
			continue
		}
		if err := os.WriteFile(name, content[1], 0o644); err != nil {
			fmt.Fprintf(c.Stderr, "%s: %v\n", c.Name, err)
			return exitError
		}
	}
	verb := "applied"
	if s.diff {
		verb = "would apply"
	}
	msg := fmt.Sprintf("%s: %s %s in %s", c.Name, verb, plural(plan.Applied, "fix", "fixes"), plural(len(plan.Files), "file", "files"))
	if plan.Conflicts > 0 {
		msg += fmt.Sprintf("; %s overlapped another and %s left out (run again to apply them)", plural(plan.Conflicts, "fix", "fixes"), isAre(plan.Conflicts))
	}
	if plan.Generated > 0 {
		msg += fmt.Sprintf("; %s in generated files %s left out", plural(plan.Generated, "fix", "fixes"), isAre(plan.Generated))
	}
	if plan.Unfixed > 0 {
		msg += fmt.Sprintf("; %s without a fix remain (run %s without -fix to see them)", plural(plan.Unfixed, "finding", "findings"), c.Name)
	}
	fmt.Fprintln(c.Stderr, msg)
	if plan.Unfixed > 0 || s.diff && len(plan.Files) > 0 {
		return exitFindings
	}
	return exitOK
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func isAre(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// writeSARIF writes the SARIF log. The exit code is 1 when a package
// has errors or a pass failed (the log says which, as notifications),
// else 0: findings are in the log.
func (c *Command) writeSARIF(s *settings, prog *Program, res *Results, passes []*analysis.Analyzer, errs []string) int {
	root := s.sarifRoot
	if root == "" {
		root = repositoryRoot(c.Dir, prog.ModuleRoot)
	}
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	var rules []sarif.Rule
	if c.Rules != nil {
		rules = c.Rules(passes)
	}
	out := sarif.New(c.Name, c.Version, "https://github.com/atlvet/atlvet", rules, root)
	code := exitOK
	for _, e := range errs {
		out.Notify(e)
		code = exitError
	}
	for p, names := range res.Skipped {
		out.Notify(fmt.Sprintf("%s: analysis skipped for %s: the package has errors", p.ID, strings.Join(names, ", ")))
	}
	for _, f := range res.Failures {
		msg := f.String()
		if c.Redact != nil {
			msg = c.Redact(msg)
		}
		out.Notify(Printable(msg))
		code = exitError
	}
	for _, f := range res.Findings {
		out.Add(sarifFinding(res, f))
	}
	if err := out.Write(c.Stdout); err != nil {
		fmt.Fprintf(c.Stderr, "%s: %v\n", c.Name, err)
		return exitError
	}
	if code != exitOK {
		fmt.Fprintf(c.Stderr, "%s: the packages have errors; the SARIF log lists them as tool notifications\n", c.Name)
	}
	return code
}

// repositoryRoot returns the root of the git repository holding dir,
// else moduleRoot, else dir.
func repositoryRoot(dir, moduleRoot string) string {
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	if out, err := cmd.Output(); err == nil {
		if top := strings.TrimSpace(string(out)); top != "" {
			return top
		}
	}
	if moduleRoot != "" {
		return moduleRoot
	}
	if dir == "" {
		dir, _ = os.Getwd()
	}
	return dir
}

func sarifFinding(res *Results, f Finding) sarif.Finding {
	fset := res.Fset
	d := f.Diagnostic
	out := sarif.Finding{
		RuleID:  f.Rule(),
		Message: Printable(d.Message),
		Pos:     fset.Position(d.Pos),
	}
	if d.End.IsValid() {
		out.End = fset.Position(d.End)
	}
	for _, r := range d.Related {
		rel := sarif.Related{Message: Printable(r.Message), Pos: fset.Position(r.Pos)}
		if r.End.IsValid() {
			rel.End = fset.Position(r.End)
		}
		out.Related = append(out.Related, rel)
	}
	for _, sf := range d.SuggestedFixes {
		fix := sarif.Fix{Description: sf.Message}
		for _, e := range sf.TextEdits {
			start, end := Offsets(fset, e)
			fix.Edits = append(fix.Edits, sarif.Edit{
				Filename: fset.PositionFor(e.Pos, false).Filename,
				Offset:   start, Length: end - start, NewText: string(e.NewText),
			})
		}
		out.Fixes = append(out.Fixes, fix)
	}
	return out
}

// parseInterspersed parses flags anywhere on the command line, as the
// go command's own tools allow ("atlvet ./... -json"); "--" ends the
// flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var patterns []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return patterns, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(patterns, rest...), nil
		}
		patterns = append(patterns, rest[0])
		args = rest[1:]
	}
}

// help prints the command's help, or a pass's.
func (c *Command) help(args []string) int {
	w := c.Stdout
	if len(args) == 0 {
		fmt.Fprintf(w, "%s checks Go programs that talk to Atlassian Cloud (Jira, Confluence,\nBitbucket) against Atlassian's own guidance.\n\n", c.Name)
		fmt.Fprintf(w, "Usage:\n\n")
		fmt.Fprintf(w, "\t%s [flags] [packages]            report findings; exit status 3 when there are some\n", c.Name)
		fmt.Fprintf(w, "\t%s -json [packages]              findings as JSON (go vet's shape)\n", c.Name)
		fmt.Fprintf(w, "\t%s -sarif [packages] > out.sarif findings as a SARIF 2.1.0 log for code scanning\n", c.Name)
		fmt.Fprintf(w, "\t%s -fix [-diff] [packages]       apply the suggested fixes (or show them as a diff)\n", c.Name)
		fmt.Fprintf(w, "\tgo vet -vettool=$(which %s) [packages]\n", c.Name)
		fmt.Fprintf(w, "\tgo fix -fixtool=$(which %s) [packages]\n", c.Name)
		fmt.Fprintf(w, "\t%s lsp                           a language server for editors (see the README's Editors section)\n", c.Name)
		fmt.Fprintf(w, "\t%s version\n", c.Name)
		fmt.Fprintf(w, "\t%s help [pass]\n\n", c.Name)
		fmt.Fprintf(w, "Passes:\n\n")
		for _, a := range c.Passes {
			title, _, _ := strings.Cut(a.Doc, "\n\n")
			fmt.Fprintf(w, "    %-12s %s\n", a.Name, strings.ReplaceAll(title, "\n", " "))
		}
		fmt.Fprintf(w, "\nBy default all passes run. To select some, use the -NAME flag for each,\nor -NAME=false to run all but those.\n\nFlags:\n\n")
		var s settings
		fs := c.flags(&s)
		core := flag.NewFlagSet(c.Name, flag.ContinueOnError)
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(f.Name, ".") || strings.HasPrefix(f.Name, "sarif.") {
				if !slices.ContainsFunc(c.Passes, func(a *analysis.Analyzer) bool { return a.Name == f.Name }) {
					core.Var(f.Value, f.Name, f.Usage)
				}
			}
		})
		core.SetOutput(w)
		core.PrintDefaults()
		fmt.Fprintf(w, "\nTo see a pass's documentation and flags, run '%s help <pass>'.\n", c.Name)
		return exitOK
	}
	for _, name := range args {
		i := slices.IndexFunc(c.Passes, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			fmt.Fprintf(c.Stderr, "%s: no pass named %q\n", c.Name, name)
			return exitUsage
		}
		a := c.Passes[i]
		paras := strings.Split(a.Doc, "\n\n")
		fmt.Fprintf(w, "%s: %s\n", a.Name, paras[0])
		first := true
		fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
		a.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				first = false
				fmt.Fprintf(w, "\nPass flags:\n\n")
			}
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
		fs.SetOutput(w)
		fs.PrintDefaults()
		if len(paras) > 1 {
			fmt.Fprintf(w, "\n%s\n", strings.Join(paras[1:], "\n\n"))
		}
	}
	return exitOK
}

// versionFlag is -V: -V=full prints the version as go vet's protocol
// wants it.
type versionFlag struct{ v *string }

func (versionFlag) IsBoolFlag() bool { return true }
func (f versionFlag) String() string { return "" }
func (f versionFlag) Set(s string) error {
	if s != "full" && s != "true" {
		return errors.New("use -V=full")
	}
	*f.v = s
	return nil
}

func (c *Command) printVersion(string) int {
	line, err := VersionLine(c.Name, c.Version)
	if err != nil {
		fmt.Fprintf(c.Stderr, "%s: %v\n", c.Name, err)
		return exitError
	}
	fmt.Fprintln(c.Stdout, line)
	return exitOK
}

// A triState is a boolean flag that knows whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) Get() any        { return *t == setTrue }
func (t triState) IsBoolFlag() bool { return true }
func (t *triState) String() string {
	if *t == setFalse {
		return "false"
	}
	return "true"
}
func (t *triState) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return errors.New("want true or false")
	}
	if b {
		*t = setTrue
	} else {
		*t = setFalse
	}
	return nil
}

// startProfiles starts a CPU profile and arranges for a heap profile;
// stop writes them.
func startProfiles(cpu, mem string) (stop func(), err error) {
	var cpuFile *os.File
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			return nil, err
		}
	}
	return func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		if mem != "" {
			if f, err := os.Create(mem); err == nil {
				runtime.GC()
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
	}, nil
}
