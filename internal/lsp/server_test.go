package lsp_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/lsp"
	"github.com/atlvet/atlvet/internal/lsp/lsptest"
	"github.com/atlvet/atlvet/suite"
)

// config is the server's configuration as cmd/atlvet gives it.
func config() lsp.Config {
	return lsp.Config{
		Name:    "atlvet",
		Version: "test",
		Configure: func(raw json.RawMessage) ([]*analysis.Analyzer, error) {
			s, err := suite.ParseSettings(raw)
			if err != nil {
				return nil, err
			}
			return suite.Build(s)
		},
		SettingKeys: settingKeys(),
		Levels: func(passes []*analysis.Analyzer) map[string]string {
			levels := map[string]string{}
			for _, r := range suite.Rules(passes) {
				levels[r.ID] = r.Level
			}
			return levels
		},
		Fallback: map[*analysis.Analyzer]func(*analysis.Pass) any{flow.Analyzer: flow.Degraded},
		Redact:   atlassian.SafeText,
		Env:      goEnv(),
	}
}

// goEnv is the go command's environment in these tests: no network,
// no workspace.
func goEnv() []string {
	return append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
}

// session is a server on pipes and the client driving it.
type session struct {
	*lsptest.Client
	t    testing.TB
	ctx  context.Context
	in   io.WriteCloser
	done chan struct{} // closed when Serve returns
	err  error         // what Serve returned
}

// start runs a server over pipes, as an editor runs one.
func start(t testing.TB, cfg lsp.Config) *session {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	s := &session{Client: lsptest.New(outR, inW), t: t, ctx: ctx, in: inW, done: make(chan struct{})}
	go func() {
		s.err = lsp.Serve(context.Background(), cfg, inR, outW)
		outW.Close()
		inR.Close()
		close(s.done)
	}()
	t.Cleanup(func() {
		inW.Close()
		<-s.done
	})
	return s
}

// served waits for Serve to return and returns its error.
func (s *session) served() error {
	s.t.Helper()
	select {
	case <-s.done:
		return s.err
	case <-s.ctx.Done():
		s.t.Fatal("the server did not stop")
		return nil
	}
}

// initialize runs the handshake with the given initializationOptions.
func (s *session) initialize(root string, options any, documentChanges bool) map[string]any {
	s.t.Helper()
	var result map[string]any
	params := map[string]any{
		"processId":             nil,
		"rootUri":               uri(root),
		"workspaceFolders":      []any{map[string]any{"uri": uri(root), "name": "test"}},
		"initializationOptions": options,
		"capabilities": map[string]any{
			"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": documentChanges}},
		},
	}
	if err := s.Call(s.ctx, "initialize", params, &result); err != nil {
		s.t.Fatal(err)
	}
	if err := s.Notify("initialized", map[string]any{}); err != nil {
		s.t.Fatal(err)
	}
	return result
}

func (s *session) open(path, text string) {
	s.t.Helper()
	err := s.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri(path), "languageId": "go", "version": 1, "text": text,
	}})
	if err != nil {
		s.t.Fatal(err)
	}
}

func (s *session) change(path string, version int, text string) {
	s.t.Helper()
	err := s.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri(path), "version": version},
		"contentChanges": []any{map[string]any{"text": text}},
	})
	if err != nil {
		s.t.Fatal(err)
	}
}

func (s *session) diagnostics(path string, version int) []lsp.Diagnostic {
	s.t.Helper()
	p, err := s.WaitVersion(s.ctx, uri(path), version)
	if err != nil {
		s.t.Fatal(err)
	}
	return p.Diagnostics
}

func (s *session) codeActions(path string, r lsp.Range) []lsp.CodeAction {
	s.t.Helper()
	var actions []lsp.CodeAction
	err := s.Call(s.ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri(path)},
		"range":        r,
		"context":      map[string]any{"diagnostics": []any{}},
	}, &actions)
	if err != nil {
		s.t.Fatal(err)
	}
	return actions
}

