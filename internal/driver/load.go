package driver

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// A LoadConfig says what to load and how.
type LoadConfig struct {
	Context    context.Context
	Dir        string   // where the go command runs; "" is the current directory
	Env        []string // nil is os.Environ()
	BuildFlags []string // such as -tags=integration
	Tests      bool     // also the packages' tests
	// Overlay maps absolute file names to contents that replace what
	// is on disk (an editor's unsaved buffers).
	Overlay map[string][]byte
}

// A Program is what Load returns: the packages the patterns named,
// and with them every package of the user's own modules that they
// import, parsed and type-checked from source in one type universe.
// Packages of other modules and the standard library are types read
// from export data: they carry no syntax, and no pass runs on them.
type Program struct {
	Fset *token.FileSet
	// Roots are the packages the patterns named (with their test
	// variants when tests are loaded), in go list's order.
	Roots []*packages.Package
	// Source holds every package loaded from source, roots included.
	// Its Imports maps hold only packages of Source, so that an
	// analysis graph built from them never leaves the user's code.
	Source []*packages.Package
	// ModuleRoot is the directory of the main module of the first
	// root, if any.
	ModuleRoot string
}

// ErrNoPackages is returned when the patterns match no package.
var ErrNoPackages = errors.New("matched no packages")

// localModule reports whether m is one of the user's own modules: a
// main module (every module of a go.work workspace is one) or a
// module replaced by a directory.
func localModule(m *packages.Module) bool {
	if m == nil {
		return false
	}
	return m.Main || m.Replace != nil && m.Replace.Version == "" && m.Replace.Path != "" && !strings.Contains(m.Replace.Path, "@")
}

// Load lists the packages the patterns match and their dependencies
// with the go command (which builds export data for every one of
// them, as go vet does), then parses and type-checks the roots and
// the packages of the user's own modules they depend on.
func Load(cfg LoadConfig, patterns ...string) (*Program, error) {
	listed, err := listPackages(cfg, patterns)
	if err != nil {
		return nil, err
	}
	return checkListed(cfg, listed)
}

// listPackages runs go list on the patterns.
func listPackages(cfg LoadConfig, patterns []string) ([]*packages.Package, error) {
	ctx := cfg.Context
	if ctx == nil {
		ctx = context.Background()
	}
	listCfg := &packages.Config{
		Context: ctx,
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedDeps | packages.NeedModule |
			packages.NeedExportFile | packages.NeedEmbedFiles | packages.NeedTypesSizes,
		Dir:        cfg.Dir,
		Env:        cfg.Env,
		BuildFlags: cfg.BuildFlags,
		Tests:      cfg.Tests,
		Overlay:    cfg.Overlay,
	}
	listed, err := packages.Load(listCfg, patterns...)
	if err != nil {
		return nil, err
	}
	if err := noPackages(listed, patterns); err != nil {
		return nil, err
	}
	return listed, nil
}

// noPackages returns ErrNoPackages, with what go list said, when the
// patterns matched no package with Go files.
func noPackages(listed []*packages.Package, patterns []string) error {
	if !slices.ContainsFunc(listed, func(p *packages.Package) bool { return len(p.CompiledGoFiles) > 0 }) {
		// Nothing to analyse: say so, with what go list said, rather
		// than report on nothing (an empty SARIF log would close every
		// open alert).
		var why []string
		for _, p := range listed {
			for _, e := range p.Errors {
				why = append(why, e.Msg)
			}
		}
		err := fmt.Errorf("%s %w", strings.Join(patterns, " "), ErrNoPackages)
		if len(why) > 0 {
			err = fmt.Errorf("%w: %s", err, strings.Join(why, "; "))
		}
		return err
	}
	return nil
}

