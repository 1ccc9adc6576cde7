package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atlvet/atlvet/internal/lsp"
	"github.com/atlvet/atlvet/internal/lsp/lsptest"
)

// lspSession is "atlvet lsp --stdio" run as an editor runs it, and the
// client driving it over its standard input and output.
type lspSession struct {
	*lsptest.Client
	t      *testing.T
	ctx    context.Context
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stderr *strings.Builder
	exited chan struct{} // closed when the process ends
	err    error         // what Wait returned
}

func startLSP(t *testing.T, dir string) *lspSession {
	t.Helper()
	cmd := exec.Command(atlvet, "lsp", "--stdio")
	cmd.Dir = dir
	cmd.Env = env()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := new(strings.Builder)
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	s := &lspSession{Client: lsptest.New(stdout, stdin), t: t, ctx: ctx, cmd: cmd, stdin: stdin, stderr: stderr, exited: make(chan struct{})}
	go func() {
		s.err = cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(func() {
		cancel()
		stdin.Close()
		select {
		case <-s.exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
	})
	return s
}

func (s *lspSession) notify(method string, params any) {
	s.t.Helper()
	if err := s.Notify(method, params); err != nil {
		s.t.Fatal(err)
	}
}

func (s *lspSession) open(path, text string) {
	s.t.Helper()
	s.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": fileURI(path), "languageId": "go", "version": 1, "text": text}})
}

func (s *lspSession) change(path string, version int, text string) {
	s.t.Helper()
	s.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": fileURI(path), "version": version},
		"contentChanges": []any{map[string]any{"text": text}},
	})
}

func (s *lspSession) diagnostics(path string, version int) []lsp.Diagnostic {
	s.t.Helper()
	p, err := s.WaitVersion(s.ctx, fileURI(path), version)
	if err != nil {
		s.t.Fatalf("%v\nstderr: %s", err, s.stderr)
	}
	return p.Diagnostics
}

func fileURI(path string) string { return "file://" + filepath.ToSlash(path) }

// diagnosticLines writes diagnostics as the golden file writes
// findings, "file:line:col: message" with a byte column, so that they
// can be compared with what the command line prints.
func diagnosticLines(t *testing.T, rel, text string, ds []lsp.Diagnostic) []string {
	t.Helper()
	var out []string
	for _, d := range ds {
		off, err := lsptest.Offset(text, lsp.Position{Line: d.Range.Start.Line})
		if err != nil {
			t.Fatal(err)
		}
		start, err := lsptest.Offset(text, d.Range.Start)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s:%d:%d: %s", rel, d.Range.Start.Line+1, start-off+1, d.Message))
	}
	return out
}

// goldenFor returns the findings of the golden file in one file.
func goldenFor(t *testing.T, rel string) []string {
	t.Helper()
	data, err := os.ReadFile(goldenFindings)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(line, rel+":") && !strings.Contains(line, ": related: ") {
			out = append(out, line)
		}
	}
	return out
}

