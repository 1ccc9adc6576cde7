package flow

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBound checks what a Str keeps of a long value: its start and its
// end, the middle widened to one unknown part, and no more.
func TestBound(t *testing.T) {
	const base = "https://acme.atlassian.net/rest/api/3/"
	chain := func(n int, last Str) Str {
		s := Lit(base)
		for i := range n {
			if i%2 == 0 {
				s = s.Concat(paramStr(i%5 + 1))
			} else {
				s = s.Concat(Lit("/"))
			}
		}
		return s.Concat(last)
	}
	longText := strings.Repeat("abcdefghij", 1000) // 10,000 bytes
	tests := []struct {
		name       string
		s          Str
		want       string // rendered, "" to skip
		wantPrefix string
		wantSuffix string
	}{
		{name: "short", s: chain(4, Lit("?atlOrigin=x")), want: base + "…/…/?atlOrigin=x"},
		{name: "limit", s: chain(maxHeadParts+maxTailParts-2, Str{}), want: base + strings.Repeat("…/", (maxHeadParts+maxTailParts-2)/2)},
		{
			name:       "many parts",
			s:          chain(20000, Lit("?atlOrigin=x")),
			wantPrefix: base + "…/…/…/",
			wantSuffix: "…/…/…/?atlOrigin=x",
		},
		{
			name:       "long text",
			s:          Lit("https://acme.atlassian.net/" + longText).Concat(Lit("?atlOrigin=x")),
			wantPrefix: "https://acme.atlassian.net/abcdefghij",
			wantSuffix: "abcdefghij?atlOrigin=x",
		},
		{
			name:       "long text then parts",
			s:          Lit(longText).Concat(Unknown()).Concat(Lit(longText)),
			wantPrefix: "abcdefghij",
			wantSuffix: "…" + longText[len(longText)-maxTailText:],
		},
		{
			name:       "multi-byte text",
			s:          Lit(strings.Repeat("é", 5000)).Concat(Lit("x")),
			wantPrefix: "éé",
			wantSuffix: "éx",
		},
	}
	for _, tt := range tests {
		got := tt.s.String()
		if tt.want != "" && got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		if !strings.HasPrefix(got, tt.wantPrefix) || !strings.HasSuffix(got, tt.wantSuffix) {
			t.Errorf("%s: got %.60q…%.60q, want it to start with %q and end with %q", tt.name, got, got[max(0, len(got)-60):], tt.wantPrefix, tt.wantSuffix)
		}
		if n := len(tt.s.Parts); n > maxHeadParts+maxTailParts+1 {
			t.Errorf("%s: %d parts kept, want at most %d", tt.name, n, maxHeadParts+maxTailParts+1)
		}
		text := 0
		for _, p := range tt.s.Parts {
			text += len(p.Lit)
			if !utf8.ValidString(p.Lit) {
				t.Errorf("%s: a character is cut: %q", tt.name, p.Lit)
			}
		}
		if text > maxHeadText+maxTailText+utf8.UTFMax {
			t.Errorf("%s: %d bytes of text kept", tt.name, text)
		}
		if tt.want == "" && !strings.Contains(got, "…") {
			t.Errorf("%s: nothing widened: %.80q", tt.name, got)
		}
	}
}

// TestBoundKeepsParams checks that parameters at either end survive the
// widening, so that a helper's result is still substituted caller by
// caller.
func TestBoundKeepsParams(t *testing.T) {
	s := paramStr(1).Concat(Lit("/rest/api/3/"))
	for range 1000 {
		s = s.Concat(Unknown()).Concat(Lit("/"))
	}
	s = s.Concat(Lit("?q=")).Concat(paramStr(2))
	if first := s.Parts[0]; first.Param != 1 {
		t.Errorf("first part %+v, want parameter 1", first)
	}
	if last := s.Parts[len(s.Parts)-1]; last.Param != 2 {
		t.Errorf("last part %+v, want parameter 2", last)
	}
	got := s.subst([]Strs{{Lit("https://acme.atlassian.net")}, {Lit("v")}})
	if len(got) != 1 || !strings.HasPrefix(got[0].String(), "https://acme.atlassian.net/rest/api/3/") || !strings.HasSuffix(got[0].String(), "/?q=v") {
		t.Errorf("subst: got %v", got)
	}
}

// TestCluster checks how many alternatives are widened: into at most n
// groups of the values that start alike, so that a value that differs
// early keeps what it has.
func TestCluster(t *testing.T) {
	gw := func(path string) Str {
		return Lit("https://api.atlassian.com/ex/jira/").Concat(Unknown()).Concat(Lit("/rest/api/3/" + path))
	}
	site := Lit("https://").Concat(Unknown()).Concat(Lit(".atlassian.net/rest/api/3/serverInfo"))
	var ss Strs
	for _, p := range []string{"myself", "issue", "issue/comment", "project", "field", "priority", "status", "user", "group"} {
		ss = append(ss, gw(p))
	}
	ss = append(ss, site)
	render := func(ss Strs) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.String())
		}
		return out
	}
	got := render(cluster(ss, 8))
	if len(got) != 8 {
		t.Fatalf("cluster: %d values, want 8: %q", len(got), got)
	}
	if got[0] != "https://api.atlassian.com/ex/jira/…/rest/api/3/myself" {
		t.Errorf("cluster: first %q, want the first value as it was", got[0])
	}
	if last := got[len(got)-1]; last != site.String() {
		t.Errorf("cluster: last %q, want the site URL as it was, %q", last, site)
	}
	for _, g := range got[:len(got)-1] {
		if !strings.HasPrefix(g, "https://api.atlassian.com/ex/jira/…/rest/api/3/") {
			t.Errorf("cluster: %q lost what the gateway URLs share", g)
		}
	}
	if got := render(cluster(ss, 1)); len(got) != 1 || got[0] != "https://…" {
		t.Errorf("cluster into 1: %q, want what all share, [\"https://…\"]", got)
	}
	if got := cluster(ss[:3], 8); len(got) != 3 {
		t.Errorf("cluster of 3 into 8: %q, want them unchanged", render(got))
	}
	// Many values: still at most n.
	var many Strs
	for i := range 500 {
		many = append(many, Lit("https://acme.atlassian.net/rest/api/3/issue/").Concat(Lit(strings.Repeat("x", i%37))).Concat(Unknown()).Concat(Lit(string(rune('a'+i%26)))))
	}
	if got := cluster(many.bounded(), 8); len(got) > 8 {
		t.Errorf("cluster of 500: %d values", len(got))
	}
}
