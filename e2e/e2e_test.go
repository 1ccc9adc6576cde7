// Package e2e runs the atlvet command the way its users do: built as a
// binary, standalone and as go vet's and go fix's tool, on a copy of
// the example module in the repository's testdata directory.
//
// Regenerate the golden files after a deliberate change in findings or
// fixes with
//
//	go test ./e2e -update
package e2e

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/atlassian/atlassiantest"
	"github.com/atlvet/atlvet/suite"
)

var update = flag.Bool("update", false, "rewrite the golden files in e2e/testdata")

// atlvet is the path of the binary built for this test run.
var atlvet string

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "atlvet-e2e-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	atlvet = filepath.Join(dir, "atlvet")
	if testing.Verbose() {
		fmt.Fprintln(os.Stderr, "e2e: building atlvet and downloading the example's requirements")
	}
	build := exec.Command("go", "build", "-o", atlvet, "../cmd/atlvet")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building atlvet: %v\n%s", err, out)
		return 1
	}
	// The example's requirements (golang.org/x/oauth2) come from the
	// module proxy once, into the module cache; the tests then run
	// with the proxy off.
	download := exec.Command("go", "mod", "download")
	download.Dir = "../testdata"
	download.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := download.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "downloading the example's requirements: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// goldenFindings holds the findings atlvet reports on ../testdata, one
// per line, "file:line:col: message", sorted, with paths relative to
// the example module.
const goldenFindings = "testdata/testdata-findings.golden"

// fixedDir holds, for every file of ../testdata that the fixes change,
// the file after "go vet -fix" as <path>.golden.
const fixedDir = "testdata/fixed"

// env is the environment of every command run on a copy of the
// example: no workspace, no network (TestMain downloaded the example's
// requirements).
func env() []string {
	return append(os.Environ(),
		"GOWORK=off",
		"GOFLAGS=-mod=mod",
		"GOPROXY=off",
		"GOTOOLCHAIN=local",
	)
}

// parallel marks t parallel, except with -update, where the tests
// run in order so that the ones that write golden files come first.
func parallel(t *testing.T) {
	if !*update {
		t.Parallel()
	}
}

// copyExample copies ../testdata into a new temporary directory and
// returns it, so that fixes never change the repository.
func copyExample(t *testing.T) string {
	t.Helper()
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dst = filepath.Join(dst, "example")
	if err := os.CopyFS(dst, os.DirFS("../testdata")); err != nil {
		t.Fatal(err)
	}
	return dst
}

// result is what a command did.
type result struct {
	stdout, stderr string
	code           int
}

// command runs name with args in dir.
func command(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	return commandEnv(t, env(), dir, name, args...)
}

// commandEnv runs name with args in dir with the environment environ.
func commandEnv(t *testing.T, environ []string, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = environ
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	if err != nil {
		exit, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		r.code = exit.ExitCode()
	}
	out := r.stdout + r.stderr
	if strings.Contains(out, "panic:") || strings.Contains(out, "fatal error:") || crashRE.MatchString(out) {
		t.Fatalf("%s %s crashed:\n%s", name, strings.Join(args, " "), out)
	}
	return r
}

// crashRE matches the goroutine headers of a crash's stack dump.
var crashRE = regexp.MustCompile(`(?m)^goroutine \d+ \[`)

// findingLines normalises diagnostic output: paths relative to dir,
// one finding per line, sorted by file, line and column.
func findingLines(dir, out string) []string {
	var lines []string
	for line := range strings.Lines(out) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		line = strings.ReplaceAll(line, dir+string(filepath.Separator), "")
		line = strings.TrimPrefix(line, "./")
		line = relatedForm(line)
		lines = append(lines, filepath.ToSlash(line))
	}
	sort.SliceStable(lines, func(i, j int) bool { return positionLess(lines[i], lines[j]) })
	return lines
}

var positionRE = regexp.MustCompile(`^([^:]+):(\d+):(\d+):`)

// relatedForm writes a line of related information in one form, as
// "posn: related: message", whichever driver printed it: atlvet
// prints "related: posn: message" indented under its finding, go vet
// "posn: <tab>message".
func relatedForm(line string) string {
	if rest, ok := strings.CutPrefix(line, "related: "); ok {
		if m := positionRE.FindString(rest); m != "" {
			return m + " related: " + strings.TrimSpace(rest[len(m):])
		}
	}
	if m := positionRE.FindString(line); m != "" && strings.HasPrefix(line[len(m):], " \t") {
		return m + " related: " + strings.TrimSpace(line[len(m):])
	}
	return line
}

