package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// apiModule is shaped like atl-cli's internal/api: one package whose
// files send to a host known only at run time and to a Jira site, so
// that which request a suggested User-Agent is named after depends on
// the order the driver sees the files in, unless the pass orders them
// itself.
var apiModule = map[string]string{
	"go.mod": "module example.com/atlcli\n\ngo 1.26\n",
	"internal/api/a_generic.go": `package api

import "net/http"

func Generic(base string) (*http.Response, error) {
	req, err := http.NewRequest("GET", base+"/rest/api/3/serverInfo", nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
`,
	"internal/api/b_jira.go": `package api

import "net/http"

func Myself() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
`,
	"internal/api/c_wiki.go": `package api

import "net/http"

func Pages() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/wiki/api/v2/pages", nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
`,
}

// sarifLines returns a SARIF log's findings as the text output prints
// them, paths relative to the log's root.
func sarifLines(t *testing.T, log sarifLog) string {
	t.Helper()
	var got []string
	for _, res := range log.Runs[0].Results {
		got = append(got, res.Locations[0].String()+": "+res.Message.Text)
		for _, rel := range res.Related {
			got = append(got, rel.String()+": related: "+rel.Message.Text)
		}
	}
	return strings.Join(findingLines("\x00", strings.Join(got, "\n")), "\n")
}

// TestDriversAgree: standalone, -json, -sarif and go vet report the
// same findings, with the same suggested identities, in the same
// order of files, on the root example and on a module shaped like
// atl-cli's request package; and twice in a row the same bytes.
func TestDriversAgree(t *testing.T) {
	parallel(t)
	for name, dir := range map[string]string{
		"testdata": copyExample(t),
		"atlcli":   writeModule(t, apiModule),
	} {
		t.Run(name, func(t *testing.T) {
			text := command(t, dir, atlvet, "./...")
			again := command(t, dir, atlvet, "./...")
			if text.stderr != again.stderr {
				t.Errorf("two runs differ:\n%s\n---\n%s", text.stderr, again.stderr)
			}
			standalone := strings.Join(findingLines(dir, text.stderr), "\n")
			if standalone == "" {
				t.Fatal("no findings")
			}
			vet := command(t, dir, "go", "vet", "-vettool="+atlvet, "./...")
			if got := strings.Join(findingLines(dir, vet.stderr), "\n"); got != standalone {
				t.Errorf("go vet differs from standalone:\n%s\n---\n%s", got, standalone)
			}
			if got := sarifLines(t, runSARIF(t, dir, 0, "./...")); got != standalone {
				t.Errorf("-sarif differs from standalone:\n%s\n---\n%s", got, standalone)
			}
			// Text output is already in file and line order.
			var lines []string
			for line := range strings.Lines(text.stderr) {
				if !strings.HasPrefix(line, "\t") {
					lines = append(lines, strings.TrimSpace(line))
				}
			}
			if !slices.IsSortedFunc(lines, func(a, b string) int {
				if positionLess(a, b) {
					return -1
				}
				return 0
			}) {
				t.Errorf("text output is not sorted by file and line:\n%s", text.stderr)
			}
		})
	}
}

// TestSARIFRoot: SARIF paths are relative to the repository's root,
// not the working directory, so that a module in a subdirectory names
// its files as code scanning finds them in the repository.
func TestSARIFRoot(t *testing.T) {
	parallel(t)
	files := map[string]string{}
	for name, content := range apiModule {
		files["svc/"+name] = content
	}
	dir := writeModule(t, files)
	svc := filepath.Join(dir, "svc")
	uris := func(log sarifLog) []string {
		var out []string
		for _, r := range log.Runs[0].Results {
			out = append(out, r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
		}
		return out
	}
	// Not a git repository: the module's root.
	for _, u := range uris(runSARIF(t, svc, 0, "./...")) {
		if !strings.HasPrefix(u, "internal/api/") {
			t.Errorf("outside git: URI %q, want relative to the module root", u)
		}
	}
	if r := command(t, dir, "git", "init", "-q"); r.code != 0 {
		t.Skipf("git init: %s", r.stderr)
	}
	for _, u := range uris(runSARIF(t, svc, 0, "./...")) {
		if !strings.HasPrefix(u, "svc/internal/api/") {
			t.Errorf("in git: URI %q, want relative to the repository root", u)
		}
	}
	for _, u := range uris(runSARIF(t, svc, 0, "-sarif.root="+filepath.Join(svc, "internal"), "./...")) {
		if !strings.HasPrefix(u, "api/") {
			t.Errorf("-sarif.root: URI %q, want relative to the root given", u)
		}
	}
}

// rawSARIF runs atlvet -sarif and returns the log as generic JSON.
func rawSARIF(t *testing.T, dir string, args ...string) (map[string]any, string) {
	t.Helper()
	r := command(t, dir, atlvet, append([]string{"-sarif"}, args...)...)
	var log map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("atlvet -sarif %v: %v\n%s%s", args, err, r.stdout, r.stderr)
	}
	return log, r.stdout
}