func uri(path string) string { return "file://" + filepath.ToSlash(path) }

// writeModule writes a module into a new directory and returns it.
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

const goMod = "module example.com/lsptest\n\ngo 1.26\n"

// uaFile sends a request with a wrongly cased User-Agent, after text
// that is not ASCII on the same line and the lines before: its
// diagnostic's character offsets count UTF-16 code units.
const uaFile = `package ua

import "net/http"

// Größe, 日本語 and 😀 come before the literal.
func Get() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	/* ünï 😀 */ req.Header.Set("User-Agent", "Jira-Acme-Int/1.4.2")
	return http.DefaultClient.Do(req)
}
`

// rules returns the rule IDs of diagnostics.
func rules(ds []lsp.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

func only(t *testing.T, ds []lsp.Diagnostic, rule string) lsp.Diagnostic {
	t.Helper()
	var found []lsp.Diagnostic
	for _, d := range ds {
		if d.Code == rule {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		t.Fatalf("diagnostics %q, want exactly one %s", rules(ds), rule)
	}
	return found[0]
}

// TestDiagnosticOnLiteral: the diagnostic covers the literal exactly,
// counted in UTF-16 past the non-ASCII text before it, and carries
// source, rule, documentation link and severity.
func TestDiagnosticOnLiteral(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": goMod, "ua/ua.go": uaFile})
	s := start(t, config())
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "ua", "ua.go")
	s.open(path, uaFile)
	d := only(t, s.diagnostics(path, 1), "useragent/convention")
	if got, err := lsptest.Text(uaFile, d.Range); err != nil || got != `"Jira-Acme-Int/1.4.2"` {
		t.Errorf("diagnostic range %+v covers %q (%v), want the literal", d.Range, got, err)
	}
	// 1 tab, "/* ünï " 7, "😀" 2, " */ req.Header.Set(\"User-Agent\", " 33.
	if want := (lsp.Position{Line: 10, Character: 1 + 7 + 2 + 33}); d.Range.Start != want {
		t.Errorf("diagnostic starts at %+v, want %+v", d.Range.Start, want)
	}
	if d.Source != "atlvet" || d.Severity != lsp.SeverityInformation {
		t.Errorf("source %q severity %d, want atlvet and information (a note)", d.Source, d.Severity)
	}
	if d.CodeDescription == nil || d.CodeDescription.Href != "https://pkg.go.dev/github.com/atlvet/atlvet/passes/useragent#hdr-convention" {
		t.Errorf("code description %+v, want the rule's section of the pass's documentation", d.CodeDescription)
	}
	if !strings.Contains(d.Message, "upper-case") {
		t.Errorf("message %q", d.Message)
	}
}

// TestBufferNotDisk: diagnostics follow unsaved edits, and fixes are
// computed from the buffer; closing the file clears its diagnostics.
func TestBufferNotDisk(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": goMod, "ua/ua.go": uaFile})
	s := start(t, config())
	s.initialize(dir, nil, false)
	path := filepath.Join(dir, "ua", "ua.go")
	s.open(path, uaFile)
	only(t, s.diagnostics(path, 1), "useragent/convention")

	fixed := strings.Replace(uaFile, "Jira-Acme-Int/1.4.2", "jira-acme-int/1.4.2", 1)
	s.change(path, 2, fixed)
	if ds := s.diagnostics(path, 2); len(ds) != 0 {
		t.Errorf("after fixing the buffer: diagnostics %q, want none", rules(ds))
	}

	// Three lines more above the request, and a new wrong agent: the
	// diagnostic moves with the buffer.
	moved := strings.Replace(fixed, "// Größe", "// one\n// two\n// three\n// Größe", 1)
	moved = strings.Replace(moved, `"jira-acme-int/1.4.2"`, `"Curl-Like Agent"`, 1)
	s.change(path, 3, moved)
	ds := s.diagnostics(path, 3)
	d := only(t, ds, "useragent/convention")
	if got, _ := lsptest.Text(moved, d.Range); got != `"Curl-Like Agent"` || d.Range.Start.Line != 13 {
		t.Errorf("diagnostic at %+v covers %q, want the new literal on line 13", d.Range, got)
	}
	if disk, _ := os.ReadFile(path); string(disk) != uaFile {
		t.Errorf("the file on disk changed")
	}

	if err := s.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri(path)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitDiagnostics(s.ctx, uri(path), func(p lsp.PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 && p.Version == nil }); err != nil {
		t.Error(err)
	}
}

// TestReanalyseOnSave: a save lists the packages again, so a file
// written to disk beside the open one (by a generator, say) is
// analysed with it, though the open buffer did not change.
func TestReanalyseOnSave(t *testing.T) {
	send := strings.Replace(uaFile, `"Jira-Acme-Int/1.4.2"`, "agent", 1)
	dir := writeModule(t, map[string]string{"go.mod": goMod, "ua/ua.go": send})
	s := start(t, config())
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "ua", "ua.go")
	s.open(path, send)
	if ds := s.diagnostics(path, 1); slices.Contains(rules(ds), "useragent/convention") {
		t.Fatalf("diagnostics %q before agent is declared", rules(ds))
	}
	n := len(s.Published(uri(path)))

	agent := "package ua\n\nconst agent = \"Jira-Acme-Int/1.4.2\"\n"
	if err := os.WriteFile(filepath.Join(dir, "ua", "agent.go"), []byte(agent), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.Notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri(path)}}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(s.ctx, 30*time.Second)
	defer cancel()
	p, err := s.WaitNext(ctx, uri(path), n)
	if err != nil {
		t.Fatalf("nothing published after the save: %v", err)
	}
	if p.Version == nil || *p.Version != 1 {
		t.Errorf("published for version %v, want the buffer's version 1", p.Version)
	}
	if d := only(t, p.Diagnostics, "useragent/convention"); !strings.Contains(d.Message, "upper-case") {
		t.Errorf("message %q", d.Message)
	}
}

