package atlassian

import (
	"net/netip"
	"sort"
	"strconv"
	"strings"
)

// HostClass says what kind of Atlassian host a host name is.
type HostClass int

const (
	NotAtlassian      HostClass = iota
	Site                        // <name>.atlassian.net, <name>.jira.com, <name>.atlassian-us-gov-mod.net
	Gateway                     // api.atlassian.com, api.atlassian-us-gov-mod.com
	AuthServer                  // auth.atlassian.com, auth.atlassian-us-gov-mod.com
	Bitbucket                   // bitbucket.org, api.bitbucket.org
	ConnectAuthServer           // oauth-2-authorization-server.services.atlassian.com (Connect user impersonation)
	Declared                    // a host the user declared (Data Center on a company domain)
)

var hostClassNames = [...]string{
	NotAtlassian:      "not atlassian",
	Site:              "site",
	Gateway:           "api gateway",
	AuthServer:        "authorization server",
	Bitbucket:         "bitbucket cloud",
	ConnectAuthServer: "connect authorization server",
	Declared:          "declared host",
}

func (c HostClass) String() string {
	if c >= 0 && int(c) < len(hostClassNames) {
		return hostClassNames[c]
	}
	return "HostClass(" + strconv.Itoa(int(c)) + ")"
}

// IsCloud reports whether c is one of Atlassian's own cloud hosts; a declared
// host is Atlassian but runs on the customer's premises.
func (c HostClass) IsCloud() bool {
	switch c {
	case Site, Gateway, AuthServer, Bitbucket, ConnectAuthServer:
		return true
	}
	return false
}

// exactHosts are Atlassian's fixed host names; sites are matched by suffix.
var exactHosts = map[string]HostClass{
	"api.atlassian.com":             Gateway,
	"api.atlassian-us-gov-mod.com":  Gateway,
	"auth.atlassian.com":            AuthServer,
	"auth.atlassian-us-gov-mod.com": AuthServer,
	"bitbucket.org":                 Bitbucket,
	"api.bitbucket.org":             Bitbucket,
	ConnectAuthHost:                 ConnectAuthServer,
}

var siteSuffixes = []string{
	".atlassian.net",
	".jira.com",
	".atlassian-us-gov-mod.net",
}

// Hosts classifies host names; the zero value knows only Atlassian's own hosts.
type Hosts struct {
	declared map[string]bool
}

// NewHosts returns a Hosts that also knows the declared hosts. The entries come
// from flags and configuration files, so they are normalised the way a URL
// host is: "https://Jira.Example.com:8443/" declares "jira.example.com" on any
// port. Empty entries are ignored.
func NewHosts(declared []string) Hosts {
	var h Hosts
	for _, d := range declared {
		n := NormalizeHost(d)
		if n == "" {
			continue
		}
		if h.declared == nil {
			h.declared = make(map[string]bool)
		}
		h.declared[n] = true
	}
	return h
}

// Declared returns the normalised declared hosts, sorted.
func (h Hosts) Declared() []string {
	out := make([]string, 0, len(h.declared))
	for d := range h.declared {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}

// Classify says which kind of Atlassian host host is. The host may carry a
// port, upper case, a trailing dot, brackets around an IPv6 address, and even
// a scheme, user info or path, since callers often only have a partial URL.
//
// A site is exactly one DNS label in front of the site domain: the bare
// domain ("atlassian.net") and deeper names ("a.b.atlassian.net") are not
// customer sites. A declared host matches exactly, not its subdomains, because
// a company domain's other hosts are usually not Jira or Confluence.
// Atlassian's own hosts win over declared ones.
func (h Hosts) Classify(host string) HostClass {
	n := NormalizeHost(host)
	if n == "" {
		return NotAtlassian
	}
	if c, ok := exactHosts[n]; ok {
		return c
	}
	for _, suf := range siteSuffixes {
		if name, ok := strings.CutSuffix(n, suf); ok && isDNSLabel(name) {
			return Site
		}
	}
	if h.declared[n] {
		return Declared
	}
	return NotAtlassian
}

// NormalizeHost reduces a host, host:port or partial URL to the lower-case
// host name without port, brackets or trailing dot. It returns "" when
// nothing host-like is left.
func NormalizeHost(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.Index(s, "://"); i >= 0 && !strings.ContainsAny(s[:i], "/?#") {
		s = s[i+3:]
	} else if strings.HasPrefix(s, "//") {
		s = s[2:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return ""
		}
		s = s[1:end]
	} else if strings.Count(s, ":") == 1 {
		s = s[:strings.IndexByte(s, ':')]
	}
	s = strings.TrimSuffix(s, ".")
	return s
}

// isDNSLabel reports whether s is one host-name label: letters, digits and
// inner hyphens.
func isDNSLabel(s string) bool {
	if s == "" || len(s) > 63 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// IsGovCloud reports whether host belongs to Atlassian Government Cloud,
// whose gateway and authorization server differ from the commercial ones.
func IsGovCloud(host string) bool {
	n := NormalizeHost(host)
	for _, suf := range []string{".atlassian-us-gov-mod.net", ".atlassian-us-gov-mod.com"} {
		if name, ok := strings.CutSuffix(n, suf); ok && name != "" && !strings.HasSuffix(name, ".") {
			return true
		}
	}
	return false
}

// GatewayHost names the API gateway that serves the cloud host belongs to.
func GatewayHost(host string) string {
	if IsGovCloud(host) {
		return "api.atlassian-us-gov-mod.com"
	}
	return "api.atlassian.com"
}

// IsLoopback reports whether host is this machine: localhost, 127.0.0.0/8 or
// ::1, with or without port and brackets. OAuth redirects to such hosts never
// leave the machine, so plain http is acceptable there.
func IsLoopback(host string) bool {
	n := NormalizeHost(host)
	if n == "localhost" || strings.HasSuffix(n, ".localhost") {
		return true
	}
	if i := strings.IndexByte(n, '%'); i >= 0 { // zone, as in fe80::1%eth0
		n = n[:i]
	}
	a, err := netip.ParseAddr(n)
	return err == nil && a.Unmap().IsLoopback()
}
