// Package bench measures what atlvet's passes cost beside the loading
// and type checking every analysis driver does anyway.
//
//	go test ./bench -run '^$' -bench . -count 5
//
// BenchmarkGenerated loads a generated module of a few thousand lines
// (HTTP helpers, some Atlassian URLs, and a package with no HTTP at all)
// once, then times checker.Analyze with atlvet's passes and with a
// do-nothing analyzer that declares a fact type (so both analyse every
// dependency from source). Its sub-benchmark "load" times the loading
// itself, so the end-to-end ratio is (load+atlvet)/(load+nop); and
// "nop+inspect" shows what building the AST inspector, which atlvet's
// passes require, costs by itself. bench/run.sh
// times the built commands on real code.
package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"

	"github.com/atlvet/atlvet/suite"
)

type nopFact struct{}

func (*nopFact) AFact()         {}
func (*nopFact) String() string { return "nop" }

// nop is the baseline: it does nothing, but declares a fact type.
var nop = &analysis.Analyzer{
	Name:      "nop",
	Doc:       "nop does nothing",
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	FactTypes: []analysis.Fact{new(nopFact)},
}

// nopInspect does nothing but require the inspector, which atlvet's
// passes share; it shows what building the inspector costs alone.
var nopInspect = &analysis.Analyzer{
	Name:      "nopinspect",
	Doc:       "nopinspect builds the inspector and does nothing",
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(nopFact)},
}

// Shape of the generated module.
const (
	atlasFiles   = 6 // files of package atlas (HTTP, some of it to Atlassian)
	funcsPerFile = 20
	plainFiles   = 4 // files of package plain (no HTTP)
)

// generate writes the module into a new temporary directory and
// returns it and the number of lines written.
func generate(tb testing.TB) (string, int) {
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
	write("go.mod", "module example.com/generated\n\ngo 1.26\n")
	write("atlas/client.go", atlasClient)
	for f := range atlasFiles {
		var b strings.Builder
		b.WriteString(atlasHeader)
		for i := range funcsPerFile {
			n := f*funcsPerFile + i
			fmt.Fprintf(&b, atlasFuncs[n%len(atlasFuncs)], n)
		}
		write(fmt.Sprintf("atlas/gen%02d.go", f), b.String())
	}
	for f := range plainFiles {
		var b strings.Builder
		b.WriteString(plainHeader)
		for i := range funcsPerFile {
			fmt.Fprintf(&b, plainFunc, f*funcsPerFile+i)
		}
		write(fmt.Sprintf("plain/gen%02d.go", f), b.String())
	}
	return dir, lines
}

// findingShapes are the indexes in atlasFuncs of the shapes that send
// a request to Atlassian without a User-Agent.
var findingShapes = map[int]bool{1: true, 4: true}

const atlasClient = `package atlas

import (
	"context"
	"io"
	"net/http"
)

const userAgent = "jira-generated-int/1.0.0"

type Client struct {
	base string
	http *http.Client
}

func New(site string) *Client {
	return &Client{base: "https://" + site + ".atlassian.net", http: &http.Client{}}
}

func (c *Client) newRequest(ctx context.Context, method, path string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "application/json")
	return req, nil
}
`

const atlasHeader = `package atlas

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

var _ = strings.TrimSpace
`

// atlasFuncs are the shapes of package atlas; %[1]d is the function's number.
var atlasFuncs = []string{
	// Through the helper that sets the User-Agent.
	`
func (c *Client) Issue%[1]d(ctx context.Context, key string) (map[string]any, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/rest/api/3/issue/"+url.PathEscape(key), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
`,
	// To Atlassian without a User-Agent: a finding.
	`
func (c *Client) Search%[1]d(ctx context.Context, jql string) (*http.Response, error) {
	q := url.Values{}
	q.Set("jql", jql)
	q.Set("maxResults", "%[1]d")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/rest/api/3/search/jql?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
`,
	// Not Atlassian.
	`
func Status%[1]d(ctx context.Context, region string) (int, error) {
	u := fmt.Sprintf("https://status.example.com/%%s/components/%[1]d", region)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
`,
	// To Atlassian with a constant User-Agent.
	`
func (c *Client) Comment%[1]d(ctx context.Context, key, text string) error {
	body := strings.NewReader(fmt.Sprintf("{\"body\":%%q}", text))
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/rest/api/2/issue/"+key+"/comment", body)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
`,
	// A gateway URL through http.Get: a finding.
	`
func Myself%[1]d(cloudID string) error {
	resp, err := http.Get("https://api.atlassian.com/ex/jira/" + cloudID + "/rest/api/3/myself")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
`,
	// String work, no request.
	`
func BrowseLink%[1]d(c *Client, keys []string) []string {
	var out []string
	for i, k := range keys {
		if i%%2 == 0 {
			k = strings.ToUpper(k)
		}
		out = append(out, c.base+"/browse/"+k+"?focusedCommentId=%[1]d")
	}
	return out
}
`,
}

