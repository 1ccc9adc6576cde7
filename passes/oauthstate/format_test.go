package oauthstate

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		format string
		args   []int // the argument of each verb
		tail   string
		ok     bool
	}{
		{"a=%s&b=%d", []int{0, 1}, "", true},
		{"state=%[2]s&client_id=%[1]s&x", []int{1, 0}, "&x", true},
		{"id=%*s&state=%s", []int{1, 2}, "", true},
		{"%[2]*[1]d|%d", []int{0, 1}, "", true},
		{"%-10.3f%%%v", []int{0, 1}, "", true},
		{"100%% sure", nil, "100% sure", true},
		{"%.*s=%s", []int{1, 2}, "", true},
		{"%[0]s", nil, "", false},
		{"%[x]s", nil, "", false},
		{"%[2", nil, "", false},
		{"trailing %", nil, "", false},
		{"%5", nil, "", false},
	} {
		verbs, tail, _, ok := parseFormat(tc.format)
		if ok != tc.ok {
			t.Errorf("parseFormat(%q) ok = %v, want %v", tc.format, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		var args []int
		for _, v := range verbs {
			args = append(args, v.arg)
		}
		if fmt.Sprint(args) != fmt.Sprint(tc.args) || tail != tc.tail {
			t.Errorf("parseFormat(%q) = args %v, tail %q; want %v, %q", tc.format, args, tail, tc.args, tc.tail)
		}
	}
}

// FuzzParseFormat checks parseFormat against fmt itself: for a format
// it reads, each plain %s verb renders the argument it names.
func FuzzParseFormat(f *testing.F) {
	for _, s := range []string{"a=%s", "%[2]s%[1]s", "%*d%s", "%%%s", "%[3]*.[2]*[1]f", "%-5s|%s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		verbs, tail, _, ok := parseFormat(format)
		if !ok {
			return
		}
		args := []any{"A0", "A1", "A2", "A3", "A4", "A5"}
		for _, v := range verbs {
			if v.arg < 0 {
				t.Fatalf("parseFormat(%q): negative argument index", format)
			}
		}
		// A format of plain %s verbs only renders as parsed (widths
		// from the arguments need integers: left out).
		if strings.Contains(format, "*") {
			return
		}
		for _, v := range verbs {
			if !v.plain || v.verb != 's' || v.arg >= len(args) {
				return
			}
		}
		var want strings.Builder
		for _, v := range verbs {
			want.WriteString(v.prefix)
			want.WriteString(args[v.arg].(string))
		}
		want.WriteString(tail)
		got := fmt.Sprintf(format, args...)
		if i := strings.Index(got, "%!(EXTRA"); i >= 0 {
			got = got[:i] // arguments left over are appended by fmt
		}
		if got != want.String() {
			t.Fatalf("parseFormat(%q) renders %q, fmt renders %q", format, want.String(), got)
		}
	})
}
