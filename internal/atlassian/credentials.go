package atlassian

import (
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CredentialKind is one of the formats Atlassian issues credentials in.
type CredentialKind int

const (
	CloudAPIToken            CredentialKind = iota + 1 // ATATT3xFfGF0…, 192 chars; also scoped and Bitbucket API tokens
	BitbucketAccessToken                               // ATCTT3xFfGN0…, 192 chars; also org admin keys
	ServiceAccountKey                                  // ATSTT3xFfGF0…, 192 chars
	OAuthClientSecret                                  // ATOA…, 76 chars
	BitbucketAppPassword                               // ATBB…, 36 chars
	LegacyAPIToken                                     // 20 alphanumerics + 4 hex digits of MD5
	DataCenterPAT                                      // 44 chars of base64 of "<digits>:<random bytes>"
	BitbucketDataCenterToken                           // "BBDC-" + a DataCenterPAT
)

var credentialKindNames = [...]string{
	CloudAPIToken:            "Atlassian Cloud API token",
	BitbucketAccessToken:     "Bitbucket access token",
	ServiceAccountKey:        "Atlassian service-account key",
	OAuthClientSecret:        "Atlassian OAuth client secret",
	BitbucketAppPassword:     "Bitbucket app password",
	LegacyAPIToken:           "legacy Atlassian Cloud API token",
	DataCenterPAT:            "Jira/Confluence Data Center personal access token",
	BitbucketDataCenterToken: "Bitbucket Data Center token",
}

func (k CredentialKind) String() string {
	if k > 0 && int(k) < len(credentialKindNames) {
		return credentialKindNames[k]
	}
	return "CredentialKind(" + strconv.Itoa(int(k)) + ")"
}

// A CredentialMatch is one credential-shaped substring.
type CredentialMatch struct {
	Kind       CredentialKind
	Start, End int // byte offsets of the credential in the searched string
	// ChecksumValid reports that the CRC-32, the MD5 digits or the decoded
	// structure held. A match whose check fails is most likely a made-up
	// documentation example.
	ChecksumValid bool
}

// crcFormat is a modern format: prefix, a body of bodyLen characters, an
// optional "=" and eight hex digits of the CRC-32 of everything before them.
type crcFormat struct {
	kind    CredentialKind
	prefix  string
	bodyLen int
	alnum   bool // body of [A-Za-z0-9] only, else [A-Za-z0-9_-]
	equals  bool // "=" (or "%3D") before the checksum
}

var crcFormats = []crcFormat{
	{CloudAPIToken, "ATATT3xFfGF0", 171, false, true},
	{BitbucketAccessToken, "ATCTT3xFfGN0", 171, false, true},
	{ServiceAccountKey, "ATSTT3xFfGF0", 171, false, true},
	{OAuthClientSecret, "ATOA", 64, false, false},
	{BitbucketAppPassword, "ATBB", 24, true, false},
}

const (
	patLen    = 44
	bbdcPrefx = "BBDC-"
	legacyLen = 24
)

// MayHoldCredential is a quick necessary condition for FindCredentials
// to find a credential other than a legacy API token (which counts only
// next to a credential sink or name): it reports false only for text in
// which FindCredentials finds no other, so that a caller can skip the
// text at once. Every such format has one of a few prefixes, or is a
// whole Data Center PAT of 44 characters. The text may be a Go literal
// as written, quotes included.
func MayHoldCredential(text string) bool {
	if len(text) < legacyLen {
		return false
	}
	for _, f := range crcFormats {
		if strings.Contains(text, f.prefix[:4]) {
			return true
		}
	}
	if strings.Contains(text, bbdcPrefx) || ContainsFold(text, "bearer") {
		return true
	}
	body := strings.Trim(text, "\"`")
	return len(body) == patLen && isPATShape(body)
}

// FindCredentials finds every credential-shaped substring of s, in order.
//
// The prefixed formats (ATATT…, ATCTT…, ATSTT…, ATOA…, ATBB…, BBDC-…) are
// found anywhere between token boundaries, that is not next to a character
// of [A-Za-z0-9_-] (a percent escape such as "%3D" before a token counts as a
// boundary). In the formats with "=", "%3D" in any case may stand for it, as
// in a URL. The legacy API token and the Data Center PAT have no prefix and
// would match countless identifiers and hashes inside text, so they are
// matched only when s is exactly such a value — or, for the PAT, when it
// follows the "Bearer" scheme of an Authorization value ("Bearer <PAT>",
// "Authorization: Bearer <PAT>"), which is how a PAT is sent. Whether that
// is enough to report is the caller's decision (the legacy token, for one,
// needs a credential sink or name next to it).
func FindCredentials(s string) []CredentialMatch {
	var out []CredentialMatch
	for i := 0; i < len(s); {
		if !atBoundaryBefore(s, i) || (s[i] != 'A' && s[i] != 'B' && s[i] != 'b') {
			i++
			continue
		}
		if m, ok := matchAt(s, i); ok {
			out = append(out, m)
			i = m.End
			continue
		}
		if m, ok := matchBearerPAT(s, i); ok {
			out = append(out, m)
			i = m.End
			continue
		}
		i++
	}
	if len(out) > 0 {
		return out
	}
	if m, ok := matchWhole(s); ok {
		out = append(out, m)
	}
	return out
}

func matchAt(s string, i int) (CredentialMatch, bool) {
	rest := s[i:]
	for _, f := range crcFormats {
		if !strings.HasPrefix(rest, f.prefix) {
			continue
		}
		j := len(f.prefix)
		if len(rest) < j+f.bodyLen {
			continue
		}
		if !allIn(rest[j:j+f.bodyLen], f.alnum) {
			continue
		}
		j += f.bodyLen
		sep := ""
		if f.equals {
			switch {
			case strings.HasPrefix(rest[j:], "="):
				sep = "="
			case len(rest) >= j+3 && strings.EqualFold(rest[j:j+3], "%3D"):
				sep = rest[j : j+3]
			default:
				continue
			}
		}
		j += len(sep)
		if len(rest) < j+8 || !isHexString(rest[j:j+8]) || !atBoundaryAfter(rest, j+8, false) {
			continue
		}
		checked := rest[:len(f.prefix)+f.bodyLen]
		if f.equals {
			checked += "="
		}
		want := fmt.Sprintf("%08X", crc32.ChecksumIEEE([]byte(checked)))
		return CredentialMatch{
			Kind:          f.kind,
			Start:         i,
			End:           i + j + 8,
			ChecksumValid: strings.EqualFold(want, rest[j:j+8]),
		}, true
	}
	if strings.HasPrefix(rest, bbdcPrefx) {
		j := len(bbdcPrefx)
		if len(rest) >= j+patLen && isPATShape(rest[j:j+patLen]) && atBoundaryAfter(rest, j+patLen, true) {
			return CredentialMatch{
				Kind:          BitbucketDataCenterToken,
				Start:         i,
				End:           i + j + patLen,
				ChecksumValid: isPATStructure(rest[j : j+patLen]),
			}, true
		}
	}
	return CredentialMatch{}, false
}

// matchBearerPAT matches "Bearer" (in any case), blanks and a value of
// the PAT's shape at i; the match is the PAT.
func matchBearerPAT(s string, i int) (CredentialMatch, bool) {
	const scheme = "bearer"
	if len(s) < i+len(scheme)+1+patLen || !strings.EqualFold(s[i:i+len(scheme)], scheme) {
		return CredentialMatch{}, false
	}
	j := i + len(scheme)
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k == j || len(s) < k+patLen || !isPATShape(s[k:k+patLen]) || !atBoundaryAfter(s, k+patLen, true) {
		return CredentialMatch{}, false
	}
	return CredentialMatch{
		Kind:          DataCenterPAT,
		Start:         k,
		End:           k + patLen,
		ChecksumValid: isPATStructure(s[k : k+patLen]),
	}, true
}

func matchWhole(s string) (CredentialMatch, bool) {
	switch {
	case len(s) == legacyLen && allIn(s[:20], true) && isHexString(s[20:]):
		sum := md5.Sum([]byte(s[:20]))
		return CredentialMatch{
			Kind:          LegacyAPIToken,
			End:           len(s),
			ChecksumValid: strings.EqualFold(hex.EncodeToString(sum[:2]), s[20:]),
		}, true
	case len(s) == patLen && isPATShape(s):
		return CredentialMatch{
			Kind:          DataCenterPAT,
			End:           len(s),
			ChecksumValid: isPATStructure(s),
		}, true
	}
	return CredentialMatch{}, false
}

// isPATShape reports 44 characters of standard base64, padding only at the end.
func isPATShape(s string) bool {
	if len(s) != patLen {
		return false
	}
	body := strings.TrimRight(s, "=")
	if len(s)-len(body) > 2 {
		return false
	}
	for i := 0; i < len(body); i++ {
		c := s[i]
		if !(isAlnum(c) || c == '+' || c == '/') {
			return false
		}
	}
	return true
}

// isPATStructure reports that s decodes to "<digits>:<at least one byte>",
// the structure of a Data Center personal access token.
func isPATStructure(s string) bool {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return false
	}
	colon := strings.IndexByte(string(b), ':')
	if colon <= 0 || colon == len(b)-1 {
		return false
	}
	for _, c := range b[:colon] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isTokenByte(c byte) bool {
	return isAlnum(c) || c == '_' || c == '-'
}

func allIn(s string, alnumOnly bool) bool {
	for i := 0; i < len(s); i++ {
		if alnumOnly && !isAlnum(s[i]) || !isTokenByte(s[i]) {
			return false
		}
	}
	return true
}

func isHexString(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func atBoundaryBefore(s string, i int) bool {
	if i == 0 || !isTokenByte(s[i-1]) {
		return true
	}
	// "token%3DATATT…": the escape ends the previous token.
	return i >= 3 && s[i-3] == '%' && isHexString(s[i-2:i])
}

func atBoundaryAfter(s string, i int, base64Chars bool) bool {
	if i >= len(s) {
		return true
	}
	c := s[i]
	if base64Chars && (c == '+' || c == '/' || c == '=') {
		return false
	}
	return !isTokenByte(c)
}

// Redact describes a secret for a message without giving it away: at most
// its first 6 characters and its length, as in "ATATT3… (192 chars)". Values
// of 6 or fewer characters show none, and shorter values than 18 show only a
// third of their characters, so a short password is not half revealed.
// Characters that are not printable are shown as "?".
func Redact(s string) string {
	n := utf8.RuneCountInString(s)
	show := 0
	if n > 6 {
		show = min(6, n/3)
	}
	var b strings.Builder
	for _, r := range s {
		if show == 0 {
			break
		}
		show--
		if !unicode.IsPrint(r) || r == utf8.RuneError {
			r = '?'
		}
		b.WriteRune(r)
	}
	b.WriteString("… (")
	b.WriteString(strconv.Itoa(n))
	b.WriteString(" chars)")
	return b.String()
}

// placeholderWords are whole values, lower-cased, that stand for a secret.
var placeholderWords = map[string]bool{
	"token": true, "secret": true, "password": true, "passwd": true,
	"pass": true, "pwd": true, "apikey": true, "api_key": true, "api-key": true,
	"api_token": true, "apitoken": true, "access_token": true,
	"accesstoken": true, "client_secret": true, "clientsecret": true,
	"refresh_token": true, "example": true, "dummy": true, "test": true,
	"testing": true, "fake": true, "redacted": true, "changeme": true,
	"change_me": true, "change-me": true, "changeit": true,
	"replace_me": true, "replaceme": true, "replace-me": true, "todo": true,
	"fixme": true, "tbd": true, "none": true, "null": true, "nil": true,
	"undefined": true, "placeholder": true, "sample": true, "secret123": true,
	"password123": true, "mysecret": true, "mypassword": true, "mytoken": true,
	"foo": true, "bar": true, "foobar": true, "abc": true, "abc123": true,
	"123": true, "1234": true, "12345": true, "123456": true,
}

// placeholderParts are substrings, lower-cased, that only an example holds.
var placeholderParts = []string{
	"example", "dummy", "placeholder", "changeme", "change_me", "change-me",
	"replace_me", "replaceme", "replace-me", "redacted", "notreal",
	"not_real", "not-real", "not_a_real", "not-a-real", "notarealsecret",
	"xxxx", "****", "...", "…", "insert_", "insert-", "enter_your",
	"enter-your", "your_", "your-", "_here", "-here",
}

// placeholderMarkers are words that say a value is not a working
// credential: "test-token", "invalid", "fake-api-token-for-tests".
var placeholderMarkers = map[string]bool{
	"test": true, "tests": true, "testing": true, "fake": true, "dummy": true,
	"mock": true, "mocked": true, "stub": true, "stubbed": true, "invalid": true,
	"unused": true, "anonymous": true, "anon": true, "sample": true, "bogus": true,
	"wrong": true, "bad": true, "expired": true, "revoked": true, "demo": true,
	"example": true, "placeholder": true, "fixture": true, "nonexistent": true,
	"unknown": true, "empty": true, "missing": true,
}

// placeholderFiller are the other words a placeholder is made of: what
// it stands for and small glue words.
var placeholderFiller = map[string]bool{
	"token": true, "tokens": true, "secret": true, "secrets": true,
	"password": true, "passwords": true, "pass": true, "passwd": true,
	"pwd": true, "api": true, "key": true, "keys": true, "apikey": true,
	"access": true, "refresh": true, "client": true, "auth": true,
	"bearer": true, "basic": true, "credential": true, "credentials": true,
	"creds": true, "value": true, "for": true, "the": true, "a": true,
	"an": true, "of": true, "user": true, "only": true, "jira": true,
	"confluence": true, "bitbucket": true, "atlassian": true, "oauth": true,
	"oauth2": true, "code": true, "id": true, "string": true, "app": true,
	"unit": true, "integration": true,
}

// placeholderDeterminers are the words a phrase that describes a value
// starts with: "my.secret.password", "existing-access-token".
var placeholderDeterminers = map[string]bool{
	"my": true, "your": true, "our": true, "their": true, "this": true,
	"existing": true, "new": true, "old": true, "current": true, "some": true,
	"default": true, "here": true,
}

// isPlaceholderPhrase reports values made only of placeholder words and
// small numbers: at least one marker ("test-token", "mock_access_token_1",
// "fakePassword"), or two words or more that only describe the value
// ("access-token", "my.secret.password", "existing-refresh-token").
// Such a value can name a credential but never be an Atlassian one,
// which is random.
func isPlaceholderPhrase(s string) bool {
	words := splitWords(s)
	if len(words) == 0 {
		return false
	}
	marked, described := false, 0
	for _, w := range words {
		switch {
		case placeholderMarkers[w]:
			marked = true
		case placeholderFiller[w], placeholderDeterminers[w]:
			described++
		case len(w) <= 3 && strings.Trim(w, "0123456789") == "":
		default:
			return false
		}
	}
	return marked || described >= 2
}

// IsPlaceholder reports whether s stands in for a credential rather than
// being one: empty or blank values; names and words such as "token",
// "YOUR_API_TOKEN", "ACCESS_TOKEN" or "changeme"; templates such as
// "<token>", "${TOKEN}", "$TOKEN", "%TOKEN%", "{{token}}", "{token}" and
// format verbs ("%s"); strings of one repeated character ("xxx", "***");
// values containing tell-tale parts such as "example", "xxxx", "..." or
// "YOUR_…"/"…_HERE"; and phrases of placeholder words ("test-token",
// "invalid", "anonymous", "fake-api-token-for-tests"). Case is ignored.
func IsPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" {
		return true
	}
	l := strings.ToLower(t)
	if placeholderWords[l] || isRepeated(t) {
		return true
	}
	if isTemplate(t) || isEnvName(t) || isFormatVerbs(t) {
		return true
	}
	for _, p := range placeholderParts {
		if strings.Contains(l, p) {
			return true
		}
	}
	if isPlaceholderPhrase(t) {
		return true
	}
	// "YourApiToken", "TokenHere"
	if len(t) > 4 && strings.HasPrefix(t, "Your") && unicode.IsUpper(rune(t[4])) {
		return true
	}
	if strings.HasSuffix(t, "Here") && len(t) > 4 {
		return true
	}
	return false
}

