package atlassian

import (
	"strconv"
	"strings"
)

// UserAgent is a User-Agent in Atlassian's client identification convention:
//
//	{atlassian product}-{source product}-int/{version} ({optional})
type UserAgent struct {
	// Product, Source and Version are as written, in their original case;
	// Source may hold hyphens ("jira-vs-code-int" has source "vs-code").
	// Optional is the text inside the parentheses, without them.
	Product, Source, Version, Optional string
}

// Identity is the lower-cased "{product}-{source}-int", the part that must be
// the same everywhere. It is "" when there is no product, and
// "{product}-int" when there is no source.
func (ua UserAgent) Identity() string {
	if ua.Product == "" {
		return ""
	}
	id := strings.ToLower(ua.Product)
	if ua.Source != "" {
		id += "-" + strings.ToLower(ua.Source)
	}
	return id + "-int"
}

// String writes ua back in the convention's layout, as written.
func (ua UserAgent) String() string {
	var b strings.Builder
	b.WriteString(ua.Product)
	if ua.Source != "" {
		b.WriteString("-" + ua.Source)
	}
	b.WriteString("-int/" + ua.Version)
	if ua.Optional != "" {
		b.WriteString(" (" + ua.Optional + ")")
	}
	return b.String()
}

// products are the {atlassian product} names of the identification
// convention, lower case. "atlassian" names every product at once: a
// User-Agent may use it for a multi-product integration, a Connect app
// key may not, since a Connect app extends one product. ParseUserAgent
// does not check its product against this list (the guidance lets a
// User-Agent name its scope as it likes); ParseAppKey does.
var products = map[string]bool{ // name -> names one product
	"atlassian": false,

	"jira": true, "jirasoftware": true, "jiraservicedesk": true,
	"jiraservicemanagement": true, "jiracore": true, "jiraworkmanagement": true,
	"jiraproductdiscovery": true, "jiraalign": true,
	"confluence": true, "bitbucket": true, "compass": true, "statuspage": true,
	"opsgenie": true, "trello": true, "loom": true,
	"bamboo": true, "fisheye": true, "crucible": true, "crowd": true, "sourcetree": true,
}

// KnownProduct reports whether name, in any case, is an {atlassian
// product} of the convention, and whether it names one product rather
// than all of them ("atlassian").
func KnownProduct(name string) (known, oneProduct bool) {
	one, ok := products[strings.ToLower(name)]
	return ok, one
}

// UAFault is one way a User-Agent breaks the convention.
type UAFault int

const (
	UAUpperCase      UAFault = iota + 1 // only upper-case letters are wrong: fixable by lower-casing
	UASpaces                            // spaces outside the single space before "(optional)"
	UAMissingInt                        // no "-int" suffix on the identity
	UAMissingVersion                    // no "/version" or empty version
	UAMissingSource                     // "jira-int/1.0": no source product
	UAEmpty                             // nothing but white space
	UAMalformed                         // anything else (unbalanced parentheses, junk after version ...)
)

var uaFaultNames = [...]string{
	UAUpperCase:      "upper-case letters",
	UASpaces:         `spaces (only one is allowed, before "(optional)")`,
	UAMissingInt:     `missing "-int" after the source product`,
	UAMissingVersion: `missing "/version" after the identity`,
	UAMissingSource:  "missing source product between the atlassian product and \"-int\"",
	UAEmpty:          "empty value",
	UAMalformed:      `text that does not fit "{product}-{source}-int/{version} ({optional})"`,
}

// String is a short lower-case phrase for diagnostics.
func (f UAFault) String() string {
	if f > 0 && int(f) < len(uaFaultNames) {
		return uaFaultNames[f]
	}
	return "UAFault(" + strconv.Itoa(int(f)) + ")"
}

