package atlassian

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		host string
		want HostClass
	}{
		// Sites.
		{"acme.atlassian.net", Site},
		{"ACME.Atlassian.NET", Site},
		{"acme.atlassian.net:443", Site},
		{"acme.atlassian.net.", Site},
		{"acme.atlassian.net.:8080", Site},
		{"acme-2.atlassian.net", Site},
		{"acme.jira.com", Site},
		{"agency.atlassian-us-gov-mod.net", Site},
		{"https://acme.atlassian.net/rest/api/3/issue", Site},
		{"user:pw@acme.atlassian.net", Site},
		{"  acme.atlassian.net  ", Site},

		// Look-alikes.
		{"atlassian.net", NotAtlassian},
		{".atlassian.net", NotAtlassian},
		{"evil-atlassian.net", NotAtlassian},
		{"evilatlassian.net", NotAtlassian},
		{"atlassian.net.evil.com", NotAtlassian},
		{"acme.atlassian.net.evil.com", NotAtlassian},
		{"acme.atlassian.net@evil.com", NotAtlassian},
		{"evil.com/acme.atlassian.net", NotAtlassian},
		{"evil.com?acme.atlassian.net", NotAtlassian},
		{"a.b.atlassian.net", NotAtlassian},
		{"-acme.atlassian.net", NotAtlassian},
		{"acme-.atlassian.net", NotAtlassian},
		{"ac_me.atlassian.net", NotAtlassian},
		{"acme.atlassian.com", NotAtlassian},
		{"jira.com", NotAtlassian},
		{"atlassian-us-gov-mod.net", NotAtlassian},
		{"api.atlassian.com.evil.com", NotAtlassian},
		{"xapi.atlassian.com", NotAtlassian},
		{"bitbucket.org.evil.com", NotAtlassian},
		{"evilbitbucket.org", NotAtlassian},
		{"www.bitbucket.org", NotAtlassian},
		{"atlassian.com", NotAtlassian},
		{"developer.atlassian.com", NotAtlassian},
		{"localhost", NotAtlassian},
		{"[::1]:8080", NotAtlassian},
		{"127.0.0.1", NotAtlassian},
		{"", NotAtlassian},
		{":443", NotAtlassian},
		{"[", NotAtlassian},

		// Gateway, authorization servers, Bitbucket.
		{"api.atlassian.com", Gateway},
		{"API.ATLASSIAN.COM:443", Gateway},
		{"api.atlassian.com.", Gateway},
		{"https://api.atlassian.com/ex/jira/1/rest/api/3/issue", Gateway},
		{"api.atlassian-us-gov-mod.com", Gateway},
		{"auth.atlassian.com", AuthServer},
		{"Auth.Atlassian.com:443", AuthServer},
		{"auth.atlassian-us-gov-mod.com", AuthServer},
		{"bitbucket.org", Bitbucket},
		{"api.bitbucket.org", Bitbucket},
		{"BITBUCKET.ORG.", Bitbucket},
		{"oauth-2-authorization-server.services.atlassian.com", ConnectAuthServer},
	}
	var h Hosts
	for _, tt := range tests {
		if got := h.Classify(tt.host); got != tt.want {
			t.Errorf("Hosts{}.Classify(%q) = %v, want %v", tt.host, got, tt.want)
		}
	}
}

func TestDeclaredHosts(t *testing.T) {
	h := NewHosts([]string{
		"https://Jira.Example.com:8443/",
		"",
		"   ",
		"confluence.corp.example.",
		"wiki.example.org/confluence",
		"acme.atlassian.net",
		"[fd00::1]:8080",
	})
	tests := []struct {
		host string
		want HostClass
	}{
		{"jira.example.com", Declared},
		{"JIRA.example.com:443", Declared},
		{"jira.example.com.", Declared},
		{"https://jira.example.com/rest/api/2/issue", Declared},
		{"sub.jira.example.com", NotAtlassian},
		{"example.com", NotAtlassian},
		{"jira.example.com.evil.com", NotAtlassian},
		{"confluence.corp.example", Declared},
		{"wiki.example.org", Declared},
		{"fd00::1", Declared},
		{"[fd00::1]:443", Declared},
		{"acme.atlassian.net", Site}, // Atlassian's own classes win
		{"api.atlassian.com", Gateway},
		{"", NotAtlassian},
	}
	for _, tt := range tests {
		if got := h.Classify(tt.host); got != tt.want {
			t.Errorf("Classify(%q) = %v, want %v", tt.host, got, tt.want)
		}
	}
	want := []string{"acme.atlassian.net", "confluence.corp.example", "fd00::1", "jira.example.com", "wiki.example.org"}
	got := h.Declared()
	if len(got) != len(want) {
		t.Fatalf("Declared() = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Declared() = %q, want %q", got, want)
		}
	}
	if n := len(NewHosts(nil).Declared()); n != 0 {
		t.Errorf("NewHosts(nil) declares %d hosts", n)
	}
}

