package atlassian

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

func FuzzParseUserAgent(f *testing.F) {
	for _, s := range []string{
		"jira-code-int/1.0.0",
		"jirasoftware-jellyfish-int/1.7.3 (requests/2.24)",
		"atlassian-microsoft-int/2.0.0",
		"Jira-Code-Int/1.0.0 (X)",
		"jira code int/1.0",
		"jira-int/1.0",
		"Go-http-client/1.1",
		"Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101",
		"jira-code-int/1.0.0 ((a)",
		"",
		"(",
		")",
		"/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The prefix of a built User-Agent judges only what s decides:
		// a User-Agent that follows the convention has a prefix up to
		// any "/" that does too.
		if pua, pfaults, ok := ParseUserAgentPrefix(s); ok {
			if !slices.IsSorted(pfaults) || slices.Contains(pfaults, UAMissingVersion) || slices.Contains(pfaults, UAEmpty) {
				t.Fatalf("ParseUserAgentPrefix(%q) faults %v", s, pfaults)
			}
			if _, full := ParseUserAgent(s); full == nil && (pfaults != nil || pua.Identity() == "") {
				t.Fatalf("ParseUserAgentPrefix(%q) = %v, %v for a User-Agent that follows the convention", s, pua, pfaults)
			}
		}
		ua, faults := ParseUserAgent(s)
		ua2, faults2 := ParseUserAgent(s)
		if ua != ua2 || !slices.Equal(faults, faults2) {
			t.Fatalf("ParseUserAgent(%q) is not deterministic", s)
		}
		if !slices.IsSorted(faults) || len(slices.Compact(slices.Clone(faults))) != len(faults) {
			t.Fatalf("ParseUserAgent(%q) faults %v not sorted or repeated", s, faults)
		}
		for _, f := range faults {
			if f < UAUpperCase || f > UAMalformed || strings.HasPrefix(f.String(), "UAFault(") {
				t.Fatalf("ParseUserAgent(%q) returned unknown fault %d", s, int(f))
			}
		}
		if slices.Contains(faults, UAEmpty) && len(faults) != 1 {
			t.Fatalf("ParseUserAgent(%q) = %v: empty goes alone", s, faults)
		}
		id := ua.Identity()
		if id != strings.ToLower(id) {
			t.Fatalf("ParseUserAgent(%q).Identity() = %q is not lower case", s, id)
		}
		if faults == nil {
			want := strings.ToLower(ua.Product + "-" + ua.Source + "-int")
			if id != want {
				t.Fatalf("ParseUserAgent(%q).Identity() = %q, want %q", s, id, want)
			}
			if ua.String() != s {
				t.Fatalf("ParseUserAgent(%q) does not round-trip: %q", s, ua.String())
			}
			if !strings.HasPrefix(s, id+"/") {
				t.Fatalf("%q does not start with its identity %q", s, id)
			}
			if _, ok := LibraryAgent(s); ok {
				t.Fatalf("%q follows the convention but is a library agent", s)
			}
		}
		if len(faults) == 1 && faults[0] == UAUpperCase {
			fixed := FixUserAgentCase(s)
			ua3, faults3 := ParseUserAgent(fixed)
			if faults3 != nil {
				t.Fatalf("FixUserAgentCase(%q) = %q still has faults %v", s, fixed, faults3)
			}
			if ua3.Identity() != id {
				t.Fatalf("FixUserAgentCase(%q) changed the identity %q to %q", s, id, ua3.Identity())
			}
		}
		name, ok := LibraryAgent(s)
		if ok != (name != "") || ok && !strings.Contains(s, name) {
			t.Fatalf("LibraryAgent(%q) = %q, %v", s, name, ok)
		}
		parts := strings.SplitN(s, "\x00", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		if sug := SuggestUserAgent(parts[0], parts[1], parts[2]); sug != "" {
			if _, fs := ParseUserAgent(sug); fs != nil {
				t.Fatalf("SuggestUserAgent(%q) = %q has faults %v", parts, sug, fs)
			}
		}
	})
}

