package gcle2e_test

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/atlvet/atlvet/internal/atlassian"
)

// The fixture's package with findings, relative to the module root.
const clientFile = "jira/client.go"

type gclReport struct {
	Issues []gclIssue
}

type gclIssue struct {
	FromLinter  string
	Text        string
	Severity    string
	SourceLines []string
	Pos         struct {
		Filename     string
		Line, Column int
	}
}

// lintJSON runs the custom golangci-lint in dir with JSON output and
// returns its atlvet issues.
func lintJSON(t *testing.T, dir string, args ...string) []gclIssue {
	t.Helper()
	r := run(t, dir, gcl, append([]string{"run", "--output.json.path=stdout", "--show-stats=false"}, args...)...)
	if r.code != 0 && r.code != 1 {
		t.Fatalf("golangci-lint exited %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	return atlvetIssues(t, r.stdout)
}

func atlvetIssues(t *testing.T, out []byte) []gclIssue {
	t.Helper()
	var rep gclReport
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("golangci-lint's JSON output does not parse: %v\n%s", err, out)
	}
	var issues []gclIssue
	for _, is := range rep.Issues {
		if is.FromLinter == "atlvet" {
			issues = append(issues, is)
		} else {
			t.Logf("not atlvet: %s:%d:%d: %s (%s)", is.Pos.Filename, is.Pos.Line, is.Pos.Column, is.Text, is.FromLinter)
		}
	}
	return issues
}

// funcAt maps each line of a Go file to the function declared there.
func funcAt(t *testing.T, file string) func(line int) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	return func(line int) string {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fset.Position(fd.Pos()).Line <= line && line <= fset.Position(fd.End()).Line {
				return fd.Name.Name
			}
		}
		return ""
	}
}

// TestFindings runs golangci-lint with .golangci.example.yml: the
// useragent mistakes are reported as atlvet's, near misses are not, and
// //nolint:atlvet and //atlvet:ignore both silence a finding.
func TestFindings(t *testing.T) {
	needTools(t)
	dir := fixture(t, nil)
	issues := lintJSON(t, dir, "./...")
	in := funcAt(t, filepath.Join(dir, clientFile))

	// function -> expected message prefixes, one per finding.
	want := map[string][]string{
		"Issue":  {"useragent: request to acme.atlassian.net is sent with Go's default User-Agent; set one such as \"jira-jirasync-int/1.0.0\""},
		"Myself": {"useragent: User-Agent \"Jira-JiraSync-Int/1.0.0\" does not follow Atlassian's convention"},
		"Fields": {
			"useragent: atlvet:ignore directive for useragent/default gives no reason",
			"useragent: request to acme.atlassian.net is sent with Go's default User-Agent",
		},
		// Projects and Status are near misses; Health is silenced by
		// //nolint:atlvet and Ping by //atlvet:ignore.
	}
	for _, is := range issues {
		if is.Pos.Filename != clientFile || !strings.HasPrefix(is.Text, "useragent: ") {
			t.Logf("other finding: %s:%d: %s", is.Pos.Filename, is.Pos.Line, is.Text)
			continue
		}
		fn := in(is.Pos.Line)
		i := slices.IndexFunc(want[fn], func(p string) bool { return strings.HasPrefix(is.Text, p) })
		if i < 0 {
			t.Errorf("unexpected finding in %s: %s:%d:%d: %s", fn, is.Pos.Filename, is.Pos.Line, is.Pos.Column, is.Text)
			continue
		}
		want[fn] = slices.Delete(want[fn], i, i+1)
	}
	for fn, rest := range want {
		for _, p := range rest {
			t.Errorf("missing finding in %s: %s", fn, p)
		}
	}
}

// finding is one diagnostic as "file:line:col: pass: message", with the
// file relative to the module root.
type finding = string

// TestDriversAgree runs atlvet under three drivers on the same module:
// golangci-lint must report exactly what atlvet and go vet report,
// except the lines silenced by //nolint:atlvet, which only golangci-lint
// understands; //atlvet:ignore silences the same findings in all three.
func TestDriversAgree(t *testing.T) {
	needTools(t)
	dir := fixture(t, nil)
	byAtlvet, silenced := driversAgree(t, dir)
	if silenced == 0 {
		t.Errorf("no finding of atlvet is on a //nolint:atlvet line: the fixture no longer tests it")
	}
	// //atlvet:ignore: the finding in Ping is silenced everywhere.
	in := funcAt(t, filepath.Join(dir, clientFile))
	for _, f := range byAtlvet {
		file, line := splitPos(f)
		if file == clientFile && in(line) == "Ping" {
			t.Errorf("//atlvet:ignore did not silence %s", f)
		}
	}
}