func positionLess(a, b string) bool {
	ma, mb := positionRE.FindStringSubmatch(a), positionRE.FindStringSubmatch(b)
	if ma == nil || mb == nil {
		return a < b
	}
	if ma[1] != mb[1] {
		return ma[1] < mb[1]
	}
	la, _ := strconv.Atoi(ma[2])
	lb, _ := strconv.Atoi(mb[2])
	if la != lb {
		return la < lb
	}
	ca, _ := strconv.Atoi(ma[3])
	cb, _ := strconv.Atoi(mb[3])
	if ca != cb {
		return ca < cb
	}
	return a < b
}

// checkGolden compares got with the golden file, or rewrites it with -update.
func checkGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./e2e -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./e2e -update if the change is intended)\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}

func joinLines(lines []string) []byte {
	if len(lines) == 0 {
		return nil
	}
	return []byte(strings.Join(lines, "\n") + "\n")
}

// TestVet: go vet -vettool prints exactly the expected findings.
func TestVet(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	r := command(t, dir, "go", "vet", "-vettool="+atlvet, "./...")
	if r.code != 1 {
		t.Errorf("go vet exit code %d, want 1 (findings)\n%s", r.code, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("go vet printed on stdout: %s", r.stdout)
	}
	got := findingLines(dir, r.stderr)
	for _, line := range got {
		if !positionRE.MatchString(line) {
			t.Errorf("go vet printed a line that is not a finding: %q", line)
		}
	}
	checkGolden(t, goldenFindings, joinLines(got))
}

// TestStandalone: atlvet ./... prints the same findings and exits 3.
func TestStandalone(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	r := command(t, dir, atlvet, "./...")
	if r.code != 3 {
		t.Errorf("atlvet ./... exit code %d, want 3 (findings)\n%s%s", r.code, r.stdout, r.stderr)
	}
	if *update {
		t.Skip("golden file written by TestVet")
	}
	want, err := os.ReadFile(goldenFindings)
	if err != nil {
		t.Fatal(err)
	}
	got := joinLines(findingLines(dir, r.stdout+r.stderr))
	if !bytes.Equal(got, want) {
		t.Errorf("atlvet ./... differs from %s:\ngot:\n%s\nwant:\n%s", goldenFindings, got, want)
	}
}

// TestCleanPackage: a package with nothing to report exits 0 silently.
func TestCleanPackage(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	r := command(t, dir, atlvet, "./slack")
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Errorf("atlvet ./slack: exit code %d, output %q %q; want 0 and nothing", r.code, r.stdout, r.stderr)
	}
}

