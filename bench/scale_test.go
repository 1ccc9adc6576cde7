package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/atlvet/atlvet/internal/driver"
	"github.com/atlvet/atlvet/suite"
)

// The scale benchmark runs atlvet's own driver, as `atlvet ./...` does,
// on generated modules of three sizes, to show that time and memory
// grow linearly with the code:
//
//	go test ./bench -run '^$' -bench Scale -benchtime 1x -count 3
//
// It reports ns/line and B/line (allocated); a linear cost keeps both
// flat from size to size, and their value is the slope. Run one size
// per process under /usr/bin/time -v for its peak memory:
//
//	go test -c -o /tmp/bench.test ./bench
//	/usr/bin/time -v /tmp/bench.test -test.run '^$' -test.bench 'Scale/lines=800k' -test.benchtime 1x

// scaleSizes are the approximate sizes, in lines, of the modules.
var scaleSizes = []int{50_000, 200_000, 800_000}

// scaleModule writes a module of about size lines: packages of ten
// files each, one in four of them an Atlassian client (helpers, URLs,
// requests with and without a User-Agent), the others plain code, each
// importing the one before it, as layers of a service do.
func scaleModule(tb testing.TB, size int) (string, int) {
	tb.Helper()
	dir := tb.TempDir()
	lines := 0
	write := func(name, content string) {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
		lines += strings.Count(content, "\n")
	}
	write("go.mod", "module example.com/scale\n\ngo 1.26\n")
	const filesPerPackage = 10
	for p := 0; lines < size; p++ {
		name := fmt.Sprintf("p%03d", p)
		prev := ""
		if p > 0 {
			prev = fmt.Sprintf("p%03d", p-1)
		}
		atlas := p%4 == 0
		for f := range filesPerPackage {
			var b strings.Builder
			if atlas {
				if f == 0 {
					b.WriteString(strings.Replace(atlasClient, "package atlas", "package "+name, 1))
				} else {
					b.WriteString(strings.Replace(atlasHeader, "package atlas", "package "+name, 1))
					for i := range funcsPerFile {
						fmt.Fprintf(&b, atlasFuncs[(f*funcsPerFile+i)%len(atlasFuncs)], f*funcsPerFile+i)
					}
				}
			} else {
				b.WriteString(strings.Replace(plainHeader, "package plain", "package "+name, 1))
				for i := range funcsPerFile {
					fmt.Fprintf(&b, plainFunc, f*funcsPerFile+i)
				}
			}
			if f == 0 && prev != "" {
				fmt.Fprintf(&b, "\nvar _ = %s.Layer\n", prev)
				// The import goes after the package clause.
				src := b.String()
				i := strings.Index(src, "\n")
				src = src[:i+1] + fmt.Sprintf("\nimport %q\n", "example.com/scale/"+prev) + src[i+1:]
				b.Reset()
				b.WriteString(src)
			}
			if f == 1 {
				b.WriteString("\n// Layer marks the package for the one above it.\nconst Layer = 1\n")
			}
			write(fmt.Sprintf("%s/f%02d.go", name, f), b.String())
		}
	}
	return dir, lines
}

func scaleRun(tb testing.TB, dir string) *driver.Results {
	tb.Helper()
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
	prog, err := driver.Load(driver.LoadConfig{Dir: dir, Env: env, Tests: true}, "./...")
	if err != nil {
		tb.Fatal(err)
	}
	if errs := driver.PackageErrors(prog, nil); len(errs) > 0 {
		tb.Fatalf("the generated module does not build: %s", errs[0])
	}
	res, err := driver.Analyze(prog, suite.Analyzers(), driver.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if len(res.Failures) > 0 {
		tb.Fatalf("a pass failed: %v", res.Failures[0])
	}
	return res
}

// TestScaleModule checks the generator on the smallest size: it
// builds, and atlvet finds the planted mistakes and only them.
func TestScaleModule(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and analyses a 50,000-line module")
	}
	dir, lines := scaleModule(t, 20_000)
	res := scaleRun(t, dir)
	if len(res.Findings) == 0 {
		t.Fatal("no findings in the generated module")
	}
	for _, f := range res.Findings {
		if f.Rule() != "useragent/default" {
			t.Errorf("unexpected finding: %s: %s", res.Fset.Position(f.Diagnostic.Pos), f.Diagnostic.Message)
		}
	}
	t.Logf("%d lines, %d findings", lines, len(res.Findings))
}

func BenchmarkScale(b *testing.B) {
	for _, size := range scaleSizes {
		b.Run(fmt.Sprintf("lines=%dk", size/1000), func(b *testing.B) {
			dir, lines := scaleModule(b, size)
			scaleRun(b, dir) // builds the export data into the build cache
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			var res *driver.Results
			for b.Loop() {
				res = scaleRun(b, dir)
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lines), "ns/line")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(lines), "B/line")
			b.ReportMetric(float64(len(res.Findings)), "findings")
			b.ReportMetric(float64(lines), "lines")
		})
	}
}
