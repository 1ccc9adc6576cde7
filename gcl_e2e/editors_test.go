package gcle2e_test

// gopls cannot load third-party analyzers (golang/go#59869), so editors
// see atlvet through the custom golangci-lint. These tests run the exact
// command lines the editor integrations run and parse the output the way
// each of them does; README.md ("Editors") gives the
// settings that make them run the custom binary.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// reference returns atlvet's findings as "abs-file:line:col" from a
// plain JSON run over the whole module, for the files under sub.
func reference(t *testing.T, dir, sub string) []string {
	t.Helper()
	var out []string
	for _, is := range lintJSON(t, dir, "./...") {
		abs := filepath.Join(dir, is.Pos.Filename)
		if strings.HasPrefix(abs, filepath.Join(dir, sub)+string(filepath.Separator)) {
			out = append(out, fmt.Sprintf("%s:%d:%d", abs, is.Pos.Line, is.Pos.Column))
		}
	}
	if len(out) == 0 {
		t.Fatal("the reference run found nothing")
	}
	slices.Sort(out)
	return out
}

// vscodeLine is the pattern golang/vscode-go's runTool (extension/src/util.ts)
// applies to each line of a lint tool's output.
var vscodeLine = regexp.MustCompile(`^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+)?)?:(?:\w+:)? (.*)$`)

// vscodeArgs are the arguments vscode-go's goLint (extension/src/goLint.ts)
// passes when go.lintTool is "golangci-lint-v2" and go.lintFlags is empty.
var vscodeArgs = []string{"run", "--issues-exit-code=0", "--output.text.print-issued-lines=false", "--show-stats=false", "--output.text.path=stdout", "--path-mode=abs"}

func TestVSCode(t *testing.T) {
	needTools(t)
	dir := fixture(t, nil)
	pkgDir := filepath.Join(dir, "jira")
	for _, tc := range []struct {
		scope string // go.lintOnSave
		cwd   string
		extra []string
		sub   string
	}{
		{"package", pkgDir, nil, "jira"},                                                       // the default: cwd is the file's directory
		{"workspace", dir, []string{"./..."}, "."},                                             // cwd is the workspace folder
		{"file", pkgDir, []string{filepath.Join(dir, filepath.FromSlash(clientFile))}, "jira"}, // the file's path
	} {
		t.Run(tc.scope, func(t *testing.T) {
			r := run(t, tc.cwd, gcl, append(slices.Clone(vscodeArgs), tc.extra...)...)
			// With a non-zero exit and anything on stderr, the extension
			// drops the output.
			if r.code != 0 {
				t.Fatalf("exit code %d, want 0:\n%s%s", r.code, r.stdout, r.stderr)
			}
			var got []string
			for l := range strings.SplitSeq(string(r.stdout), "\n") {
				m := vscodeLine.FindStringSubmatch(l)
				if m == nil || !strings.HasSuffix(m[7], "(atlvet)") {
					continue
				}
				file := m[2]
				if !filepath.IsAbs(file) {
					file = filepath.Join(tc.cwd, file) // path.resolve(cwd, file)
				}
				line, _ := strconv.Atoi(m[4])
				col, _ := strconv.Atoi(m[6])
				if col == 0 {
					t.Errorf("no column in %q", l)
				}
				got = append(got, fmt.Sprintf("%s:%d:%d", file, line, col))
			}
			slices.Sort(got)
			sub := tc.sub
			if sub == "." {
				sub = ""
			}
			want := reference(t, dir, sub)
			if !slices.Equal(got, want) {
				t.Errorf("VS Code would show\n\t%s\nwant\n\t%s\noutput:\n%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"), r.stdout)
			}
		})
	}
}