// path walks a decoded JSON value: keys of objects, indices of arrays.
func path(v any, steps ...any) any {
	for _, s := range steps {
		switch s := s.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[s]
		case int:
			a, _ := v.([]any)
			if s >= len(a) {
				return nil
			}
			v = a[s]
		}
	}
	return v
}

// TestSARIFForCodeScanning: what GitHub code scanning reads is there:
// a security-severity, precision and "security" tag on every rule,
// partialFingerprints that survive lines moving, no "artifactChanges":
// null, and the command line of the other modes.
func TestSARIFForCodeScanning(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	log, raw := rawSARIF(t, dir, "./...")
	if strings.Contains(raw, `"artifactChanges": null`) {
		t.Error(`the log holds "artifactChanges": null`)
	}
	rules, _ := path(log, "runs", 0, "tool", "driver", "rules").([]any)
	if len(rules) == 0 {
		t.Fatal("no rules")
	}
	for _, r := range rules {
		id := path(r, "id")
		props, _ := path(r, "properties").(map[string]any)
		tags, _ := props["tags"].([]any)
		if props["security-severity"] == nil || props["precision"] == nil || !slices.Contains(tags, any("security")) {
			t.Errorf("rule %v: properties %v lack security-severity, precision or the security tag", id, props)
		}
		if lvl := path(r, "defaultConfiguration", "level"); lvl != "error" && lvl != "warning" && lvl != "note" {
			t.Errorf("rule %v: level %v", id, lvl)
		}
	}
	fingerprints := func(log map[string]any) map[string]string {
		out := map[string]string{}
		results, _ := path(log, "runs", 0, "results").([]any)
		for _, res := range results {
			fp, _ := path(res, "partialFingerprints", "atlvetFindingHash/v1").(string)
			if fp == "" {
				t.Errorf("result without partialFingerprints: %v", path(res, "message", "text"))
			}
			msg, _ := path(res, "message", "text").(string)
			out[fp] = regexp.MustCompile(`:\d+`).ReplaceAllString(msg, "")
		}
		return out
	}
	before := fingerprints(log)
	// Lines move: every file of the example gains lines at its top.
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(p, append([]byte("// Moved.\n//\n// Down by three lines.\n"), data...), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	moved, _ := rawSARIF(t, dir, "./...")
	after := fingerprints(moved)
	if len(before) == 0 || len(before) != len(after) {
		t.Errorf("%d fingerprints before the move, %d after", len(before), len(after))
	}
	for fp, msg := range before {
		if _, ok := after[fp]; !ok {
			t.Errorf("the fingerprint of %q changed when lines moved", msg)
		}
	}

	// The flags of the other modes, before and after the patterns.
	only, _ := rawSARIF(t, dir, "./...", "-useragent", "-test=false", "-tags=integration")
	results, _ := path(only, "runs", 0, "results").([]any)
	if len(results) == 0 {
		t.Error("-useragent after the pattern: no results")
	}
	for _, res := range results {
		if id, _ := path(res, "ruleId").(string); !strings.HasPrefix(id, "useragent/") {
			t.Errorf("-useragent after the pattern: a result of %s", id)
		}
	}
}

// TestSARIFNoPackages: patterns that match nothing write no log and
// exit non-zero with a message; uploading an empty log would close
// every open alert.
func TestSARIFNoPackages(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	for _, pattern := range []string{"./nothing/...", "./does-not-exist"} {
		r := command(t, dir, atlvet, "-sarif", pattern)
		if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, "matched no packages") {
			t.Errorf("atlvet -sarif %s: exit code %d, stdout %q, stderr %q; want non-zero, no log, a message", pattern, r.code, r.stdout, r.stderr)
		}
	}
}

// TestFixSummary: atlvet -fix applies every fix in one run, the result
// is what go vet -fix makes of the example, and it says what it did
// and how many findings remain, exiting 3.
func TestFixSummary(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	r := command(t, dir, atlvet, "-fix", "./...")
	if r.code != 3 {
		t.Errorf("atlvet -fix: exit code %d, want 3 (findings without a fix remain)\n%s", r.code, r.stderr)
	}
	m := regexp.MustCompile(`^atlvet: applied (\d+) fix(es)? in (\d+) files?; (\d+) findings? without a fix remain`).FindStringSubmatch(r.stderr)
	if m == nil || m[1] == "0" {
		t.Fatalf("atlvet -fix does not say what it did:\n%s", r.stderr)
	}
	if strings.Contains(r.stderr, "overlapped") {
		t.Errorf("fixes of the example conflict:\n%s", r.stderr)
	}
	checkFixed(t, dir, false)

	// A second run finds nothing more to fix.
	again := command(t, dir, atlvet, "-fix", "./...")
	if !strings.HasPrefix(again.stderr, "atlvet: applied 0 fixes in 0 files") {
		t.Errorf("a second atlvet -fix still fixes:\n%s", again.stderr)
	}

	diff := command(t, copyExample(t), atlvet, "-fix", "-diff", "./...")
	if diff.code != 3 || !strings.Contains(diff.stdout, "+++ ") || !strings.HasPrefix(diff.stderr, "atlvet: would apply") {
		t.Errorf("atlvet -fix -diff: exit code %d, stdout %.300q, stderr %q", diff.code, diff.stdout, diff.stderr)
	}
}

