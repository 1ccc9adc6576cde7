package atlassian

import (
	"slices"
	"strings"
	"testing"
)

func TestParseAppKey(t *testing.T) {
	tests := []struct {
		in     string
		want   AppKey
		faults []KeyFault
	}{
		// The convention, with one product.
		{"jira-acme-int", AppKey{"jira", "acme"}, nil},
		{"confluence-acmewiki-int", AppKey{"confluence", "acmewiki"}, nil},
		{"jirasoftware-jellyfish-int", AppKey{"jirasoftware", "jellyfish"}, nil},
		{"jiraservicedesk-acme-int", AppKey{"jiraservicedesk", "acme"}, nil},
		{"bitbucket-ci2-int", AppKey{"bitbucket", "ci2"}, nil},
		{"jira-vs-code-int", AppKey{"jira", "vs-code"}, nil},
		{"jira-v8-int", AppKey{"jira", "v8"}, nil},
		{"jira-3d-int", AppKey{"jira", "3d"}, nil},

		// Case.
		{"Jira-Acme-Int", AppKey{"Jira", "Acme"}, []KeyFault{KeyUpperCase}},
		{"JIRA-ACME-INT", AppKey{"JIRA", "ACME"}, []KeyFault{KeyUpperCase}},

		// Spaces.
		{"jira acme int", AppKey{"jira", "acme"}, []KeyFault{KeySpaces}},
		{" jira-acme-int", AppKey{"jira", "acme"}, []KeyFault{KeySpaces}},
		{"jira-acme-int\t", AppKey{"jira", "acme"}, []KeyFault{KeySpaces}},
		{"Jira Acme Int", AppKey{"Jira", "Acme"}, []KeyFault{KeyUpperCase, KeySpaces}},

		// Missing parts.
		{"jira-acme", AppKey{"jira", "acme"}, []KeyFault{KeyMissingInt}},
		{"jira-acme-integration", AppKey{"jira", "acme-integration"}, []KeyFault{KeyMissingInt}},
		{"jira-acme-mint-2", AppKey{"jira", "acme-mint-2"}, []KeyFault{KeyMissingInt}},
		{"jira-int", AppKey{"jira", ""}, []KeyFault{KeyMissingSource}},
		{"", AppKey{}, []KeyFault{KeyEmpty}},
		{" \t", AppKey{}, []KeyFault{KeyEmpty}},

		// A version.
		{"jira-acme-int/1.4.2", AppKey{"jira", "acme"}, []KeyFault{KeyVersion}},
		{"jira-acme-int/1.4.2 (connect)", AppKey{"jira", "acme"}, []KeyFault{KeyVersion}},
		{"jira-acme-int-2", AppKey{"jira", "acme"}, []KeyFault{KeyVersion}},
		{"jira-acme-int-v2", AppKey{"jira", "acme"}, []KeyFault{KeyVersion}},
		{"jira-acme-int_1.0", AppKey{"jira", "acme"}, []KeyFault{KeyVersion}},
		{"jira-acme-int.2", AppKey{"jira", "acme"}, []KeyFault{KeyVersion}},
		{"jira-acme-int-1.2.0", AppKey{"jira", "acme"}, []KeyFault{KeyVersion}},
		{"jira-acme-int 1.0", AppKey{"jira", "acme"}, []KeyFault{KeyVersion}},
		{"int-2", AppKey{}, []KeyFault{KeyVersion, KeyMalformed}},
		{"jira-acme-1.2.0", AppKey{"jira", "acme"}, []KeyFault{KeyMissingInt, KeyVersion}},
		{"Jira-Acme-Int/1.0", AppKey{"Jira", "Acme"}, []KeyFault{KeyUpperCase, KeyVersion}},

		// The product.
		{"atlassian-acme-int", AppKey{"atlassian", "acme"}, []KeyFault{KeyMultiProduct}},
		{"Atlassian-Acme-Int", AppKey{"Atlassian", "Acme"}, []KeyFault{KeyUpperCase, KeyMultiProduct}},
		{"acme-int", AppKey{"", "acme"}, []KeyFault{KeyNoProduct}},
		{"acme-jira-int", AppKey{"", "acme-jira"}, []KeyFault{KeyNoProduct}},
		{"acme-connect", AppKey{"", "acme-connect"}, []KeyFault{KeyMissingInt, KeyNoProduct}},
		{"acme", AppKey{"", "acme"}, []KeyFault{KeyMissingInt, KeyNoProduct}},
		{"com.acme.jira-sync", AppKey{"", "com.acme.jira-sync"}, []KeyFault{KeyMissingInt, KeyNoProduct, KeyMalformed}},

		// Malformed.
		{"jira-acme-int/", AppKey{"jira", "acme"}, []KeyFault{KeyMalformed}},
		{"jira/acme-int", AppKey{"jira", ""}, []KeyFault{KeyMissingInt, KeyVersion, KeyMissingSource}},
		{"jira-acme-int/ 1.0", AppKey{"jira", "acme"}, []KeyFault{KeyMalformed}},
		{"jira--acme-int", AppKey{"jira", "acme"}, []KeyFault{KeyMalformed}},
		{"jira_acme-int", AppKey{"", "jira_acme"}, []KeyFault{KeyNoProduct, KeyMalformed}},
		{"jira-acmé-int", AppKey{"jira", "acmé"}, []KeyFault{KeyMalformed}},
		{"int", AppKey{}, []KeyFault{KeyMalformed}},
		{"-int", AppKey{}, []KeyFault{KeyMalformed}},
	}
	for _, tt := range tests {
		got, faults := ParseAppKey(tt.in)
		if got != tt.want || !slices.Equal(faults, tt.faults) {
			t.Errorf("ParseAppKey(%q) = %#v, %v; want %#v, %v", tt.in, got, faults, tt.want, tt.faults)
		}
	}
}