// TestQuickFixes: each diagnostic's fix and an //atlvet:ignore action,
// as versioned document edits or as changes, both silence it once
// applied.
func TestQuickFixes(t *testing.T) {
	for _, documentChanges := range []bool{true, false} {
		t.Run(map[bool]string{true: "documentChanges", false: "changes"}[documentChanges], func(t *testing.T) {
			dir := writeModule(t, map[string]string{"go.mod": goMod, "ua/ua.go": uaFile})
			s := start(t, config())
			s.initialize(dir, nil, documentChanges)
			path := filepath.Join(dir, "ua", "ua.go")
			s.open(path, uaFile)
			d := only(t, s.diagnostics(path, 1), "useragent/convention")
			// The cursor just inside the literal.
			at := lsp.Range{Start: d.Range.Start, End: d.Range.Start}
			at.Start.Character++
			at.End.Character++
			actions := s.codeActions(path, at)
			if len(actions) != 2 {
				t.Fatalf("code actions %+v, want the fix and the ignore action", actions)
			}
			fix, ignore := actions[0], actions[1]
			if fix.Kind != "quickfix" || !fix.IsPreferred || len(fix.Diagnostics) != 1 || fix.Diagnostics[0].Code != "useragent/convention" {
				t.Errorf("fix %+v", fix)
			}
			if ignore.Kind != "quickfix" || ignore.IsPreferred || !strings.Contains(ignore.Title, "atlvet:ignore") {
				t.Errorf("ignore action %+v", ignore)
			}

			text := applyEdit(t, uaFile, path, fix.Edit, 1)
			if !strings.Contains(text, `req.Header.Set("User-Agent", "jira-acme-int/1.4.2")`) {
				t.Errorf("after the fix:\n%s", text)
			}
			s.change(path, 2, text)
			if ds := s.diagnostics(path, 2); len(ds) != 0 {
				t.Errorf("after the fix: diagnostics %q, want none", rules(ds))
			}

			s.change(path, 3, uaFile)
			only(t, s.diagnostics(path, 3), "useragent/convention")
			actions = s.codeActions(path, at)
			text = applyEdit(t, uaFile, path, actions[1].Edit, 3)
			if want := "\t//atlvet:ignore useragent/convention TODO: say why this finding does not apply\n\t/* ünï 😀 */ req.Header.Set"; !strings.Contains(text, want) {
				t.Errorf("after the ignore action:\n%s\nwant it to hold %q", text, want)
			}
			s.change(path, 4, text)
			if ds := s.diagnostics(path, 4); len(ds) != 0 {
				t.Errorf("after the ignore action: diagnostics %q, want none", rules(ds))
			}
		})
	}
}