// jsonDiagnostic is one diagnostic of atlvet -json.
type jsonDiagnostic struct {
	Category       string `json:"category"`
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
	Related []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`
}

// runJSON runs atlvet -json ./... on dir and decodes its output:
// package path -> analyzer -> diagnostics.
func runJSON(t *testing.T, dir string) map[string]map[string][]jsonDiagnostic {
	t.Helper()
	r := command(t, dir, atlvet, "-json", "./...")
	if r.code != 0 {
		t.Fatalf("atlvet -json exit code %d, want 0\n%s", r.code, r.stderr)
	}
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	dec.DisallowUnknownFields()
	var tree map[string]map[string][]jsonDiagnostic
	if err := dec.Decode(&tree); err != nil {
		t.Fatalf("atlvet -json printed invalid JSON: %v\n%s", err, r.stdout)
	}
	if dec.More() {
		t.Fatalf("atlvet -json printed more than one JSON value:\n%s", r.stdout)
	}
	return tree
}

// TestJSON: atlvet -json prints valid JSON keyed by package and
// analyzer, with the findings of the golden file.
func TestJSON(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	tree := runJSON(t, dir)
	var names []string
	for _, p := range suite.Passes() {
		names = append(names, p.Name)
	}
	var got []string
	for pkg, byAnalyzer := range tree {
		if !strings.HasPrefix(pkg, "example.com/jiraintegration/") {
			t.Errorf("JSON key %q is not a package of the example module", pkg)
		}
		for analyzer, diags := range byAnalyzer {
			if !slices.Contains(names, analyzer) {
				t.Errorf("%s: JSON key %q is not an atlvet pass (%v)", pkg, analyzer, names)
			}
			for _, d := range diags {
				if d.Category == "" || d.Posn == "" || d.End == "" || d.Message == "" {
					t.Errorf("%s: %s: incomplete diagnostic %+v", pkg, analyzer, d)
				}
				got = append(got, d.Posn+": "+d.Message)
				for _, rel := range d.Related {
					got = append(got, rel.Posn+": \t"+rel.Message) // as the text output prints it
				}
			}
		}
	}
	if *update {
		return
	}
	want, err := os.ReadFile(goldenFindings)
	if err != nil {
		t.Fatal(err)
	}
	if g := joinLines(findingLines(dir, strings.Join(got, "\n"))); !bytes.Equal(g, want) {
		t.Errorf("atlvet -json findings differ from %s:\ngot:\n%s\nwant:\n%s", goldenFindings, g, want)
	}
}

// A marker is a MISTAKE(rule) or OK(rule) comment in the example.
type marker struct {
	file    string // relative to the example module
	line    int    // the line it applies to
	rule    string
	mistake bool
}

var markerRE = regexp.MustCompile(`\b(MISTAKE|OK)\(([a-z]+/[a-z-]+)\)`)

// readMarkers finds the markers of the example module's Go files. A
// marker applies to its own line if that line holds code, else to the
// first line after it that is not a comment.
func readMarkers(t *testing.T, dir string) []marker {
	t.Helper()
	var markers []marker
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		lines := strings.Split(string(data), "\n")
		isComment := func(s string) bool { return strings.HasPrefix(strings.TrimSpace(s), "//") }
		for i, line := range lines {
			for _, m := range markerRE.FindAllStringSubmatch(line, -1) {
				target := i
				if isComment(line) {
					for target < len(lines) && (isComment(lines[target]) || strings.TrimSpace(lines[target]) == "") {
						target++
					}
				}
				markers = append(markers, marker{filepath.ToSlash(rel), target + 1, m[2], m[1] == "MISTAKE"})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return markers
}

// TestMarkers: the findings are exactly the mistakes the example marks
// with MISTAKE(rule) comments, and no near miss marked OK(rule) is
// reported under that rule.
func TestMarkers(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	markers := readMarkers(t, dir)
	if len(markers) == 0 {
		t.Fatal("no MISTAKE or OK markers in the example")
	}
	found := map[string]bool{} // "file:line rule"
	for _, byAnalyzer := range runJSON(t, dir) {
		for analyzer, diags := range byAnalyzer {
			for _, d := range diags {
				m := positionRE.FindStringSubmatch(strings.TrimPrefix(d.Posn, dir+string(filepath.Separator)) + ":")
				if m == nil {
					t.Fatalf("bad position %q", d.Posn)
				}
				found[filepath.ToSlash(m[1])+":"+m[2]+" "+analyzer+"/"+d.Category] = true
			}
		}
	}
	marked := map[string]bool{}
	for _, m := range markers {
		key := m.file + ":" + strconv.Itoa(m.line) + " " + m.rule
		if !m.mistake {
			if found[key] {
				t.Errorf("%s: near miss marked OK(%s) is reported", m.file+":"+strconv.Itoa(m.line), m.rule)
			}
			continue
		}
		marked[key] = true
		if !found[key] {
			t.Errorf("%s: mistake marked MISTAKE(%s) is not reported", m.file+":"+strconv.Itoa(m.line), m.rule)
		}
	}
	for key := range found {
		if !marked[key] {
			t.Errorf("%s is reported but not marked MISTAKE in the example", key)
		}
	}
}

// sourceFiles returns the Go files of dir, relative paths to contents.
func sourceFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// checkFixed compares the files of dir after fixing with the golden
// fixed files (or rewrites them with -update), and checks that the
// fixed module builds and that no fix is left to apply.
func checkFixed(t *testing.T, dir string, writeGolden bool) {
	t.Helper()
	orig := sourceFiles(t, "../testdata")
	fixed := sourceFiles(t, dir)
	if writeGolden {
		if err := os.RemoveAll(fixedDir); err != nil {
			t.Fatal(err)
		}
	}
	changed := 0
	for name, content := range fixed {
		golden := filepath.Join(fixedDir, filepath.FromSlash(name)+".golden")
		if writeGolden {
			if content != orig[name] {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		want := orig[name]
		if data, err := os.ReadFile(golden); err == nil {
			want = string(data)
		}
		if content != orig[name] {
			changed++
		}
		if content != want {
			t.Errorf("%s after fixing differs from %s:\ngot:\n%s", name, golden, content)
		}
	}
	if len(fixed) != len(orig) {
		t.Errorf("fixing changed the set of files: %d before, %d after", len(orig), len(fixed))
	}
	if !writeGolden && changed == 0 {
		t.Errorf("fixing changed no file")
	}
	if r := command(t, dir, "go", "build", "./..."); r.code != 0 {
		t.Errorf("the fixed example does not build:\n%s", r.stderr)
	}
	if r := command(t, dir, "go", "vet", "-vettool="+atlvet, "-fix", "-diff", "./..."); r.stdout != "" {
		t.Errorf("fixes left to apply after fixing:\n%s", r.stdout)
	}
}

// TestVetFix: go vet -vettool -fix applies the fixes.
func TestVetFix(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	r := command(t, dir, "go", "vet", "-vettool="+atlvet, "-fix", "./...")
	if r.code != 0 {
		t.Errorf("go vet -fix exit code %d, want 0\n%s%s", r.code, r.stdout, r.stderr)
	}
	checkFixed(t, dir, *update)
}

// TestGoFix: go fix -fixtool applies the same fixes.
func TestGoFix(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	r := command(t, dir, "go", "fix", "-fixtool="+atlvet, "./...")
	if r.code != 0 {
		t.Errorf("go fix exit code %d, want 0\n%s%s", r.code, r.stdout, r.stderr)
	}
	if *update {
		t.Skip("golden files written by TestVetFix")
	}
	checkFixed(t, dir, false)
}

// TestVetFixDiff: go vet -vettool -fix -diff prints the fixes as a
// diff and changes nothing.
func TestVetFixDiff(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	r := command(t, dir, "go", "vet", "-vettool="+atlvet, "-fix", "-diff", "./...")
	if r.code == 0 {
		t.Errorf("go vet -fix -diff exit code 0, want non-zero (the diff is not empty)")
	}
	for name, content := range sourceFiles(t, dir) {
		orig, err := os.ReadFile(filepath.Join("../testdata", name))
		if err != nil || string(orig) != content {
			t.Errorf("go vet -fix -diff changed %s", name)
		}
	}
	// Every fixed file appears in the diff with its added lines.
	for name, content := range sourceFiles(t, dir) {
		golden, err := os.ReadFile(filepath.Join(fixedDir, filepath.FromSlash(name)+".golden"))
		if err != nil {
			continue
		}
		if !strings.Contains(r.stdout, "+++ "+filepath.Join(dir, filepath.FromSlash(name))+" (new)") {
			t.Errorf("diff does not show %s:\n%s", name, r.stdout)
		}
		for _, line := range addedLines(content, string(golden)) {
			if !strings.Contains(r.stdout, "\n+"+line+"\n") {
				t.Errorf("diff of %s lacks added line %q:\n%s", name, line, r.stdout)
			}
		}
	}
}

// addedLines returns the lines of after that before does not have.
func addedLines(before, after string) []string {
	have := map[string]int{}
	for _, l := range strings.Split(before, "\n") {
		have[l]++
	}
	var out []string
	for _, l := range strings.Split(after, "\n") {
		if have[l] > 0 {
			have[l]--
			continue
		}
		out = append(out, l)
	}
	return out
}

// TestHelp: atlvet help <pass> prints the pass's documentation.
func TestHelp(t *testing.T) {
	parallel(t)
	// The top-level help: the modes, the driver's flags with -sarif
	// among them, and every pass.
	r := command(t, ".", atlvet, "help")
	if r.code != 0 {
		t.Errorf("atlvet help: exit code %d", r.code)
	}
	out := r.stdout + r.stderr
	wants := []string{"atlvet -sarif [packages] > out.sarif", "\n  -sarif\n", "\n  -sarif.root directory\n", "\n  -json\n", "\n  -tags tags\n", "atlvet lsp"}
	for _, p := range suite.Passes() {
		wants = append(wants, "\n    "+p.Name+" ")
	}
	for _, want := range wants {
		if !strings.Contains(out, want) {
			t.Errorf("atlvet help lacks %q:\n%s", want, out)
		}
	}
	for _, p := range suite.Passes() {
		r := command(t, ".", atlvet, "help", p.Name)
		if r.code != 0 {
			t.Errorf("atlvet help %s: exit code %d", p.Name, r.code)
		}
		out := r.stdout + r.stderr
		// The first paragraph of the Doc is the summary, printed after
		// the name; the rest is printed after the flags.
		title, rest, _ := strings.Cut(p.Analyzer.Doc, "\n\n")
		if !strings.HasPrefix(out, p.Name+": "+title+"\n") || rest == "" || !strings.Contains(out, strings.TrimSpace(rest)) {
			t.Errorf("atlvet help %s does not print its Doc:\n%s", p.Name, out)
		}
	}
}

// TestBrokenPackage: a package that does not compile gets the error go
// vet gives, a non-zero exit code and no panic, and the other packages
// are still checked.
func TestBrokenPackage(t *testing.T) {
	parallel(t)
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/broken\n\ngo 1.26\n",
		"broken/broken.go": `package broken

import "net/http"

func Myself() (*http.Response, error) {
	return http.Get(undefinedBase + "/rest/api/3/myself")
}
`,
		"good/good.go": `package good

import "net/http"

func Myself() (*http.Response, error) {
	return http.Get("https://example.atlassian.net/rest/api/3/myself")
}
`,
	})
	const wantErr = "broken/broken.go:6:18: undefined: undefinedBase"

	vet := command(t, dir, "go", "vet", "./broken")
	if vet.code == 0 || !strings.Contains(vet.stderr, wantErr) {
		t.Fatalf("go vet itself: exit code %d, output %q; want an error containing %q", vet.code, vet.stderr, wantErr)
	}
	for _, args := range [][]string{
		{"go", "vet", "-vettool=" + atlvet, "./..."},
		{atlvet, "./..."},
	} {
		r := command(t, dir, args[0], args[1:]...)
		out := strings.Join(findingLines(dir, r.stdout+r.stderr), "\n")
		if r.code == 0 {
			t.Errorf("%v: exit code 0 on a package that does not compile", args)
		}
		if !strings.Contains(out, wantErr) {
			t.Errorf("%v: output lacks %q:\n%s", args, wantErr, out)
		}
		if !strings.Contains(out, "good/good.go:6:9: request to example.atlassian.net is sent with Go's default User-Agent") {
			t.Errorf("%v: the package that compiles was not checked:\n%s", args, out)
		}
	}
}

// writeModule writes files (relative path to content) under a new
// temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
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

// TestOddPackages: cgo, generics, a huge literal and generated code
// cause no panic, and the code of a file that imports "C" is checked
// like any other (go vet hands the passes the files cmd/cgo writes,
// which say they are generated).
func TestOddPackages(t *testing.T) {
	parallel(t)
	if r := command(t, ".", "go", "env", "CGO_ENABLED"); strings.TrimSpace(r.stdout) != "1" {
		t.Skip("cgo is not enabled")
	}
	huge := strings.Repeat("x", 4<<20)
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/odd\n\ngo 1.26\n",
		"cgo/cgo.go": `package cgo

// int answer(void) { return 42; }
import "C"

import "net/http"

func Answer() int { return int(C.answer()) }

func Myself() (*http.Response, error) {
	return http.Get("https://example.atlassian.net/rest/api/3/myself")
}
`,
		"generic/generic.go": `package generic

import "net/http"

type Client[T any] struct{ base string }

func (c *Client[T]) Get(path string) (*http.Response, error) {
	return http.Get(c.base + path)
}

var jira = &Client[int]{base: "https://example.atlassian.net"}

func Myself() (*http.Response, error) { return jira.Get("/rest/api/3/myself") }
`,
		"huge/huge.go": "package huge\n\nimport \"net/http\"\n\nconst blob = \"" + huge + "\"\n\nfunc Get() { http.Get(\"https://example.atlassian.net/rest/api/3/myself?x=\" + blob) }\n",
		"gen/gen.go":   "// Code generated by hand for this test. DO NOT EDIT.\n\npackage gen\n\nimport \"net/http\"\n\nfunc Myself() { http.Get(\"https://example.atlassian.net/rest/api/3/myself\") }\n",
	})
	for _, args := range [][]string{
		{"go", "vet", "-vettool=" + atlvet, "./..."},
		{atlvet, "./..."},
	} {
		r := command(t, dir, args[0], args[1:]...)
		out := r.stdout + r.stderr
		if strings.Contains(out, "panic") || r.code != 1 && r.code != 3 {
			t.Fatalf("%v: exit code %d:\n%.2000s", args, r.code, out)
		}
		lines := findingLines(dir, out)
		for _, want := range []string{
			"cgo/cgo.go:11:9: request to example.atlassian.net is sent with Go's default User-Agent",
			"generic/generic.go:8:9: request to example.atlassian.net is sent with Go's default User-Agent",
			"huge/huge.go:7:14: request to example.atlassian.net is sent with Go's default User-Agent",
		} {
			if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, want) }) {
				t.Errorf("%v: no finding %q in:\n%s", args, want, strings.Join(lines, "\n"))
			}
		}
		for _, l := range lines {
			if strings.HasPrefix(l, "gen/") {
				t.Errorf("%v: finding in generated code: %s", args, l)
			}
			if len(l) > 1000 {
				t.Errorf("%v: a finding of %d characters: %.200s…", args, len(l), l)
			}
		}
	}
}

// TestFixesAroundSecrets: where a literal holds a secret, only the
// secrets pass fixes it; the fixes of the other passes would edit the
// same literal (and print the secret again). Applying every fix gives
// code that builds, and no output shows more of a secret than its
// first six characters.
func TestFixesAroundSecrets(t *testing.T) {
	parallel(t)
	appPassword := atlassiantest.Token(atlassian.BitbucketAppPassword, "e2e-fixes")
	apiToken := atlassiantest.Token(atlassian.CloudAPIToken, "e2e-fixes")
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/fixes\n\ngo 1.26\n",
		"fixes.go": `package fixes

import "net/http"

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=x&state=` + appPassword + `&response_type=code", http.StatusFound)
}

