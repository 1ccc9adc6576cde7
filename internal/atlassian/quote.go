package atlassian

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxQuoted bounds the text a message echoes from the source.
const maxQuoted = 120

// QuoteValue quotes source text for a message that echoes it (a
// User-Agent, a URL, a directive, a state value): every credential in it
// (an Atlassian token in any format, whatever its checksum, or the
// password of a URL's user info) is replaced by Redact's description,
// and text past 120 characters is cut, so that no message carries a
// secret or a megabyte of source.
func QuoteValue(s string) string {
	return strconv.Quote(SafeText(s))
}

// SafeText is QuoteValue without the quotes.
func SafeText(s string) string {
	s = redactUserInfo(s)
	if ms := FindCredentials(s); len(ms) > 0 {
		var b strings.Builder
		last := 0
		for _, m := range ms {
			b.WriteString(s[last:m.Start])
			b.WriteString(Redact(s[m.Start:m.End]))
			last = m.End
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	if utf8.RuneCountInString(s) > maxQuoted {
		runes := []rune(s)
		s = string(runes[:maxQuoted]) + "…"
	}
	return s
}

// redactUserInfo replaces the password of every "scheme://user:password@"
// in s, as url.URL.Redacted does, keeping the user, which is not secret.
func redactUserInfo(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "://")
		if i < 0 {
			break
		}
		authority := s[i+3:]
		end := strings.IndexAny(authority, "/?# \t\n\"'")
		if end < 0 {
			end = len(authority)
		}
		at := strings.LastIndexByte(authority[:end], '@')
		colon := strings.IndexByte(authority[:max(at, 0)], ':')
		if at < 0 || colon < 0 {
			b.WriteString(s[:i+3])
			s = authority
			continue
		}
		b.WriteString(s[:i+3])
		b.WriteString(authority[:colon+1])
		b.WriteString("xxxxx")
		s = authority[at:]
	}
	b.WriteString(s)
	return b.String()
}

// ContainsFold reports whether s contains substr, ASCII letters
// compared without case; substr must be lower case. Unlike
// strings.Contains(strings.ToLower(s), substr) it allocates nothing,
// which matters for checks run on every literal of every package.
func ContainsFold(s, substr string) bool {
	n := len(substr)
	if n == 0 {
		return true
	}
	first := substr[0]
	for i := 0; i+n <= len(s); i++ {
		if lower(s[i]) != first {
			continue
		}
		j := 1
		for j < n && lower(s[i+j]) == substr[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// HoldsSecret reports whether s holds a credential in a format
// FindCredentials knows (whatever its checksum) or a URL password. A
// pass other than secrets offers no fix that rewrites such a literal:
// the fix would print the secret again, and the secrets pass's own fix
// replaces the literal.
func HoldsSecret(s string) bool {
	return len(FindCredentials(s)) > 0 || redactUserInfo(s) != s
}
