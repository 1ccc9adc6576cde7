package flow

import (
	"net/url"
	"strings"
)

// A URL is a Str read as a URL. Parts that depend on unknown values
// are marked as such, so a rule can tell "no state parameter" from
// "cannot see the parameters".
type URL struct {
	Text Str // the whole URL

	Scheme      string // lower case; "" when absent or unknown
	SchemeKnown bool

	// Host is the host (with port) when HostKnown; otherwise the host
	// with each unknown part written as "\x00", or "" when nothing
	// of it is known. HostPattern keeps the "\x00" form for
	// "https://" + name + ".atlassian.net".
	Host        string
	HostKnown   bool
	HostPattern string

	// Path is the known path; when PathComplete is false only a prefix
	// of it is known. When the URL starts with an unknown base
	// (base + "/rest/api/3/issue"), Path is the known text from the
	// first "/" after it and PathAfterUnknown is set.
	Path             string
	PathComplete     bool
	PathAfterUnknown bool

	Query         []QueryParam
	QueryComplete bool // every parameter of the query is known by name
}

// A QueryParam is one name=value pair whose name is known.
type QueryParam struct {
	Key   string // decoded
	Value Str    // decoded where known
}

// Param returns the values of every parameter named key.
func (u URL) Param(key string) []Str {
	var out []Str
	for _, p := range u.Query {
		if p.Key == key {
			out = append(out, p.Value)
		}
	}
	return out
}

// ParseURL reads s as a URL.
func ParseURL(s Str) URL {
	u := URL{Text: s}
	r := s.render(hole)
	rest := r
	if i := strings.Index(rest, "://"); i > 0 && !strings.Contains(rest[:i], hole) && isScheme(rest[:i]) {
		u.Scheme, u.SchemeKnown = strings.ToLower(rest[:i]), true
		rest = rest[i+3:]
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		hostStart := 0
		if at := strings.LastIndexByte(rest[:end], '@'); at >= 0 {
			hostStart = at + 1 // user info is not part of the host
		}
		host := rest[hostStart:end]
		if known, ok := strings.CutSuffix(host, hole); ok && looksLikeHostname(known) {
			// base + path with the path unknown: "https://x.atlassian.net"
			// followed by a parameter. Real code appends a path there,
			// not more of the host name.
			host = known
			end = hostStart + len(known)
		}
		// A hole in the host may also swallow the path that follows it.
		u.HostPattern = strings.ToLower(host)
		if !strings.Contains(host, hole) {
			u.Host, u.HostKnown = strings.ToLower(host), true
		} else if host != hole {
			u.Host = strings.ToLower(host)
		}
		rest = rest[end:]
	} else if strings.HasPrefix(rest, hole) {
		// An unknown base: look for a known path after it.
		i := strings.Index(rest, "/")
		if i < 0 || strings.Contains(rest[i:], "://") {
			return u
		}
		rest = rest[i:]
		u.PathAfterUnknown = true
	} else if !strings.HasPrefix(rest, "/") {
		return u // not a URL we can read
	}

	pathEnd := strings.IndexAny(rest, "?#")
	if pathEnd < 0 {
		pathEnd = len(rest)
	}
	path := rest[:pathEnd]
	if i := strings.Index(path, hole); i >= 0 {
		u.Path = path[:i]
	} else {
		u.Path, u.PathComplete = path, true
	}
	rest = rest[pathEnd:]
	if !strings.HasPrefix(rest, "?") {
		// No query seen; it is complete (empty) only if the path is.
		u.QueryComplete = u.PathComplete && !strings.HasPrefix(path, hole)
		return u
	}
	query := rest[1:]
	if i := strings.Index(query, "#"); i >= 0 {
		query = query[:i]
	}
	u.QueryComplete = u.PathComplete
	for pair := range strings.SplitSeq(query, "&") {
		if pair == "" {
			continue
		}
		key, value, _ := strings.Cut(pair, "=")
		if strings.Contains(key, hole) {
			u.QueryComplete = false
			continue
		}
		u.Query = append(u.Query, QueryParam{Key: unescape(key), Value: unescapeStr(value)})
	}
	return u
}

func isScheme(s string) bool {
	for i, r := range s {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
		case i > 0 && ('0' <= r && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return s != ""
}

func unescape(s string) string {
	if d, err := url.QueryUnescape(s); err == nil {
		return d
	}
	return s
}

func unescapeStr(rendered string) Str {
	var out Str
	for i, chunk := range strings.Split(rendered, hole) {
		if i > 0 {
			out = out.Concat(Unknown())
		}
		out = out.Concat(Lit(unescape(chunk)))
	}
	return out
}

// String returns the text of the URL.
func (u URL) String() string { return u.Text.String() }

// looksLikeHostname reports whether s is a whole host name with a
// top-level domain ("acme.atlassian.net", "api.atlassian.com:443"),
// not the start of one ("https://acme." + name).
func looksLikeHostname(s string) bool {
	name, _, _ := strings.Cut(s, ":")
	i := strings.LastIndex(name, ".")
	if i <= 0 || strings.Contains(s, hole) {
		return false
	}
	tld := name[i+1:]
	if len(tld) < 2 {
		return false
	}
	for _, r := range tld {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}