func plain() {
	http.Get("http://acme.atlassian.net/rest/api/3/myself?token=` + apiToken + `")
}

func agent() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "Jira-Acme-Int/1.0.0 (` + apiToken + `)")
	_, err = http.DefaultClient.Do(req)
	return err
}

func origin() {
	http.Get("https://acme.atlassian.net/rest/api/3/issue/KEY-1?atlOrigin=` + appPassword + `")
}
`,
	})
	j := command(t, dir, atlvet, "-json", "./...")
	for _, secret := range []string{appPassword, apiToken} {
		if strings.Contains(j.stdout+j.stderr, secret[:7]) {
			t.Errorf("atlvet -json shows more than 6 characters of %.6s…", secret)
		}
	}
	if r := command(t, dir, atlvet, "-fix", "./..."); r.code != 0 && r.code != 3 {
		t.Fatalf("atlvet -fix: exit code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := command(t, dir, "go", "build", "./..."); r.code != 0 {
		fixed, _ := os.ReadFile(filepath.Join(dir, "fixes.go"))
		t.Errorf("the fixed module does not build:\n%s\n%s", r.stderr, fixed)
	}
}

// TestStd: atlvet std finishes without a panic and reports nothing.
func TestStd(t *testing.T) {
	if testing.Short() {
		t.Skip("atlvet std takes a minute or two; skipped with -short")
	}
	parallel(t)
	t.Log("running atlvet std: every package of the standard library, about half a minute")
	// Outside any module: no -mod flag.
	r := commandEnv(t, append(os.Environ(), "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local"), t.TempDir(), atlvet, "std")
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Errorf("atlvet std: exit code %d, want 0 and no output; output:\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// shBlocks returns the ```sh code blocks of the README section that
// starts with heading.
func shBlocks(t *testing.T, readme, heading string) []string {
	t.Helper()
	_, section, ok := strings.Cut(readme, "\n"+heading+"\n")
	if !ok {
		t.Fatalf("README.md has no section %q", heading)
	}
	if i := strings.Index(section, "\n## "); i >= 0 {
		section = section[:i]
	}
	var blocks []string
	for {
		_, rest, ok := strings.Cut(section, "```sh\n")
		if !ok {
			return blocks
		}
		block, after, _ := strings.Cut(rest, "```")
		blocks = append(blocks, strings.TrimSpace(block))
		section = after
	}
}

