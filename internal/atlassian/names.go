package atlassian

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// credentialWords are the words, lower-cased and without trailing digits,
// that name a credential.
var credentialWords = map[string]bool{
	"token": true, "secret": true, "password": true, "passwd": true,
	"pwd": true, "passphrase": true, "credential": true, "credentials": true,
	"creds": true, "cred": true,
	// the same run together, as in "apitoken" or "APIKEY"
	"apikey": true, "apitoken": true, "accesstoken": true, "authtoken": true,
	"bearertoken": true, "refreshtoken": true, "clientsecret": true,
	"apisecret": true, "secretkey": true, "privatekey": true,
	"accesskey": true, "signingkey": true,
}

// keyQualifiers make a following "key" a credential: "apiKey",
// "private_key", "SECRET_KEY".
var keyQualifiers = map[string]bool{
	"api": true, "private": true, "secret": true, "access": true,
	"signing": true, "encryption": true, "master": true, "client": true,
}

// credentialSuffixes name a credential at the end of a run-together word
// ("jiratoken", "adminpassword").
var credentialSuffixes = []string{"token", "secret", "password", "passwd", "apikey"}

// notCredentialLast are last words that make a name about a credential
// rather than one: its URL, its type, its header name, its policy.
var notCredentialLast = map[string]bool{
	"url": true, "uri": true, "urls": true, "endpoint": true, "endpoints": true,
	"host": true, "type": true, "types": true, "kind": true, "name": true,
	"names": true, "keyname": true, "header": true, "headers": true,
	"field": true, "fields": true, "path": true, "paths": true, "file": true,
	"files": true, "filename": true, "dir": true, "env": true, "var": true,
	"vars": true, "variable": true, "policy": true, "policies": true,
	"len": true, "length": true, "size": true, "prefix": true, "suffix": true,
	"regex": true, "regexp": true, "re": true, "pattern": true,
	"patterns": true, "count": true, "expiry": true, "expires": true,
	"expiration": true, "ttl": true, "timeout": true, "lifetime": true,
	"id": true, "ids": true, "label": true, "hint": true, "prompt": true,
	"message": true, "msg": true, "error": true, "err": true, "format": true,
	"template": true, "mode": true, "flag": true, "flags": true,
	"version": true, "versions": true, "ver": true, "revision": true,
	"param": true, "parameter": true, "option": true, "opt": true,
	"hash": true, "hashed": true, "digest": true, "checksum": true,
	"salt": true, "source": true, "provider": true, "store": true,
	"manager": true, "ref": true, "reference": true, "placeholder": true,
	"validator": true, "generator": true, "index": true, "idx": true,
	"pos": true, "min": true, "max": true, "parser": true, "scope": true,
	"scopes": true, "reset": true, "link": true, "location": true,
	"key": true,
	// the characters a credential is made of: tokenAlphabet, passwordChars
	"alphabet": true, "alphabets": true, "alpha": true, "chars": true,
	"charset": true, "charsets": true, "characters": true, "symbols": true,
	"digits": true,
	// rules and expressions about one: passwordRule, tokenRegex
	"rule": true, "rules": true, "regexes": true, "expr": true,
	// references to one kept elsewhere: secretARN, credentialsProfile
	"arn": true, "arns": true, "profile": true, "profiles": true,
	"mount": true, "namespace": true,
	// where one travels and how it is labelled: accessTokenCookie,
	// tokenMime, tokenAud, privateKeyAuthMagic
	"cookie": true, "cookies": true, "cookiename": true, "mime": true,
	"mimetype": true, "media": true, "mediatype": true, "contenttype": true,
	"magic": true, "aud": true, "audience": true, "audiences": true,
	"issuer": true, "iss": true, "layout": true, "docs": true, "doc": true,
	"usage": true, "description": true, "desc": true,
}