func isRepeated(s string) bool {
	r0, _ := utf8.DecodeRuneInString(s)
	for _, r := range s {
		if r != r0 {
			return false
		}
	}
	return true
}

// isTemplate recognises variables of shells, template engines and docs.
func isTemplate(s string) bool {
	switch {
	case strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">"),
		strings.HasPrefix(s, "${") && strings.HasSuffix(s, "}"),
		strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}"),
		strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"),
		len(s) > 2 && s[0] == '%' && s[len(s)-1] == '%' && isIdent(s[1:len(s)-1]),
		len(s) > 2 && s[0] == '{' && s[len(s)-1] == '}' && isIdent(s[1:len(s)-1]),
		len(s) > 1 && s[0] == '$' && isIdent(s[1:]),
		len(s) > 1 && s[0] == ':' && isIdent(s[1:]):
		return true
	}
	return false
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isAlnum(c) || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return !(s[0] >= '0' && s[0] <= '9')
}

// isEnvName recognises the name of an environment variable: upper-case words
// joined by underscores ("JIRA_API_TOKEN"), or one upper-case word. An
// upper-case run with digits but no underscore ("JBSWY3DPEHPK3PXP") may be a
// base32 secret and does not count.
func isEnvName(s string) bool {
	if s == "" || !(s[0] >= 'A' && s[0] <= 'Z' || s[0] == '_') {
		return false
	}
	hasUnderscore, hasDigit := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
		case c >= '0' && c <= '9':
			hasDigit = true
		case c == '_':
			hasUnderscore = true
		default:
			return false
		}
	}
	return hasUnderscore || !hasDigit
}

