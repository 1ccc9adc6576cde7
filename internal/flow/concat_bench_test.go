package flow_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/atlvet/atlvet/internal/flow"
)

// longConcat writes a package whose function Get sends a request to a
// URL built by one concatenation of terms operands: base, the REST
// path, then parameters a[i] and "/" literals in turn, and last a
// query parameter. It returns the package loaded for analysis, its
// dependencies from export data.
func longConcat(tb testing.TB, terms int) []*packages.Package {
	tb.Helper()
	dir := tb.TempDir()
	var b strings.Builder
	b.WriteString("package longconcat\n\nimport \"net/http\"\n\n")
	b.WriteString("func Get(base string, a []string, origin string) error {\n\tu := base + \"/rest/api/3/\"")
	for i := 2; i < terms-2; i++ {
		if i%2 == 0 {
			fmt.Fprintf(&b, " +\n\t\ta[%d]", i/2)
		} else {
			b.WriteString(` + "/"`)
		}
	}
	b.WriteString(" +\n\t\t\"?atlOrigin=\" + origin\n\t_, err := http.Get(u)\n\treturn err\n}\n")
	for name, content := range map[string]string{
		"go.mod":        "module example.com/longconcat\n\ngo 1.26\n",
		"longconcat.go": b.String(),
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

// sendURLs reports the URLs of every send, as the passes read them.
var sendURLs = &analysis.Analyzer{
	Name:     "sendurls",
	Doc:      "reports the URLs of the package's sends",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res, release := flow.Use(pass)
		defer release()
		for _, send := range res.Sends() {
			for _, req := range send.Requests {
				pass.Reportf(send.Call.Pos(), "%s", render(req.URLs))
			}
		}
		return nil, nil
	},
}

func analyzeSends(tb testing.TB, pkgs []*packages.Package) []string {
	res, err := checker.Analyze([]*analysis.Analyzer{sendURLs}, pkgs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, act := range res.Roots {
		if act.Err != nil {
			tb.Fatal(act.Err)
		}
		for _, d := range act.Diagnostics {
			out = append(out, d.Message)
		}
	}
	return out
}

// BenchmarkLongConcat measures the flow analysis of a request whose URL
// is one long concatenation of values that are not constant. Its cost
// must grow linearly with the number of terms: compare the two sizes.
func BenchmarkLongConcat(b *testing.B) {
	for _, terms := range []int{10000, 20000} {
		b.Run(fmt.Sprintf("terms=%d", terms), func(b *testing.B) {
			pkgs := longConcat(b, terms)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				analyzeSends(b, pkgs)
			}
		})
	}
}

// TestLongConcat checks what the analysis keeps of a URL too long to
// keep whole: its start, with the REST path the rules need, and its
// end, with the query parameter.
func TestLongConcat(t *testing.T) {
	got := analyzeSends(t, longConcat(t, 2000))
	if len(got) != 1 || !strings.HasPrefix(got[0], `["…/rest/api/3/…/…/`) || !strings.HasSuffix(got[0], `/…/…/?atlOrigin=…"]`) {
		t.Errorf("got %q, want one URL, its start and end kept", got)
	}
}