// IsCredentialName reports whether an identifier names a credential. The
// name is split into words at camelCase and PascalCase humps, digits
// excepted, and at "_", "-", "." and spaces, which covers snake_case,
// kebab-case and SCREAMING_CASE.
//
// A name is a credential when one of its words is token, secret, password,
// passwd, pwd, passphrase, credential(s) or creds, or one of these run
// together ("apitoken", "clientsecret", "jiratoken"), or "key" qualified by
// api, private, secret, access, signing, encryption, master or client
// ("apiKey", "PRIVATE_KEY") — unless
//   - its last word says the value is about a credential, not one: url, uri,
//     endpoint, type, name, header, field, path, file, env, var, policy, len,
//     length, prefix, regex, pattern, rule, count, expiry, ttl, id, hash,
//     version, the characters one is made of (alphabet, chars, charset), a
//     reference to one kept elsewhere (arn, profile), how it travels or is labelled
//     (cookie, mime, aud, audience, magic) and the like ("TokenURL",
//     "passwordPolicy", "secretName", "apiKeyHeader", "tokenAlphabet",
//     "secretARN", "accessTokenCookie");
//   - its first word is env ("EnvToken" holds the name of a variable);
//   - the credential word is a plural collection ("routeTokens", "secrets")
//     or a longer word ("tokenizer", "Tokenize").
//
// "credentials" alone is the usual name of one credential pair and counts.
func IsCredentialName(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	if words[0] == "env" {
		return false
	}
	last := words[len(words)-1]
	if notCredentialLast[last] {
		// "key" is the last word of "apiKey" too.
		if last != "key" || len(words) < 2 || !keyQualifiers[words[len(words)-2]] {
			return false
		}
	}
	for i, w := range words {
		w = strings.TrimRight(w, "0123456789")
		if credentialWords[w] {
			return true
		}
		if w == "key" && i > 0 && keyQualifiers[words[i-1]] {
			return true
		}
		for _, suf := range credentialSuffixes {
			if len(w) > len(suf) && strings.HasSuffix(w, suf) {
				return true
			}
		}
	}
	return false
}

// NamesPlaceholder reports whether a credential's name says that its
// value does not work: one of its words marks a placeholder, as in
// "InvalidSignatureToken", "fakeAPIKey", "dummySecret", "mockPassword",
// "expiredToken". Words that name a real account do not count: the
// password of a test or demo account, an anonymous key, are real.
func NamesPlaceholder(name string) bool {
	for _, w := range splitWords(name) {
		if placeholderMarkers[w] && !accountMarkers[w] {
			return true
		}
	}
	return false
}

// accountMarkers are the placeholder words that, in a name, may name a
// real account rather than a value that does not work.
var accountMarkers = map[string]bool{
	"test": true, "tests": true, "testing": true, "demo": true, "anonymous": true,
	"anon": true, "unknown": true, "empty": true, "missing": true,
}

// splitWords splits an identifier into lower-case words.
func splitWords(name string) []string {
	var words []string
	runes := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(runes[start:end])))
		}
		start = -1
	}
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := runes[i-1]
		switch {
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			// fooBar
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsDigit(prev) && i >= 2 && unicode.IsLower(runes[i-2]):
			// oauth2Token
			flush(i)
			start = i
		case unicode.IsLower(r) && unicode.IsUpper(prev) && i-1 > start:
			// APIKey: the last upper-case letter starts the next word
			flush(i - 1)
			start = i - 1
		}
	}
	flush(len(runes))
	return words
}

// LooksLikeSecret reports whether a literal could be a secret, judged from
// its text alone: at least 12 characters, no white space, at least two kinds
// of character (lower, upper, digit, other) and a Shannon entropy of at
// least 3 bits per character; and not a URL, host name, host and path (a
// module or import path, an audience such as "api.atlassian.com/v2"),
// e-mail address, file path, MIME type, environment variable name, UUID,
// hex digest of 32, 40 or 64 digits (these are IDs), header or cookie
// name, alphabet ("ABC…xyz0123456789", "0123456789abcdef"), regular
// expression, ARN or other secret-manager reference, lower-case reference
// path ("secret/data/jira/api-token"), dotted key path
// ("spring.datasource.password"), placeholder, or a run of ordinary
// words ("client_credentials", "application/json").
func LooksLikeSecret(s string) bool {
	if utf8.RuneCountInString(s) < 12 || strings.ContainsFunc(s, unicode.IsSpace) {
		return false
	}
	switch {
	case strings.Contains(s, "://"),
		strings.HasPrefix(s, "www."),
		isHostName(s),
		isHostPath(s),
		isEmail(s),
		isFilePath(s),
		isEnvName(s),
		isUUID(s),
		isQualifiedUUID(s),
		isHexDigest(s),
		isHeaderName(s),
		isCookieName(s),
		isMIMEType(s),
		isAlphabet(s),
		isRegexp(s),
		isSecretReference(s),
		isWordy(s),
		isKeyPath(s),
		IsPlaceholder(s):
		return false
	}
	if charClasses(s) < 2 {
		return false
	}
	return ShannonEntropy(s) >= 3.0
}

// ShannonEntropy is the entropy of the characters of s, in bits per character.
func ShannonEntropy(s string) float64 {
	if s == "" {
		return 0
	}
	counts := make(map[rune]int)
	n := 0
	for _, r := range s {
		counts[r]++
		n++
	}
	var h float64
	for _, c := range counts {
		p := float64(c) / float64(n)
		h -= p * math.Log2(p)
	}
	return h
}

func charClasses(s string) int {
	var lower, upper, digit, other int
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower = 1
		case unicode.IsUpper(r):
			upper = 1
		case unicode.IsDigit(r):
			digit = 1
		default:
			other = 1
		}
	}
	return lower + upper + digit + other
}

