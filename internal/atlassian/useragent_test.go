package atlassian

import (
	"slices"
	"strings"
	"testing"
)

func TestParseUserAgent(t *testing.T) {
	tests := []struct {
		in     string
		want   UserAgent
		faults []UAFault
	}{
		// The convention's own examples.
		{"jira-code-int/1.0.0", UserAgent{"jira", "code", "1.0.0", ""}, nil},
		{"jirasoftware-jellyfish-int/1.7.3 (requests/2.24)", UserAgent{"jirasoftware", "jellyfish", "1.7.3", "requests/2.24"}, nil},
		{"atlassian-microsoft-int/2.0.0", UserAgent{"atlassian", "microsoft", "2.0.0", ""}, nil},

		// Also fine.
		{"jira-visualstudiocode-int/1", UserAgent{"jira", "visualstudiocode", "1", ""}, nil},
		{"confluence-acme-int/2.0.0-beta.1", UserAgent{"confluence", "acme", "2.0.0-beta.1", ""}, nil},
		{"bitbucket-ci2-int/0.1.0+build.5", UserAgent{"bitbucket", "ci2", "0.1.0+build.5", ""}, nil},
		{"jira-code-int/1.0.0 (Go 1.22; Linux x86_64)", UserAgent{"jira", "code", "1.0.0", "Go 1.22; Linux x86_64"}, nil},
		{"jira-code-int/1.0.0 (net/http (go))", UserAgent{"jira", "code", "1.0.0", "net/http (go)"}, nil},
		{"jira-code-int/1.0.0 ()", UserAgent{"jira", "code", "1.0.0", ""}, nil},
		{"jira-vs-code-int/1.0.0", UserAgent{"jira", "vs-code", "1.0.0", ""}, nil},

		// Case.
		{"Jira-Code-Int/1.0.0", UserAgent{"Jira", "Code", "1.0.0", ""}, []UAFault{UAUpperCase}},
		{"JIRA-CODE-INT/1.0.0 (Requests)", UserAgent{"JIRA", "CODE", "1.0.0", "Requests"}, []UAFault{UAUpperCase}},
		{"jira-code-int/1.0.0-RC1", UserAgent{"jira", "code", "1.0.0-RC1", ""}, []UAFault{UAUpperCase}},

		// Spaces.
		{"jira code int/1.0", UserAgent{"jira", "code", "1.0", ""}, []UAFault{UASpaces}},
		{"jira - code - int/1.0", UserAgent{"jira", "code", "1.0", ""}, []UAFault{UASpaces}},
		{"Jira Code Int/1.0", UserAgent{"Jira", "Code", "1.0", ""}, []UAFault{UAUpperCase, UASpaces}},
		{"jira-code-int/1.0.0  (x)", UserAgent{"jira", "code", "1.0.0", "x"}, []UAFault{UASpaces}},
		{"jira-code-int/1.0.0\t(x)", UserAgent{"jira", "code", "1.0.0", "x"}, []UAFault{UASpaces}},
		{" jira-code-int/1.0.0", UserAgent{"jira", "code", "1.0.0", ""}, []UAFault{UASpaces}},
		{"jira-code-int/1.0.0 ", UserAgent{"jira", "code", "1.0.0", ""}, []UAFault{UASpaces}},
		{"jira-code-int/ 1.0.0", UserAgent{"jira", "code", "1.0.0", ""}, []UAFault{UASpaces}},
		{"jira-code-int/1.0 beta", UserAgent{"jira", "code", "1.0 beta", ""}, []UAFault{UASpaces}},

		// Missing parts.
		{"jira-code/1.0.0", UserAgent{"jira", "code", "1.0.0", ""}, []UAFault{UAMissingInt}},
		{"jira-code-integration/1.0", UserAgent{"jira", "code-integration", "1.0", ""}, []UAFault{UAMissingInt}},
		{"jira-code-int", UserAgent{"jira", "code", "", ""}, []UAFault{UAMissingVersion}},
		{"jira-code-int/", UserAgent{"jira", "code", "", ""}, []UAFault{UAMissingVersion}},
		{"jira-code-int (x)", UserAgent{"jira", "code", "", "x"}, []UAFault{UAMissingVersion}},
		{"jira-code-int 1.0.0", UserAgent{"jira", "code", "1.0.0", ""}, []UAFault{UASpaces, UAMissingVersion}},
		{"jira-int/1.0", UserAgent{"jira", "", "1.0", ""}, []UAFault{UAMissingSource}},
		{"jira/1.0", UserAgent{"jira", "", "1.0", ""}, []UAFault{UAMissingInt, UAMissingSource}},
		{"curl/8.0", UserAgent{"curl", "", "8.0", ""}, []UAFault{UAMissingInt, UAMissingSource}},
		{"Go-http-client/1.1", UserAgent{"Go", "http-client", "1.1", ""}, []UAFault{UAUpperCase, UAMissingInt}},
		{"", UserAgent{}, []UAFault{UAEmpty}},
		{" \t ", UserAgent{}, []UAFault{UAEmpty}},

		// Malformed.
		{"jira-code-int/1.0.0 (x", UserAgent{"jira", "code", "1.0.0", "x"}, []UAFault{UAMalformed}},
		{"jira-code-int/1.0.0(x)", UserAgent{"jira", "code", "1.0.0", "x"}, []UAFault{UAMalformed}},
		{"jira-code-int/1.0.0 (x) y", UserAgent{"jira", "code", "1.0.0", "x"}, []UAFault{UAMalformed}},
		{"jira-code-int/1.0.0 (a) (b)", UserAgent{"jira", "code", "1.0.0", "a"}, []UAFault{UAMalformed}},
		{"jira-code-int/1.0/2", UserAgent{"jira", "code", "1.0/2", ""}, []UAFault{UAMalformed}},
		{"jira-code-int/1.0)", UserAgent{"jira", "code", "1.0)", ""}, []UAFault{UAMalformed}},
		{"jira--code-int/1.0", UserAgent{"jira", "code", "1.0", ""}, []UAFault{UAMalformed}},
		{"jira_code-int/1.0", UserAgent{"jira_code", "", "1.0", ""}, []UAFault{UAMissingSource, UAMalformed}},
		{"jira-cöde-int/1.0", UserAgent{"jira", "cöde", "1.0", ""}, []UAFault{UAMalformed}},
		{"int/1.0", UserAgent{"", "", "1.0", ""}, []UAFault{UAMalformed}},
		{"(x)", UserAgent{"", "", "", "x"}, []UAFault{UAMalformed}},
		{"/1.0", UserAgent{"", "", "1.0", ""}, []UAFault{UAMissingInt, UAMalformed}},
	}
	for _, tt := range tests {
		got, faults := ParseUserAgent(tt.in)
		if got != tt.want || !slices.Equal(faults, tt.faults) {
			t.Errorf("ParseUserAgent(%q) = %#v, %v; want %#v, %v", tt.in, got, faults, tt.want, tt.faults)
		}
	}
}