// rootExample returns the repository's example module (testdata/ at the
// root), or skips the test while there is none.
func rootExample(t *testing.T) string {
	t.Helper()
	src := filepath.Join(root, "testdata")
	if _, err := os.Stat(filepath.Join(src, "go.mod")); err != nil {
		t.Skip("no example module in testdata/ at the repository's root")
	}
	return src
}

// TestRootExample runs the custom golangci-lint with .golangci.example.yml
// on the repository's example module: it finds what atlvet and go vet
// find there, attributed to atlvet.
func TestRootExample(t *testing.T) {
	needTools(t)
	dir := copyModule(t, rootExample(t), nil)
	byAtlvet, _ := driversAgree(t, dir)
	if len(byAtlvet) == 0 {
		t.Error("atlvet finds nothing in the example module")
	}
}

// TestTextHidesSecretLines runs the custom golangci-lint with the example
// configuration's text output, as CI does, on the example module: the
// source lines of the secrets it finds (which golangci-lint would print
// under each finding, holding the token) are not in its output.
func TestTextHidesSecretLines(t *testing.T) {
	needTools(t)
	dir := copyModule(t, rootExample(t), nil)
	var secretLines []string
	for _, is := range lintJSON(t, dir, "./...") {
		if strings.HasPrefix(is.Text, "secrets: ") {
			for _, l := range is.SourceLines {
				secretLines = append(secretLines, strings.TrimSpace(l))
			}
		}
	}
	if len(secretLines) == 0 {
		t.Fatal("golangci-lint's JSON gives no source line of a secrets finding: the test checks nothing")
	}
	r := run(t, dir, gcl, "run", "--show-stats=false", "./...")
	if r.code != 1 {
		t.Fatalf("golangci-lint exited %d, want 1 (findings):\n%s%s", r.code, r.stdout, r.stderr)
	}
	out := string(r.stdout) + string(r.stderr)
	if !strings.Contains(out, "(atlvet)") {
		t.Fatalf("text output shows no finding of atlvet:\n%s", out)
	}
	for _, l := range secretLines {
		if strings.Contains(out, l) {
			t.Errorf("text output prints the source line of a secret (%s)", atlassian.Redact(l))
		}
	}
}