const plainHeader = `package plain

import (
	"sort"
	"strconv"
	"strings"
)
`

const plainFunc = `
type Record%[1]d struct {
	ID    int
	Name  string
	Tags  []string
	Score float64
}

func Parse%[1]d(s string) (Record%[1]d, error) {
	var r Record%[1]d
	parts := strings.Split(s, ",")
	if len(parts) < 3 {
		return r, strconv.ErrSyntax
	}
	id, err := strconv.Atoi(parts[0])
	if err != nil {
		return r, err
	}
	r.ID = id
	r.Name = strings.TrimSpace(parts[1])
	r.Tags = append(r.Tags, parts[2:]...)
	sort.Strings(r.Tags)
	for _, t := range r.Tags {
		r.Score += float64(len(t))
	}
	return r, nil
}
`

// load loads the generated module's packages and their dependencies
// with syntax, as multichecker does when facts are in use.
func load(tb testing.TB, dir string) []*packages.Package {
	tb.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		tb.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		tb.Fatalf("%d errors loading the generated module", n)
	}
	return pkgs
}

func analyze(tb testing.TB, analyzers []*analysis.Analyzer, pkgs []*packages.Package) *checker.Graph {
	tb.Helper()
	g, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for act := range g.All() {
		if act.Err != nil {
			tb.Fatalf("%s: %v", act, act.Err)
		}
	}
	return g
}

// TestGenerated checks that the benchmark's module is what it claims:
// a few thousand lines that type-check, on which atlvet does real work
// and finds exactly the planted mistakes.
func TestGenerated(t *testing.T) {
	dir, lines := generate(t)
	if lines < 2000 {
		t.Errorf("generated %d lines, want a few thousand", lines)
	}
	pkgs := load(t, dir)
	g := analyze(t, suite.Analyzers(), pkgs)
	byPkg := map[string]int{}
	for act := range g.All() {
		if act.IsRoot {
			for _, d := range act.Diagnostics {
				byPkg[act.Package.PkgPath]++
				if !strings.Contains(d.Message, "default User-Agent") {
					t.Errorf("unexpected finding: %s: %s", act.Package.Fset.Position(d.Pos), d.Message)
				}
			}
		}
	}
	want := 0
	for i := range atlasFiles * funcsPerFile {
		if findingShapes[i%len(atlasFuncs)] {
			want++
		}
	}
	if byPkg["example.com/generated/atlas"] != want || byPkg["example.com/generated/plain"] != 0 {
		t.Errorf("findings by package: %v; want %d in atlas and none in plain", byPkg, want)
	}
	t.Logf("%d lines, %d findings", lines, want)
}

// BenchmarkGenerated times atlvet's passes and the do-nothing baseline
// on the same loaded packages, and the load itself.
func BenchmarkGenerated(b *testing.B) {
	dir, lines := generate(b)
	pkgs := load(b, dir)
	b.Logf("generated module: %d lines", lines)
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			load(b, dir)
		}
	})
	b.Run("nop", func(b *testing.B) {
		for b.Loop() {
			analyze(b, []*analysis.Analyzer{nop}, pkgs)
		}
	})
	b.Run("nop+inspect", func(b *testing.B) {
		for b.Loop() {
			analyze(b, []*analysis.Analyzer{nopInspect}, pkgs)
		}
	})
	b.Run("atlvet", func(b *testing.B) {
		for b.Loop() {
			analyze(b, suite.Analyzers(), pkgs)
		}
	})
}
