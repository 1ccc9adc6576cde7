package sarif

import (
	"bytes"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// decoded is the part of a SARIF log the tests read.
type decoded struct {
	Version string
	Runs    []struct {
		ColumnKind         string
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Tool               struct {
			Driver struct {
				Name  string
				Rules []struct {
					ID               string
					ShortDescription struct{ Text string }
					Help             struct{ Text string }
				}
			}
		}
		Invocations []struct {
			ExecutionSuccessful bool
			Notifications       []struct{ Message struct{ Text string } } `json:"toolExecutionNotifications"`
		}
		Results []struct {
			RuleID    string
			RuleIndex int
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string
						URIBaseID string `json:"uriBaseId"`
					}
					Region struct{ StartLine, StartColumn, EndLine, EndColumn int }
				}
			}
			RelatedLocations []struct {
				ID      int
				Message struct{ Text string }
			}
			Fixes []struct {
				Description     struct{ Text string }
				ArtifactChanges []struct {
					ArtifactLocation struct{ URI string }
					Replacements     []struct {
						DeletedRegion   struct{ ByteOffset, ByteLength int }
						InsertedContent struct{ Text string }
					}
				}
			}
		}
	}
}

func TestWrite(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "jira", "client.go")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	// "é" is two bytes and one UTF-16 unit; "𝄞" four bytes and two units.
	src := "package jira\n\nvar s = \"é𝄞\" + \"http://acme.atlassian.net\"\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	start := strings.Index(src, `"http://`)
	end := start + len(`"http://acme.atlassian.net"`)
	pos := token.Position{Filename: file, Offset: start, Line: 3, Column: start - strings.Index(src, "var") + 1}
	endPos := token.Position{Filename: file, Offset: end, Line: 3, Column: end - strings.Index(src, "var") + 1}

	b := New("atlvet", "v1.2.3", "https://github.com/atlvet/atlvet", []Rule{
		{ID: "useragent/default", Summary: "A request is sent with Go's default User-Agent.", Help: "Long help."},
		{ID: "siteurl/insecure-scheme", Summary: "An http:// URL to Atlassian Cloud.", Help: "Use https."},
	}, root)
	f := Finding{
		RuleID:  "siteurl/insecure-scheme",
		Message: "http:// URL to Atlassian Cloud host acme.atlassian.net sends credentials and data in clear text; use https://",
		Pos:     pos, End: endPos,
		Related: []Related{{Message: "used here", Pos: pos}},
		Fixes: []Fix{{Description: "Use https://", Edits: []Edit{
			{Filename: file, Offset: start + 1, Length: len("http://"), NewText: "https://"},
		}}},
	}
	b.Add(f)
	b.Add(f) // the same finding from the package's test variant
	b.Add(Finding{RuleID: "useragent/default", Message: "elsewhere", Pos: token.Position{Filename: "/outside/x.go", Line: 1, Column: 1}})
	b.Notify("jira/broken.go:1:1: undefined: x")
	if b.Findings() != 2 {
		t.Errorf("Findings() = %d, want 2 (duplicates recorded once)", b.Findings())
	}

	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	var got decoded
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("output is no JSON: %v\n%s", err, buf.Bytes())
	}
	if got.Version != "2.1.0" || len(got.Runs) != 1 {
		t.Fatalf("version %q, %d runs; want 2.1.0, 1 run", got.Version, len(got.Runs))
	}
	r := got.Runs[0]
	if r.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind = %q", r.ColumnKind)
	}
	if base := r.OriginalURIBaseIDs["%SRCROOT%"].URI; base != "file://"+filepath.ToSlash(root)+"/" {
		t.Errorf("%%SRCROOT%% = %q, want the root", base)
	}
	if d := r.Tool.Driver; d.Name != "atlvet" || len(d.Rules) != 2 || d.Rules[1].ID != "siteurl/insecure-scheme" ||
		d.Rules[1].ShortDescription.Text != "An http:// URL to Atlassian Cloud." ||
		!strings.Contains(d.Rules[1].Help.Text, "//atlvet:ignore siteurl/insecure-scheme <reason>") {
		t.Errorf("driver = %+v", d)
	}
	if inv := r.Invocations; len(inv) != 1 || inv[0].ExecutionSuccessful || len(inv[0].Notifications) != 1 {
		t.Errorf("invocations = %+v, want one, unsuccessful, with the error", inv)
	}
	if len(r.Results) != 2 {
		t.Fatalf("%d results, want 2", len(r.Results))
	}
	// Sorted by file: the root's relative path sorts after "/outside".
	var res = r.Results[1]
	if res.RuleID != "siteurl/insecure-scheme" || res.RuleIndex != 1 {
		t.Errorf("result rule %q index %d, want siteurl/insecure-scheme 1", res.RuleID, res.RuleIndex)
	}
	loc := res.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "jira/client.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifact = %+v, want jira/client.go under %%SRCROOT%%", loc.ArtifactLocation)
	}
	// `var s = "é𝄞" + ` is 17 bytes but 14 UTF-16 units before the literal.
	wantCol := len([]rune(`var s = "é𝄞" + `)) + 1 + 1 // 𝄞 is two units
	if reg := loc.Region; reg.StartLine != 3 || reg.StartColumn != wantCol || reg.EndLine != 3 || reg.EndColumn != wantCol+len(`"http://acme.atlassian.net"`) {
		t.Errorf("region = %+v, want line 3, columns %d to %d", reg, wantCol, wantCol+len(`"http://acme.atlassian.net"`))
	}
	if rel := res.RelatedLocations; len(rel) != 1 || rel[0].ID != 1 || rel[0].Message.Text != "used here" {
		t.Errorf("related = %+v", rel)
	}
	if len(res.Fixes) != 1 || len(res.Fixes[0].ArtifactChanges) != 1 {
		t.Fatalf("fixes = %+v", res.Fixes)
	}
	rep := res.Fixes[0].ArtifactChanges[0].Replacements[0]
	if rep.DeletedRegion.ByteOffset != start+1 || rep.DeletedRegion.ByteLength != 7 || rep.InsertedContent.Text != "https://" {
		t.Errorf("replacement = %+v", rep)
	}
	if out := r.Results[0].Locations[0].PhysicalLocation.ArtifactLocation; out.URI != "file:///outside/x.go" || out.URIBaseID != "" {
		t.Errorf("a file outside the root is %+v, want an absolute file URI", out)
	}
}

func TestUnknownRule(t *testing.T) {
	b := New("atlvet", "", "", nil, "")
	b.Add(Finding{RuleID: "nope/nothing", Message: "m", Pos: token.Position{Filename: "x.go", Line: 1, Column: 1}})
	if err := b.Write(&bytes.Buffer{}); err == nil {
		t.Error("a finding of a rule the log does not list was written")
	}
}
