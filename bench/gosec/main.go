// Command gosec compares atlvet's secrets pass with gosec's G101
// (hard-coded credentials) on the same code, counting true and false
// positives against the lines each corpus marks as mistakes:
//
//   - the example module in testdata/: lines marked MISTAKE(secrets/...)
//   - the secrets pass's analysistest packages: lines with a // want
//     comment (its near misses have none)
//
// It installs gosec from the Go module proxy into a temporary GOBIN.
//
//	go run ./bench/gosec            # from the repository root
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const gosecVersion = "github.com/securego/gosec/v2/cmd/gosec@v2.30.0"

func main() {
	log.SetFlags(0)
	root, err := os.Getwd()
	check(err)
	tmp, err := os.MkdirTemp("", "atlvet-gosec")
	check(err)
	defer os.RemoveAll(tmp)

	atlvet := filepath.Join(tmp, "atlvet")
	run(root, nil, "go", "build", "-o", atlvet, "./cmd/atlvet")
	run(root, []string{"GOBIN=" + tmp}, "go", "install", gosecVersion)
	gosec := filepath.Join(tmp, "gosec")

	fmt.Printf("%-22s %-7s %5s %5s %5s %5s\n", "corpus", "tool", "marked", "found", "TP", "FP")

	// The example module.
	example := filepath.Join(root, "testdata")
	truth := markedLines(example, regexp.MustCompile(`MISTAKE\(secrets/[a-z-]+\)`), true)
	report("testdata/ (example)", "atlvet", truth, atlvetLines(atlvet, example, nil, "./..."))
	report("testdata/ (example)", "gosec", truth, gosecLines(gosec, example, nil, "./..."))

	// The secrets pass's testdata, in GOPATH mode as analysistest
	// loads it. Stubs of third-party packages are not part of it.
	gopath := filepath.Join(root, "passes", "secrets", "testdata")
	src := filepath.Join(gopath, "src")
	env := []string{"GOPATH=" + gopath, "GO111MODULE=off", "GOFLAGS=", "GOPROXY=off"}
	var pkgs []string
	entries, err := os.ReadDir(src)
	check(err)
	for _, e := range entries {
		// namesoff is checked with -secrets.names=false.
		if e.IsDir() && !strings.Contains(e.Name(), ".") && e.Name() != "namesoff" {
			pkgs = append(pkgs, "./"+e.Name()+"/...")
		}
	}
	want := regexp.MustCompile("// want (?:\\+(\\d+) )?[`\"]") // a diagnostic, not a fact
	truth = map[string]bool{}
	for _, p := range pkgs {
		for k := range markedLines(filepath.Join(src, strings.TrimSuffix(strings.TrimPrefix(p, "./"), "/...")), want, false) {
			truth[k] = true
		}
	}
	report("passes/secrets testdata", "atlvet", truth, atlvetLines(atlvet, src, env, append([]string{"-secrets"}, pkgs...)...))
	report("passes/secrets testdata", "gosec", truth, gosecLines(gosec, src, env, pkgs...))
}

// markedLines returns "file:line" for every line re matches; with
// below, a marker in a comment line marks the next code line.
func markedLines(dir string, re *regexp.Regexp, below bool) map[string]bool {
	out := map[string]bool{}
	check(filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines := strings.Split(string(data), "\n")
		isComment := func(s string) bool { return strings.HasPrefix(strings.TrimSpace(s), "//") }
		for i, line := range lines {
			m := re.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			target := i
			if len(m) > 1 && m[1] != "" { // "// want +2 ...": two lines down
				n, _ := strconv.Atoi(m[1])
				target += n
			}
			if below && isComment(line) {
				for target < len(lines) && (isComment(lines[target]) || strings.TrimSpace(lines[target]) == "") {
					target++
				}
			}
			out[fmt.Sprintf("%s:%d", path, target+1)] = true
		}
		return nil
	}))
	return out
}

func atlvetLines(atlvet, dir string, env []string, args ...string) map[string]bool {
	out, _ := command(dir, env, atlvet, append([]string{"-json"}, args...)...)
	lines := map[string]bool{}
	// -json prints one object per package: {pkg: {analyzer: [diag]}}.
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var byPkg map[string]map[string]json.RawMessage
		if err := dec.Decode(&byPkg); err != nil {
			break
		}
		for _, byAnalyzer := range byPkg {
			var diags []struct {
				Posn string `json:"posn"`
			}
			if json.Unmarshal(byAnalyzer["secrets"], &diags) != nil {
				continue
			}
			for _, d := range diags {
				if m := regexp.MustCompile(`^(.*):(\d+):\d+$`).FindStringSubmatch(d.Posn); m != nil {
					lines[m[1]+":"+m[2]] = true
				}
			}
		}
	}
	return lines
}

func gosecLines(gosec, dir string, env []string, pkgs ...string) map[string]bool {
	out, _ := command(dir, env, gosec, append([]string{"-include=G101", "-fmt=json", "-quiet"}, pkgs...)...)
	var res struct {
		Issues []struct {
			File string `json:"file"`
			Line string `json:"line"`
		}
	}
	if i := strings.Index(out, "{"); i >= 0 {
		out = out[i:]
	}
	_ = json.Unmarshal([]byte(out), &res)
	lines := map[string]bool{}
	for _, is := range res.Issues {
		first, _, _ := strings.Cut(is.Line, "-") // "10-13" for a multi-line statement
		if _, err := strconv.Atoi(first); err == nil {
			lines[is.File+":"+first] = true
		}
	}
	return lines
}

func report(corpus, tool string, truth, found map[string]bool) {
	tp, fp := 0, 0
	var fps []string
	for k := range found {
		if truth[k] {
			tp++
		} else {
			fp++
			fps = append(fps, k)
		}
	}
	var fns []string
	for k := range truth {
		if !found[k] {
			fns = append(fns, k)
		}
	}
	sort.Strings(fps)
	sort.Strings(fns)
	fmt.Printf("%-22s %-7s %5d %5d %5d %5d\n", corpus, tool, len(truth), len(found), tp, fp)
	if os.Getenv("VERBOSE") != "" {
		for _, k := range fps {
			fmt.Printf("    false positive: %s\n", k)
		}
		for _, k := range fns {
			fmt.Printf("    missed: %s\n", k)
		}
	}
}

func command(dir string, env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var buf strings.Builder
	cmd.Stdout = &buf
	cmd.Stderr = io.Discard
	err := cmd.Run()
	return buf.String(), err
}

func run(dir string, env []string, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
