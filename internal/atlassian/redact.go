package atlassian

import (
	"slices"
	"strings"
)

// RedactCredentials returns text with every credential in it replaced
// by Redact's description, for text that atlvet prints but did not
// compose: type-check and load errors, which quote the literals they
// complain about, and notices from the tools it drives. What it
// replaces:
//
//   - every substring FindCredentials matches, whatever its checksum
//     (with "%3D" for "=", the length counts the "=");
//   - the start of a prefixed format cut short, as the type checker
//     abbreviates a long constant ("ATATT3xFfGF0…" and eight or more
//     characters of a token);
//   - a word that is a whole legacy API token or Data Center personal
//     access token whose check holds (FindCredentials matches those
//     only as the whole of its text);
//   - the payload of a Basic credential ("Basic <base64 of user:secret>");
//   - the password of a URL's user info ("scheme://user:password@").
//
// Text without any is returned as it is.
func RedactCredentials(text string) string {
	var spans [][2]int
	add := func(start, end int) { spans = append(spans, [2]int{start, end}) }
	for _, m := range FindCredentials(text) {
		add(m.Start, m.End)
	}
	for _, s := range truncatedTokens(text) {
		add(s[0], s[1])
	}
	for _, s := range wholeCredentialWords(text) {
		add(s[0], s[1])
	}
	for _, s := range basicPayloads(text) {
		add(s[0], s[1])
	}
	for _, s := range userInfoPasswords(text) {
		add(s[0], s[1])
	}
	if len(spans) == 0 {
		return text
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	var b strings.Builder
	last := 0
	for i := 0; i < len(spans); {
		start, end := spans[i][0], spans[i][1]
		for i++; i < len(spans) && spans[i][0] < end; i++ {
			end = max(end, spans[i][1]) // overlapping spans go as one
		}
		start = max(start, last)
		b.WriteString(text[last:start])
		b.WriteString(RedactToken(text[start:end]))
		last = end
	}
	b.WriteString(text[last:])
	return b.String()
}

// RedactToken is Redact for a credential that may be URL-encoded: a
// "%3D" counts as the "=" it stands for, and the description says so.
func RedactToken(text string) string {
	decoded := text
	for _, enc := range []string{"%3D", "%3d"} {
		decoded = strings.ReplaceAll(decoded, enc, "=")
	}
	if decoded == text {
		return Redact(text)
	}
	return strings.TrimSuffix(Redact(decoded), ")") + ", URL-encoded)"
}

// minTruncated is how many characters past its prefix a cut token
// must keep to be redacted: fewer give nothing away.
const minTruncated = 8

// truncatedTokens finds the prefixed formats' starts, at a token
// boundary and followed by at least minTruncated token characters,
// that FindCredentials does not match whole.
func truncatedTokens(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		if text[i] != 'A' && text[i] != 'B' || !atBoundaryBefore(text, i) {
			continue
		}
		prefix := ""
		for _, f := range crcFormats {
			if strings.HasPrefix(text[i:], f.prefix) {
				prefix = f.prefix
			}
		}
		if strings.HasPrefix(text[i:], bbdcPrefx) {
			prefix = bbdcPrefx
		}
		if prefix == "" {
			continue
		}
		end := i + len(prefix)
		for end < len(text) && (isTokenByte(text[end]) || text[end] == '=' ||
			text[end] == '%' && end+3 <= len(text) && strings.EqualFold(text[end:end+3], "%3D")) {
			if text[end] == '%' {
				end += 2
			}
			end++
		}
		if end-i-len(prefix) >= minTruncated {
			out = append(out, [2]int{i, end})
		}
		i = end
	}
	return out
}

// wholeCredentialWords finds the words of text (runs of the characters of
// base64 and of tokens) that are a whole legacy API token or Data
// Center PAT whose check holds.
func wholeCredentialWords(text string) [][2]int {
	var out [][2]int
	isWordByte := func(c byte) bool { return isTokenByte(c) || c == '+' || c == '/' || c == '=' }
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if n := j - i; n == legacyLen || n == patLen {
			if m, ok := matchWhole(text[i:j]); ok && m.ChecksumValid {
				out = append(out, [2]int{i, j})
			}
		}
		i = j
	}
	return out
}