func isHostName(s string) bool {
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(s, ".")), ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if !isDNSLabel(l) {
			return false
		}
	}
	tld := labels[len(labels)-1]
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	return len(tld) >= 2
}

// isKeyPath reports dotted paths of lower-case words, digits only at a
// word's end, perhaps after "@" or "$": the keys of configuration files
// and annotations ("spring.datasource.password",
// "@securitydefinitions.oauth2.password"), not secrets.
func isKeyPath(s string) bool {
	s = strings.TrimLeft(s, "@$")
	segs := strings.Split(s, ".")
	if len(segs) < 2 {
		return false
	}
	for _, seg := range segs {
		word := strings.TrimRight(seg, "0123456789")
		if word == "" || word[0] < 'a' || word[0] > 'z' {
			return false
		}
		for i := 0; i < len(word); i++ {
			if c := word[i]; !(c >= 'a' && c <= 'z' || c == '_' || c == '-') {
				return false
			}
		}
	}
	return true
}

func isEmail(s string) bool {
	at := strings.LastIndexByte(s, '@')
	return at > 0 && isHostName(s[at+1:])
}

func isFilePath(s string) bool {
	switch {
	case strings.HasPrefix(s, "/"), strings.HasPrefix(s, "./"),
		strings.HasPrefix(s, "../"), strings.HasPrefix(s, "~/"),
		strings.HasPrefix(s, `\\`):
		return true
	case len(s) > 2 && s[1] == ':' && (s[2] == '\\' || s[2] == '/') && unicode.IsLetter(rune(s[0])):
		return true
	}
	return false
}

// isQualifiedUUID reports an identifier made of a word and a UUID, as an
// Atlassian Connect clientKey ("jira:5f1c9a4e-...") or a cloud resource
// ("ari:cloud:...:<uuid>") is: it names an installation, not a secret.
func isQualifiedUUID(s string) bool {
	i := strings.LastIndexByte(s, ':')
	if i <= 0 || !isUUID(s[i+1:]) {
		return false
	}
	for _, r := range s[:i] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ':' && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

func isUUID(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "{"), "}")
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isHexString(s[i : i+1]) {
				return false
			}
		}
	}
	return true
}

func isHexDigest(s string) bool {
	switch len(s) {
	case 32, 40, 64:
		return isHexString(s)
	}
	return false
}

// headerNames are header names that are single words or odd in shape.
var headerNames = map[string]bool{
	"authorization": true, "proxy-authorization": true, "cookie": true,
	"set-cookie": true, "www-authenticate": true, "x-atlassian-token": true,
	"x-api-key": true, "x-auth-token": true, "x-access-token": true,
	"x-csrf-token": true, "x-xsrf-token": true, "x-amz-security-token": true,
}

// isHeaderName recognises an HTTP header name written as one usually is:
// words of letters joined by hyphens, each all lower case, capitalised, or a
// short upper-case acronym, and numbers after the first ("X-Atlassian-Token",
// "x-api-key", "X-ID-Token", "X-CSRF-Token-2").
func isHeaderName(s string) bool {
	if headerNames[strings.ToLower(s)] {
		return true
	}
	parts := strings.Split(s, "-")
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		if p == "" {
			return false
		}
		if !isLowerWord(p) && !isCapitalised(p) && !(len(p) <= 4 && isUpperWord(p)) && !(i > 0 && isDigits(p)) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isWordy reports a value made of ordinary words joined by punctuation,
// without digits: "client_credentials", "application/json",
// "read:jira-work", "MyAppName". Random secrets almost always hold a digit or
// a run of letters in mixed case.
func isWordy(s string) bool {
	hasLetter := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) {
			return false
		}
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += size2
		}
		if !isCamelWords(s[i:j]) {
			return false
		}
		hasLetter = true
		i = j
	}
	return hasLetter
}

// isCamelWords reports whether a run of letters is one or more words in
// camel case ("myAppName", "MyAppName") or all upper case.
func isCamelWords(w string) bool {
	if isUpperWord(w) {
		return true
	}
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			// An upper-case letter must start a word of lower-case letters.
			next := w[i+utf8.RuneLen(r):]
			nr, _ := utf8.DecodeRuneInString(next)
			if next == "" || !unicode.IsLower(nr) {
				return false
			}
			prev, _ := utf8.DecodeLastRuneInString(w[:i])
			if unicode.IsUpper(prev) {
				return false
			}
		}
	}
	return true
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

func isCapitalised(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && (size == len(s) || isLowerWord(s[size:]))
}