// applyEdit applies the edits of a workspace edit to the one document
// they must touch, checking the version they were computed for.
func applyEdit(t *testing.T, text, path string, we *lsp.WorkspaceEdit, version int) string {
	t.Helper()
	if we == nil {
		t.Fatal("code action without an edit")
	}
	var edits []lsp.TextEdit
	switch {
	case len(we.DocumentChanges) > 0:
		if len(we.DocumentChanges) != 1 || we.DocumentChanges[0].TextDocument.URI != uri(path) {
			t.Fatalf("document changes %+v, want one of %s", we.DocumentChanges, path)
		}
		if v := we.DocumentChanges[0].TextDocument.Version; v == nil || *v != version {
			t.Errorf("edit for version %v, want %d", v, version)
		}
		edits = we.DocumentChanges[0].Edits
	default:
		if len(we.Changes) != 1 || we.Changes[uri(path)] == nil {
			t.Fatalf("changes %+v, want edits of %s", we.Changes, path)
		}
		edits = we.Changes[uri(path)]
	}
	out, err := lsptest.Apply(text, edits)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFixInAnotherFile: a fix that edits the constant's declaration in
// a file that is not open carries that file's edits, for the version
// on disk.
func TestFixInAnotherFile(t *testing.T) {
	agent := "package ua\n\n// agent is declared here.\nconst agent = \"Jira-Acme-Int/1.4.2\"\n"
	send := strings.Replace(uaFile, `"Jira-Acme-Int/1.4.2"`, "agent", 1)
	dir := writeModule(t, map[string]string{"go.mod": goMod, "ua/ua.go": send, "ua/agent.go": agent})
	s := start(t, config())
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "ua", "ua.go")
	s.open(path, send)
	d := only(t, s.diagnostics(path, 1), "useragent/convention")
	actions := s.codeActions(path, d.Range)
	if len(actions) == 0 || actions[0].Edit == nil {
		t.Fatalf("code actions %+v, want a fix", actions)
	}
	changes := actions[0].Edit.DocumentChanges
	agentPath := filepath.Join(dir, "ua", "agent.go")
	if len(changes) != 1 || changes[0].TextDocument.URI != uri(agentPath) || changes[0].TextDocument.Version != nil {
		t.Fatalf("document changes %+v, want edits of agent.go on disk (no version)", changes)
	}
	out, err := lsptest.Apply(agent, changes[0].Edits)
	if err != nil || !strings.Contains(out, `const agent = "jira-acme-int/1.4.2"`) {
		t.Errorf("agent.go after the fix (%v):\n%s", err, out)
	}
}

// TestTypeErrors: in a package that does not type-check, the passes
// that run despite errors still report, and the server goes on.
func TestTypeErrors(t *testing.T) {
	broken := `package broken

import "net/http"

func Myself() (*http.Response, error) {
	return http.Get("http://acme.atlassian.net/rest/api/3/myself" + undefinedSuffix)
}
`
	dir := writeModule(t, map[string]string{"go.mod": goMod, "broken/broken.go": broken})
	s := start(t, config())
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "broken", "broken.go")
	s.open(path, broken)
	d := only(t, s.diagnostics(path, 1), "siteurl/insecure-scheme")
	if d.Severity != lsp.SeverityWarning {
		t.Errorf("severity %d, want warning", d.Severity)
	}
	// A syntax error as well: no crash, and the server answers.
	s.change(path, 2, broken+"\nfunc {\n")
	s.diagnostics(path, 2)
	s.codeActions(path, lsp.Range{})
}

