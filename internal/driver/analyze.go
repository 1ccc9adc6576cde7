package driver

import (
	"cmp"
	"context"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A Finding is one diagnostic of one pass on one root package.
type Finding struct {
	Pass       *analysis.Analyzer // as given to Analyze
	Package    *packages.Package
	Diagnostic analysis.Diagnostic
}

// Rule is the finding's rule ID, "<pass>/<category>".
func (f Finding) Rule() string { return f.Pass.Name + "/" + f.Diagnostic.Category }

// A Failure is a pass that could not judge a package: it panicked or
// returned an error. The other passes' findings are kept.
type Failure struct {
	Pass    string
	Package string // the package's ID
	Err     error
	Panic   bool
}

func (f Failure) String() string {
	if f.Panic {
		return fmt.Sprintf("internal error: pass %s panicked on package %s: %v", f.Pass, f.Package, f.Err)
	}
	return fmt.Sprintf("pass %s failed on package %s: %v", f.Pass, f.Package, f.Err)
}

// Results are what Analyze found.
type Results struct {
	Fset *token.FileSet
	// Findings are every pass's findings on the roots, each once
	// (a file shared by a package and its test variant is reported
	// once), sorted by file, line, column, pass and message.
	Findings []Finding
	// Failures are the passes that panicked or failed, by package.
	Failures []Failure
	// Skipped names the root packages some passes skipped because
	// the package does not type-check, with the passes skipped.
	Skipped map[*packages.Package][]string
}

// Options tune Analyze.
type Options struct {
	// ReadFile, if set, reads the files the passes ask for (an
	// editor's buffers over the files on disk).
	ReadFile func(name string) ([]byte, error)
	// Fallback gives, for a required analyzer that panics, the result
	// its dependents get instead of failing with it.
	Fallback map[*analysis.Analyzer]func(*analysis.Pass) any
	// Context, if set, cancels the analysis: once it is done, passes
	// not yet started do not run, and Analyze returns its error.
	Context context.Context
}

// Analyze runs the analyzers over the program's roots. Facts flow
// between the packages the program holds from source. A panic in an
// analyzer is recovered and reported as a Failure of that analyzer
// on that package; the other analyzers go on.
func Analyze(prog *Program, analyzers []*analysis.Analyzer, opts Options) (*Results, error) {
	w := newWrapper(prog, opts)
	wrapped := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		wrapped[i] = w.wrap(a)
	}
	var roots []*packages.Package
	for _, p := range prog.Roots {
		if p.Fset != nil && len(p.CompiledGoFiles) > 0 { // loaded from source, and not a pattern's error
			roots = append(roots, p)
		}
	}
	graph, err := checker.Analyze(wrapped, roots, nil)
	if err != nil {
		return nil, err
	}
	if ctx := opts.Context; ctx != nil && ctx.Err() != nil {
		return nil, ctx.Err()
	}
	res := &Results{Fset: prog.Fset, Skipped: map[*packages.Package][]string{}}
	type key struct {
		pass          string
		pos, end      token.Position
		category, msg string
	}
	seen := map[key]bool{}
	res.Failures = append(res.Failures, w.panics...)
	for act := range graph.All() {
		orig := w.orig[act.Analyzer]
		if act.Err != nil {
			if _, ok := act.Err.(*panicError); ok {
				continue // recorded by the wrapper
			}
			if act.IsRoot && act.Package.IllTyped && strings.Contains(act.Err.Error(), "analysis skipped due to errors") {
				res.Skipped[act.Package] = append(res.Skipped[act.Package], orig.Name)
				continue
			}
			if act.IsRoot && !strings.HasPrefix(act.Err.Error(), "failed prerequisites") {
				res.Failures = append(res.Failures, Failure{Pass: orig.Name, Package: act.Package.ID, Err: act.Err})
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			k := key{orig.Name, prog.Fset.Position(d.Pos), prog.Fset.Position(d.End), d.Category, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			res.Findings = append(res.Findings, Finding{Pass: orig, Package: act.Package, Diagnostic: d})
		}
	}
	for _, names := range res.Skipped {
		slices.Sort(names)
	}
	slices.SortFunc(res.Failures, func(a, b Failure) int {
		return cmp.Or(cmp.Compare(a.Package, b.Package), cmp.Compare(a.Pass, b.Pass))
	})
	SortFindings(prog.Fset, res.Findings)
	return res, nil
}

// SortFindings sorts findings by file, line, column, pass and message.
func SortFindings(fset *token.FileSet, fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		pa, pb := fset.Position(a.Diagnostic.Pos), fset.Position(b.Diagnostic.Pos)
		return cmp.Or(
			cmp.Compare(pa.Filename, pb.Filename),
			cmp.Compare(pa.Line, pb.Line),
			cmp.Compare(pa.Column, pb.Column),
			cmp.Compare(a.Pass.Name, b.Pass.Name),
			cmp.Compare(a.Diagnostic.Message, b.Diagnostic.Message))
	})
}

