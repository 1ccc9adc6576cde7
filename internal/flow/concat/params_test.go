package concat

import (
	"fmt"
	"strings"
	"testing"

	"github.com/atlvet/atlvet/internal/atlassian"
)

// textChain is a chain of one literal of value s, alone in its string.
func textChain(s string, format bool) *Chain {
	ch := &Chain{
		Text:      s,
		Ops:       []Operand{{Known: true, Value: s}},
		edgesDone: true,
		before:    noEdge,
		after:     noEdge,
		stopFrom:  -1,
		stopAtPos: -1,
	}
	if format {
		ch.parseVerbs()
	}
	return ch
}

// isOrigin matches atlOrigin and its misspellings.
func isOrigin(name string) bool { return atlassian.MatchOriginParam(name) != atlassian.NotOrigin }

func TestParamsInText(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string // key, value text
	}{
		{"https://x.atlassian.net/rest/api/3/myself?atlOrigin=abc", []string{"atlOrigin=abc"}},
		{"?a=1&atlOrigin=abc&b=2", []string{"atlOrigin=abc"}},
		{"?atlOrigin=a&atl_origin=b#frag", []string{"atlOrigin=a", "atl_origin=b"}},
		{"atlOrigin=abc", []string{"atlOrigin=abc"}},
		{"?atlOrigin", []string{"atlOrigin"}},
		{"?atlOrigin&x=1", []string{"atlOrigin"}},
		{"atlOrigin", nil},             // a key alone, as q.Set takes it
		{"?atlOriginal=1", nil},        // another name
		{"?jql=atlOrigin%3Dabc", nil},  // in a value
		{"/search/atlOrigin=abc", nil}, // in a path
		{"?next=/x?atlOrigin=abc", []string{"atlOrigin=abc"}},
	} {
		ch := textChain(tc.s, false)
		var got []string
		for _, p := range ch.Params(isOrigin) {
			got = append(got, tc.s[p.Start:p.End])
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("Params(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// hugeLiterals are literals on which a scan that looked for the next
// "=" from every "?" took 16 s for a megabyte of "?" (audit defect 13).
// BenchmarkParams measures the scan on them; the cost must grow
// linearly with the size.
func hugeLiterals(n int) []struct {
	name   string
	s      string
	format bool
} {
	return []struct {
		name   string
		s      string
		format bool
	}{
		{"question marks then =", strings.Repeat("?", n) + "=", false},
		{"ampersands then =", strings.Repeat("&", n) + "=", false},
		{"keys without =", strings.Repeat("?a", n/2), false},
		{"long key", "?" + strings.Repeat("a", n) + "=", false},
		{"parameters inside values", strings.Repeat("?atlOrigin=", n/11), false},
		{"parameters", strings.Repeat("&atlOrigin=x", n/12), false},
		{"format verbs", strings.Repeat("?atlOrigin=%s", n/13), true},
	}
}

// TestParamsHuge scans megabytes of each shape: it finishes, and
// finds the parameters there are.
func TestParamsHuge(t *testing.T) {
	for _, tc := range hugeLiterals(4 << 20) {
		ps := textChain(tc.s, tc.format).Params(isOrigin)
		if strings.Contains(tc.s, "atlOrigin=") && len(ps) == 0 {
			t.Errorf("%s: no parameter found", tc.name)
		}
	}
}

// BenchmarkParams reports the scan's cost at two sizes: the
// per-byte cost (ns/op divided by the size) must stay the same.
func BenchmarkParams(b *testing.B) {
	for _, n := range []int{1 << 16, 1 << 20} {
		for _, tc := range hugeLiterals(n) {
			b.Run(fmt.Sprintf("%s/%d", tc.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(tc.s)))
				for b.Loop() {
					textChain(tc.s, tc.format).Params(isOrigin)
				}
			})
		}
	}
}