func TestAppKeyIdentity(t *testing.T) {
	tests := []struct{ in, want string }{
		{"jira-acme-int", "jira-acme-int"},
		{"Jira-Acme-Int", "jira-acme-int"},
		{"jira-acme-int/1.0.0", "jira-acme-int"},
		{"jira acme int", "jira-acme-int"},
		{"jira-int", "jira-int"},
		{"acme-int", ""},
		{"", ""},
	}
	for _, tt := range tests {
		k, _ := ParseAppKey(tt.in)
		if got := k.Identity(); got != tt.want {
			t.Errorf("ParseAppKey(%q).Identity() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAppKeyIsUserAgentIdentity: the key convention is the first
// segment of the User-Agent convention, so a well-formed key with a
// version is a well-formed User-Agent of the same identity, and a
// well-formed User-Agent is a key with a version.
func TestAppKeyIsUserAgentIdentity(t *testing.T) {
	for _, key := range []string{"jira-acme-int", "confluence-acmewiki-int", "jira-vs-code-int", "jirasoftware-jellyfish-int"} {
		if _, faults := ParseAppKey(key); faults != nil {
			t.Fatalf("ParseAppKey(%q) faults = %v", key, faults)
		}
		ua, faults := ParseUserAgent(key + "/1.0.0")
		if faults != nil || ua.Identity() != key {
			t.Errorf("ParseUserAgent(%q) = %v, %v; want identity %q", key+"/1.0.0", ua.Identity(), faults, key)
		}
	}
	for _, s := range []string{"jira-code-int/1.0.0", "jirasoftware-jellyfish-int/1.7.3 (requests/2.24)"} {
		if _, faults := ParseAppKey(s); !slices.Equal(faults, []KeyFault{KeyVersion}) {
			t.Errorf("ParseAppKey(%q) faults = %v, want [KeyVersion]", s, faults)
		}
	}
	// The User-Agent's multi-product example is no key.
	if _, faults := ParseAppKey("atlassian-microsoft-int"); !slices.Equal(faults, []KeyFault{KeyMultiProduct}) {
		t.Errorf("ParseAppKey(atlassian-microsoft-int) faults = %v, want [KeyMultiProduct]", faults)
	}
}

func TestKeyFaultString(t *testing.T) {
	seen := map[string]bool{}
	for f := KeyUpperCase; f <= KeyMalformed; f++ {
		s := f.String()
		if s == "" || seen[s] || s != strings.ToLower(s[:1])+s[1:] || strings.HasSuffix(s, ".") || strings.HasPrefix(s, "KeyFault(") {
			t.Errorf("KeyFault(%d).String() = %q: empty, duplicate, capitalised, ending in a period or unnamed", int(f), s)
		}
		seen[s] = true
	}
	if s := KeyFault(0).String(); s != "KeyFault(0)" {
		t.Errorf("KeyFault(0).String() = %q", s)
	}
}

func TestFixAppKeyCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jira-Acme-Int", "jira-acme-int"},
		{"JIRASOFTWARE-Jellyfish-INT", "jirasoftware-jellyfish-int"},
	}
	for _, tt := range tests {
		if _, faults := ParseAppKey(tt.in); !slices.Equal(faults, []KeyFault{KeyUpperCase}) {
			t.Fatalf("ParseAppKey(%q) faults = %v, want only upper case", tt.in, faults)
		}
		got := FixAppKeyCase(tt.in)
		if got != tt.want {
			t.Errorf("FixAppKeyCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if _, faults := ParseAppKey(got); faults != nil {
			t.Errorf("ParseAppKey(%q) faults = %v after the fix", got, faults)
		}
	}
}

func TestAppKeyTemplate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"{{key}}", true},
		{"{{ .AppKey }}", true},
		{"jira-{{.Source}}-int", true},
		{"${APP_KEY}", true},
		{"$APP_KEY", true},
		{"%s", true},
		{"jira-%s-int", true},
		{"<your-app-key>", true},
		{"jira-acme-int", false},
		{"Jira-Acme-Int", false},
		{"acme", false},
		{"100%", false},
		{"<", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := AppKeyTemplate(tt.in); got != tt.want {
			t.Errorf("AppKeyTemplate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