// isFormatVerbs recognises a format string made only of verbs and
// punctuation, such as "%s" or "%s:%s".
func isFormatVerbs(s string) bool {
	if !strings.Contains(s, "%") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			i++
			for i < len(s) && strings.IndexByte("+-# 0123456789.*[]", s[i]) >= 0 {
				i++
			}
			if i >= len(s) || !unicode.IsLetter(rune(s[i])) {
				return false
			}
		case isAlnum(c):
			return false
		}
	}
	return true
}

// DecodeBasic decodes an HTTP Basic credential, "Basic <base64>" with the
// scheme in any case and the payload in standard base64, padded or not. ok
// is false unless s is such a value whose payload holds "user:…". secret is
// what follows the colon when it is a real secret, and "" when it is empty or
// a placeholder, so secret != "" is the test for a hard-coded credential.
func DecodeBasic(s string) (user string, secret string, ok bool) {
	t := strings.TrimSpace(s)
	scheme, payload, found := strings.Cut(t, " ")
	if !found || !strings.EqualFold(scheme, "basic") {
		return "", "", false
	}
	payload = strings.TrimSpace(payload)
	if payload == "" {
		return "", "", false
	}
	b, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(payload)
		if err != nil {
			return "", "", false
		}
	}
	u, p, found := strings.Cut(string(b), ":")
	if !found || !utf8.ValidString(u) {
		return "", "", false
	}
	if IsPlaceholder(p) {
		p = ""
	}
	return u, p, true
}

