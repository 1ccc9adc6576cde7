package e2e

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// copyModule copies the example module at src (a directory of
// testdata with a go.mod of its own) into a new temporary directory
// and makes sure its requirements are in the module cache (from the
// module proxy the first time), so that the commands run on it work
// offline.
func copyModule(t *testing.T, src string) string {
	t.Helper()
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dst = filepath.Join(dst, filepath.Base(src))
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	download := commandEnv(t, append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local"), dst, "go", "mod", "download")
	if download.code != 0 {
		t.Fatalf("downloading the requirements of %s: %s", src, download.stderr)
	}
	return dst
}

// findingKeys adds "file:line pass/category" for every diagnostic of
// a JSON tree (package -> analyzer -> diagnostics) to into.
func findingKeys(t *testing.T, dir string, tree map[string]map[string][]jsonDiagnostic, into map[string]bool) {
	t.Helper()
	for _, byAnalyzer := range tree {
		for analyzer, diags := range byAnalyzer {
			for _, d := range diags {
				m := positionRE.FindStringSubmatch(strings.TrimPrefix(d.Posn, dir+string(filepath.Separator)) + ":")
				if m == nil {
					t.Fatalf("bad position %q", d.Posn)
				}
				into[filepath.ToSlash(m[1])+":"+m[2]+" "+analyzer+"/"+d.Category] = true
			}
		}
	}
}

var gapPositionRE = regexp.MustCompile(`^[^:]+:[0-9]+$`)

// The drivers, as compareMarkers names them, and the tags that limit
// a gap to one of them.
const (
	standaloneDriver = "atlvet -json"
	vetDriver        = "go vet -vettool"
)

var gapDriverTags = map[string]string{"[standalone]": standaloneDriver, "[vet]": vetDriver}

// readGaps reads a list of known gaps: lines "file:line pass/category
// why", blank lines and # comments aside. A gap is a marker atlvet is
// known to get wrong (a mistake it misses, a near miss it reports);
// the list says so in the open instead of deleting the marker. A gap
// that only one driver gets wrong says which with a tag before the
// reason, "[vet]" or "[standalone]". The map goes from "file:line
// pass/category" to the driver the gap is limited to, or "" for both.
func readGaps(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gaps := map[string]string{}
	for line := range strings.Lines(string(data)) {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 3 || !gapPositionRE.MatchString(f[0]) {
			t.Fatalf("%s: bad gap line %q: want \"file:line pass/category why\"", path, line)
		}
		driver, tagged := gapDriverTags[f[2]]
		if tagged && len(f) < 4 {
			t.Fatalf("%s: bad gap line %q: a driver tag needs a reason after it", path, line)
		}
		gaps[f[0]+" "+f[1]] = driver
	}
	return gaps
}

// isGap reports whether key is a known gap of the driver how.
func isGap(gaps map[string]string, key, how string) bool {
	driver, ok := gaps[key]
	return ok && (driver == "" || driver == how)
}

// compareMarkers checks that what was found is exactly what the
// MISTAKE markers of module say, and that no OK marker is reported
// under its rule, except for the known gaps; a known gap that no
// longer occurs is an error too, so that the list stays true.
func compareMarkers(t *testing.T, how, module string, markers []marker, found map[string]bool, gaps map[string]string) {
	t.Helper()
	marked := map[string]bool{}
	for _, m := range markers {
		key := m.file + ":" + strconv.Itoa(m.line) + " " + m.rule
		wrong := found[key] != m.mistake
		gap := isGap(gaps, key, how)
		switch {
		case wrong && gap:
			t.Logf("%s: %s: known gap", how, key)
		case !wrong && gap:
			t.Errorf("%s: %s is listed as a known gap but atlvet now gets it right: remove it from the list", how, key)
		case wrong && m.mistake:
			t.Errorf("%s: %s: mistake marked MISTAKE(%s) is not reported", how, m.file+":"+strconv.Itoa(m.line), m.rule)
		case wrong:
			t.Errorf("%s: %s: near miss marked OK(%s) is reported", how, m.file+":"+strconv.Itoa(m.line), m.rule)
		}
		if m.mistake || gap {
			marked[key] = true
		}
	}
	for _, key := range slices.Sorted(maps.Keys(found)) {
		if !marked[key] {
			t.Errorf("%s: %s is reported but not marked MISTAKE in %s", how, key, module)
		}
	}
}

// checkModuleMarkers runs atlvet on dir, standalone (-json) and as go
// vet's tool, and compares both with the markers of dir.
func checkModuleMarkers(t *testing.T, dir, module string, markers []marker, gaps map[string]string) {
	t.Helper()
	standalone := map[string]bool{}
	findingKeys(t, dir, runJSON(t, dir), standalone)
	compareMarkers(t, standaloneDriver, module, markers, standalone, gaps)

	r := command(t, dir, "go", "vet", "-vettool="+atlvet, "-json", "./...")
	if r.code != 0 {
		t.Fatalf("go vet -json exit code %d\n%s", r.code, r.stderr)
	}
	vet := map[string]bool{}
	// go vet -json prints the trees on stdout (stderr in some versions).
	for _, tree := range decodeVetJSON(t, r.stdout+r.stderr) {
		findingKeys(t, dir, tree, vet)
	}
	compareMarkers(t, vetDriver, module, markers, vet, gaps)
}
