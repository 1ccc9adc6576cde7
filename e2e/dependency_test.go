package e2e

import (
	"slices"
	"strings"
	"testing"
)

// TestDependencyFacts: a package of a module the user depends on (here
// vendored) is read from export data by atlvet's own driver and
// analysed from source by go vet; no pass judges it or exports facts
// about it, so the drivers agree: a literal the user's code passes to
// the dependency's bearer-token helper is not followed into it by
// either (only the tables know client libraries), while the same
// helper in the user's own module is.
func TestDependencyFacts(t *testing.T) {
	parallel(t)
	lib := `package lib

import "net/http"

// Bearer authorises a request with an OAuth token.
func Bearer(req *http.Request, token string) { req.Header.Set("Authorization", "Bearer "+token) }
`
	dir := writeModule(t, map[string]string{
		"go.mod":                        "module example.com/app\n\ngo 1.26\n\nrequire example.com/lib v1.0.0\n",
		"vendor/modules.txt":            "# example.com/lib v1.0.0\n## explicit\nexample.com/lib\n",
		"vendor/example.com/lib/lib.go": lib,
		"own/own.go":                    strings.Replace(lib, "package lib", "package own", 1),
		"app/app.go": `package app

import (
	"net/http"

	"example.com/app/own"
	"example.com/lib"
)

func Call(req *http.Request) {
	lib.Bearer(req, "Zr6Tn9WKp3Lm8Qx1Vb4K")
	own.Bearer(req, "Qx1Vb4KZr6Tn9WKp3Lm8")
}
`,
	})
	environ := append(slices.DeleteFunc(env(), func(kv string) bool { return strings.HasPrefix(kv, "GOFLAGS=") }), "GOFLAGS=-mod=vendor")
	for _, drv := range []struct {
		name string
		args []string
	}{
		{"standalone", []string{atlvet, "-secrets", "./..."}},
		{"go vet", []string{"go", "vet", "-vettool=" + atlvet, "-secrets", "./..."}},
	} {
		r := commandEnv(t, environ, dir, drv.args[0], drv.args[1:]...)
		var got []string
		for _, line := range findingLines(dir, r.stdout+r.stderr) {
			if !strings.Contains(line, "related:") && strings.Contains(line, "hard-coded credential") {
				file, _, _ := strings.Cut(line, ": ")
				got = append(got, file)
			}
		}
		if want := []string{"app/app.go:12:18"}; !slices.Equal(got, want) {
			t.Errorf("%s found hard-coded credentials at %q, want %q (through the module's own helper only); output:\n%s%s", drv.name, got, want, r.stdout, r.stderr)
		}
	}
}