// TestLSP drives "atlvet lsp" over pipes exactly as an editor does, on
// a copy of testdata/: a wrongly cased User-Agent is a diagnostic on
// the literal, its quick fix applied to the buffer makes it go; the
// diagnostics follow the unsaved buffer; a package that does not
// type-check keeps the findings of the passes that run despite errors;
// no message carries a secret; shutdown and exit end the process with
// status 0.
func TestLSP(t *testing.T) {
	parallel(t)
	dir := copyExample(t)
	s := startLSP(t, dir)
	var init map[string]any
	if err := s.Call(s.ctx, "initialize", map[string]any{
		"processId":    os.Getpid(),
		"rootUri":      fileURI(dir),
		"capabilities": map[string]any{"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": true}}},
	}, &init); err != nil {
		t.Fatalf("%v\nstderr: %s", err, s.stderr)
	}
	s.notify("initialized", map[string]any{})

	// The file as it is in testdata/: the same findings as atlvet ./...
	attachments := filepath.Join(dir, "jira", "attachments.go")
	text := readText(t, attachments)
	s.open(attachments, text)
	ds := s.diagnostics(attachments, 1)
	if got, want := diagnosticLines(t, "jira/attachments.go", text, ds), goldenFor(t, "jira/attachments.go"); !slices.Equal(got, want) {
		t.Errorf("diagnostics of jira/attachments.go:\n%s\nwant (as atlvet ./... prints them):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A literal after text that is not ASCII, in the buffer only.
	version := 1
	edited := strings.Replace(text, "\treq.Header.Set(\"Content-Type\"", "\t/* Größe 😀 */ req.Header.Set(\"User-Agent\", \"Jira-Acme-Int/1.4.2\")\n\treq.Header.Set(\"Content-Type\"", 1)
	version++
	s.change(attachments, version, edited)
	ds = s.diagnostics(attachments, version)
	var onLiteral *lsp.Diagnostic
	for i, d := range ds {
		if lit, _ := lsptest.Text(edited, d.Range); d.Code == "useragent/convention" && lit == `"Jira-Acme-Int/1.4.2"` {
			onLiteral = &ds[i]
		}
	}
	if onLiteral == nil {
		t.Fatalf("no useragent/convention diagnostic on the literal in the buffer: %+v", ds)
	}
	if disk := readText(t, attachments); disk != text {
		t.Error("the file on disk changed")
	}

	// Its quick fix, applied to the buffer.
	var actions []lsp.CodeAction
	if err := s.Call(s.ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(attachments)},
		"range":        onLiteral.Range,
		"context":      map[string]any{"diagnostics": []any{onLiteral}, "only": []string{"quickfix"}},
	}, &actions); err != nil {
		t.Fatal(err)
	}
	if len(actions) < 2 || actions[0].Edit == nil || len(actions[0].Edit.DocumentChanges) != 1 {
		t.Fatalf("code actions %+v, want the fix first, then the ignore action", actions)
	}
	change := actions[0].Edit.DocumentChanges[0]
	if change.TextDocument.URI != fileURI(attachments) || change.TextDocument.Version == nil || *change.TextDocument.Version != version {
		t.Errorf("the fix edits %s at version %v, want the buffer at version %d", change.TextDocument.URI, change.TextDocument.Version, version)
	}
	fixed, err := lsptest.Apply(edited, change.Edits)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fixed, `/* Größe 😀 */ req.Header.Set("User-Agent", "jira-acme-int/1.4.2")`) {
		t.Errorf("after the fix:\n%s", fixed)
	}
	version++
	s.change(attachments, version, fixed)
	ds = s.diagnostics(attachments, version)
	for _, d := range ds {
		if lit, _ := lsptest.Text(fixed, d.Range); strings.Contains(lit, "jira-acme-int") {
			t.Errorf("after the fix: %+v", d)
		}
	}
	if len(ds) != 1 {
		t.Errorf("after the fix: %d diagnostics, want the one on attachmentAgent", len(ds))
	} else if lit, _ := lsptest.Text(fixed, ds[0].Range); lit != "attachmentAgent" {
		t.Errorf("after the fix: a diagnostic on %q, want the one on attachmentAgent", lit)
	}

	// The constant's fix edits its declaration, lines above.
	version++
	s.change(attachments, version, text)
	ds = s.diagnostics(attachments, version)
	if err := s.Call(s.ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(attachments)},
		"range":        ds[0].Range,
		"context":      map[string]any{"diagnostics": []any{}},
	}, &actions); err != nil {
		t.Fatal(err)
	}
	fixed, err = lsptest.Apply(text, actions[0].Edit.DocumentChanges[0].Edits)
	if err != nil || !strings.Contains(fixed, `const attachmentAgent = "jira-acme-int/1.4.2"`) {
		t.Fatalf("after the fix (%v):\n%s", err, fixed)
	}
	version++
	s.change(attachments, version, fixed)
	if ds := s.diagnostics(attachments, version); len(ds) != 0 {
		t.Errorf("after fixing the constant: %+v", ds)
	}

	// A package that no longer type-checks: the passes that run
	// despite errors still report on it, and the server goes on.
	pages := filepath.Join(dir, "confluence", "pages.go")
	pagesText := readText(t, pages)
	s.open(pages, pagesText)
	if got, want := diagnosticLines(t, "confluence/pages.go", pagesText, s.diagnostics(pages, 1)), goldenFor(t, "confluence/pages.go"); !slices.Equal(got, want) {
		t.Errorf("diagnostics of confluence/pages.go:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	broken := pagesText + "\nvar _ = undefinedName\n\nconst statusPage = \"http://acme.atlassian.net/status\"\n"
	s.change(pages, 2, broken)
	var got []string
	for _, d := range s.diagnostics(pages, 2) {
		lit, _ := lsptest.Text(broken, d.Range)
		got = append(got, d.Code+" "+lit)
	}
	if want := []string{`siteurl/insecure-scheme "http://acme.atlassian.net/status"`}; !slices.Equal(got, want) {
		t.Errorf("in a package that does not type-check: %q, want %q (siteurl runs despite errors; useragent does not)", got, want)
	}
	s.change(pages, 3, broken+"\nfunc {\n")
	s.diagnostics(pages, 3)
	s.change(pages, 4, pagesText)
	if got, want := diagnosticLines(t, "confluence/pages.go", pagesText, s.diagnostics(pages, 4)), goldenFor(t, "confluence/pages.go"); !slices.Equal(got, want) {
		t.Errorf("diagnostics of confluence/pages.go restored:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A hard-coded token: the diagnostic shows six characters of it,
	// and nothing the server sends holds it.
	jirasync := filepath.Join(dir, "cmd", "jirasync", "main.go")
	jirasyncText := readText(t, jirasync)
	token := regexp.MustCompile(`ATATT3[A-Za-z0-9_=-]{100,}`).FindString(jirasyncText)
	if token == "" {
		t.Fatal("cmd/jirasync/main.go holds no token")
	}
	s.open(jirasync, jirasyncText)
	ds = s.diagnostics(jirasync, 1)
	if got, want := diagnosticLines(t, "cmd/jirasync/main.go", jirasyncText, ds), goldenFor(t, "cmd/jirasync/main.go"); !slices.Equal(got, want) {
		t.Errorf("diagnostics of cmd/jirasync/main.go:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(ds) > 0 {
		if err := s.Call(s.ctx, "textDocument/codeAction", map[string]any{
			"textDocument": map[string]any{"uri": fileURI(jirasync)},
			"range":        ds[0].Range,
			"context":      map[string]any{"diagnostics": []any{}},
		}, &actions); err != nil {
			t.Fatal(err)
		}
		if data, _ := json.Marshal(actions); strings.Contains(string(data), token[:20]) {
			t.Error("a code action holds the token")
		}
	}
	for _, method := range []string{"textDocument/publishDiagnostics", "window/logMessage", "window/showMessage"} {
		for _, params := range s.Notifications(method) {
			if strings.Contains(string(params), token[:20]) {
				t.Errorf("%s holds the token", method)
			}
		}
	}

	// Closing a file clears its diagnostics.
	s.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": fileURI(pages)}})
	if _, err := s.WaitDiagnostics(s.ctx, fileURI(pages), func(p lsp.PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 }); err != nil {
		t.Error(err)
	}

	if err := s.Call(s.ctx, "shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	s.notify("exit", nil)
	select {
	case <-s.exited:
		if s.err != nil {
			t.Errorf("atlvet lsp after shutdown and exit: %v, want exit status 0\nstderr: %s", s.err, s.stderr)
		}
	case <-s.ctx.Done():
		t.Error("atlvet lsp did not exit")
	}
	if strings.Contains(s.stderr.String(), token[:20]) {
		t.Error("standard error holds the token")
	}
	if out := s.stderr.String(); strings.Contains(out, "panic:") || crashRE.MatchString(out) {
		t.Errorf("atlvet lsp crashed:\n%s", out)
	}
}

// TestLSPExitStatus: exit without shutdown is exit status 1, as the
// protocol says; a bad argument is a usage error.
func TestLSPExitStatus(t *testing.T) {
	parallel(t)
	s := startLSP(t, t.TempDir())
	if err := s.Call(s.ctx, "initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, nil); err != nil {
		t.Fatal(err)
	}
	s.notify("exit", nil)
	select {
	case <-s.exited:
		if exit, ok := s.err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
			t.Errorf("exit without shutdown: %v, want exit status 1", s.err)
		}
	case <-s.ctx.Done():
		t.Error("atlvet lsp did not exit")
	}
	if r := command(t, t.TempDir(), atlvet, "lsp", "--tcp"); r.code != 2 || !strings.Contains(r.stderr, "usage") {
		t.Errorf("atlvet lsp --tcp: exit %d, %q; want 2 and the usage", r.code, r.stderr)
	}
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