// TestSettings: initializationOptions and didChangeConfiguration take
// the golangci-lint plugin's settings, with its errors.
func TestSettings(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": goMod, "ua/ua.go": uaFile})
	path := filepath.Join(dir, "ua", "ua.go")

	t.Run("bad initializationOptions", func(t *testing.T) {
		s := start(t, config())
		s.initialize(dir, map[string]any{"useragent": map[string]any{"hostz": []string{"x"}}}, true)
		raw, err := s.WaitNotification(s.ctx, "window/showMessage", "unknown key")
		if err != nil {
			t.Fatal(err)
		}
		var msg struct {
			Type    int
			Message string
		}
		if err := json.Unmarshal(raw, &msg); err != nil {
			t.Fatal(err)
		}
		settings, want := suite.ParseSettings([]byte(`{"useragent": {"hostz": ["x"]}}`))
		if want == nil {
			_, want = suite.Build(settings)
		}
		if want == nil || msg.Type != 1 || !strings.HasPrefix(msg.Message, want.Error()) {
			t.Errorf("showMessage %+v, want an error starting with the plugin's: %v", msg, want)
		}
		s.open(path, uaFile)
		only(t, s.diagnostics(path, 1), "useragent/convention") // the defaults
	})

	t.Run("didChangeConfiguration", func(t *testing.T) {
		s := start(t, config())
		s.initialize(dir, map[string]any{"enable": []string{"useragent"}}, true)
		s.open(path, uaFile)
		only(t, s.diagnostics(path, 1), "useragent/convention")
		n := len(s.Published(uri(path)))

		// Under an "atlvet" key, as editors with one settings table for
		// every server send it.
		if err := s.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{
			"gopls":  map[string]any{"staticcheck": true},
			"atlvet": map[string]any{"enable": []string{"secrets"}},
		}}); err != nil {
			t.Fatal(err)
		}
		p, err := s.WaitNext(s.ctx, uri(path), n)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Diagnostics) != 0 {
			t.Errorf("with secrets only: diagnostics %q, want none", rules(p.Diagnostics))
		}

		// A bad setting is shown and changes nothing.
		if err := s.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"enable": []string{"useragnet"}}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.WaitNotification(s.ctx, "window/showMessage", `unknown pass \"useragnet\"`); err != nil {
			t.Fatal(err)
		}

		// An empty object, or another server's section alone, restores
		// the initializationOptions.
		configure := func(settings map[string]any) []lsp.Diagnostic {
			t.Helper()
			n := len(s.Published(uri(path)))
			if err := s.Notify("workspace/didChangeConfiguration", map[string]any{"settings": settings}); err != nil {
				t.Fatal(err)
			}
			p, err := s.WaitNext(s.ctx, uri(path), n)
			if err != nil {
				t.Fatal(err)
			}
			return p.Diagnostics
		}
		for _, restore := range []map[string]any{{}, {"gopls": map[string]any{"staticcheck": true}}} {
			if ds := configure(map[string]any{"enable": []string{"secrets"}}); len(ds) != 0 {
				t.Errorf("with secrets only: diagnostics %q", rules(ds))
			}
			only(t, configure(restore), "useragent/convention")
		}
		if msgs := s.Notifications("window/showMessage"); len(msgs) != 1 {
			t.Errorf("messages shown: %s; want the one about useragnet", msgs)
		}
	})
}

// TestDebounce: a burst of edits is analysed once, at its last version.
func TestDebounce(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": goMod, "ua/ua.go": uaFile})
	cfg := config()
	cfg.Debounce = 500 * time.Millisecond
	s := start(t, cfg)
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "ua", "ua.go")
	s.open(path, uaFile)
	s.diagnostics(path, 1)
	n := len(s.Published(uri(path)))
	for v := 2; v <= 20; v++ {
		s.change(path, v, uaFile+strings.Repeat("\n", v))
	}
	only(t, s.diagnostics(path, 20), "useragent/convention")
	for _, p := range s.Published(uri(path))[n:] {
		if *p.Version != 20 {
			t.Errorf("diagnostics published for version %d of a burst that ended at 20", *p.Version)
		}
	}
}

