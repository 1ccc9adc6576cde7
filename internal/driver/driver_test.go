package driver

import (
	"bytes"
	"encoding/json"
	"flag"
	"go/ast"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/atlvet/atlvet/internal/sarif"
)

// writeTree writes files (slash-separated path to content) under a new
// temporary directory and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// env is the environment of the go command in these tests: no
// network, no workspace unless the test writes one.
func env(extra ...string) []string {
	return append(append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local"), extra...)
}

// marked is a fact on functions whose name starts with "Mark".
type marked struct{}

func (*marked) AFact()         {}
func (*marked) String() string { return "marked" }

// markers exports a fact for every function named Mark*, and reports
// every call of a function of another package that has the fact: the
// smallest analyzer whose findings need facts to flow between
// packages.
var markers = &analysis.Analyzer{
	Name:      "markers",
	Doc:       "markers reports calls of marked functions",
	FactTypes: []analysis.Fact{new(marked)},
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && strings.HasPrefix(fd.Name.Name, "Mark") {
					pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], new(marked))
				}
			}
		}
		insp.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
			call := n.(*ast.CallExpr)
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return
			}
			if fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, new(marked)) {
				pass.Reportf(call.Pos(), "call of marked %s", fn.Name())
			}
		})
		return nil, nil
	},
}

func findingTexts(res *Results) []string {
	var out []string
	for _, f := range res.Findings {
		p := res.Fset.Position(f.Diagnostic.Pos)
		out = append(out, filepath.Base(p.Filename)+": "+f.Diagnostic.Message)
	}
	return out
}

// TestFactsFlowWithinModule: a helper of one package of the module
// is known to another through facts, though only the other was named;
// the standard library and other modules are not loaded from source.
func TestFactsFlowWithinModule(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":        "module example.com/m\n\ngo 1.26\n",
		"helper/h.go":   "package helper\n\nimport \"strings\"\n\nfunc MarkUp(s string) string { return strings.ToUpper(s) }\n",
		"user/u.go":     "package user\n\nimport \"example.com/m/helper\"\n\nvar X = helper.MarkUp(\"x\")\n",
		"other/o.go":    "package other\n\nfunc MarkDown() {}\n",
		"user/u2.go":    "package user\n\nimport \"fmt\"\n\nvar Y = fmt.Sprint(1)\n",
		"helper/doc.go": "// Package helper helps.\npackage helper\n",
	})
	prog, err := Load(LoadConfig{Dir: dir, Env: env("GOWORK=off")}, "./user")
	if err != nil {
		t.Fatal(err)
	}
	var source []string
	for _, p := range prog.Source {
		source = append(source, p.PkgPath)
	}
	slices.Sort(source)
	if want := []string{"example.com/m/helper", "example.com/m/user"}; !slices.Equal(source, want) {
		t.Errorf("packages from source: %v, want %v (the module's, not fmt or strings)", source, want)
	}
	res, err := Analyze(prog, []*analysis.Analyzer{markers}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := findingTexts(res), []string{"u.go: call of marked MarkUp"}; !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}

// TestWorkspace: under go.work, a helper of one module is known to
// another module of the workspace.
func TestWorkspace(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.work":       "go 1.26\n\nuse (\n\t./a\n\t./b\n)\n",
		"a/go.mod":      "module example.com/a\n\ngo 1.26\n",
		"a/helper/h.go": "package helper\n\nfunc MarkSent() {}\n",
		"b/go.mod":      "module example.com/b\n\ngo 1.26\n\nrequire example.com/a v0.0.0\n",
		"b/app/app.go":  "package app\n\nimport \"example.com/a/helper\"\n\nfunc Run() { helper.MarkSent() }\n",
	})
	prog, err := Load(LoadConfig{Dir: filepath.Join(dir, "b"), Env: env("GOFLAGS=")}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Analyze(prog, []*analysis.Analyzer{markers}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := findingTexts(res), []string{"app.go: call of marked MarkSent"}; !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}

// TestLocalReplace: a module replaced by a directory is the user's
// own code too.
func TestLocalReplace(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"lib/go.mod":     "module example.com/lib\n\ngo 1.26\n",
		"lib/l.go":       "package lib\n\nfunc MarkIt() {}\n",
		"app/go.mod":     "module example.com/app\n\ngo 1.26\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n",
		"app/main.go":    "package main\n\nimport \"example.com/lib\"\n\nfunc main() { lib.MarkIt() }\n",
		"app/go.sum":     "",
		"app/notused.go": "package main\n",
	})
	prog, err := Load(LoadConfig{Dir: filepath.Join(dir, "app"), Env: env("GOWORK=off")}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Analyze(prog, []*analysis.Analyzer{markers}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := findingTexts(res), []string{"main.go: call of marked MarkIt"}; !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}

// panicker panics on every package; reporter reports each file. A
// test-only suite: one pass's panic must not lose the other's findings.
var (
	panicker = &analysis.Analyzer{
		Name: "panicker",
		Doc:  "panicker panics",
		Run: func(pass *analysis.Pass) (any, error) {
			var m map[string]int
			m["boom"]++ // a nil map write: a runtime panic, as a real bug would be
			return nil, nil
		},
	}
	reporter = &analysis.Analyzer{
		Name: "reporter",
		Doc:  "reporter reports every file",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				pass.Reportf(f.Package, "file of package %s", pass.Pkg.Name())
			}
			return nil, nil
		},
	}
)

