package atlassian

import "testing"

func TestMatchOriginParam(t *testing.T) {
	tests := []struct {
		key  string
		want OriginMatch
	}{
		{"atlOrigin", OriginExact},

		{"atlorigin", OriginNearMiss},
		{"ATLORIGIN", OriginNearMiss},
		{"AtlOrigin", OriginNearMiss},
		{"atl_origin", OriginNearMiss},
		{"atl-origin", OriginNearMiss},
		{"atl.origin", OriginNearMiss},
		{"atlOrign", OriginNearMiss},   // deletion
		{"atlOriginn", OriginNearMiss}, // insertion
		{"atlOrigen", OriginNearMiss},  // substitution
		{"altOrigin", OriginNearMiss},  // swapped neighbours
		{"atlOrgiin", OriginNearMiss},  // swapped neighbours
		{"atlOrigins", OriginNearMiss},

		{"", NotOrigin},
		{"origin", NotOrigin},
		{"Origin", NotOrigin},
		{"atl", NotOrigin},
		{"atlassianOrigin", NotOrigin},
		{"atlOriginId", NotOrigin},
		{"atlOrigin2x", NotOrigin},
		{"xtlOrigin", NotOrigin}, // one edit, but not the start of the word
		{"tlOrigin", NotOrigin},
		{"atlOrigin=", NotOrigin}, // not a bare name
		{"atl%4Frigin", NotOrigin},
		{"utm_origin", NotOrigin},
		{"redirect_uri", NotOrigin},
		{"atlOriginé", NotOrigin},
	}
	for _, tt := range tests {
		if got := MatchOriginParam(tt.key); got != tt.want {
			t.Errorf("MatchOriginParam(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestWithinOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"", "", true},
		{"a", "", true},
		{"ab", "ba", true},
		{"abc", "acb", true},
		{"abc", "cba", false},
		{"abc", "abd", true},
		{"abc", "xbd", false},
		{"abc", "abcd", true},
		{"abc", "abxcd", false},
		{"abcd", "acd", true},
	}
	for _, tt := range tests {
		if got := withinOneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("withinOneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := withinOneEdit(tt.b, tt.a); got != tt.want {
			t.Errorf("withinOneEdit(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func FuzzMatchOriginParam(f *testing.F) {
	for _, s := range []string{"atlOrigin", "atl_origin", "origin", "", "altOrigin"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := MatchOriginParam(s)
		if (m == OriginExact) != (s == OriginParam) {
			t.Fatalf("MatchOriginParam(%q) = %v", s, m)
		}
	})
}

func TestGatewayURL(t *testing.T) {
	tests := []struct {
		host, path string
		complete   bool
		want       string
	}{
		{"acme.atlassian.net", "/rest/api/3/issue", true, "https://api.atlassian.com/ex/jira/{cloudid}/rest/api/3/issue"},
		{"acme.atlassian.net", "/rest/api/3/issue/", false, "https://api.atlassian.com/ex/jira/{cloudid}/rest/api/3/issue/…"},
		{"acme.atlassian.net", "/rest/agile/1.0/board", true, "https://api.atlassian.com/ex/jira/{cloudid}/rest/agile/1.0/board"},
		{"acme.atlassian.net", "/wiki/rest/api/space", true, "https://api.atlassian.com/ex/confluence/{cloudid}/wiki/rest/api/space"},
		{"acme.atlassian.net", "/wiki/api/v2/pages", true, "https://api.atlassian.com/ex/confluence/{cloudid}/wiki/api/v2/pages"},
		{"acme.jira.com", "/rest/api/2/myself", true, "https://api.atlassian.com/ex/jira/{cloudid}/rest/api/2/myself"},
		{"agency.atlassian-us-gov-mod.net", "/rest/api/3/project", true, "https://api.atlassian-us-gov-mod.com/ex/jira/{cloudid}/rest/api/3/project"},
		{"acme.atlassian.net", "", false, "https://api.atlassian.com/ex/jira/{cloudid}/... (or /ex/confluence/{cloudid}/...)"},
		{"acme.atlassian.net", "/wiki/", false, "https://api.atlassian.com/ex/confluence/{cloudid}/..."},
		{"agency.atlassian-us-gov-mod.net", "/status", true, "https://api.atlassian-us-gov-mod.com/ex/jira/{cloudid}/... (or /ex/confluence/{cloudid}/...)"},
	}
	for _, tt := range tests {
		if got := GatewayURL(tt.host, tt.path, tt.complete); got != tt.want {
			t.Errorf("GatewayURL(%q, %q, %v) = %q, want %q", tt.host, tt.path, tt.complete, got, tt.want)
		}
	}
}

func TestAccessibleResourcesURL(t *testing.T) {
	for host, want := range map[string]string{
		"acme.atlassian.net":              "https://api.atlassian.com/oauth/token/accessible-resources",
		"agency.atlassian-us-gov-mod.net": "https://api.atlassian-us-gov-mod.com/oauth/token/accessible-resources",
	} {
		if got := AccessibleResourcesURL(host); got != want {
			t.Errorf("AccessibleResourcesURL(%q) = %q, want %q", host, got, want)
		}
	}
}