// rpcError waits for the response to a request and returns its error
// code, 0 if it succeeded.
func (s *session) errorCode(id json.RawMessage) int {
	s.t.Helper()
	resp, err := s.Response(s.ctx, id)
	if err != nil {
		s.t.Fatal(err)
	}
	if resp.Error == nil {
		return 0
	}
	return resp.Error.Code
}

// TestLifecycle: the protocol's lifecycle, and the answers JSON-RPC
// prescribes for requests that cannot be served.
func TestLifecycle(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": goMod, "ua/ua.go": uaFile})
	s := start(t, config())

	id, _ := s.Request("textDocument/codeAction", map[string]any{})
	if code := s.errorCode(id); code != -32002 {
		t.Errorf("a request before initialize: code %d, want -32002 (server not initialized)", code)
	}
	result := s.initialize(dir, nil, true)
	caps, _ := result["capabilities"].(map[string]any)
	sync, _ := caps["textDocumentSync"].(map[string]any)
	if sync["change"] != 1.0 || sync["openClose"] != true || caps["codeActionProvider"] == nil {
		t.Errorf("capabilities %v: want full text sync and code actions", caps)
	}
	if info, _ := result["serverInfo"].(map[string]any); info["name"] != "atlvet" {
		t.Errorf("serverInfo %v", result["serverInfo"])
	}
	id, _ = s.Request("initialize", map[string]any{})
	if code := s.errorCode(id); code != -32600 {
		t.Errorf("a second initialize: code %d, want -32600", code)
	}
	id, _ = s.Request("textDocument/hover", map[string]any{})
	if code := s.errorCode(id); code != -32601 {
		t.Errorf("an unknown request: code %d, want -32601 (method not found)", code)
	}
	id, _ = s.Request("textDocument/codeAction", 5)
	if code := s.errorCode(id); code != -32602 {
		t.Errorf("code action with params 5: code %d, want -32602 (invalid params)", code)
	}
	// Notifications the server does not know, or cannot use, are ignored.
	for _, n := range []struct {
		method string
		params any
	}{
		{"custom/unknown", map[string]any{"x": 1}},
		{"$/setTrace", map[string]any{"value": "off"}},
		{"textDocument/didOpen", "not an object"},
		{"textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": "untitled:Untitled-1", "languageId": "go", "version": 1, "text": "package x"}}},
		{"textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": "https://example.com/a.go", "languageId": "go", "version": 1, "text": "package x"}}},
		{"textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri(filepath.Join(dir, "nope.go")), "version": 2}, "contentChanges": []any{map[string]any{"text": "x"}}}},
		{"textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": "untitled:Untitled-1"}}},
	} {
		if err := s.Notify(n.method, n.params); err != nil {
			t.Fatal(err)
		}
	}
	// Bytes that are no message: a parse error, an invalid request, a
	// header without length; the session goes on.
	s.WriteRaw([]byte("Content-Length: 8\r\n\r\nnot json"))
	if code := s.errorCode(json.RawMessage("null")); code != -32700 {
		t.Errorf("a body that is not JSON: code %d, want -32700 (parse error)", code)
	}
	s.WriteRaw([]byte("garbage\r\n\r\n"))
	noMethod := `{"jsonrpc":"2.0","id":9}`
	s.WriteRaw(fmt.Appendf(nil, "Content-Length: %d\r\n\r\n%s", len(noMethod), noMethod))
	if code := s.errorCode(json.RawMessage("9")); code != -32600 {
		t.Errorf("a message without method: code %d, want -32600 (invalid request)", code)
	}

	// A file outside any module: no findings, and no crash.
	loose := filepath.Join(t.TempDir(), "loose.go")
	s.open(loose, uaFile)
	if ds := s.diagnostics(loose, 1); len(ds) != 0 {
		t.Errorf("a file outside any module: diagnostics %q", rules(ds))
	}
	// The module's file still works after all that.
	path := filepath.Join(dir, "ua", "ua.go")
	s.open(path, uaFile)
	only(t, s.diagnostics(path, 1), "useragent/convention")

	if err := s.Call(s.ctx, "shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	id, _ = s.Request("textDocument/codeAction", map[string]any{})
	if code := s.errorCode(id); code != -32600 {
		t.Errorf("a request after shutdown: code %d, want -32600", code)
	}
	if err := s.Notify("exit", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.served(); err != nil {
		t.Errorf("exit after shutdown: %v, want nil (exit status 0)", err)
	}
}

// TestExitWithoutShutdown: exit before shutdown, or the client going
// away, is an error (exit status 1).
func TestExitWithoutShutdown(t *testing.T) {
	s := start(t, config())
	s.initialize(t.TempDir(), nil, true)
	s.Notify("exit", nil)
	if err := s.served(); err == nil {
		t.Error("exit without shutdown: nil error")
	}
	s = start(t, config())
	s.initialize(t.TempDir(), nil, true)
	s.in.Close()
	if err := s.served(); err == nil {
		t.Error("end of input without shutdown: nil error")
	}
}

// settingKeys are the top-level keys of the settings object.
func settingKeys() []string {
	keys := []string{"enable"}
	for _, p := range suite.Passes() {
		keys = append(keys, p.Name)
	}
	return keys
}

// TestCancelSuperseded: an edit during a run cancels it: the passes
// not yet started do not run, nothing is published for the version it
// analysed, and the new version is analysed.
func TestCancelSuperseded(t *testing.T) {
	started := make(chan struct{}, 10)
	var laterRuns atomic.Int32
	first := &analysis.Analyzer{
		Name: "first",
		Doc:  "first takes its time",
		Run: func(*analysis.Pass) (any, error) {
			started <- struct{}{}
			time.Sleep(500 * time.Millisecond)
			return true, nil
		},
		ResultType: reflect.TypeFor[bool](),
	}
	later := &analysis.Analyzer{
		Name:     "later",
		Doc:      "later runs after first and reports each file",
		Requires: []*analysis.Analyzer{first},
		Run: func(pass *analysis.Pass) (any, error) {
			laterRuns.Add(1)
			for _, f := range pass.Files {
				pass.Report(analysis.Diagnostic{Pos: f.Package, Category: "file", Message: "seen"})
			}
			return nil, nil
		},
	}
	cfg := config()
	cfg.Configure = func(json.RawMessage) ([]*analysis.Analyzer, error) { return []*analysis.Analyzer{later}, nil }
	cfg.Levels, cfg.Fallback = nil, nil

	dir := writeModule(t, map[string]string{"go.mod": goMod, "p/p.go": "package p\n"})
	s := start(t, cfg)
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "p", "p.go")
	s.open(path, "package p\n")
	<-started
	s.change(path, 2, "package p\n\nvar X = 1\n")
	if ds := s.diagnostics(path, 2); len(ds) != 1 || ds[0].Code != "later/file" {
		t.Errorf("diagnostics of version 2: %+v", ds)
	}
	for _, p := range s.Published(uri(path)) {
		if *p.Version == 1 {
			t.Error("diagnostics published for the version whose run was cancelled")
		}
	}
	if n := laterRuns.Load(); n != 1 {
		t.Errorf("the pass after the cancelled one ran %d times, want once (for version 2)", n)
	}
}