// TestNeovim runs the arguments nvim-lint's golangcilint linter
// (lua/lint/linters/golangcilint.lua) uses for golangci-lint v2.1 and
// later, with the buffer's directory last, from Neovim's working
// directory, and matches Pos.Filename against the buffer's absolute path
// as its parser does.
func TestNeovim(t *testing.T) {
	needTools(t)
	dir := fixture(t, nil)
	buffer := filepath.Join(dir, filepath.FromSlash(clientFile))
	args := []string{"run", "--output.json.path=stdout",
		"--output.text.path=", "--output.tab.path=", "--output.html.path=", "--output.checkstyle.path=",
		"--output.code-climate.path=", "--output.junit-xml.path=", "--output.teamcity.path=", "--output.sarif.path=",
		"--issues-exit-code=0", "--show-stats=false", "--path-mode=abs", filepath.Dir(buffer)}
	r := run(t, dir, gcl, args...)
	if r.code != 0 {
		t.Fatalf("exit code %d, want 0:\n%s%s", r.code, r.stdout, r.stderr)
	}
	var got []string
	for _, is := range atlvetIssues(t, r.stdout) {
		if is.Pos.Filename == buffer || filepath.Join(dir, is.Pos.Filename) == buffer {
			got = append(got, fmt.Sprintf("%s:%d:%d", buffer, is.Pos.Line, is.Pos.Column))
		}
	}
	slices.Sort(got)
	if want := reference(t, dir, "jira"); !slices.Equal(got, want) {
		t.Errorf("Neovim would show\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// TestLanguageServer runs the command Helix configures for
// golangci-lint-langserver (languages.toml, golangci-lint-lsp), which is
// also what Emacs lsp-mode and Neovim's golangci_lint_ls start: the
// server appends the file's directory, runs it from the workspace root,
// keeps only a non-zero exit's stdout, and matches Pos.Filename against
// the file's path relative to the root.
func TestLanguageServer(t *testing.T) {
	needTools(t)
	dir := fixture(t, nil)
	file := filepath.Join(dir, filepath.FromSlash(clientFile))
	args := []string{"run", "--output.json.path=stdout", "--show-stats=false", "--issues-exit-code=1", filepath.Dir(file) + string(filepath.Separator)}
	r := run(t, dir, gcl, args...)
	if r.code == 0 {
		t.Fatalf("exit code 0: the server would show nothing:\n%s", r.stdout)
	}
	rel := clientFile
	var got []string
	for _, is := range atlvetIssues(t, r.stdout) {
		if is.Pos.Filename == rel {
			got = append(got, fmt.Sprintf("%s:%d:%d", file, is.Pos.Line, is.Pos.Column))
		}
	}
	slices.Sort(got)
	if want := reference(t, dir, "jira"); !slices.Equal(got, want) {
		t.Errorf("the language server would show\n\t%s\nwant\n\t%s\noutput:\n%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"), r.stdout)
	}
}

// TestEmacsFlycheckCommand runs the command of the flycheck checker that
// docs/editors/atlvet-flycheck.el defines: from the buffer's directory,
// JSON with absolute paths.
func TestEmacsFlycheckCommand(t *testing.T) {
	needTools(t)
	dir := fixture(t, nil)
	file := filepath.Join(dir, filepath.FromSlash(clientFile))
	r := run(t, filepath.Dir(file), gcl, "run", "--output.json.path=stdout", "--show-stats=false", "--issues-exit-code=0", "--path-mode=abs", ".")
	if r.code != 0 {
		t.Fatalf("exit code %d, want 0:\n%s%s", r.code, r.stdout, r.stderr)
	}
	var got []string
	for _, is := range atlvetIssues(t, r.stdout) {
		if !filepath.IsAbs(is.Pos.Filename) {
			t.Errorf("relative file name %q", is.Pos.Filename)
		}
		got = append(got, fmt.Sprintf("%s:%d:%d", is.Pos.Filename, is.Pos.Line, is.Pos.Column))
	}
	slices.Sort(got)
	if want := reference(t, dir, "jira"); !slices.Equal(got, want) {
		t.Errorf("flycheck would show\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// TestEmacsFlycheckInEmacs loads docs/editors/atlvet-flycheck.el into a
// real, batch Emacs with flycheck and go-mode, checks the fixture's file
// and compares flycheck's errors with the reference run. It is skipped
// where Emacs or those packages are missing (Debian: emacs-nox,
// elpa-flycheck, elpa-go-mode).
func TestEmacsFlycheckInEmacs(t *testing.T) {
	needTools(t)
	emacs, err := exec.LookPath("emacs")
	if err != nil {
		t.Skip("no emacs on PATH (Debian: apt-get install emacs-nox elpa-flycheck elpa-go-mode)")
	}
	probe := exec.Command(emacs, "--batch", "-Q", "--eval",
		`(progn (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa") (package-initialize) (require 'flycheck) (require 'go-mode))`)
	if out, err := probe.CombinedOutput(); err != nil {
		t.Skipf("emacs has no flycheck or go-mode (Debian: elpa-flycheck elpa-go-mode): %v\n%s", err, out)
	}
	dir := fixture(t, nil)
	file := filepath.Join(dir, filepath.FromSlash(clientFile))
	batch, err := filepath.Abs(filepath.Join("testdata", "flycheck-batch.el"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(emacs, "--batch", "-Q", "-l", batch)
	cmd.Dir = dir
	cmd.Env = append(slices.Clone(env),
		"ATLVET_FLYCHECK_EL="+filepath.Join(root, "docs", "editors", "atlvet-flycheck.el"),
		"CUSTOM_GCL="+gcl,
		"GO_FILE="+file)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("emacs: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "status: finished") {
		t.Fatalf("flycheck did not finish:\n%s", out)
	}
	var got []string
	for l := range strings.SplitSeq(string(out), "\n") {
		if !strings.HasSuffix(l, "[atlvet]") {
			continue
		}
		parts := strings.SplitN(l, ":", 4)
		if len(parts) < 4 {
			t.Errorf("bad line %q", l)
			continue
		}
		got = append(got, strings.Join(parts[:3], ":"))
	}
	slices.Sort(got)
	if want := reference(t, dir, "jira"); !slices.Equal(got, want) {
		t.Errorf("flycheck shows\n\t%s\nwant\n\t%s\nemacs output:\n%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"), out)
	}
}

// TestReadmeEditorSettings: the settings README.md's "Editors" section
// tells users to paste are the ones these tests exercise.
func TestReadmeEditorSettings(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## Editors\n")
	if !ok {
		t.Fatal(`README.md has no "## Editors" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	for _, want := range []string{
		`"go.lintTool": "golangci-lint-v2"`,
		`"go.alternateTools": { "golangci-lint-v2": "${workspaceFolder}/bin/custom-gcl" }`,
		"custom-gcl " + strings.Join(vscodeArgs, " "),
		`lint.linters.golangcilint.cmd = "custom-gcl"`,
		`"--issues-exit-code=0", "--show-stats=false", "--path-mode=abs"`,
		`command = ["custom-gcl", "run", "--output.json.path=stdout", "--show-stats=false", "--issues-exit-code=1"]`,
		"docs/editors/atlvet-flycheck.el",
	} {
		if !strings.Contains(section, want) {
			t.Errorf("README.md's Editors section lacks %s", want)
		}
	}
}