// isHostPath recognises a host name followed by a path, as in a module or
// import path ("github.com/acme/jira-client/v3") or a URL without its
// scheme ("api.atlassian.com/v2").
func isHostPath(s string) bool {
	host, path, ok := strings.Cut(s, "/")
	if !ok || !isHostName(host) {
		return false
	}
	for i := 0; i < len(path); i++ {
		c := path[i]
		if !(isAlnum(c) || strings.IndexByte("-._~/%@+", c) >= 0) {
			return false
		}
	}
	return true
}

// isCookieName recognises the names of cookies with the __Host- and
// __Secure- prefixes browsers give a meaning to.
func isCookieName(s string) bool {
	return strings.HasPrefix(s, "__Host-") || strings.HasPrefix(s, "__Secure-")
}

// mimeTypes are the top-level types of RFC 6838.
var mimeTypes = map[string]bool{
	"application": true, "audio": true, "font": true, "image": true,
	"message": true, "model": true, "multipart": true, "text": true,
	"video": true,
}

// isMIMEType recognises a media type with optional parameters, such as
// "application/vnd.atlassian.token+json;v=2".
func isMIMEType(s string) bool {
	typ, rest, ok := strings.Cut(s, "/")
	if !ok || !mimeTypes[strings.ToLower(typ)] {
		return false
	}
	sub, _, _ := strings.Cut(rest, ";")
	if sub == "" {
		return false
	}
	for i := 0; i < len(sub); i++ {
		if c := sub[i]; !(isAlnum(c) || strings.IndexByte("-.+_", c) >= 0) {
			return false
		}
	}
	return true
}

// isAlphabet recognises the set of characters something is made of
// ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
// "0123456789abcdef"): most neighbouring characters are consecutive in
// ASCII, which in a random string happens about once in sixty.
func isAlphabet(s string) bool {
	if len(s) < 2 {
		return false
	}
	runs := 0
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1]+1 {
			runs++
		}
	}
	return 2*runs >= len(s)-1
}

// regexpMarkers are pieces of regular-expression syntax that neither
// random secrets nor passwords contain in practice.
var regexpMarkers = []string{
	"(?", `\d`, `\w`, `\s`, `\b`, `\.`, ".*", ".+", "[^", "[a-z", "[A-Z",
	"[0-9", "{1,", "{0,", ",}", ")*", ")+", ")?", "]+", "]*", "]{",
}

// isRegexp recognises a regular expression: anchored at both ends, or
// holding a piece of syntax only a pattern has.
func isRegexp(s string) bool {
	if strings.HasPrefix(s, "^") && strings.HasSuffix(s, "$") {
		return true
	}
	for _, m := range regexpMarkers {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// secretRefPrefixes start references to secrets kept in a secret
// manager rather than secrets.
var secretRefPrefixes = []string{
	"arn:", "projects/", "vault:", "awssm:", "aws-sm:", "gcpsm:", "gcp-sm:",
	"azurekv:", "keyvault:", "ssm:", "secretsmanager:",
}

// isSecretReference recognises a reference to a secret kept elsewhere: an
// AWS ARN ("arn:aws:secretsmanager:…"), a Google Secret Manager name
// ("projects/1234/secrets/jira-token/versions/3"), a prefixed reference
// ("vault:secret/jira#token"), or a path of lower-case words
// ("secret/data/jira/api-token-v2", "kv-v2/jira").
func isSecretReference(s string) bool {
	l := strings.ToLower(s)
	for _, p := range secretRefPrefixes {
		if strings.HasPrefix(l, p) {
			if p == "arn:" && strings.Count(s, ":") < 5 {
				continue
			}
			return true
		}
	}
	return isLowerPath(s)
}

// isLowerPath reports a path of at least two segments of lower-case
// letters and digits joined by ".", "-" or "_": random secrets almost
// always hold an upper-case letter.
func isLowerPath(s string) bool {
	segs := strings.Split(s, "/")
	if len(segs) < 2 {
		return false
	}
	for _, seg := range segs {
		if seg == "" {
			return false
		}
		for _, part := range strings.FieldsFunc(seg, func(r rune) bool { return r == '.' || r == '-' || r == '_' }) {
			for i := 0; i < len(part); i++ {
				if c := part[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
					return false
				}
			}
		}
	}
	return true
}

// IsPrivateKeyPEM reports whether s holds a PEM block of a private key,
// as in "-----BEGIN RSA PRIVATE KEY-----\nMIIE…", with a body.
func IsPrivateKeyPEM(s string) bool {
	i := strings.Index(s, "-----BEGIN ")
	if i < 0 {
		return false
	}
	head, rest, ok := strings.Cut(s[i+len("-----BEGIN "):], "-----")
	if !ok || !strings.HasSuffix(head, "PRIVATE KEY") {
		return false
	}
	body, _, ok := strings.Cut(rest, "-----END ")
	return ok && len(strings.TrimSpace(body)) >= 32
}
