package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shapesModule is an integration written in the shapes of issue 12:
// central request helpers with many callers, clients behind
// interfaces, headers set on some paths only, state checks that do not
// guard the exchange, codes received from channels, URLs and options
// built in other packages, oauth2 clients, guessable states from
// helpers, literals in one object and sinks on another, constant
// User-Agent prefixes, and the false positives found on real code.
const shapesModule = "testdata/shapes"

// shapesGaps lists the markers of the shapes module that atlvet is
// known to get wrong still.
const shapesGaps = "testdata/shapes.gaps"

// TestShapes: atlvet, standalone and as go vet's tool, reports on the
// shapes module exactly what its MISTAKE markers say, and none of the
// near misses its OK markers name.
func TestShapes(t *testing.T) {
	parallel(t)
	dir := copyModule(t, shapesModule)
	markers := readMarkers(t, dir)
	var mistakes, oks int
	for _, m := range markers {
		if m.mistake {
			mistakes++
		} else {
			oks++
		}
	}
	if mistakes < 40 || oks < 40 {
		t.Fatalf("only %d MISTAKE and %d OK markers in the shapes module", mistakes, oks)
	}
	checkModuleMarkers(t, dir, "the shapes module", markers, readGaps(t, shapesGaps))
}

// TestShapesModuleBuilds: the shapes module builds, passes go vet's own
// checks, and its go.mod and go.sum are tidy.
func TestShapesModuleBuilds(t *testing.T) {
	parallel(t)
	checkModuleBuilds(t, shapesModule)
}

// checkModuleBuilds checks that the example module at src builds,
// passes go vet's own checks, says go 1.26.0, and has a tidy go.mod
// and go.sum.
func checkModuleBuilds(t *testing.T, src string) {
	t.Helper()
	dir := copyModule(t, src)
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}, {"mod", "verify"}} {
		if r := command(t, dir, "go", args...); r.code != 0 {
			t.Errorf("go %s: exit code %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	if r := command(t, dir, "go", "mod", "tidy", "-diff"); r.code != 0 || r.stdout != "" {
		t.Errorf("go.mod or go.sum is not tidy:\n%s%s", r.stdout, r.stderr)
	}
	mod, err := os.ReadFile(filepath.Join(src, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(mod, []byte("\ngo 1.26.0\n")) {
		t.Errorf("%s should say go 1.26.0", src)
	}
}