// TestVersion: -V=full (go vet's protocol) and "atlvet version" print
// the module version and a build ID, never "comments-go-here".
func TestVersion(t *testing.T) {
	parallel(t)
	re := regexp.MustCompile(`^atlvet version (v\S+|devel) buildID=[0-9a-f]{64}\n$`)
	for _, args := range [][]string{{"-V=full"}, {"version"}} {
		r := command(t, ".", atlvet, args...)
		if r.code != 0 || !re.MatchString(r.stdout) {
			t.Errorf("atlvet %v: exit code %d, output %q; want %s", args, r.code, r.stdout, re)
		}
	}
}

// copyDense copies e2e/testdata/dense, a package dense with fixable
// findings of every pass, into a new temporary directory.
func copyDense(t *testing.T) string {
	t.Helper()
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dst = filepath.Join(dst, "dense")
	if err := os.CopyFS(dst, os.DirFS("testdata/dense")); err != nil {
		t.Fatal(err)
	}
	return dst
}

// fixableFindings counts the findings of atlvet -json on dir that
// carry a suggested fix.
func fixableFindings(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	for _, byPass := range runJSON(t, dir) {
		for _, diags := range byPass {
			for _, d := range diags {
				if len(d.SuggestedFixes) > 1 {
					t.Errorf("%s: %d suggested fixes; drivers apply the first or all of them, so give one", d.Posn, len(d.SuggestedFixes))
				}
				if len(d.SuggestedFixes) > 0 {
					n++
				}
			}
		}
	}
	return n
}

// TestDenseFixes: go fix, go vet -fix and atlvet -fix apply every fix
// of a package dense with them in one run (Go 1.26's go fix and go vet
// -fix write nothing for a package whose fixes conflict), and the
// result builds.
func TestDenseFixes(t *testing.T) {
	parallel(t)
	if n := fixableFindings(t, copyDense(t)); n < 15 {
		t.Fatalf("the dense package has %d fixable findings; it should have every pass's", n)
	}
	for _, args := range [][]string{
		{"go", "fix", "-fixtool=" + atlvet, "./..."},
		{"go", "vet", "-vettool=" + atlvet, "-fix", "./..."},
		{atlvet, "-fix", "./..."},
	} {
		t.Run(filepath.Base(args[0])+" "+args[1], func(t *testing.T) {
			dir := copyDense(t)
			r := command(t, dir, args[0], args[1:]...)
			if out := r.stdout + r.stderr; strings.Contains(out, "re-run") || strings.Contains(out, "Re-run") || strings.Contains(out, "overlapped") || strings.Contains(out, "conflict") {
				t.Errorf("%v did not apply every fix:\n%s", args, out)
			}
			if n := fixableFindings(t, dir); n != 0 {
				t.Errorf("after %v, %d findings with a fix remain", args, n)
			}
			if b := command(t, dir, "go", "build", "./..."); b.code != 0 {
				t.Errorf("after %v the package does not build:\n%s", args, b.stderr)
			}
		})
	}
}

// TestEmbeddedDescriptor: the standalone driver gives connectkey the
// atlassian-connect.json a package embeds; go vet, which gives passes
// no embedded file, is silent about it.
func TestEmbeddedDescriptor(t *testing.T) {
	parallel(t)
	dir := writeModule(t, map[string]string{
		"go.mod":                 "module example.com/embedded\n\ngo 1.26\n",
		"atlassian-connect.json": `{"key": "Jira-Acme-Int", "baseUrl": "https://acme.example.com", "name": "Acme"}` + "\n",
		"app.go":                 "package app\n\nimport _ \"embed\"\n\n//go:embed atlassian-connect.json\nvar descriptor []byte\n",
	})
	r := command(t, dir, atlvet, "./...")
	if r.code != 3 || !strings.Contains(r.stderr, "app.go:5:1: Connect app key \"Jira-Acme-Int\" in atlassian-connect.json does not follow") {
		t.Errorf("atlvet ./...: exit code %d, want 3 and the key's finding at the //go:embed line:\n%s", r.code, r.stderr)
	}
	if vet := command(t, dir, "go", "vet", "-vettool="+atlvet, "./..."); vet.code != 0 || vet.stderr != "" {
		t.Errorf("go vet: exit code %d, output %q; want 0 and nothing (it gives passes no embedded file)", vet.code, vet.stderr)
	}
}