// oauth1CredentialParams are the parameters of an OAuth 1.0a
// Authorization header (RFC 5849, section 3.5.1) whose values are
// credentials: the access token Jira and Confluence Data Center issue
// to an application link. The consumer key names the application and
// the nonce, timestamp and signature are made per request.
var oauth1CredentialParams = []string{"oauth_token"}

// OAuth1Credential is a credential parameter's value written in text,
// part of an OAuth 1.0a Authorization header: Start and End delimit the
// value of `oauth_token="…"`, or, when the text ends just after the
// opening quote, Start == End == len(text) and Open is true (the value
// is what is joined on next).
type OAuth1Credential struct {
	Param      string
	Start, End int
	Open       bool
}

// OAuth1Credentials finds the credential parameters of an OAuth 1.0a
// Authorization header in text, a part of its value: the whole value
// ("OAuth realm=\"\", oauth_token=\"…\"") or a piece of it joined with
// others.
func OAuth1Credentials(text string) []OAuth1Credential {
	var out []OAuth1Credential
	for _, p := range oauth1CredentialParams {
		for i := 0; i < len(text); {
			j := strings.Index(text[i:], p+`="`)
			if j < 0 {
				break
			}
			start := i + j + len(p) + 2
			// The parameter's name must start the text or follow a
			// separator: not xoauth_token=.
			if k := i + j; k > 0 && !strings.ContainsRune(" ,\t\"", rune(text[k-1])) {
				i = start
				continue
			}
			end := strings.IndexByte(text[start:], '"')
			switch {
			case end >= 0:
				out = append(out, OAuth1Credential{Param: p, Start: start, End: start + end})
				i = start + end + 1
			case start == len(text):
				out = append(out, OAuth1Credential{Param: p, Start: start, End: start, Open: true})
				i = start
			default:
				i = len(text) // the value goes on in the next part
			}
		}
	}
	return out
}