// ParseUserAgent parses s. faults lists every fault found, in the order of
// the UAFault constants; nil means s follows the convention. Even a faulty s
// yields what could be read of it, and an identity with case faults still
// yields a UserAgent whose Identity is lower-cased.
//
// Product and source are words of [a-z0-9] (a source may be several such
// words joined by hyphens); the product is not checked against a list, since
// "atlassian" and "jirasoftware" are as valid as "jira". The version is any
// non-empty token of [a-z0-9.+_~-]: semantic versioning is recommended, not
// required. The optional part may hold anything, upper case and spaces
// included, as long as its parentheses balance and it ends s.
func ParseUserAgent(s string) (UserAgent, []UAFault) {
	var ua UserAgent
	if strings.TrimSpace(s) == "" {
		return ua, []UAFault{UAEmpty}
	}
	var faults [UAMalformed + 1]bool

	head := s
	if i := strings.IndexByte(s, '('); i >= 0 {
		head = s[:i]
		opt := s[i:]
		end := closingParen(opt)
		switch {
		case end < 0:
			faults[UAMalformed] = true
			ua.Optional = opt[1:]
		default:
			ua.Optional = opt[1:end]
			if end != len(opt)-1 {
				faults[UAMalformed] = true
			}
		}
		trimmed := strings.TrimRight(head, " \t\r\n")
		switch gap := head[len(trimmed):]; {
		case gap == "" && trimmed != "":
			faults[UAMalformed] = true // "(" glued to the version
		case gap != " " && trimmed != "":
			faults[UASpaces] = true
		}
		head = trimmed
	}
	if head != strings.TrimLeft(head, " \t\r\n") {
		faults[UASpaces] = true
	}
	head = strings.TrimLeft(head, " \t\r\n")
	if head == "" {
		faults[UAMalformed] = true
		return ua, collectFaults(faults[:])
	}

	ident, version, ok := strings.Cut(head, "/")
	if !ok {
		faults[UAMissingVersion] = true
		// "jira-code-int 1.0.0": keep the version out of the identity.
		if i := strings.LastIndexAny(head, " \t"); i >= 0 && looksLikeVersion(head[i+1:]) {
			ident, version = strings.TrimRight(head[:i], " \t"), head[i+1:]
			faults[UASpaces] = true
		}
	}
	ua.Version = strings.TrimSpace(version)
	switch {
	case ok && ua.Version == "":
		faults[UAMissingVersion] = true
	case ua.Version != version:
		faults[UASpaces] = true
	}
	for _, r := range ua.Version {
		switch {
		case r >= 'A' && r <= 'Z':
			faults[UAUpperCase] = true
		case r == ' ' || r == '\t':
			faults[UASpaces] = true
		case !isVersionRune(r):
			faults[UAMalformed] = true
		}
	}

	parseIdentity(ident, &ua, &faults)
	return ua, collectFaults(faults[:])
}

// ParseUserAgentPrefix judges prefix, the constant start of a
// User-Agent whose rest is only known at run time ("Acme-Sync/" +
// version, fmt.Sprintf("acme sync/%s", v)), by what it decides alone:
// the identity before the first "/". ok is false when prefix holds no
// "/", so that the identity may still go on in the unknown part; else
// ua has Product and Source (Version and Optional are not known) and
// faults lists the identity's own faults: case, spaces, a missing
// "-int" or source, malformed words. The unknown version is never
// judged.
func ParseUserAgentPrefix(prefix string) (ua UserAgent, faults []UAFault, ok bool) {
	ident, _, ok := strings.Cut(prefix, "/")
	if !ok {
		return UserAgent{}, nil, false
	}
	var set [UAMalformed + 1]bool
	if strings.TrimSpace(ident) == "" {
		set[UAMalformed] = true
		return ua, collectFaults(set[:]), true
	}
	if ident != strings.TrimLeft(ident, " \t\r\n") {
		set[UASpaces] = true
	}
	parseIdentity(strings.TrimLeft(ident, " \t\r\n"), &ua, &set)
	return ua, collectFaults(set[:]), true
}

func parseIdentity(ident string, ua *UserAgent, faults *[UAMalformed + 1]bool) {
	if strings.ContainsAny(ident, " \t\r\n") {
		faults[UASpaces] = true
	}
	var parts []string
	if faults[UASpaces] {
		// "jira code int": read the spaces as the hyphens they replace.
		parts = strings.FieldsFunc(ident, func(r rune) bool {
			return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '-'
		})
	} else {
		parts = strings.Split(ident, "-")
	}
	for _, p := range parts {
		if p == "" {
			faults[UAMalformed] = true // "jira--int", "-jira-int"
			continue
		}
		for _, r := range p {
			switch {
			case r >= 'A' && r <= 'Z':
				faults[UAUpperCase] = true
			case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			default:
				faults[UAMalformed] = true
			}
		}
	}
	parts = nonEmpty(parts)
	if n := len(parts); n > 0 && strings.EqualFold(parts[n-1], "int") {
		parts = parts[:n-1]
	} else {
		faults[UAMissingInt] = true
	}
	switch len(parts) {
	case 0:
		faults[UAMalformed] = true
	case 1:
		ua.Product = parts[0]
		faults[UAMissingSource] = true
	default:
		ua.Product = parts[0]
		ua.Source = strings.Join(parts[1:], "-")
	}
}

func nonEmpty(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func collectFaults(set []bool) []UAFault {
	var out []UAFault
	for f, on := range set {
		if on {
			out = append(out, UAFault(f))
		}
	}
	return out
}

// closingParen returns the index in s, which starts with "(", of the
// parenthesis that closes it, or -1.
func closingParen(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func isVersionRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
		r == '.' || r == '+' || r == '_' || r == '~' || r == '-'
}

func looksLikeVersion(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "v"), "V")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// FixUserAgentCase lower-cases s outside its optional part: the fix for a
// User-Agent whose only fault is UAUpperCase.
func FixUserAgentCase(s string) string {
	if i := strings.IndexByte(s, '('); i >= 0 {
		return strings.ToLower(s[:i]) + s[i:]
	}
	return strings.ToLower(s)
}