func TestHostClassMethods(t *testing.T) {
	cloud := map[HostClass]bool{Site: true, Gateway: true, AuthServer: true, Bitbucket: true, ConnectAuthServer: true}
	seen := map[string]bool{}
	for c := NotAtlassian; c <= Declared; c++ {
		if got := c.IsCloud(); got != cloud[c] {
			t.Errorf("%v.IsCloud() = %v, want %v", c, got, cloud[c])
		}
		s := c.String()
		if s == "" || seen[s] {
			t.Errorf("HostClass(%d).String() = %q: empty or duplicate", int(c), s)
		}
		seen[s] = true
	}
	if s := HostClass(99).String(); s != "HostClass(99)" {
		t.Errorf("HostClass(99).String() = %q", s)
	}
}

func TestGovCloud(t *testing.T) {
	tests := []struct {
		host    string
		gov     bool
		gateway string
	}{
		{"agency.atlassian-us-gov-mod.net", true, "api.atlassian-us-gov-mod.com"},
		{"api.atlassian-us-gov-mod.com", true, "api.atlassian-us-gov-mod.com"},
		{"AUTH.atlassian-us-gov-mod.com:443", true, "api.atlassian-us-gov-mod.com"},
		{"https://agency.atlassian-us-gov-mod.net/wiki", true, "api.atlassian-us-gov-mod.com"},
		{"atlassian-us-gov-mod.net", false, "api.atlassian.com"},
		{"agency.atlassian-us-gov-mod.net.evil.com", false, "api.atlassian.com"},
		{"evil-atlassian-us-gov-mod.net", false, "api.atlassian.com"},
		{"acme.atlassian.net", false, "api.atlassian.com"},
		{"api.atlassian.com", false, "api.atlassian.com"},
		{"", false, "api.atlassian.com"},
	}
	for _, tt := range tests {
		if got := IsGovCloud(tt.host); got != tt.gov {
			t.Errorf("IsGovCloud(%q) = %v, want %v", tt.host, got, tt.gov)
		}
		if got := GatewayHost(tt.host); got != tt.gateway {
			t.Errorf("GatewayHost(%q) = %q, want %q", tt.host, got, tt.gateway)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		host string
		want bool
	}{
		{"localhost", true},
		{"LOCALHOST:8080", true},
		{"localhost.", true},
		{"app.localhost", true},
		{"127.0.0.1", true},
		{"127.0.0.1:9999", true},
		{"127.1.2.3", true},
		{"::1", true},
		{"[::1]", true},
		{"[::1]:8080", true},
		{"::ffff:127.0.0.1", true},
		{"http://localhost:8080/callback", true},
		{"localhost.evil.com", false},
		{"mylocalhost", false},
		{"128.0.0.1", false},
		{"10.0.0.1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"[::2]:80", false},
		{"example.com", false},
		{"127.0.0.1.nip.io", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsLoopback(tt.host); got != tt.want {
			t.Errorf("IsLoopback(%q) = %v, want %v", tt.host, got, tt.want)
		}
	}
}

func TestNormalizeHost(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Example.COM", "example.com"},
		{"example.com:80", "example.com"},
		{"example.com.", "example.com"},
		{"[::1]:80", "::1"},
		{"::1", "::1"},
		{"https://u:p@example.com:8443/x?y#z", "example.com"},
		{"//example.com/x", "example.com"},
		{"", ""},
		{"[::1", ""},
	}
	for _, tt := range tests {
		if got := NormalizeHost(tt.in); got != tt.want {
			t.Errorf("NormalizeHost(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