func command(dir string, passes ...*analysis.Analyzer) (*Command, *bytes.Buffer, *bytes.Buffer) {
	var stdout, stderr bytes.Buffer
	for _, a := range passes {
		a.Flags = *flag.NewFlagSet(a.Name, flag.ContinueOnError)
	}
	return &Command{
		Name:   "tool",
		Passes: passes,
		Rules: func(as []*analysis.Analyzer) []sarif.Rule {
			var out []sarif.Rule
			for _, a := range as {
				out = append(out, sarif.Rule{ID: a.Name + "/", Summary: a.Doc, Help: a.Doc})
			}
			return out
		},
		Stdout: &stdout, Stderr: &stderr,
		Dir: dir, Env: env("GOWORK=off"),
	}, &stdout, &stderr
}

// TestPanicKeepsOtherFindings: in every output mode, a panicking pass
// is reported as an internal error naming pass and package, and the
// other pass's findings are all there.
func TestPanicKeepsOtherFindings(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/p\n\ngo 1.26\n",
		"a/a.go": "package a\n",
		"b/b.go": "package b\n",
	})
	for _, mode := range []string{"text", "-json", "-sarif"} {
		t.Run(mode, func(t *testing.T) {
			cmd, stdout, stderr := command(dir, panicker, reporter)
			args := []string{"./..."}
			if mode != "text" {
				args = append([]string{mode}, args...)
			}
			code := cmd.Run(args)
			if code != exitError {
				t.Errorf("exit code %d, want %d", code, exitError)
			}
			out := stdout.String() + stderr.String()
			for _, want := range []string{
				"internal error: pass panicker panicked on package example.com/p/a: assignment to entry in nil map",
				"internal error: pass panicker panicked on package example.com/p/b: assignment to entry in nil map",
				"file of package a",
				"file of package b",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(out, "goroutine ") {
				t.Errorf("output holds a stack dump:\n%s", out)
			}
		})
	}
}

// TestFallback: when a required analyzer panics and has a fallback,
// its dependents run on the fallback's result.
func TestFallback(t *testing.T) {
	type result struct{ degraded bool }
	base := &analysis.Analyzer{
		Name:       "base",
		Doc:        "base panics",
		ResultType: reflect.TypeFor[*result](),
		Run:        func(*analysis.Pass) (any, error) { panic("base broke") },
	}
	user := &analysis.Analyzer{
		Name:     "user",
		Doc:      "user reports what base gave",
		Requires: []*analysis.Analyzer{base},
		Run: func(pass *analysis.Pass) (any, error) {
			if r := pass.ResultOf[base].(*result); r.degraded {
				pass.Reportf(pass.Files[0].Package, "degraded")
			}
			return nil, nil
		},
	}
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/f\n\ngo 1.26\n", "f.go": "package f\n"})
	prog, err := Load(LoadConfig{Dir: dir, Env: env("GOWORK=off")}, ".")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Analyze(prog, []*analysis.Analyzer{user}, Options{Fallback: map[*analysis.Analyzer]func(*analysis.Pass) any{
		base: func(*analysis.Pass) any { return &result{degraded: true} },
	}})
	if err != nil {
		t.Fatal(err)
	}
	if got := findingTexts(res); !slices.Equal(got, []string{"f.go: degraded"}) {
		t.Errorf("findings %q, want the dependent's finding on the fallback", got)
	}
	if len(res.Failures) != 1 || res.Failures[0].Pass != "base" || !res.Failures[0].Panic || !strings.Contains(res.Failures[0].Err.Error(), "base broke") {
		t.Errorf("failures %v, want base's panic", res.Failures)
	}
}