// checkListed parses and type-checks the packages go list gave (the
// patterns' packages and their dependencies) that come from source,
// and reads the others' export data.
func checkListed(cfg LoadConfig, listed []*packages.Package) (*Program, error) {
	ctx := cfg.Context
	if ctx == nil {
		ctx = context.Background()
	}
	// Which packages come from source: the roots, the packages of
	// local modules they reach, and (so that one type universe holds)
	// every package that imports one of those.
	fromSource := map[*packages.Package]bool{}
	var decide func(p *packages.Package, root bool) bool
	decided := map[*packages.Package]bool{}
	decide = func(p *packages.Package, root bool) bool {
		if !decided[p] {
			decided[p] = true
			src := root || localModule(p.Module)
			for _, imp := range sortedImports(p) {
				if decide(imp, false) {
					src = true
				}
			}
			if p.PkgPath == "unsafe" || len(p.CompiledGoFiles) == 0 && !root {
				src = false
			}
			fromSource[p] = src
		}
		return fromSource[p]
	}
	for _, p := range listed {
		decide(p, true)
	}

	l := &loader{
		cfg:     cfg,
		fset:    token.NewFileSet(),
		exports: map[string]*types.Package{},
		done:    map[*packages.Package]chan struct{}{},
		source:  fromSource,
	}
	// Every package reached, in a deterministic order: dependencies
	// before their importers.
	var order []*packages.Package
	seen := map[*packages.Package]bool{}
	var walk func(p *packages.Package)
	walk = func(p *packages.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		for _, imp := range sortedImports(p) {
			walk(imp)
		}
		order = append(order, p)
	}
	for _, p := range listed {
		walk(p)
	}
	for _, p := range order {
		l.done[p] = make(chan struct{})
	}
	var wg sync.WaitGroup
	for _, p := range order {
		if !fromSource[p] {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.check(p)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	prog := &Program{Fset: l.fset, Roots: listed}
	for _, p := range order {
		if !fromSource[p] {
			continue
		}
		prog.Source = append(prog.Source, p)
		// The analysis graph stays inside the user's code.
		for path, imp := range p.Imports {
			if !fromSource[imp] {
				delete(p.Imports, path)
			}
		}
	}
	for _, p := range listed {
		if p.Module != nil && p.Module.Main && p.Module.Dir != "" {
			prog.ModuleRoot = p.Module.Dir
			break
		}
	}
	return prog, nil
}

func sortedImports(p *packages.Package) []*packages.Package {
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	out := make([]*packages.Package, len(paths))
	for i, path := range paths {
		out[i] = p.Imports[path]
	}
	return out
}

type loader struct {
	cfg    LoadConfig
	fset   *token.FileSet
	source map[*packages.Package]bool
	done   map[*packages.Package]chan struct{} // closed when a source package is checked

	// exportMu guards exports and the types.Packages in it:
	// gcexportdata.Read may complete any package of the view.
	exportMu sync.Mutex
	exports  map[string]*types.Package // by package path, shared by every export data read
}

// cpuLimit bounds the parsing and type checking that run at once.
var cpuLimit = make(chan struct{}, runtime.GOMAXPROCS(0))

// check parses and type-checks p from source once its imports are
// ready.
func (l *loader) check(p *packages.Package) {
	defer close(l.done[p])
	for _, imp := range p.Imports {
		if l.source[imp] {
			<-l.done[imp]
		}
	}
	if l.cfg.Context != nil && l.cfg.Context.Err() != nil {
		p.IllTyped = true
		return
	}
	cpuLimit <- struct{}{}
	defer func() { <-cpuLimit }()

	p.Fset = l.fset
	var addErr func(error)
	addErr = func(err error) {
		switch err := err.(type) {
		case types.Error:
			p.TypeErrors = append(p.TypeErrors, err)
			p.Errors = append(p.Errors, packages.Error{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError})
		case scanner.ErrorList:
			for _, e := range err {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		case *os.PathError:
			p.Errors = append(p.Errors, packages.Error{Pos: err.Path + ":1", Msg: err.Err.Error(), Kind: packages.ParseError})
		default:
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
	}

	for _, name := range p.CompiledGoFiles {
		src, err := l.readFile(name)
		if err != nil {
			addErr(err)
			continue
		}
		f, err := parser.ParseFile(l.fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
		if err != nil {
			addErr(err)
		}
	}

	p.TypesInfo = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) { return l.importFor(p, path) }),
		Error:    addErr,
		Sizes:    p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	// Files that import "C" and were not processed by cgo (cgo
	// disabled) are checked as go vet would: C's names unknown.
	for _, f := range p.Syntax {
		for _, imp := range f.Imports {
			if imp.Path.Value == `"C"` {
				tc.FakeImportC = true
			}
		}
	}
	typErr := types.NewChecker(tc, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	if typErr != nil && len(p.Errors) == 0 {
		addErr(typErr)
	}
	ill := len(p.Errors) > 0
	for _, imp := range p.Imports {
		if imp.IllTyped || len(imp.Errors) > 0 {
			ill = true
		}
	}
	p.IllTyped = ill
}

// readFile reads a source file, from the overlay if it has one.
func (l *loader) readFile(name string) ([]byte, error) {
	if data, ok := l.cfg.Overlay[name]; ok {
		return data, nil
	}
	return os.ReadFile(name)
}

// importFor resolves an import of p: a package checked from source,
// or one read from export data.
func (l *loader) importFor(p *packages.Package, path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	imp := p.Imports[path]
	if imp == nil {
		return nil, fmt.Errorf("could not import %s (no metadata)", path)
	}
	if l.source[imp] {
		if imp.Types == nil {
			return nil, fmt.Errorf("could not import %s", path)
		}
		return imp.Types, nil
	}
	return l.fromExportData(imp)
}

// fromExportData returns the types of p read from its export data.
func (l *loader) fromExportData(p *packages.Package) (*types.Package, error) {
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	if tp := l.exports[p.PkgPath]; tp != nil && tp.Complete() {
		return tp, nil
	}
	if p.ExportFile == "" {
		return nil, fmt.Errorf("could not import %s (no export data: it does not compile)", p.PkgPath)
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading export data of %s: %v", p.PkgPath, err)
	}
	tp, err := gcexportdata.Read(r, l.fset, l.exports, p.PkgPath)
	if err != nil {
		return nil, fmt.Errorf("reading export data of %s: %v", p.PkgPath, err)
	}
	p.Types = tp
	return tp, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// EmbedFiles returns the embedded files of p, absolute and sorted.
func EmbedFiles(p *packages.Package) []string {
	out := slices.Clone(p.EmbedFiles)
	for i, f := range out {
		if !filepath.IsAbs(f) {
			out[i] = filepath.Join(filepath.Dir(firstOr(p.GoFiles, "")), f)
		}
	}
	sort.Strings(out)
	return out
}

func firstOr(s []string, def string) string {
	if len(s) > 0 {
		return s[0]
	}
	return def
}