// driversAgree compares the findings of golangci-lint, atlvet and go vet
// on the module in dir and returns atlvet's, with the number of them
// that golangci-lint does not report because of //nolint:atlvet.
func driversAgree(t *testing.T, dir string) (byAtlvet []finding, silenced int) {
	t.Helper()
	var byGCL []finding
	for _, is := range lintJSON(t, dir, "./...") {
		byGCL = append(byGCL, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column, is.Text))
	}
	slices.Sort(byGCL)

	r := run(t, dir, atlvet, "-json", "./...")
	if r.code != 0 {
		t.Fatalf("atlvet -json exited %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	byAtlvet = analysisJSON(t, dir, r.stdout)

	r = run(t, dir, "go", "vet", "-vettool="+atlvet, "-json", "./...")
	if r.code != 0 {
		t.Fatalf("go vet -json exited %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	// go vet -json writes to stdout since Go 1.26, to stderr before.
	byVet := analysisJSON(t, dir, append(r.stdout, r.stderr...))
	if !slices.Equal(byAtlvet, byVet) {
		t.Errorf("atlvet and go vet disagree:\natlvet:\n\t%s\ngo vet:\n\t%s", strings.Join(byAtlvet, "\n\t"), strings.Join(byVet, "\n\t"))
	}

	nolint := nolintLines(t, dir)
	var wantGCL []finding
	for _, f := range byAtlvet {
		if file, line := splitPos(f); nolint[fmt.Sprintf("%s:%d", file, line)] {
			silenced++
			continue
		}
		wantGCL = append(wantGCL, f)
	}
	if !slices.Equal(byGCL, wantGCL) {
		t.Errorf("golangci-lint and atlvet disagree:\ngolangci-lint:\n\t%s\natlvet without //nolint lines:\n\t%s", strings.Join(byGCL, "\n\t"), strings.Join(wantGCL, "\n\t"))
	}
	return byAtlvet, silenced
}

// analysisJSON decodes the JSON of an analysis driver (atlvet -json, or
// go vet -json with its "# package" lines) into sorted findings.
func analysisJSON(t *testing.T, dir string, out []byte) []finding {
	t.Helper()
	var lines []string
	for l := range strings.SplitSeq(string(out), "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	dec := json.NewDecoder(strings.NewReader(strings.Join(lines, "\n")))
	var found []finding
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("analysis JSON does not parse: %v\n%s", err, out)
		}
		for pkg, byPass := range tree {
			for pass, raw := range byPass {
				var diags []struct {
					Posn    string `json:"posn"`
					Message string `json:"message"`
					Related []struct {
						Posn    string `json:"posn"`
						Message string `json:"message"`
					} `json:"related"`
				}
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Fatalf("%s: %s: %s", pkg, pass, raw) // an error object
				}
				for _, d := range diags {
					rel, err := filepath.Rel(dir, d.Posn)
					if err != nil {
						t.Fatal(err)
					}
					found = append(found, fmt.Sprintf("%s: %s: %s", filepath.ToSlash(rel), pass, d.Message))
					// golangci-lint reports related information as
					// findings of their own.
					for _, r := range d.Related {
						relPos, err := filepath.Rel(dir, r.Posn)
						if err != nil {
							t.Fatal(err)
						}
						found = append(found, fmt.Sprintf("%s: %s(related information): %s", filepath.ToSlash(relPos), pass, r.Message))
					}
				}
			}
		}
	}
	slices.Sort(found)
	return found
}

// nolintLines returns the "file:line" of every line with a //nolint
// comment naming atlvet, files relative to dir.
func nolintLines(t *testing.T, dir string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for i, l := range strings.Split(string(data), "\n") {
			if strings.Contains(l, "//nolint:atlvet") {
				out[fmt.Sprintf("%s:%d", filepath.ToSlash(rel), i+1)] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func splitPos(f finding) (file string, line int) {
	parts := strings.SplitN(f, ":", 3)
	if len(parts) < 3 {
		return "", 0
	}
	line, _ = strconv.Atoi(parts[1])
	return parts[0], line
}

// TestFix runs golangci-lint --fix: it must change the code exactly as
// atlvet -fix does (the fixes of the useragent pass, among them), and
// the result must still build and lose the fixed findings.
func TestFix(t *testing.T) {
	needTools(t)
	byGCL := fixesAgree(t, filepath.Join("testdata", "jira"))
	fixed, err := os.ReadFile(filepath.Join(byGCL, clientFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// Issue: the header is set after the error check.
		"\t\treturn nil, err\n\t}\n\treq.Header.Set(\"User-Agent\", \"jira-jirasync-int/1.0.0\")\n\treturn http.DefaultClient.Do(req)\n}\n\n// Myself",
		// Myself: the identity is lower-cased.
		"\treq.Header.Set(\"User-Agent\", \"jira-jirasync-int/1.0.0\")\n\treturn http.DefaultClient.Do(req)\n}\n\n// Projects",
	} {
		if !strings.Contains(string(fixed), want) {
			t.Errorf("golangci-lint --fix did not produce\n%s\nin\n%s", want, fixed)
		}
	}
	if strings.Contains(string(fixed), "Jira-JiraSync-Int") {
		t.Errorf("the upper-case User-Agent was not fixed")
	}
	in := funcAt(t, filepath.Join(byGCL, clientFile))
	for _, is := range lintJSON(t, byGCL, "./...") {
		if fn := in(is.Pos.Line); is.Pos.Filename == clientFile && (fn == "Issue" || fn == "Myself") {
			t.Errorf("still reported after --fix in %s: %s:%d: %s", fn, is.Pos.Filename, is.Pos.Line, is.Text)
		}
	}
}

// TestRootExampleFix runs golangci-lint --fix on the repository's
// example module: the same fixes as atlvet -fix, and code that builds.
func TestRootExampleFix(t *testing.T) {
	needTools(t)
	fixesAgree(t, rootExample(t))
}

// fixesAgree applies the fixes of golangci-lint --fix and of atlvet -fix
// to two copies of the module in src, checks that every Go file ends up
// the same and that the result builds, and returns golangci-lint's copy.
func fixesAgree(t *testing.T, src string) string {
	t.Helper()
	byGCL := copyModule(t, src, nil)
	r := run(t, byGCL, gcl, "run", "--fix", "--enable-only=atlvet", "--show-stats=false", "./...")
	if r.code != 0 && r.code != 1 {
		t.Fatalf("golangci-lint --fix exited %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	byAtlvet := copyModule(t, src, nil)
	r = run(t, byAtlvet, atlvet, "-fix", "./...")
	if r.code != 0 && r.code != 3 {
		t.Fatalf("atlvet -fix exited %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	err := filepath.WalkDir(byAtlvet, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel(byAtlvet, path)
		want, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		got, err := os.ReadFile(filepath.Join(byGCL, rel))
		if err != nil {
			return err
		}
		if string(got) != string(want) {
			t.Errorf("%s: golangci-lint --fix and atlvet -fix differ\n--- golangci-lint\n%s\n--- atlvet\n%s", rel, got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if r := run(t, byGCL, "go", "build", "./..."); r.code != 0 {
		t.Errorf("the fixed module does not build:\n%s", r.stderr)
	}
	return byGCL
}

// TestUnknownSettingsKey checks that a misspelt key stops golangci-lint
// with one readable line that names the key and what is allowed.
func TestUnknownSettingsKey(t *testing.T) {
	needTools(t)
	for _, tc := range []struct {
		name string
		edit func(string) string
		want []string
	}{
		{"pass key", func(s string) string {
			return strings.Replace(s, "          useragent:\n", "          useragent:\n            hostz: [jira.example.com]\n", 1)
		}, []string{`atlvet settings: useragent: unknown key "hostz"; allowed keys are `, "hosts"}},
		{"top-level key", func(s string) string {
			return strings.Replace(s, "          enable: []\n", "          enabel: [useragent]\n", 1)
		}, []string{`atlvet settings: unknown key "enabel"; allowed keys are enable, `}},
		{"unknown pass", func(s string) string {
			return strings.Replace(s, "          enable: []\n", "          enable: [useragnet]\n", 1)
		}, []string{`unknown pass "useragnet"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := fixture(t, tc.edit)
			cfg, _ := os.ReadFile(filepath.Join(dir, ".golangci.yml"))
			example, _ := os.ReadFile(filepath.Join(root, ".golangci.example.yml"))
			if string(cfg) == string(example) {
				t.Fatal("the edit did not apply: has .golangci.example.yml changed shape?")
			}
			r := run(t, dir, gcl, "run", "./...")
			if r.code == 0 || r.code == 1 {
				t.Fatalf("golangci-lint exited %d, want a configuration error:\n%s%s", r.code, r.stdout, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(string(r.stderr), w) {
					t.Errorf("stderr does not say %q:\n%s", w, r.stderr)
				}
			}
			if strings.Contains(string(r.stderr), "goroutine ") {
				t.Errorf("stderr has a stack trace:\n%s", r.stderr)
			}
		})
	}
}

// TestDenseFix: golangci-lint --fix, which drops every edit of a
// linter in a file when two of its fixes conflict, applies every fix
// of a package dense with them, as atlvet -fix does, and the result
// builds with no fixable finding left.
func TestDenseFix(t *testing.T) {
	needTools(t)
	byGCL := fixesAgree(t, filepath.Join(root, "e2e", "testdata", "dense"))
	r := run(t, byGCL, atlvet, "-json", "./...")
	if strings.Contains(string(r.stdout), `"suggested_fixes"`) {
		t.Errorf("after golangci-lint --fix, findings with fixes remain:\n%s", r.stdout)
	}
	orig, err := os.ReadFile(filepath.Join(root, "e2e", "testdata", "dense", "oauth.go"))
	if err != nil {
		t.Fatal(err)
	}
	fixed, err := os.ReadFile(filepath.Join(byGCL, "oauth.go"))
	if err != nil {
		t.Fatal(err)
	}
	if string(orig) == string(fixed) {
		t.Error("golangci-lint --fix changed nothing in oauth.go")
	}
}