func FuzzParseAppKey(f *testing.F) {
	for _, s := range []string{
		"jira-acme-int",
		"confluence-acmewiki-int",
		"Jira-Acme-Int",
		"jira-acme-int/1.4.2",
		"jira-acme-int-v2",
		"jira-acme-1.2.0",
		"atlassian-acme-int",
		"acme-int",
		"com.acme.jira-sync",
		"jira acme int",
		"jira-int",
		"",
		"-",
		"/",
		"int-2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, faults := ParseAppKey(s)
		k2, faults2 := ParseAppKey(s)
		if k != k2 || !slices.Equal(faults, faults2) {
			t.Fatalf("ParseAppKey(%q) is not deterministic", s)
		}
		if !slices.IsSorted(faults) || len(slices.Compact(slices.Clone(faults))) != len(faults) {
			t.Fatalf("ParseAppKey(%q) faults %v not sorted or repeated", s, faults)
		}
		for _, f := range faults {
			if f < KeyUpperCase || f > KeyMalformed || strings.HasPrefix(f.String(), "KeyFault(") {
				t.Fatalf("ParseAppKey(%q) returned unknown fault %d", s, int(f))
			}
		}
		if slices.Contains(faults, KeyEmpty) && len(faults) != 1 {
			t.Fatalf("ParseAppKey(%q) = %v: empty goes alone", s, faults)
		}
		id := k.Identity()
		if id != strings.ToLower(id) {
			t.Fatalf("ParseAppKey(%q).Identity() = %q is not lower case", s, id)
		}
		if k.Product != "" {
			if known, _ := KnownProduct(k.Product); !known {
				t.Fatalf("ParseAppKey(%q) product %q is no Atlassian product", s, k.Product)
			}
		}
		if faults == nil {
			// A key in the convention is its own identity, names one
			// product, and with a version is a User-Agent in the
			// convention of the same identity.
			if id != s {
				t.Fatalf("ParseAppKey(%q).Identity() = %q, want the key itself", s, id)
			}
			if _, one := KnownProduct(k.Product); !one {
				t.Fatalf("ParseAppKey(%q) accepts product %q", s, k.Product)
			}
			ua, uaFaults := ParseUserAgent(s + "/1.0.0")
			if uaFaults != nil || ua.Identity() != s {
				t.Fatalf("key %q with a version is User-Agent %q with faults %v", s, ua.Identity(), uaFaults)
			}
		}
		if len(faults) == 1 && faults[0] == KeyUpperCase {
			fixed := FixAppKeyCase(s)
			k3, faults3 := ParseAppKey(fixed)
			if faults3 != nil {
				t.Fatalf("FixAppKeyCase(%q) = %q still has faults %v", s, fixed, faults3)
			}
			if k3.Identity() != id {
				t.Fatalf("FixAppKeyCase(%q) changed the identity %q to %q", s, id, k3.Identity())
			}
		}
		// A User-Agent in the convention is a key with a version.
		if _, uaFaults := ParseUserAgent(s); uaFaults == nil && !slices.Contains(faults, KeyVersion) {
			t.Fatalf("User-Agent %q is a key without a version fault: %v", s, faults)
		}
	})
}