// TestJSONOncePerFinding: a finding in a file that a package and its
// test variant share is listed once.
func TestJSONOncePerFinding(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":    "module example.com/j\n\ngo 1.26\n",
		"j.go":      "package j\n",
		"j_test.go": "package j\n",
	})
	cmd, stdout, stderr := command(dir, reporter)
	if code := cmd.Run([]string{"-json", "."}); code != 0 {
		t.Fatalf("exit code %d: %s", code, stderr)
	}
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal(stdout.Bytes(), &tree); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, byPass := range tree {
		for _, ds := range byPass {
			for _, d := range ds {
				count[filepath.Base(strings.Split(d.Posn, ":")[0])]++
			}
		}
	}
	if count["j.go"] != 1 || count["j_test.go"] != 1 {
		t.Errorf("findings per file %v, want each once:\n%s", count, stdout)
	}
}

// TestNoPackages: patterns that match nothing are an error in every
// mode, SARIF included: an empty log would close every open alert.
func TestNoPackages(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/n\n\ngo 1.26\n", "n.go": "package n\n"})
	for _, mode := range []string{"text", "-json", "-sarif"} {
		cmd, stdout, stderr := command(dir, reporter)
		args := []string{"./nothing/..."}
		if mode != "text" {
			args = append([]string{mode}, args...)
		}
		if code := cmd.Run(args); code == 0 || stdout.Len() > 0 {
			t.Errorf("%s: exit code %d, stdout %q; want non-zero and nothing on stdout", mode, code, stdout)
		}
		if !strings.Contains(stderr.String(), "matched no packages") {
			t.Errorf("%s: stderr %q does not say the patterns matched nothing", mode, stderr)
		}
	}
}

// TestTags: -tags selects files by build tag.
func TestTags(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/t\n\ngo 1.26\n",
		"t.go":   "package t\n",
		"x.go":   "//go:build special\n\npackage t\n",
	})
	for _, mode := range []string{"text", "-json", "-sarif"} {
		for _, tc := range []struct {
			args []string
			want int
		}{
			{[]string{"."}, 1},
			{[]string{"-tags=special", "."}, 2},
			{[]string{".", "-tags", "special"}, 2}, // flags after the pattern
		} {
			args := tc.args
			if mode != "text" {
				args = append([]string{mode}, args...)
			}
			cmd, stdout, stderr := command(dir, reporter)
			cmd.Run(args)
			out := stdout.String() + stderr.String()
			if got := strings.Count(out, "file of package t"); got != tc.want {
				t.Errorf("%v: %d findings, want %d:\n%s", args, got, tc.want, out)
			}
			// The tagged file is named in the findings' locations.
			if got := strings.Contains(out, "x.go"); got != (tc.want == 2) {
				t.Errorf("%v: output names x.go: %v, want %v:\n%s", args, got, tc.want == 2, out)
			}
		}
	}
}