// libraryAgents are the leading product tokens, lower-cased, of the agents
// HTTP libraries, tools and browsers send when the program sets none.
var libraryAgents = map[string]bool{
	// Go
	"go-http-client": true, "go-resty": true,
	// command-line tools and API workbenches
	"curl": true, "wget": true, "httpie": true, "postmanruntime": true,
	"insomnia": true, "k6": true, "powershell": true,
	// Python
	"python": true, "python-requests": true, "python-urllib": true,
	"python-urllib3": true, "urllib3": true, "python-httpx": true,
	"httpx": true, "aiohttp": true, "pycurl": true,
	// JVM
	"java": true, "java-http-client": true, "okhttp": true,
	"apache-httpclient": true, "apache-httpasyncclient": true,
	"apache-cxf": true, "jersey": true, "reactornetty": true,
	"vert.x-webclient": true, "unirest-java": true, "dalvik": true,
	// JavaScript
	"axios": true, "node-fetch": true, "got": true, "undici": true,
	"node": true, "deno": true, "bun": true, "superagent": true,
	// Ruby, Perl, PHP, .NET, Dart, Rust
	"ruby": true, "faraday": true, "rest-client": true, "http.rb": true,
	"excon": true, "typhoeus": true, "libwww-perl": true,
	"guzzlehttp": true, "guzzle": true, "symfony": true,
	"restsharp": true, "dart": true, "ureq": true,
	// browsers
	"mozilla": true, "opera": true,
}

// LibraryAgent reports whether s is the default agent of an HTTP library, a
// tool or a browser, judged by its leading product token case-insensitively,
// so a library named in a convention agent's optional part does not count.
// name is the token as written in s ("Go-http-client").
func LibraryAgent(s string) (name string, ok bool) {
	t := strings.TrimSpace(s)
	if i := strings.IndexAny(t, "/ (;,\t"); i >= 0 {
		t = t[:i]
	}
	if t != "" && libraryAgents[strings.ToLower(t)] {
		return t, true
	}
	return "", false
}

// LibraryAgentPrefix is LibraryAgent for prefix, the constant start of
// a User-Agent whose rest is only known at run time: it judges the
// leading product token only when prefix holds all of it (a "/", a
// space or another separator follows it), so "Mozilla/5.0 (compatible;
// " + name is a browser's and "curl" + suffix is not known to be.
func LibraryAgentPrefix(prefix string) (name string, ok bool) {
	t := strings.TrimLeft(prefix, " \t\r\n")
	if !strings.ContainsAny(t, "/ (;,\t") {
		return "", false
	}
	return LibraryAgent(t)
}

// SuggestUserAgent builds "<product>-<source>-int/<version>" from free text.
// Product and source are lower-cased and kept to [a-z0-9]; an empty product
// becomes "atlassian", an empty source "yourapp". The version keeps
// [a-z0-9.+_~-], loses a Go-style leading "v", and defaults to "1.0.0".
func SuggestUserAgent(product, source, version string) string {
	p := alnumLower(product)
	if p == "" {
		p = "atlassian"
	}
	src := alnumLower(source)
	if src == "" {
		src = "yourapp"
	}
	var v strings.Builder
	for _, r := range strings.ToLower(version) {
		if isVersionRune(r) {
			v.WriteRune(r)
		}
	}
	ver := v.String()
	if len(ver) > 1 && ver[0] == 'v' && ver[1] >= '0' && ver[1] <= '9' {
		ver = ver[1:]
	}
	if ver == "" {
		ver = "1.0.0"
	}
	return p + "-" + src + "-int/" + ver
}

// SourceFromModule derives a source product from a Go module path: its last
// element without a major-version suffix ("github.com/acme/jira-sync/v2"
// gives "jirasync"), or "" when nothing is left.
func SourceFromModule(modulePath string) string {
	elems := strings.Split(strings.Trim(modulePath, "/"), "/")
	for i := len(elems) - 1; i >= 0; i-- {
		e := elems[i]
		if i > 0 && isMajorSuffix(e) {
			continue
		}
		if s := alnumLower(e); s != "" {
			return s
		}
	}
	return ""
}

func isMajorSuffix(e string) bool {
	if len(e) < 2 || e[0] != 'v' {
		return false
	}
	for i := 1; i < len(e); i++ {
		if e[i] < '0' || e[i] > '9' {
			return false
		}
	}
	return true
}

func alnumLower(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
