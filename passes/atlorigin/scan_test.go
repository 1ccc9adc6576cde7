package atlorigin

import (
	"fmt"
	"strings"
	"testing"
)

// textChain is a chain of one literal of value s, alone in its string.
func textChain(s string, format bool) *chain {
	ch := &chain{
		text:      s,
		ops:       []operand{{known: true, value: s}},
		edgesDone: true,
		before:    edge{kind: edgeNone},
		after:     edge{kind: edgeNone},
		stopFrom:  -1,
		stopAtPos: -1,
	}
	if format {
		ch.format = nil
		ch.parseVerbs()
	}
	return ch
}

func TestFindParams(t *testing.T) {
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
		for _, p := range (&checker{}).findParams(ch) {
			got = append(got, tc.s[p.start:p.end])
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("findParams(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// hugeLiterals are literals on which a scan that looked for the next
// "=" from every "?" took 16 s for a megabyte of "?" (audit defect 13).
// BenchmarkFindParams measures the scan on them; the cost must grow
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

// TestFindParamsHuge scans megabytes of each shape: it finishes, and
// finds the parameters there are.
func TestFindParamsHuge(t *testing.T) {
	for _, tc := range hugeLiterals(4 << 20) {
		ps := (&checker{}).findParams(textChain(tc.s, tc.format))
		if strings.Contains(tc.s, "atlOrigin=") && len(ps) == 0 {
			t.Errorf("%s: no parameter found", tc.name)
		}
	}
}

// BenchmarkFindParams reports the scan's cost at two sizes: the
// per-byte cost (ns/op divided by the size) must stay the same.
func BenchmarkFindParams(b *testing.B) {
	for _, n := range []int{1 << 16, 1 << 20} {
		for _, tc := range hugeLiterals(n) {
			b.Run(fmt.Sprintf("%s/%d", tc.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(tc.s)))
				for b.Loop() {
					(&checker{}).findParams(textChain(tc.s, tc.format))
				}
			})
		}
	}
}