func TestKnownProduct(t *testing.T) {
	tests := []struct {
		in              string
		known, specific bool
	}{
		{"jira", true, true},
		{"Jira", true, true},
		{"jirasoftware", true, true},
		{"jiraservicedesk", true, true},
		{"confluence", true, true},
		{"bitbucket", true, true},
		{"atlassian", true, false},
		{"ATLASSIAN", true, false},
		{"acme", false, false},
		{"jira-software", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		known, specific := KnownProduct(tt.in)
		if known != tt.known || specific != tt.specific {
			t.Errorf("KnownProduct(%q) = %v, %v; want %v, %v", tt.in, known, specific, tt.known, tt.specific)
		}
	}
	// The list is written in the case the convention asks for, and its
	// words parse as a User-Agent's product.
	for name := range products {
		if name != strings.ToLower(name) {
			t.Errorf("product %q is not lower case", name)
		}
		if ua, faults := ParseUserAgent(name + "-acme-int/1.0"); faults != nil || ua.Product != name {
			t.Errorf("ParseUserAgent(%q) = %#v, %v", name+"-acme-int/1.0", ua, faults)
		}
	}
}

func TestUserAgentIdentity(t *testing.T) {
	tests := []struct{ in, want string }{
		{"jira-code-int/1.0.0", "jira-code-int"},
		{"Jira-Code-Int/1.0.0", "jira-code-int"},
		{"jira-code-int/2.0.0 (other)", "jira-code-int"},
		{"JIRASOFTWARE-Jellyfish-int/1.7.3", "jirasoftware-jellyfish-int"},
		{"jira code int/1", "jira-code-int"},
		{"jira-int/1.0", "jira-int"},
		{"jira-code/1.0", "jira-code-int"},
		{"", ""},
	}
	for _, tt := range tests {
		ua, _ := ParseUserAgent(tt.in)
		if got := ua.Identity(); got != tt.want {
			t.Errorf("ParseUserAgent(%q).Identity() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUserAgentString(t *testing.T) {
	for _, s := range []string{
		"jira-code-int/1.0.0",
		"jirasoftware-jellyfish-int/1.7.3 (requests/2.24)",
		"jira-vs-code-int/1.0.0 (x y)",
	} {
		ua, faults := ParseUserAgent(s)
		if faults != nil || ua.String() != s {
			t.Errorf("ParseUserAgent(%q).String() = %q (faults %v)", s, ua.String(), faults)
		}
	}
}

func TestUAFaultString(t *testing.T) {
	seen := map[string]bool{}
	for f := UAUpperCase; f <= UAMalformed; f++ {
		s := f.String()
		if s == "" || seen[s] || s != strings.ToLower(s[:1])+s[1:] || strings.HasSuffix(s, ".") {
			t.Errorf("UAFault(%d).String() = %q: empty, duplicate, capitalised or ending in a period", int(f), s)
		}
		seen[s] = true
	}
	if got := UAUpperCase.String(); got != "upper-case letters" {
		t.Errorf("UAUpperCase.String() = %q", got)
	}
	if got := UAMissingInt.String(); got != `missing "-int" after the source product` {
		t.Errorf("UAMissingInt.String() = %q", got)
	}
	if s := UAFault(0).String(); s != "UAFault(0)" {
		t.Errorf("UAFault(0).String() = %q", s)
	}
}

func TestFixUserAgentCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jira-Code-Int/1.0.0", "jira-code-int/1.0.0"},
		{"Jira-Code-Int/1.0.0 (Requests/2.24)", "jira-code-int/1.0.0 (Requests/2.24)"},
		{"jira-code-int/1.0.0-RC1", "jira-code-int/1.0.0-rc1"},
	}
	for _, tt := range tests {
		got := FixUserAgentCase(tt.in)
		if got != tt.want {
			t.Errorf("FixUserAgentCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if _, faults := ParseUserAgent(got); faults != nil {
			t.Errorf("ParseUserAgent(%q) faults = %v after the fix", got, faults)
		}
	}
}

func TestLibraryAgent(t *testing.T) {
	tests := []struct {
		in   string
		name string
		ok   bool
	}{
		{"Go-http-client/1.1", "Go-http-client", true},
		{"Go-http-client/2.0", "Go-http-client", true},
		{"go-http-client/1.1", "go-http-client", true},
		{"curl/8.0", "curl", true},
		{"curl/7.68.0", "curl", true},
		{"Wget/1.21.4", "Wget", true},
		{"python-requests/2.31", "python-requests", true},
		{"python-urllib3/2.0.7", "python-urllib3", true},
		{"Python-urllib/3.11", "Python-urllib", true},
		{"Python/3.11 aiohttp/3.9.1", "Python", true},
		{"aiohttp/3.9", "aiohttp", true},
		{"python-httpx/0.25.0", "python-httpx", true},
		{"httpx/0.25", "httpx", true},
		{"okhttp/4.12.0", "okhttp", true},
		{"Apache-HttpClient/4.5.13 (Java/11.0.2)", "Apache-HttpClient", true},
		{"Java/17.0.1", "Java", true},
		{"Java-http-client/17.0.1", "Java-http-client", true},
		{"axios/1.6.2", "axios", true},
		{"node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "node-fetch", true},
		{"node-fetch", "node-fetch", true},
		{"got (https://github.com/sindresorhus/got)", "got", true},
		{"undici", "undici", true},
		{"node", "node", true},
		{"PostmanRuntime/7.36.0", "PostmanRuntime", true},
		{"insomnia/2023.5.8", "insomnia", true},
		{"libwww-perl/6.67", "libwww-perl", true},
		{"Ruby", "Ruby", true},
		{"Faraday v2.7.10", "Faraday", true},
		{"Dart/3.2 (dart:io)", "Dart", true},
		{"HTTPie/3.2.2", "HTTPie", true},
		{"GuzzleHttp/7", "GuzzleHttp", true},
		{"RestSharp/110.2.0.0", "RestSharp", true},
		{"go-resty/2.11.0 (https://github.com/go-resty/resty)", "go-resty", true},
		{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "Mozilla", true},
		{"Opera/9.80 (Windows NT 6.1) Presto/2.12", "Opera", true},
		{"  curl/8.0  ", "curl", true},

		{"jira-code-int/1.0.0", "", false},
		{"jira-code-int/1.0.0 (requests/2.24)", "", false},
		{"jirasoftware-jellyfish-int/1.7.3 (python-requests/2.24)", "", false},
		{"jira-curl-int/1.0.0", "", false},
		{"curl-atlassian-int/1.0", "", false},
		{"curly/1.0", "", false},
		{"my-go-http-client/1.0", "", false},
		{"acme-sync/2.0 python-requests/2.31", "", false},
		{"", "", false},
		{"(curl/8.0)", "", false},
	}
	for _, tt := range tests {
		name, ok := LibraryAgent(tt.in)
		if name != tt.name || ok != tt.ok {
			t.Errorf("LibraryAgent(%q) = %q, %v; want %q, %v", tt.in, name, ok, tt.name, tt.ok)
		}
	}
}

func TestSuggestUserAgent(t *testing.T) {
	tests := []struct{ product, source, version, want string }{
		{"jira", "code", "1.0.0", "jira-code-int/1.0.0"},
		{"Jira", "Jira Sync", "", "jira-jirasync-int/1.0.0"},
		{"confluence", "acme-exporter", "v2.3.4", "confluence-acmeexporter-int/2.3.4"},
		{"", "", "", "atlassian-yourapp-int/1.0.0"},
		{"bitbucket", "!!!", "1.0 beta", "bitbucket-yourapp-int/1.0beta"},
		{"jira", "x", "V1.2.3-RC.1", "jira-x-int/1.2.3-rc.1"},
		{"jira", "x", "v", "jira-x-int/v"},
		{"jira", "x", "  ", "jira-x-int/1.0.0"},
		{"Jira Software", "x", "1", "jirasoftware-x-int/1"},
	}
	for _, tt := range tests {
		got := SuggestUserAgent(tt.product, tt.source, tt.version)
		if got != tt.want {
			t.Errorf("SuggestUserAgent(%q, %q, %q) = %q, want %q", tt.product, tt.source, tt.version, got, tt.want)
		}
		if _, faults := ParseUserAgent(got); faults != nil {
			t.Errorf("ParseUserAgent(SuggestUserAgent(%q, %q, %q)) faults = %v", tt.product, tt.source, tt.version, faults)
		}
	}
}

func TestSourceFromModule(t *testing.T) {
	tests := []struct{ in, want string }{
		{"github.com/acme/jira-sync", "jirasync"},
		{"github.com/acme/jira-sync/v2", "jirasync"},
		{"example.com/Tool_X", "toolx"},
		{"v2", "v2"},
		{"mytool", "mytool"},
		{"github.com/acme/---", "acme"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := SourceFromModule(tt.in); got != tt.want {
			t.Errorf("SourceFromModule(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestParseUserAgentPrefix: the constant start of a built User-Agent is
// judged by its identity alone, once a "/" ends it; the unknown rest is
// never judged.
func TestParseUserAgentPrefix(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		want   UserAgent
		faults []UAFault
	}{
		{"jira-shapes-int/", true, UserAgent{Product: "jira", Source: "shapes"}, nil},
		{"jira-shapes-int/dev (", true, UserAgent{Product: "jira", Source: "shapes"}, nil},
		{"jira-vs-code-int/", true, UserAgent{Product: "jira", Source: "vs-code"}, nil},
		{"Jira-Acme-Int/", true, UserAgent{Product: "Jira", Source: "Acme"}, []UAFault{UAUpperCase}},
		{"Mattermost-Plugin-Jira/", true, UserAgent{Product: "Mattermost", Source: "Plugin-Jira"}, []UAFault{UAUpperCase, UAMissingInt}},
		{"Chat Ops Jira/", true, UserAgent{Product: "Chat", Source: "Ops-Jira"}, []UAFault{UAUpperCase, UASpaces, UAMissingInt}},
		{"jira-int/", true, UserAgent{Product: "jira"}, []UAFault{UAMissingSource}},
		{" jira-acme-int/", true, UserAgent{Product: "jira", Source: "acme"}, []UAFault{UASpaces}},
		{"jira_acme-int/", true, UserAgent{Product: "jira_acme"}, []UAFault{UAMissingSource, UAMalformed}},
		{"/", true, UserAgent{}, []UAFault{UAMalformed}},
		// No "/" yet: the identity may go on in the unknown part.
		{"jira-acme", false, UserAgent{}, nil},
		{"Jira Acme ", false, UserAgent{}, nil},
		{"", false, UserAgent{}, nil},
	}
	for _, tt := range tests {
		ua, faults, ok := ParseUserAgentPrefix(tt.in)
		if ok != tt.ok || ua != tt.want || !slices.Equal(faults, tt.faults) {
			t.Errorf("ParseUserAgentPrefix(%q) = %+v, %v, %v; want %+v, %v, %v", tt.in, ua, faults, ok, tt.want, tt.faults, tt.ok)
		}
	}
}

func TestLibraryAgentPrefix(t *testing.T) {
	tests := []struct {
		in   string
		name string
		ok   bool
	}{
		{"Mozilla/5.0 (compatible; JiraSync/", "Mozilla", true},
		{"python-requests/", "python-requests", true},
		{"curl ", "curl", true},
		{"curl", "", false}, // "curl" + x may be "curlyfries-jira-int/1"
		{"jira-acme-int/", "", false},
		{"Go-http-client", "", false},
	}
	for _, tt := range tests {
		name, ok := LibraryAgentPrefix(tt.in)
		if name != tt.name || ok != tt.ok {
			t.Errorf("LibraryAgentPrefix(%q) = %q, %v; want %q, %v", tt.in, name, ok, tt.name, tt.ok)
		}
	}
}
