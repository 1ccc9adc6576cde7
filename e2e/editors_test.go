package e2e

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestNeovim runs atlvet lsp inside a real Neovim, headless, through
// Neovim's own LSP client: the diagnostics of a testdata/ file as
// vim.diagnostic.get returns them, the quick fix applied with
// vim.lsp.buf.code_action, and the buffer after it. It needs nvim on
// PATH (.ci/run installs Debian's neovim when it can) and is skipped,
// saying so, without it.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("SKIP: nvim is not on PATH, so atlvet lsp is not tested in Neovim (Debian: apt-get install neovim)")
	}
	parallel(t)
	dir := copyExample(t)
	script, err := filepath.Abs("testdata/editors/neovim.lua")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "jira", "attachments.go")
	before := readText(t, file)
	out := filepath.Join(t.TempDir(), "result.json")
	home := t.TempDir()

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// The README's snippet for Neovim 0.7 to 0.10 is the whole init.lua.
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	snippet := readmeBlock(t, string(readme), "## Editors", "lua", "vim.lsp.start_client")
	initLua := filepath.Join(home, "init.lua")
	if err := os.WriteFile(initLua, []byte(snippet), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-u", initLua, "-i", "NONE", "-n", "-c", "luafile "+script)
	cmd.Dir = dir
	// Neovim's own files (its LSP log) go to the test's directory; the
	// go command keeps its caches, named before HOME moves.
	goEnv := strings.Fields(command(t, dir, "go", "env", "GOCACHE", "GOMODCACHE", "GOPATH").stdout)
	if len(goEnv) != 3 {
		t.Fatalf("go env: %q", goEnv)
	}
	cmd.Env = append(env(),
		"PATH="+filepath.Dir(atlvet)+string(os.PathListSeparator)+os.Getenv("PATH"),
		"FILE="+file, "OUT="+out,
		"GOCACHE="+goEnv[0], "GOMODCACHE="+goEnv[1], "GOPATH="+goEnv[2],
		"HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_CACHE_HOME="+home, "XDG_STATE_HOME="+home, "XDG_DATA_HOME="+home,
	)
	output, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("nvim: %v\n%s", err, output)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nvim wrote no result: %v\n%s", err, output)
	}
	type diagnostic struct {
		Lnum     int `json:"lnum"`
		Col      int `json:"col"`
		EndLnum  int `json:"end_lnum"`
		EndCol   int `json:"end_col"`
		Severity int `json:"severity"`
		Code     string
		Message  string
		Source   string
	}
	var result struct {
		Error         string
		Clients       []string
		Before, After []diagnostic
		Titles        []string
		Lines         []string
		Modified      bool
	}
	if err := json.Unmarshal(data, &result); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	if result.Error != "" {
		t.Fatalf("in Neovim: %s\nnvim output:\n%s\nNeovim's LSP log:\n%s", result.Error, output, lspLog(home))
	}

	// What Neovim shows is what atlvet ./... prints (byte columns: the
	// line is ASCII), at the severity of a note (vim.diagnostic's INFO).
	var shown []string
	for _, d := range result.Before {
		shown = append(shown, "jira/attachments.go:"+itoa(d.Lnum+1)+":"+itoa(d.Col+1)+": "+d.Message)
		if d.Code == "useragent/convention" && (d.Severity != 3 || d.EndCol-d.Col != len("attachmentAgent")) {
			t.Errorf("diagnostic %+v: want severity 3 (INFO) on attachmentAgent", d)
		}
	}
	if want := goldenFor(t, "jira/attachments.go"); !slices.Equal(shown, want) {
		t.Errorf("vim.diagnostic.get shows\n%s\nwant\n%s", strings.Join(shown, "\n"), strings.Join(want, "\n"))
	}
	if !slices.Equal(result.Clients, []string{"atlvet"}) {
		t.Errorf("clients attached to the buffer: %q, want atlvet", result.Clients)
	}
	if len(result.Titles) != 2 || !strings.HasPrefix(result.Titles[1], "Ignore useragent/convention") {
		t.Errorf("code actions offered: %q, want the fix and the ignore action", result.Titles)
	}
	if len(result.Lines) < 13 || result.Lines[12] != `const attachmentAgent = "jira-acme-int/1.4.2"` {
		t.Errorf("buffer after the fix:\n%s", strings.Join(result.Lines, "\n"))
	}
	if len(result.After) != 0 {
		t.Errorf("diagnostics after the fix: %+v", result.After)
	}
	if !result.Modified || readText(t, file) != before {
		t.Errorf("the fix must change the buffer only (modified %v, file on disk changed %v)", result.Modified, readText(t, file) != before)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// lspLog returns Neovim's LSP log under home, for a failure's message.
func lspLog(home string) string {
	var out strings.Builder
	filepath.WalkDir(home, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, "lsp.log") {
			data, _ := os.ReadFile(path)
			out.Write(data)
		}
		return nil
	})
	return out.String()
}

// readmeBlock returns the code block in the given language, of the
// README section that starts with heading, that holds marker.
func readmeBlock(t *testing.T, readme, heading, lang, marker string) string {
	t.Helper()
	_, section, ok := strings.Cut(readme, "\n"+heading+"\n")
	if !ok {
		t.Fatalf("README.md has no section %q", heading)
	}
	if i := strings.Index(section, "\n## "); i >= 0 {
		section = section[:i]
	}
	for {
		_, rest, ok := strings.Cut(section, "```"+lang+"\n")
		if !ok {
			t.Fatalf("README.md's %q has no %s block holding %q", heading, lang, marker)
		}
		block, after, _ := strings.Cut(rest, "```")
		if strings.Contains(block, marker) {
			return block
		}
		section = after
	}
}
