package lsp

import (
	"context"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/atlvet/atlvet/internal/driver"
)

// A group is the open files under one module's root directory: one
// go list serves them all.
type group struct {
	dir      string
	listing  *driver.Listing
	patterns []string // the directories listed
	// headers holds, for each file that was a buffer when go list
	// ran, what go list read of it (see header).
	headers map[string]string
	// stale says that every listed package must be analysed again (a
	// new listing, or new passes).
	stale bool
	// findings holds the findings of each analysed package, by
	// package ID and file name.
	findings map[string]map[string][]*finding
}

// A snapshot is what one run analyses: the open Go documents and the
// passes at the moment it starts.
type snapshot struct {
	ctx          context.Context
	cancel       context.CancelFunc
	analyzers    []*analysis.Analyzer
	levels       map[string]string
	docs         map[string]docState // by file name
	dirty        map[string]bool
	saved        bool
	reconfigured bool
	folders      []string
}

type docState struct {
	uri     string
	version int
	text    []byte
}

// overlay returns the buffers as the driver takes them.
func (snap *snapshot) overlay() map[string][]byte {
	out := make(map[string][]byte, len(snap.docs))
	for path, d := range snap.docs {
		out[path] = d.text
	}
	return out
}

// readFile reads a file as the run sees it: the buffer if it is open.
func (snap *snapshot) readFile(name string) ([]byte, error) {
	if d, ok := snap.docs[filepath.Clean(name)]; ok {
		return d.text, nil
	}
	return readDisk(name)
}

// readDisk reads a file that is not open.
func readDisk(name string) ([]byte, error) { return os.ReadFile(name) }

// worker runs the analyses, one at a time, until the session ends.
func (s *Server) worker() {
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-s.wake:
		}
		if !s.settle() {
			return
		}
		snap := s.take()
		if snap == nil {
			continue
		}
		err := s.runSafely(snap)
		snap.cancel()
		if err != nil {
			s.giveBack(snap)
		}
	}
}

// settle waits until no edit came for the debounce interval.
func (s *Server) settle() bool {
	for {
		s.mu.Lock()
		wait := time.Until(s.lastEdit.Add(s.cfg.Debounce))
		s.mu.Unlock()
		if wait <= 0 {
			return true
		}
		select {
		case <-time.After(wait):
		case <-s.ctx.Done():
			return false
		}
	}
}

// take starts a run: it snapshots the documents and takes over the
// record of what changed.
func (s *Server) take() *snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shutdown {
		return nil
	}
	if len(s.dirty) == 0 && !s.saved && !s.reconfigured {
		return nil
	}
	snap := &snapshot{
		analyzers:    s.analyzers,
		levels:       s.levels,
		docs:         map[string]docState{},
		dirty:        s.dirty,
		saved:        s.saved,
		reconfigured: s.reconfigured,
		folders:      slices.Clone(s.folders),
	}
	for path, d := range s.docs {
		if d.isGo() {
			snap.docs[path] = docState{uri: d.uri, version: d.version, text: d.text}
		}
	}
	s.dirty, s.saved, s.reconfigured = map[string]bool{}, false, false
	snap.ctx, snap.cancel = context.WithCancel(s.ctx)
	s.cancelRun = snap.cancel
	return snap
}

// giveBack returns a cancelled run's changes to the record, for the
// next run.
func (s *Server) giveBack(snap *snapshot) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for path := range snap.dirty {
		s.dirty[path] = true
	}
	s.saved = s.saved || snap.saved
	s.reconfigured = s.reconfigured || snap.reconfigured
	s.wakeLocked()
}

// runSafely runs an analysis; a panic in the server's own code is
// logged and ends only this run. The snapshot's documents then show no
// findings (rather than findings of older text, whose fixes would
// edit the wrong bytes) until their next edit, and every module is
// listed again.
func (s *Server) runSafely(snap *snapshot) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.logf(messageError, "internal error analysing: %v\n%s", r, debug.Stack())
			clear(s.groups)
			none := map[string][]*finding{}
			for path := range snap.docs {
				none[path] = []*finding{}
			}
			s.publishReady(snap, none)
			err = nil
		}
	}()
	return s.run(snap)
}