// TestReadme: the README's two commands are one that installs atlvet
// and runs it on testdata/, printing the expected findings, and the
// test command that .ci/run runs.
func TestReadme(t *testing.T) {
	parallel(t)
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := shBlocks(t, string(data), "## Try it")
	if len(blocks) != 2 {
		t.Fatalf("README.md's \"Try it\" has %d sh blocks, want 2 (install and run; test)", len(blocks))
	}
	install, test := blocks[0], blocks[1]

	ci, err := os.ReadFile("../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(strings.Split(string(ci), "\n"), test) {
		t.Errorf(".ci/run does not run the README's test command %q", test)
	}

	// Run the install command as written, installing into a fresh
	// GOPATH (with the usual module cache, so that no network is needed).
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	gopath := t.TempDir()
	cache := strings.TrimSpace(command(t, root, "go", "env", "GOMODCACHE").stdout)
	environ := append(os.Environ(), "GOPATH="+gopath, "GOMODCACHE="+cache, "GOBIN=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local")
	r := commandEnv(t, environ, root, "bash", "-c", install)
	if r.code != 3 {
		t.Errorf("README command exit code %d, want 3 (findings)\n%s%s", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(gopath, "bin", "atlvet")); err != nil {
		t.Errorf("README command did not install atlvet: %v", err)
	}
	if *update {
		return
	}
	want, err := os.ReadFile(goldenFindings)
	if err != nil {
		t.Fatal(err)
	}
	if got := joinLines(findingLines(filepath.Join(root, "testdata"), r.stdout+r.stderr)); !bytes.Equal(got, want) {
		t.Errorf("README command output differs from %s:\ngot:\n%s\nwant:\n%s", goldenFindings, got, want)
	}

	// The sample of findings the README shows must be findings atlvet
	// really prints, or the README drifts from the product.
	sample := readmeSample(t, string(data))
	if len(sample) == 0 {
		t.Fatal("README.md's \"Try it\" shows no sample findings")
	}
	goldenLines := strings.Split(string(want), "\n")
	for _, line := range sample {
		if !slices.Contains(goldenLines, line) {
			t.Errorf("README sample finding is not in %s:\n%s", goldenFindings, line)
		}
	}
}

// readmeSample returns the findings the README's "Try it" section
// shows in its plain code block, relative to testdata/.
func readmeSample(t *testing.T, readme string) []string {
	t.Helper()
	_, section, _ := strings.Cut(readme, "\n## Try it\n")
	section, _, _ = strings.Cut(section, "\n## ")
	var lines []string
	inBlock, plain := false, false
	for _, line := range strings.Split(section, "\n") {
		switch {
		case strings.HasPrefix(line, "```") && !inBlock:
			inBlock, plain = true, line == "```"
		case strings.HasPrefix(line, "```"):
			if plain {
				return lines
			}
			inBlock = false
		case inBlock && plain && line != "":
			lines = append(lines, strings.TrimPrefix(line, "/home/you/atlvet/testdata/"))
		}
	}
	return lines
}

// TestRace: atlvet built with the race detector finds no data race
// when its passes run concurrently on the example, standalone and
// under go vet. (The checker runs the passes of one package in
// parallel, all sharing the result of internal/flow.)
func TestRace(t *testing.T) {
	if testing.Short() {
		t.Skip("building with -race takes a while; skipped with -short")
	}
	parallel(t)
	bin := filepath.Join(t.TempDir(), "atlvet-race")
	t.Log("building atlvet with -race, then running it standalone and under go vet")
	if r := command(t, ".", "go", "build", "-race", "-o", bin, "../cmd/atlvet"); r.code != 0 {
		t.Fatalf("go build -race: %s", r.stderr)
	}
	dir := copyExample(t)
	for _, args := range [][]string{
		{bin, "./..."},
		{"go", "vet", "-vettool=" + bin, "./..."},
	} {
		r := command(t, dir, args[0], args[1:]...)
		if out := r.stdout + r.stderr; strings.Contains(out, "DATA RACE") {
			first, _, _ := strings.Cut(out[strings.Index(out, "WARNING: DATA RACE"):], "\n==================\n")
			t.Errorf("%v: %d data races; the first:\n%s", args, strings.Count(out, "WARNING: DATA RACE"), first)
		}
	}
}

// sarifLog is the part of a SARIF log TestSARIF reads.
type sarifLog struct {
	Version string
	Runs    []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID               string
					ShortDescription struct{ Text string }
				}
			}
		}
		Invocations []struct {
			ExecutionSuccessful bool
			Notifications       []struct{ Message struct{ Text string } } `json:"toolExecutionNotifications"`
		}
		Results []struct {
			RuleID    string
			Message   struct{ Text string }
			Locations []sarifLocation
			Related   []sarifLocation `json:"relatedLocations"`
			Fixes     []json.RawMessage
		}
	}
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct{ URI string }
		Region           struct{ StartLine, StartColumn int }
	}
	Message struct{ Text string }
}

