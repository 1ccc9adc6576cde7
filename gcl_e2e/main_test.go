// Package gcle2e_test runs atlvet inside a real golangci-lint: it builds
// tools/custom-gcl (golangci-lint v2 with the atlvet module plugin) from
// the Go module proxy, then runs it on a copy of testdata/jira with the
// repository's .golangci.example.yml, the way CI and editors run it.
//
// The build is slow when nothing is cached (minutes), so the binary is
// kept in the user cache directory under a key made of the Go version
// and every source file it is built from; the Go build cache makes a
// rebuild after a change to atlvet take seconds. Set ATLVET_CUSTOM_GCL
// to use a custom golangci-lint built elsewhere. -short skips it all.
package gcle2e_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

var (
	root   string // the atlvet repository
	gcl    string // the custom golangci-lint
	atlvet string // the atlvet command
	env    []string
)

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run()) // every test skips itself
	}
	code, err := setup()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gcl_e2e: %v\n", err)
		os.Exit(1)
	}
	defer os.RemoveAll(code)
	os.Exit(m.Run())
}

// setup builds the tools and returns a temporary directory to remove.
func setup() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	root = filepath.Dir(wd)
	tmp, err := os.MkdirTemp("", "atlvet-gcl-e2e-")
	if err != nil {
		return "", err
	}
	// A result cache of golangci-lint's own for this run, so that no
	// result of an earlier atlvet leaks into this one.
	env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+filepath.Join(tmp, "golangci-lint-cache"), "GOWORK=off")

	// The root example's requirements (golang.org/x/oauth2), from the
	// module proxy into the module cache.
	download := exec.Command("go", "mod", "download")
	download.Dir = filepath.Join(root, "testdata")
	download.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := download.CombinedOutput(); err != nil {
		return tmp, fmt.Errorf("downloading the example's requirements: %v\n%s", err, out)
	}

	atlvet = filepath.Join(tmp, "atlvet")
	cmd := exec.Command("go", "build", "-o", atlvet, "./cmd/atlvet")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return tmp, fmt.Errorf("building atlvet: %v\n%s", err, out)
	}

	gcl = os.Getenv("ATLVET_CUSTOM_GCL")
	if gcl == "" {
		gcl, err = buildCustomGCL()
		if err != nil {
			return tmp, err
		}
	}
	return tmp, nil
}

// buildCustomGCL builds tools/custom-gcl into the cache, unless a
// binary built from the same sources is there already.
func buildCustomGCL() (string, error) {
	key, err := sourceKey()
	if err != nil {
		return "", err
	}
	cacheDir, err := os.UserCacheDir()
	if err != nil {
		cacheDir = os.TempDir()
	}
	base := filepath.Join(cacheDir, "atlvet", "custom-gcl")
	bin := filepath.Join(base, key, "custom-gcl")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		return "", err
	}
	version, err := golangciVersion()
	if err != nil {
		return "", err
	}
	tmp := fmt.Sprintf("%s.tmp%d", bin, os.Getpid())
	// As `golangci-lint custom` does: a version that names the plugin's
	// code, with which golangci-lint salts its result cache.
	ldflags := fmt.Sprintf("-s -w -X main.version=%s-custom-gcl-atlvet-%s", strings.TrimPrefix(version, "v"), key[:16])
	// Say so before the wait: from nothing, this downloads some 300 MB
	// of golangci-lint's modules and takes a minute or two, silently.
	fmt.Fprintf(os.Stderr, "gcl_e2e: building golangci-lint %s with the atlvet plugin into %s (from nothing: ~300 MB of modules, a minute or two; set ATLVET_CUSTOM_GCL to reuse a build, or use -short to skip)\n", version, filepath.Dir(bin))
	cmd := exec.Command("go", "build", "-ldflags", ldflags, "-o", tmp, ".")
	cmd.Dir = filepath.Join(root, "tools", "custom-gcl")
	cmd.Env = append(os.Environ(), "GOWORK=off")
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("building the custom golangci-lint (tools/custom-gcl): %v\n%s", err, out)
	}
	fmt.Fprintf(os.Stderr, "gcl_e2e: built the custom golangci-lint in %s\n", time.Since(start).Round(time.Second))
	if err := os.Rename(tmp, bin); err != nil {
		return "", err
	}
	// Keep only this build: each is some 70 MB.
	if entries, err := os.ReadDir(base); err == nil {
		for _, e := range entries {
			if e.Name() != key {
				os.RemoveAll(filepath.Join(base, e.Name()))
			}
		}
	}
	return bin, nil
}

// golangciVersion reads the golangci-lint version tools/custom-gcl builds.
func golangciVersion() (string, error) {
	data, err := os.ReadFile(filepath.Join(root, "tools", "custom-gcl", "go.mod"))
	if err != nil {
		return "", err
	}
	m := regexp.MustCompile(`(?m)^\s*github\.com/golangci/golangci-lint/v2\s+(v\S+)`).FindSubmatch(data)
	if m == nil {
		return "", fmt.Errorf("tools/custom-gcl/go.mod does not require golangci-lint v2")
	}
	return string(m[1]), nil
}

// sourceKey hashes what the custom golangci-lint is built from: the Go
// version and platform, tools/custom-gcl, and every go.mod, go.sum and
// non-test Go file of the atlvet module outside testdata.
func sourceKey() (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "bin") {
				return filepath.SkipDir
			}
			return nil
		}
		if name == "go.mod" || name == "go.sum" || strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(f), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func needTools(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds golangci-lint; skipped in -short mode")
	}
}

// fixture copies testdata/jira into a new directory with the example
// configuration as its .golangci.yml (edited by edit, if not nil).
func fixture(t *testing.T, edit func(string) string) string {
	t.Helper()
	return copyModule(t, filepath.Join("testdata", "jira"), edit)
}

// copyModule copies the module in src into a new directory with the
// example configuration as its .golangci.yml (edited by edit, if not nil).
func copyModule(t *testing.T, src string, edit func(string) string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), filepath.Base(src))
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := os.ReadFile(filepath.Join(root, ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(cfg)
	if edit != nil {
		text = edit(text)
	}
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

type result struct {
	stdout, stderr []byte
	code           int
}

// run runs a command in dir and returns its output and exit code.
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.Bytes(), stderr: stderr.Bytes()}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		r.code = ee.ExitCode()
	}
	if bytes.Contains(r.stderr, []byte("panic:")) || bytes.Contains(r.stdout, []byte("panic:")) {
		t.Errorf("%s %s panicked:\n%s%s", filepath.Base(name), strings.Join(args, " "), r.stdout, r.stderr)
	}
	return r
}
