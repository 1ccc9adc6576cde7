package flow_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// manyCallers writes a package of clients, each a request helper that
// four verb wrappers call, each wrapper called by 60 endpoints; and a
// lattice of depth levels, each level's two functions calling both of
// the next level's, at whose bottom a helper sends: 2^depth paths reach
// it, which resolving parameters caller by caller at every level would
// follow one by one.
func manyCallers(tb testing.TB, clients, depth int) []*packages.Package {
	tb.Helper()
	dir := tb.TempDir()
	var b strings.Builder
	b.WriteString("package manycallers\n\nimport \"net/http\"\n\n")
	for c := range clients {
		fmt.Fprintf(&b, "type C%d struct{ site string; hc *http.Client }\n\n", c)
		fmt.Fprintf(&b, "func NewC%d(site string) *C%d { return &C%d{site: site, hc: &http.Client{}} }\n\n", c, c, c)
		fmt.Fprintf(&b, "func (c *C%d) request(method, path string) error {\n\treq, err := http.NewRequest(method, c.site+path, nil)\n\tif err != nil {\n\t\treturn err\n\t}\n\t_, err = c.hc.Do(req)\n\treturn err\n}\n\n", c)
		for _, verb := range []string{"Get", "Post", "Put", "Delete"} {
			fmt.Fprintf(&b, "func (c *C%d) %s(path string) error { return c.request(%q, path) }\n", c, verb, strings.ToUpper(verb))
			for e := range 60 {
				fmt.Fprintf(&b, "func (c *C%d) %s%d(key string) error { return c.%s(\"/rest/api/3/issue/\" + key + \"/e%d\") }\n", c, verb, e, verb, e)
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("func send(u string) error {\n\treq, err := http.NewRequest(\"GET\", u, nil)\n\tif err != nil {\n\t\treturn err\n\t}\n\t_, err = http.DefaultClient.Do(req)\n\treturn err\n}\n\n")
	fmt.Fprintf(&b, "func L%dA(p string) error { return send(p) }\nfunc L%dB(p string) error { return send(p + \"/b\") }\n", depth, depth)
	for l := depth - 1; l >= 0; l-- {
		for _, x := range []string{"A", "B"} {
			fmt.Fprintf(&b, "func L%d%s(p string) error { L%dA(p + \"/%s\"); return L%dB(p) }\n", l, x, l+1, strings.ToLower(x), l+1)
		}
	}
	b.WriteString("func Root() { L0A(\"https://acme.atlassian.net/rest/api/3\"); L0B(\"https://acme.atlassian.net/wiki/api/v2\") }\n")
	for name, content := range map[string]string{
		"go.mod":         "module example.com/manycallers\n\ngo 1.26\n",
		"manycallers.go": b.String(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	cfg := &packages.Config{
		Mode: packages.LoadSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		tb.Fatal(err)
	}
	if len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		tb.Fatalf("loading the generated package: %v", pkgs)
	}
	return pkgs
}

// BenchmarkManyCallers measures resolving request helpers' URLs
// through their callers' callers: its cost must grow linearly with the
// number of clients (compare clients=10 and 40), and with the depth of
// the lattice, not with the number of its paths (compare depth=20 and
// 80).
func BenchmarkManyCallers(b *testing.B) {
	for _, size := range []struct{ clients, depth int }{{10, 20}, {40, 20}, {10, 80}} {
		b.Run(fmt.Sprintf("clients=%d/depth=%d", size.clients, size.depth), func(b *testing.B) {
			pkgs := manyCallers(b, size.clients, size.depth)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				analyzeSends(b, pkgs)
			}
		})
	}
}

// TestManyCallers checks what the sends of the generated package go
// to: each client's helper to the endpoints of its 240 callers, widened
// to what groups of them share; the lattice's helper to both roots'
// URLs.
func TestManyCallers(t *testing.T) {
	got := analyzeSends(t, manyCallers(t, 2, 30))
	if len(got) != 3 {
		t.Fatalf("got %d sends, want 3: %q", len(got), got)
	}
	for _, s := range got[:2] {
		if n := strings.Count(s, `"…/rest/api/3/issue/…/e`); n == 0 || n != strings.Count(s, `"`)/2 {
			t.Errorf("a client's helper sends to %s, want every URL to start …/rest/api/3/issue/…/e", s)
		}
	}
	if !strings.Contains(got[2], "https://acme.atlassian.net/rest/api/3") || !strings.Contains(got[2], "https://acme.atlassian.net/wiki/api/v2") {
		t.Errorf("the lattice's helper sends to %s, want both roots' URLs", got[2])
	}
}
