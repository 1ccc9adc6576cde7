package atlassian_test

import (
	"strings"
	"testing"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/atlassian/atlassiantest"
)

func TestQuoteValue(t *testing.T) {
	token := atlassiantest.Token(atlassian.CloudAPIToken, "quote")
	example := atlassiantest.BadChecksum(atlassian.OAuthClientSecret, "quote")
	tests := []struct {
		in, want string
	}{
		{"jira-acme-int/1.0.0", `"jira-acme-int/1.0.0"`},
		{"https://me:hunter2@acme.atlassian.net/rest/api/3/myself", `"https://me:xxxxx@acme.atlassian.net/rest/api/3/myself"`},
		{"https://me@acme.atlassian.net/x?y=a:b@c", `"https://me@acme.atlassian.net/x?y=a:b@c"`},
		{"a http://u:p@h and https://v:q@i/", `"a http://u:xxxxx@h and https://v:xxxxx@i/"`},
		{"https://acme.atlassian.net/?token=" + token, `"https://acme.atlassian.net/?token=ATATT3… (192 chars)"`},
		{"jira-acme-int/1.0 (" + example + ")", `"jira-acme-int/1.0 (ATOA` + example[4:6] + `… (76 chars))"`},
		{strings.Repeat("x", 200), `"` + strings.Repeat("x", 120) + `…"`},
		{"", `""`},
	}
	for _, tt := range tests {
		if got := atlassian.QuoteValue(tt.in); got != tt.want {
			t.Errorf("QuoteValue(%.40q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func FuzzQuoteValue(f *testing.F) {
	f.Add("https://u:p@h/")
	f.Add(atlassiantest.Token(atlassian.CloudAPIToken, "fuzz"))
	f.Fuzz(func(t *testing.T, s string) {
		got := atlassian.SafeText(s)
		for _, m := range atlassian.FindCredentials(got) {
			t.Fatalf("SafeText(%q) still holds a %v", s, m.Kind)
		}
	})
}

func TestContainsFold(t *testing.T) {
	for _, tt := range []struct {
		s, sub string
		want   bool
	}{
		{"https://ACME.Atlassian.net", "atlassian", true},
		{"Bearer x", "bearer", true},
		{"bear", "bearer", false},
		{"", "a", false},
		{"abc", "", true},
		{"xxATLassiaN", "atlassian", true},
		{"atlassia", "atlassian", false},
	} {
		if got := atlassian.ContainsFold(tt.s, tt.sub); got != tt.want {
			t.Errorf("ContainsFold(%q, %q) = %v", tt.s, tt.sub, got)
		}
	}
}

func FuzzContainsFold(f *testing.F) {
	f.Add("Atlassian", "atlassian")
	f.Fuzz(func(t *testing.T, s, sub string) {
		sub = strings.ToLower(sub)
		for _, r := range sub {
			if r >= 0x80 {
				return // ASCII only
			}
		}
		lowerASCII := strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s)
		if got, want := atlassian.ContainsFold(s, sub), strings.Contains(lowerASCII, sub); got != want {
			t.Fatalf("ContainsFold(%q, %q) = %v, want %v", s, sub, got, want)
		}
	})
}