func TestParseInterspersed(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		patterns []string
		json     bool
		c        int
	}{
		{[]string{"./..."}, []string{"./..."}, false, -1},
		{[]string{"-json", "./..."}, []string{"./..."}, true, -1},
		{[]string{"./a", "-json", "./b"}, []string{"./a", "./b"}, true, -1},
		{[]string{"./a", "-c", "2"}, []string{"./a"}, false, 2},
		{[]string{"--", "-json"}, []string{"-json"}, false, -1},
		{[]string{"./a", "--", "-c"}, []string{"./a", "-c"}, false, -1},
	} {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		j := fs.Bool("json", false, "")
		c := fs.Int("c", -1, "")
		got, err := parseInterspersed(fs, tc.args)
		if err != nil || !slices.Equal(got, tc.patterns) || *j != tc.json || *c != tc.c {
			t.Errorf("%q: patterns %q json %v c %d err %v; want %q %v %d", tc.args, got, *j, *c, err, tc.patterns, tc.json, tc.c)
		}
	}
}

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"plain":            "plain",
		"caf\u00e9 \u2026": "caf\u00e9 \u2026",
		"bad\xffbyte":      `bad\xffbyte`,
		"\xc3":             `\xc3`,
	} {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMergeEdits(t *testing.T) {
	e := func(s, n int, text string) edit { return edit{s, n, text} }
	for _, tc := range []struct {
		name       string
		have, add  []edit
		ok         bool
		wantLength int
	}{
		{"disjoint", []edit{e(0, 1, "a")}, []edit{e(5, 6, "b")}, true, 2},
		{"identical import", []edit{e(10, 10, "import \"os\"\n")}, []edit{e(10, 10, "import \"os\"\n")}, true, 1},
		{"two insertions at one point", []edit{e(10, 10, "x")}, []edit{e(10, 10, "y")}, false, 0},
		{"overlap", []edit{e(0, 5, "a")}, []edit{e(3, 8, "b")}, false, 0},
		{"insertion inside a replacement", []edit{e(0, 5, "a")}, []edit{e(3, 3, "b")}, false, 0},
		{"insertion at a replacement's end", []edit{e(0, 5, "a")}, []edit{e(5, 5, "b")}, true, 2},
		{"overlap within one fix", nil, []edit{e(0, 5, "a"), e(2, 3, "b")}, false, 0},
	} {
		got, ok := mergeEdits(tc.have, tc.add)
		if ok != tc.ok || ok && len(got) != tc.wantLength {
			t.Errorf("%s: merged %v ok %v; want ok %v and %d edits", tc.name, got, ok, tc.ok, tc.wantLength)
		}
	}
}

// TestUnifiedDiff checks the diff against patch(1), which must turn
// the old text into the new one with it.
func TestUnifiedDiff(t *testing.T) {
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("no patch command")
	}
	lines := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(f(i) + "\n")
		}
		return b.String()
	}
	base := lines(40, func(i int) string { return "line " + string(rune('a'+i%26)) })
	for name, tc := range map[string][2]string{
		"insert":     {base, strings.Replace(base, "line e\n", "line e\nnew\n", 1)},
		"delete":     {base, strings.Replace(base, "line e\n", "", 1)},
		"two hunks":  {base, strings.Replace(strings.Replace(base, "line b\n", "B\n", 1), "line z\n", "Z\n", 1)},
		"at end":     {base, base + "tail\n"},
		"no newline": {"a\nb", "a\nc"},
		"from empty": {"", "a\n"},
		"to empty":   {"a\nb\n", ""},
	} {
		dir := t.TempDir()
		file := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(file, []byte(tc[0]), 0o644); err != nil {
			t.Fatal(err)
		}
		d := UnifiedDiff("f.txt (old)", "f.txt (new)", tc[0], tc[1])
		cmd := exec.Command("patch", "-s", file)
		cmd.Stdin = strings.NewReader(d)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: patch: %v\n%s\ndiff:\n%s", name, err, out, d)
			continue
		}
		got, _ := os.ReadFile(file)
		if string(got) != tc[1] {
			t.Errorf("%s: patched text differs:\n%q\nwant\n%q\ndiff:\n%s", name, got, tc[1], d)
		}
	}
	if d := UnifiedDiff("a", "b", "same\n", "same\n"); d != "" {
		t.Errorf("diff of equal texts: %q", d)
	}
}

func TestPanicSite(t *testing.T) {
	defer func() {
		r := recover()
		stack := string(debug.Stack())
		if site := panicSite([]byte(stack)); !strings.Contains(site, "TestPanicSite") || !strings.Contains(site, "driver_test.go") {
			t.Errorf("panicSite = %q, want this function and file (panic %v)", site, r)
		}
	}()
	var p *struct{ x int }
	_ = p.x
}

func TestMaskLiterals(t *testing.T) {
	for in, want := range map[string]string{
		`	req.SetBasicAuth("bot", "hunter2-pass") // want "x"`: `	req.SetBasicAuth("…", "…") // want "x"`,
		"	key := `raw-secret`":                                 "	key := `…`",
		`	s := "esc\"aped" + x`:                                `	s := "…" + x`,
		`	r := '"'; t := "tok"`:                                `	r := '"'; t := "…"`,
		`	unterminated := "abc`:                                `	unterminated := "…`,
		`	plain(x, y)`:                                         `	plain(x, y)`,
	} {
		if got := maskLiterals(in); got != want {
			t.Errorf("maskLiterals(%q) = %q, want %q", in, got, want)
		}
	}
}