// TestAnalysesWhatChanged: an edit is analysed in its package and the
// open packages that import it, not in the other open packages; the
// findings of every open file stay published.
func TestAnalysesWhatChanged(t *testing.T) {
	var mu sync.Mutex
	var analysed []string
	recorder := &analysis.Analyzer{
		Name: "recorder",
		Doc:  "recorder reports each file and records each package",
		Run: func(pass *analysis.Pass) (any, error) {
			mu.Lock()
			analysed = append(analysed, strings.TrimPrefix(pass.Pkg.Path(), "example.com/lsptest/"))
			mu.Unlock()
			for _, f := range pass.Files {
				pass.Report(analysis.Diagnostic{Pos: f.Package, Category: "file", Message: "seen"})
			}
			return nil, nil
		},
	}
	take := func() []string {
		mu.Lock()
		defer mu.Unlock()
		out := slices.Clone(analysed)
		analysed = nil
		slices.Sort(out)
		return out
	}
	cfg := config()
	cfg.Configure = func(json.RawMessage) ([]*analysis.Analyzer, error) { return []*analysis.Analyzer{recorder}, nil }
	cfg.Levels, cfg.Fallback = nil, nil

	files := map[string]string{
		"go.mod": goMod,
		"a/a.go": "package a\n\nfunc A() {}\n",
		"b/b.go": "package b\n\nimport \"example.com/lsptest/a\"\n\nfunc B() { a.A() }\n",
		"c/c.go": "package c\n",
	}
	dir := writeModule(t, files)
	s := start(t, cfg)
	s.initialize(dir, nil, true)
	for _, name := range []string{"a/a.go", "b/b.go", "c/c.go"} {
		s.open(filepath.Join(dir, name), files[name])
	}
	for _, name := range []string{"a/a.go", "b/b.go", "c/c.go"} {
		s.diagnostics(filepath.Join(dir, name), 1)
	}
	take()

	s.change(filepath.Join(dir, "c/c.go"), 2, "package c\n\nvar C = 1\n")
	s.diagnostics(filepath.Join(dir, "c/c.go"), 2)
	if got := take(); !slices.Equal(got, []string{"c"}) {
		t.Errorf("an edit of c analysed %q, want c", got)
	}
	s.change(filepath.Join(dir, "a/a.go"), 2, "package a\n\nfunc A() {}\n\nfunc A2() {}\n")
	s.diagnostics(filepath.Join(dir, "a/a.go"), 2)
	s.diagnostics(filepath.Join(dir, "b/b.go"), 1) // republished for the new a
	if got := take(); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("an edit of a analysed %q, want a and its importer b", got)
	}
	for _, name := range []string{"a/a.go", "b/b.go", "c/c.go"} {
		ps := s.Published(uri(filepath.Join(dir, name)))
		if last := ps[len(ps)-1]; len(last.Diagnostics) != 1 {
			t.Errorf("%s: last diagnostics %+v, want its finding", name, last)
		}
	}
}