// run analyses what changed in the snapshot, module by module. It
// returns an error only when the run was cancelled.
func (s *Server) run(snap *snapshot) error {
	start := time.Now()
	byDir := map[string][]string{}
	for path := range snap.docs {
		dir := s.moduleDir(path, snap)
		byDir[dir] = append(byDir[dir], path)
	}
	for dir := range s.groups {
		if _, ok := byDir[dir]; !ok {
			delete(s.groups, dir)
		}
	}
	dirs := make([]string, 0, len(byDir))
	for dir := range byDir {
		dirs = append(dirs, dir)
	}
	sort.Strings(dirs)
	analysed := 0
	for _, dir := range dirs {
		n, err := s.runGroup(snap, dir, byDir[dir])
		if err != nil {
			return err
		}
		analysed += n
	}
	if analysed > 0 {
		s.logf(messageLog, "analysed %d packages in %v", analysed, time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// moduleDir returns the directory go list runs in for a file: the
// nearest one above it with a go.mod, else the innermost workspace
// folder holding it, else its own.
func (s *Server) moduleDir(path string, snap *snapshot) string {
	for dir := filepath.Dir(path); ; {
		if st, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !st.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	best := ""
	for _, f := range snap.folders {
		if within(path, f) && len(f) > len(best) {
			best = f
		}
	}
	if best != "" {
		return best
	}
	return filepath.Dir(path)
}

// within reports whether path is dir or under it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// runGroup analyses what changed among one module's open files and
// publishes their findings. It returns how many packages it analysed.
func (s *Server) runGroup(snap *snapshot, dir string, files []string) (int, error) {
	g := s.groups[dir]
	if g == nil {
		g = &group{dir: dir, findings: map[string]map[string][]*finding{}}
		s.groups[dir] = g
	}
	overlay := snap.overlay()
	var patterns []string
	for _, f := range files {
		patterns = append(patterns, pattern(dir, filepath.Dir(f)))
	}
	slices.Sort(patterns)
	patterns = slices.Compact(patterns)

	if g.listing == nil || snap.saved || !slices.Equal(patterns, g.patterns) || g.headersChanged(snap, files) {
		ls, err := driver.List(driver.LoadConfig{Context: snap.ctx, Dir: dir, Env: s.cfg.Env, Tests: true, Overlay: overlay}, patterns...)
		if snap.ctx.Err() != nil {
			return 0, snap.ctx.Err()
		}
		if err != nil {
			s.logf(messageWarning, "cannot load the packages of %s: %s", dir, s.redact(err.Error()))
			g.listing, g.findings = nil, map[string]map[string][]*finding{}
			s.publish(snap, g, files, nil)
			return 0, nil
		}
		g.listing, g.patterns, g.stale = ls, patterns, true
		g.headers = map[string]string{}
		for _, f := range files {
			g.headers[f] = header(snap.docs[f].text)
		}
	}

	// The packages to analyse: those that hold or import a changed
	// file, or all of them.
	all := g.stale || snap.reconfigured
	var roots []string
	holds := map[*packages.Package]bool{}
	var reaches func(p *packages.Package) bool
	visiting := map[*packages.Package]bool{}
	reaches = func(p *packages.Package) bool {
		if v, ok := holds[p]; ok {
			return v
		}
		if visiting[p] {
			return false
		}
		visiting[p] = true
		hit := slices.ContainsFunc(p.CompiledGoFiles, func(f string) bool { return snap.dirty[f] }) ||
			slices.ContainsFunc(p.GoFiles, func(f string) bool { return snap.dirty[f] })
		for _, imp := range p.Imports {
			if reaches(imp) {
				hit = true
			}
		}
		holds[p] = hit
		return hit
	}
	for _, p := range g.listing.Packages() {
		if len(p.CompiledGoFiles) > 0 && (all || reaches(p)) {
			roots = append(roots, p.ID)
		}
	}
	if len(roots) == 0 {
		s.publish(snap, g, files, nil) // changed files in no package: no findings
		return 0, nil
	}

	prog, err := g.listing.Check(snap.ctx, overlay, roots...)
	if snap.ctx.Err() != nil {
		return 0, snap.ctx.Err()
	}
	if err != nil {
		s.logf(messageWarning, "cannot load the packages of %s: %s", dir, s.redact(err.Error()))
		s.clear(snap, g, files, roots)
		return 0, nil
	}
	res, err := driver.Analyze(prog, snap.analyzers, driver.Options{
		ReadFile: snap.readFile,
		Fallback: s.cfg.Fallback,
		Context:  snap.ctx,
	})
	if snap.ctx.Err() != nil {
		return 0, snap.ctx.Err()
	}
	if err != nil {
		s.logf(messageWarning, "cannot analyse the packages of %s: %s", dir, s.redact(err.Error()))
		s.clear(snap, g, files, roots)
		return 0, nil
	}
	for _, f := range res.Failures {
		s.logf(messageError, "%s", s.redact(f.String()))
	}
	for p, passes := range res.Skipped {
		// Its errors are gopls's to show; they may quote the source.
		s.logf(messageLog, "%s does not type-check: %s skipped it", p.ID, strings.Join(passes, ", "))
	}

	if all {
		g.findings = map[string]map[string][]*finding{}
	}
	conv := newConverter(s.cfg.Name, snap, res.Fset)
	for _, id := range roots {
		g.findings[id] = map[string][]*finding{}
	}
	for _, f := range res.Findings {
		if fd := conv.finding(f); fd != nil {
			g.findings[f.Package.ID][fd.path] = append(g.findings[f.Package.ID][fd.path], fd)
		}
	}
	g.stale = false
	s.publish(snap, g, files, roots)
	return len(roots), nil
}

// clear forgets the findings of packages that could not be analysed.
func (s *Server) clear(snap *snapshot, g *group, files, roots []string) {
	for _, id := range roots {
		g.findings[id] = map[string][]*finding{}
	}
	s.publish(snap, g, files, roots)
}

// pattern is go list's pattern for a directory of the module at root.
func pattern(root, dir string) string {
	rel, err := filepath.Rel(root, dir)
	switch {
	case err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)):
		return dir
	case rel == ".":
		return "."
	}
	return "./" + filepath.ToSlash(rel)
}

// headersChanged reports whether go list would read any of the
// group's files differently now: a file whose header changed, one
// opened that is not on disk, one closed whose buffer had another
// header than the file on disk.
func (g *group) headersChanged(snap *snapshot, files []string) bool {
	seen := map[string]bool{}
	for _, f := range files {
		seen[f] = true
		then, ok := g.headers[f]
		if !ok {
			disk, err := readDisk(f)
			if err != nil {
				return true
			}
			then = header(disk)
		}
		if header(snap.docs[f].text) != then {
			return true
		}
	}
	for f, then := range g.headers {
		if seen[f] {
			continue
		}
		disk, err := readDisk(f)
		if err != nil || header(disk) != then {
			return true
		}
	}
	return false
}

// header returns the part of a Go file that go list reads: up to the
// end of its imports, build constraints and package clause included.
// A file whose header does not parse is its own header, so that any
// change to it lists again.
func header(src []byte) string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ImportsOnly|parser.SkipObjectResolution)
	if err != nil || f.Name == nil {
		return string(src)
	}
	end := f.Name.End()
	if n := len(f.Decls); n > 0 {
		end = f.Decls[n-1].End()
	}
	off := fset.File(f.FileStart).Offset(end)
	return string(src[:min(off, len(src))])
}