// basicPayloads finds the base64 payloads of Basic credentials that
// decode to a user and a secret.
func basicPayloads(text string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := indexFold(text[i:], "basic")
		if j < 0 {
			return out
		}
		start := i + j + len("basic")
		i = start
		k := start
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		end := k
		for end < len(text) && (isAlnum(text[end]) || text[end] == '+' || text[end] == '/' || text[end] == '=') {
			end++
		}
		if k == start || end == k {
			continue
		}
		if _, secret, ok := DecodeBasic("Basic " + text[k:end]); ok && secret != "" {
			out = append(out, [2]int{k, end})
			i = end
		}
	}
}

// indexFold is strings.Index with ASCII letters compared without case;
// substr must be lower case.
func indexFold(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if ContainsFold(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

// userInfoPasswords finds the passwords of "scheme://user:password@".
func userInfoPasswords(text string) [][2]int {
	var out [][2]int
	for from := 0; ; {
		i := strings.Index(text[from:], "://")
		if i < 0 {
			return out
		}
		start := from + i + len("://")
		authority := text[start:]
		end := strings.IndexAny(authority, "/?# \t\n\"'`")
		if end < 0 {
			end = len(authority)
		}
		at := strings.LastIndexByte(authority[:end], '@')
		colon := strings.IndexByte(authority[:max(at, 0)], ':')
		if at >= 0 && colon >= 0 && colon+1 < at {
			out = append(out, [2]int{start + colon + 1, start + at})
		}
		from = start
	}
}

// RedactSourceLine returns a line of Go source with every string
// literal that looks like a secret (by LooksLikeSecret, the secrets
// pass's guess from length and randomness, or a Basic credential)
// replaced by Redact's description, and the credentials
// RedactCredentials finds elsewhere on it: what a driver that prints
// source around a finding (-c) shows. Other literals, URLs and
// identities among them, stay as they are.
func RedactSourceLine(line string) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		c := line[i]
		if c != '"' && c != '`' {
			if c == '/' && strings.HasPrefix(line[i:], "//") {
				b.WriteString(RedactCredentials(line[i:]))
				return b.String()
			}
			if c == '\'' { // a rune literal: '"' starts no string
				end := i + 1
				for end < len(line) && line[end] != '\'' {
					if line[end] == '\\' {
						end++
					}
					end++
				}
				end = min(end+1, len(line))
				b.WriteString(line[i:end])
				i = end
				continue
			}
			b.WriteByte(c)
			i++
			continue
		}
		end := i + 1
		for end < len(line) && line[end] != c {
			if c == '"' && line[end] == '\\' {
				end++
			}
			end++
		}
		body := line[i+1 : min(end, len(line))]
		b.WriteByte(c)
		if _, _, basic := DecodeBasic(body); basic || LooksLikeSecret(body) {
			b.WriteString(Redact(body))
		} else {
			b.WriteString(redactWords(RedactCredentials(body)))
		}
		if end < len(line) {
			b.WriteByte(c)
		}
		i = end + 1
	}
	return b.String()
}

// redactWords redacts the words of a literal that look like secrets on
// their own: a query value ("?token=..."), one of two secrets joined by
// a space. Words are split at spaces and at the separators of a query (not at "/",
// which base64 holds).
func redactWords(text string) string {
	var b strings.Builder
	start := 0
	flush := func(end int) {
		w := text[start:end]
		if len(w) >= 8 && LooksLikeSecret(w) {
			w = Redact(w)
		}
		b.WriteString(w)
	}
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(" \t&=?#,;:@", text[i]) >= 0 {
			flush(i)
			b.WriteByte(text[i])
			start = i + 1
		}
	}
	flush(len(text))
	return b.String()
}