// TestPassPanics: a pass that panics is logged; the other passes'
// findings are published and the session goes on.
func TestPassPanics(t *testing.T) {
	panicker := &analysis.Analyzer{
		Name: "panicker",
		Doc:  "panicker panics",
		Run:  func(*analysis.Pass) (any, error) { panic("boom") },
	}
	reporter := &analysis.Analyzer{
		Name: "reporter",
		Doc:  "reporter reports each file",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				pass.Report(analysis.Diagnostic{Pos: f.Package, Category: "file", Message: "seen"})
			}
			return nil, nil
		},
	}
	cfg := config()
	cfg.Configure = func(json.RawMessage) ([]*analysis.Analyzer, error) {
		return []*analysis.Analyzer{panicker, reporter}, nil
	}
	cfg.Levels, cfg.Fallback = nil, nil
	dir := writeModule(t, map[string]string{"go.mod": goMod, "p/p.go": "package p\n"})
	s := start(t, cfg)
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "p", "p.go")
	s.open(path, "package p\n")
	if ds := s.diagnostics(path, 1); len(ds) != 1 || ds[0].Code != "reporter/file" {
		t.Errorf("diagnostics %+v, want reporter's", ds)
	}
	if _, err := s.WaitNotification(s.ctx, "window/logMessage", "pass panicker panicked"); err != nil {
		t.Error(err)
	}
	s.change(path, 2, "package p\n\nvar X = 1\n")
	s.diagnostics(path, 2)
}