// publish sends the findings of the group's open files that changed
// or belong to the packages analysed (roots): the findings of every
// package that holds the file, as last analysed.
func (s *Server) publish(snap *snapshot, g *group, files []string, roots []string) {
	byFile := map[string][]*finding{}
	for _, files := range g.findings {
		for path, fs := range files {
			byFile[path] = append(byFile[path], fs...)
		}
	}
	analysed := map[string]bool{}
	if g.listing != nil {
		for _, p := range g.listing.Packages() {
			if slices.Contains(roots, p.ID) {
				for _, f := range p.CompiledGoFiles {
					analysed[f] = true
				}
			}
		}
	}
	ready := map[string][]*finding{}
	for _, f := range files {
		if analysed[f] || snap.dirty[f] || snap.reconfigured || g.listing == nil {
			ready[f] = dedup(byFile[f])
		}
	}
	s.publishReady(snap, ready)
}

// publishReady publishes findings of open documents. A document
// changed since the snapshot is left for the next run.
func (s *Server) publishReady(snap *snapshot, ready map[string][]*finding) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for path, fs := range ready {
		d := s.docs[path]
		if d == nil || d.version != snap.docs[path].version {
			continue
		}
		d.diags = fs
		d.analysed = d.version
		diags := make([]Diagnostic, len(fs))
		for i, f := range fs {
			diags[i] = f.diag
		}
		version := d.version
		s.send("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: d.uri, Version: &version, Diagnostics: diags})
	}
	s.cond.Broadcast()
}

// dedup drops findings reported by two packages of one file (a
// package and its test variant), and sorts them by position.
func dedup(fs []*finding) []*finding {
	type key struct {
		rng           Range
		rule, message string
	}
	seen := map[key]bool{}
	var out []*finding
	for _, f := range fs {
		k := key{f.diag.Range, f.rule, f.diag.Message}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b *finding) int {
		switch {
		case a.diag.Range.Start.Less(b.diag.Range.Start):
			return -1
		case b.diag.Range.Start.Less(a.diag.Range.Start):
			return 1
		}
		return strings.Compare(a.rule, b.rule)
	})
	if out == nil {
		out = []*finding{}
	}
	return out
}

func (s *Server) redact(msg string) string {
	return driver.Printable(s.cfg.Redact(msg))
}