func (l sarifLocation) String() string {
	p := l.PhysicalLocation
	return fmt.Sprintf("%s:%d:%d", p.ArtifactLocation.URI, p.Region.StartLine, p.Region.StartColumn)
}

func runSARIF(t *testing.T, dir string, wantCode int, args ...string) sarifLog {
	t.Helper()
	r := command(t, dir, atlvet, append([]string{"-sarif"}, args...)...)
	if r.code != wantCode {
		t.Fatalf("atlvet -sarif %v: exit code %d, want %d\n%s", args, r.code, wantCode, r.stderr)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("atlvet -sarif %v: no SARIF 2.1.0 log of one run (%v):\n%s", args, err, r.stdout)
	}
	return log
}

// TestSARIF: atlvet -sarif writes one SARIF log with the golden file's
// findings (its related information as related locations), each under
// its rule ID "<pass>/<category>", every rule described; -<pass>
// selects passes as on the plain command line; a package that does
// not compile is a tool notification and exit code 1.
func TestSARIF(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	log := runSARIF(t, dir, 0, "./...")
	run := log.Runs[0]
	rules := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		if r.ShortDescription.Text == "" {
			t.Errorf("rule %s has no description", r.ID)
		}
		rules[r.ID] = true
	}
	for _, p := range suite.Passes() {
		for _, c := range p.Categories {
			if !rules[p.Name+"/"+c] {
				t.Errorf("the log does not describe rule %s/%s", p.Name, c)
			}
		}
	}
	var got []string
	fixes := 0
	for _, res := range run.Results {
		if !rules[res.RuleID] {
			t.Errorf("result of undescribed rule %q", res.RuleID)
		}
		got = append(got, res.Locations[0].String()+": "+res.Message.Text)
		for _, rel := range res.Related {
			got = append(got, rel.String()+": \t"+rel.Message.Text)
		}
		fixes += len(res.Fixes)
	}
	if fixes == 0 {
		t.Error("no result carries a fix")
	}
	if !*update {
		want, err := os.ReadFile(goldenFindings)
		if err != nil {
			t.Fatal(err)
		}
		if g := joinLines(findingLines(dir, strings.Join(got, "\n"))); !bytes.Equal(g, want) {
			t.Errorf("atlvet -sarif findings differ from %s:\ngot:\n%s\nwant:\n%s", goldenFindings, g, want)
		}
	}

	only := runSARIF(t, dir, 0, "-useragent", "-useragent.identity=jira-acme-int", "./...")
	if len(only.Runs[0].Results) == 0 {
		t.Error("-useragent: no results")
	}
	for _, res := range only.Runs[0].Results {
		if !strings.HasPrefix(res.RuleID, "useragent/") {
			t.Errorf("-useragent: result of %s", res.RuleID)
		}
	}

	broken := writeModule(t, map[string]string{
		"go.mod":           "module example.com/broken\n\ngo 1.26\n",
		"broken/broken.go": "package broken\n\nvar x = undefinedBase\n",
		"good/good.go":     "package good\n\nimport \"net/http\"\n\nfunc Myself() (*http.Response, error) {\n\treturn http.Get(\"https://example.atlassian.net/rest/api/3/myself\")\n}\n",
	})
	blog := runSARIF(t, broken, 1, "./...")
	inv := blog.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful || len(inv[0].Notifications) == 0 ||
		!strings.Contains(inv[0].Notifications[0].Message.Text, "undefined: undefinedBase") {
		t.Errorf("the compile error is not a tool notification: %+v", inv)
	}
	if res := blog.Runs[0].Results; len(res) != 1 || res[0].RuleID != "useragent/default" || res[0].Locations[0].String() != "good/good.go:6:9" {
		t.Errorf("the package that compiles was not checked: %+v", res)
	}
}