func FuzzClassifyURL(f *testing.F) {
	for _, s := range []string{
		"https://acme.atlassian.net/rest/api/3/issue",
		"https://api.atlassian.com/ex/jira/abc/rest/api/3/issue?x=1",
		"https://auth.atlassian.com/authorize?audience=api.atlassian.com",
		"https://bitbucket.org/site/oauth2/authorize",
		"http://[::1]:8080/callback",
		"acme.atlassian.net.evil.com",
		"/jira/rest/api/2/",
		"/me?x",
		"//rest//agile/",
		"https://jira.example.com:8443/browse/KEY-1#x",
		"",
	} {
		f.Add(s, "", true)
		f.Add(s, "/x", false)
	}
	hosts := NewHosts([]string{"jira.example.com", "https://Confluence.Example.com/"})
	f.Fuzz(func(t *testing.T, s, ext string, complete bool) {
		hc := hosts.Classify(s)
		if hc != hosts.Classify(s) || hc.String() == "" {
			t.Fatalf("Classify(%q) is not deterministic", s)
		}
		var zero Hosts
		if z := zero.Classify(s); z != hc && !(z == NotAtlassian && hc == Declared) {
			t.Fatalf("declared hosts changed %q from %v to %v", s, z, hc)
		}
		if hc == Site || hc == Gateway || hc == AuthServer {
			n := NormalizeHost(s)
			if !strings.HasSuffix(n, ".atlassian.net") && !strings.HasSuffix(n, ".jira.com") &&
				!strings.HasSuffix(n, ".atlassian.com") && !strings.HasSuffix(n, ".atlassian-us-gov-mod.net") &&
				!strings.HasSuffix(n, ".atlassian-us-gov-mod.com") {
				t.Fatalf("Classify(%q) = %v for host %q", s, hc, n)
			}
		}
		_ = IsLoopback(s)
		if g := GatewayHost(s); g != "api.atlassian.com" && g != "api.atlassian-us-gov-mod.com" {
			t.Fatalf("GatewayHost(%q) = %q", s, g)
		}

		pc := ClassifyPath(s, complete)
		if pc != ClassifyPath(s, complete) || pc.String() == "" {
			t.Fatalf("ClassifyPath(%q) is not deterministic", s)
		}
		// Learning more of a path never changes what a partial path already is.
		if p := ClassifyPath(s, false); p != OtherPath {
			for _, c := range []bool{false, true} {
				if q := ClassifyPath(s+ext, c); q != p {
					t.Fatalf("ClassifyPath(%q, false) = %v but ClassifyPath(%q, %v) = %v", s, p, s+ext, c, q)
				}
			}
		}
		prod := Product(s)
		if prod != "" && prod != "jira" && prod != "confluence" {
			t.Fatalf("Product(%q) = %q", s, prod)
		}
		if g := GatewayForm(s); g != "" && !strings.HasPrefix(g, "/ex/jira/") && !strings.HasPrefix(g, "/ex/confluence/") {
			t.Fatalf("GatewayForm(%q) = %q", s, g)
		} else if g != "" && ClassifyPath(g, true) != RESTPath {
			t.Fatalf("GatewayForm(%q) = %q is not a REST path", s, g)
		}
		switch p := ProductFor(hc, s, s); p {
		case "jira", "confluence", "bitbucket", "atlassian":
		default:
			t.Fatalf("ProductFor(%v, %q) = %q", hc, s, p)
		}

		if u, err := url.Parse(s); err == nil {
			uc := hosts.Classify(u.Host)
			if uc != hosts.Classify(u.Hostname()) {
				t.Fatalf("Classify(%q) and Classify(%q) differ", u.Host, u.Hostname())
			}
			_ = ClassifyPath(u.EscapedPath(), u.RawQuery == "")
		}
	})
}

// FuzzLookupValueOrigin: any name is looked up without panicking, the
// same way twice, and an answer's argument indexes are not negative.
func FuzzLookupValueOrigin(f *testing.F) {
	f.Add("math/rand", "", "Intn")
	f.Add("math/rand", "Rand", "Read")
	f.Add("io", "Reader", "Read")
	f.Add("", "*", "*")
	f.Fuzz(func(t *testing.T, pkg, recv, name string) {
		o, ok := LookupValueOrigin(pkg, recv, name)
		o2, ok2 := LookupValueOrigin(pkg, recv, name)
		if ok != ok2 || o.Kind != o2.Kind || !slices.Equal(o.From, o2.From) {
			t.Fatalf("LookupValueOrigin(%q, %q, %q) is not deterministic", pkg, recv, name)
		}
		if ok == (o.Kind == OriginNone) || o.Into < 0 || slices.ContainsFunc(o.From, func(i int) bool { return i < 0 }) {
			t.Fatalf("LookupValueOrigin(%q, %q, %q) = %+v, %v", pkg, recv, name, o, ok)
		}
	})
}