// A panicError is a recovered panic of an analyzer.
type panicError struct {
	value any
	where string // the innermost frame of the panicking code
}

func (e *panicError) Error() string {
	if e.where != "" {
		return fmt.Sprintf("%v (at %s)", e.value, e.where)
	}
	return fmt.Sprint(e.value)
}

// wrapper makes copies of analyzers whose Run recovers from panics,
// hands the original Run a Pass that names the original analyzers,
// and reads files through the driver.
type wrapper struct {
	mu     sync.Mutex
	panics []Failure
	prog   *Program
	opts   Options
	copies map[*analysis.Analyzer]*analysis.Analyzer
	orig   map[*analysis.Analyzer]*analysis.Analyzer
	embeds map[*packages.Package][]string
}

func newWrapper(prog *Program, opts Options) *wrapper {
	w := &wrapper{prog: prog, opts: opts,
		copies: map[*analysis.Analyzer]*analysis.Analyzer{},
		orig:   map[*analysis.Analyzer]*analysis.Analyzer{},
		embeds: map[*packages.Package][]string{},
	}
	for _, p := range prog.Source {
		w.embeds[p] = EmbedFiles(p)
	}
	return w
}

func (w *wrapper) wrap(a *analysis.Analyzer) *analysis.Analyzer {
	if c, ok := w.copies[a]; ok {
		return c
	}
	c := &analysis.Analyzer{
		Name:             a.Name,
		Doc:              a.Doc,
		URL:              a.URL,
		RunDespiteErrors: a.RunDespiteErrors,
		ResultType:       a.ResultType,
		FactTypes:        a.FactTypes,
	}
	w.copies[a] = c
	w.orig[c] = a
	for _, req := range a.Requires {
		c.Requires = append(c.Requires, w.wrap(req))
	}
	c.Run = func(pass *analysis.Pass) (result any, err error) {
		if ctx := w.opts.Context; ctx != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		p := *pass
		p.Analyzer = a
		p.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
		for k, v := range pass.ResultOf {
			p.ResultOf[w.orig[k]] = v
		}
		p.OtherFiles, p.ReadFile = w.files(&p)
		defer func() {
			if r := recover(); r != nil {
				pe := &panicError{value: r, where: panicSite(debug.Stack())}
				w.mu.Lock()
				w.panics = append(w.panics, Failure{Pass: a.Name, Package: pkgID(w.prog, pass.Pkg), Err: pe, Panic: true})
				w.mu.Unlock()
				result, err = nil, pe
				if fb := w.opts.Fallback[a]; fb != nil {
					// Its dependents go on with what the fallback says.
					result, err = fb(&p), nil
				}
			}
		}()
		return a.Run(&p)
	}
	return c
}

// files returns what a pass of this driver may read: the package's
// own files, and its embedded files besides its other files (go vet
// gives passes no embedded file; this driver does).
func (w *wrapper) files(pass *analysis.Pass) ([]string, func(string) ([]byte, error)) {
	var pkg *packages.Package
	for _, p := range w.prog.Source {
		if p.Types == pass.Pkg {
			pkg = p
			break
		}
	}
	other := pass.OtherFiles
	var embeds []string
	if pkg != nil {
		embeds = w.embeds[pkg]
	}
	read := w.opts.ReadFile
	if read == nil {
		read = os.ReadFile
	}
	readable := func(name string) bool {
		if slices.Contains(other, name) || slices.Contains(pass.IgnoredFiles, name) || slices.Contains(embeds, name) {
			return true
		}
		for _, f := range pass.Files {
			if tf := pass.Fset.File(f.FileStart); tf != nil && tf.Name() == name {
				return true
			}
		}
		return false
	}
	return other, func(name string) ([]byte, error) {
		if !readable(filepath.Clean(name)) && !readable(name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not a file of package %s", name, pass.Pkg.Path())
		}
		return read(name)
	}
}

// pkgID names the package of the program whose types are tp.
func pkgID(prog *Program, tp *types.Package) string {
	for _, p := range prog.Source {
		if p.Types == tp {
			return p.ID
		}
	}
	return tp.Path()
}

// panicSite finds, in a stack trace taken in a deferred recover, the
// function that panicked: the first frame after runtime's panic.
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	start := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "panic(") })
	if start < 0 {
		return ""
	}
	for i := start + 1; i+1 < len(lines); i++ {
		l := lines[i]
		if l == "" || strings.HasPrefix(l, "\t") || strings.HasPrefix(l, "runtime.") {
			continue
		}
		if j := strings.LastIndex(l, "("); j > 0 {
			l = l[:j]
		}
		file := strings.TrimSpace(lines[i+1])
		if j := strings.LastIndex(file, " +0x"); j > 0 {
			file = file[:j]
		}
		return l + " " + filepath.Base(file)
	}
	return ""
}
