package atlassian_test

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/atlassian/atlassiantest"
)

var allKinds = []atlassian.CredentialKind{
	atlassian.CloudAPIToken,
	atlassian.BitbucketAccessToken,
	atlassian.ServiceAccountKey,
	atlassian.OAuthClientSecret,
	atlassian.BitbucketAppPassword,
	atlassian.LegacyAPIToken,
	atlassian.DataCenterPAT,
	atlassian.BitbucketDataCenterToken,
}

var kindLen = map[atlassian.CredentialKind]int{
	atlassian.CloudAPIToken:            192,
	atlassian.BitbucketAccessToken:     192,
	atlassian.ServiceAccountKey:        192,
	atlassian.OAuthClientSecret:        76,
	atlassian.BitbucketAppPassword:     36,
	atlassian.LegacyAPIToken:           24,
	atlassian.DataCenterPAT:            44,
	atlassian.BitbucketDataCenterToken: 49,
}

// prefixed are the kinds found inside text.
var prefixed = []atlassian.CredentialKind{
	atlassian.CloudAPIToken,
	atlassian.BitbucketAccessToken,
	atlassian.ServiceAccountKey,
	atlassian.OAuthClientSecret,
	atlassian.BitbucketAppPassword,
	atlassian.BitbucketDataCenterToken,
}

func one(t *testing.T, s string) atlassian.CredentialMatch {
	t.Helper()
	ms := atlassian.FindCredentials(s)
	if len(ms) != 1 {
		t.Fatalf("FindCredentials(%s) = %+v, want one match", atlassian.Redact(s), ms)
	}
	return ms[0]
}

func TestFindCredentialsWhole(t *testing.T) {
	for _, kind := range allKinds {
		for i := range 20 {
			seed := fmt.Sprint("seed-", i)
			tok := atlassiantest.Token(kind, seed)
			if len(tok) != kindLen[kind] {
				t.Fatalf("Token(%v) has %d chars, want %d", kind, len(tok), kindLen[kind])
			}
			m := one(t, tok)
			if m.Kind != kind || m.Start != 0 || m.End != len(tok) || !m.ChecksumValid {
				t.Errorf("FindCredentials(Token(%v, %q)) = %+v", kind, seed, m)
			}
			bad := atlassiantest.BadChecksum(kind, seed)
			if len(bad) != len(tok) || bad == tok {
				t.Fatalf("BadChecksum(%v) = %d chars, equal %v", kind, len(bad), bad == tok)
			}
			m = one(t, bad)
			if m.Kind != kind || m.Start != 0 || m.End != len(bad) || m.ChecksumValid {
				t.Errorf("FindCredentials(BadChecksum(%v, %q)) = %+v", kind, seed, m)
			}
		}
	}
}

func TestTokenDeterministic(t *testing.T) {
	for _, kind := range allKinds {
		a, b := atlassiantest.Token(kind, "x"), atlassiantest.Token(kind, "x")
		if a != b {
			t.Errorf("Token(%v, x) differs between calls", kind)
		}
		if a == atlassiantest.Token(kind, "y") {
			t.Errorf("Token(%v) ignores the seed", kind)
		}
		if atlassiantest.BadChecksum(kind, "x") != atlassiantest.BadChecksum(kind, "x") {
			t.Errorf("BadChecksum(%v, x) differs between calls", kind)
		}
	}
}

func TestFindCredentialsInText(t *testing.T) {
	for _, kind := range prefixed {
		tok := atlassiantest.Token(kind, "text")
		for _, tmpl := range []string{
			`token := "%s"`,
			"Authorization: Bearer %s\n",
			"Basic %s",
			"JIRA_TOKEN=%s",
			"https://example.com/?token=%s&x=1",
			"(%s)",
			"%s",
			"'%s'",
			"token%%3D%s",
			"%s%%26next",
		} {
			s := fmt.Sprintf(tmpl, tok)
			m := one(t, s)
			start := strings.Index(s, tok)
			if m.Kind != kind || m.Start != start || m.End != start+len(tok) || !m.ChecksumValid {
				t.Errorf("FindCredentials(%q with %v) = %+v, want [%d,%d)", tmpl, kind, m, start, start+len(tok))
			}
		}
		// Glued to a word: not a token boundary.
		for _, s := range []string{"x" + tok, tok + "x", "_" + tok, tok + "-", "9" + tok, tok + "0"} {
			for _, m := range atlassian.FindCredentials(s) {
				t.Errorf("FindCredentials(glued %v) = %+v, want none", kind, m)
			}
		}
		// Truncated.
		if ms := atlassian.FindCredentials(tok[:len(tok)-1]); len(ms) != 0 {
			t.Errorf("FindCredentials(truncated %v) = %+v, want none", kind, ms)
		}
	}
}

func TestFindCredentialsSeveral(t *testing.T) {
	a := atlassiantest.Token(atlassian.CloudAPIToken, "a")
	b := atlassiantest.BadChecksum(atlassian.OAuthClientSecret, "b")
	c := atlassiantest.Token(atlassian.BitbucketAppPassword, "c")
	d := atlassiantest.Token(atlassian.BitbucketDataCenterToken, "d")
	s := "a=" + a + "\nb=" + b + " c=" + c + ";" + d
	ms := atlassian.FindCredentials(s)
	want := []struct {
		kind  atlassian.CredentialKind
		tok   string
		valid bool
	}{
		{atlassian.CloudAPIToken, a, true},
		{atlassian.OAuthClientSecret, b, false},
		{atlassian.BitbucketAppPassword, c, true},
		{atlassian.BitbucketDataCenterToken, d, true},
	}
	if len(ms) != len(want) {
		t.Fatalf("FindCredentials found %d, want %d: %+v", len(ms), len(want), ms)
	}
	for i, w := range want {
		m := ms[i]
		if m.Kind != w.kind || s[m.Start:m.End] != w.tok || m.ChecksumValid != w.valid {
			t.Errorf("match %d = %+v, want %v valid=%v", i, m, w.kind, w.valid)
		}
	}
}

func TestFindCredentialsURLEncoded(t *testing.T) {
	for _, kind := range []atlassian.CredentialKind{atlassian.CloudAPIToken, atlassian.BitbucketAccessToken, atlassian.ServiceAccountKey} {
		tok := atlassiantest.Token(kind, "url")
		for _, esc := range []string{"%3D", "%3d"} {
			enc := strings.Replace(tok, "=", esc, 1)
			s := "https://x.example/cb?token=" + enc + "&y=1"
			m := one(t, s)
			start := strings.Index(s, enc)
			if m.Kind != kind || m.Start != start || m.End != start+len(enc) || !m.ChecksumValid {
				t.Errorf("FindCredentials(%v with %s) = %+v", kind, esc, m)
			}
		}
		// Other escapes do not stand for "=".
		if ms := atlassian.FindCredentials(strings.Replace(tok, "=", "%3E", 1)); len(ms) != 0 {
			t.Errorf("FindCredentials(%v with %%3E) = %+v, want none", kind, ms)
		}
	}
}

func TestFindCredentialsChecksum(t *testing.T) {
	for _, kind := range prefixed {
		if kind == atlassian.BitbucketDataCenterToken {
			continue // its random part has no checksum
		}
		tok := atlassiantest.Token(kind, "mutate")
		// Change one body character; the checksum no longer holds.
		i := len(tok) / 2
		c := byte('A')
		if tok[i] == 'A' {
			c = 'B'
		}
		mut := tok[:i] + string(c) + tok[i+1:]
		m := one(t, mut)
		if m.Kind != kind || m.ChecksumValid {
			t.Errorf("FindCredentials(mutated %v) = %+v, want invalid checksum", kind, m)
		}
	}
	// The checksum of the modern formats is read in either case.
	tok := atlassiantest.Token(atlassian.CloudAPIToken, "case")
	lower := tok[:184] + strings.ToLower(tok[184:])
	if m := one(t, lower); !m.ChecksumValid {
		t.Errorf("lower-case checksum not accepted: %+v", m)
	}
}

func TestFindCredentialsLegacy(t *testing.T) {
	tok := atlassiantest.Token(atlassian.LegacyAPIToken, "legacy")
	for _, s := range []string{tok, tok[:20] + strings.ToLower(tok[20:])} {
		m := one(t, s)
		if m.Kind != atlassian.LegacyAPIToken || !m.ChecksumValid {
			t.Errorf("FindCredentials(legacy) = %+v", m)
		}
	}
	// Too generic to find inside text.
	for _, s := range []string{" " + tok, tok + "\n", `"` + tok + `"`, "token=" + tok} {
		if ms := atlassian.FindCredentials(s); len(ms) != 0 {
			t.Errorf("FindCredentials(legacy in text) = %+v, want none", ms)
		}
	}
	// 24 characters that are not the shape.
	for _, s := range []string{
		"abcdefghijklmnopqrstuvwx",  // last 4 not hex
		"abcdefghij_lmnopqrst1234",  // underscore
		"abcdefghijklmnopqrst123",   // 23
		"abcdefghijklmnopqrst12345", // 25
	} {
		if ms := atlassian.FindCredentials(s); len(ms) != 0 {
			t.Errorf("FindCredentials(%q) = %+v, want none", s, ms)
		}
	}
	m := one(t, "abcdefghijklmnopqrst1234")
	if m.Kind != atlassian.LegacyAPIToken || m.ChecksumValid {
		t.Errorf("made-up legacy token = %+v, want shape without checksum", m)
	}
}

func TestFindCredentialsPAT(t *testing.T) {
	tok := atlassiantest.Token(atlassian.DataCenterPAT, "pat")
	if m := one(t, tok); m.Kind != atlassian.DataCenterPAT || !m.ChecksumValid {
		t.Errorf("FindCredentials(PAT) = %+v", m)
	}
	if ms := atlassian.FindCredentials("token=" + tok); len(ms) != 0 {
		t.Errorf("FindCredentials(PAT in text) = %+v, want none", ms)
	}
	// After the Bearer scheme, the way a PAT is sent, it is found in text.
	for _, s := range []string{"Bearer " + tok, "Authorization: bearer  " + tok + "\r\n", "BEARER\t" + tok} {
		start := strings.Index(s, tok)
		if m := one(t, s); m.Kind != atlassian.DataCenterPAT || !m.ChecksumValid || m.Start != start || m.End != start+len(tok) {
			t.Errorf("FindCredentials(%q) = %+v", atlassian.SafeText(s), m)
		}
	}
	for _, s := range []string{"Bearer" + tok, "xBearer " + tok, "Bearer " + tok + "/", "Bearer " + tok[:43]} {
		if ms := atlassian.FindCredentials(s); len(ms) != 0 {
			t.Errorf("FindCredentials(%q) = %+v, want none", atlassian.SafeText(s), ms)
		}
	}
	// A base64 SHA-256 has the shape but not the structure.
	sum := base64.StdEncoding.EncodeToString(make([]byte, 32))
	if m := one(t, sum); m.Kind != atlassian.DataCenterPAT || m.ChecksumValid {
		t.Errorf("FindCredentials(base64 digest) = %+v", m)
	}
	// Hand-made structure: "<digits>:<bytes>".
	raw := base64.StdEncoding.EncodeToString([]byte("123456789012:abcdefghijklmnopqrst"))
	if m := one(t, raw); !m.ChecksumValid {
		t.Errorf("FindCredentials(%q) = %+v, want valid", raw, m)
	}
	bb := "BBDC-" + raw
	if m := one(t, "x "+bb+" y"); m.Kind != atlassian.BitbucketDataCenterToken || !m.ChecksumValid || m.Start != 2 {
		t.Errorf("FindCredentials(BBDC) = %+v", m)
	}
	for _, s := range []string{bb + "+", bb + "/", bb + "=", "BBDC-" + raw[:43]} {
		if ms := atlassian.FindCredentials(s); len(ms) != 0 {
			t.Errorf("FindCredentials(%q) = %+v, want none", s, ms)
		}
	}
}

func TestFindCredentialsNone(t *testing.T) {
	for _, s := range []string{
		"",
		"ATATT3xFfGF0",
		"ATATT3xFfGF0...",
		"ATATT3xFfGF0" + strings.Repeat("x", 171) + "=ABCDEFGH", // not hex
		"ATATT3xFfGF0" + strings.Repeat("x", 171) + "-0123ABCD", // no "="
		"ATOA" + strings.Repeat("a", 64),
		"ATBB" + strings.Repeat("a", 23) + "_" + "0123ABCD",
		"BBDC-",
		"hello world",
		"https://acme.atlassian.net/rest/api/3/issue",
	} {
		if ms := atlassian.FindCredentials(s); len(ms) != 0 {
			t.Errorf("FindCredentials(%q) = %+v, want none", s, ms)
		}
	}
}

func TestCredentialKindString(t *testing.T) {
	if got := atlassian.CloudAPIToken.String(); got != "Atlassian Cloud API token" {
		t.Errorf("CloudAPIToken.String() = %q", got)
	}
	seen := map[string]bool{}
	for _, k := range allKinds {
		s := k.String()
		if s == "" || seen[s] || strings.HasPrefix(s, "CredentialKind(") {
			t.Errorf("%d.String() = %q", int(k), s)
		}
		seen[s] = true
	}
	if s := atlassian.CredentialKind(0).String(); s != "CredentialKind(0)" {
		t.Errorf("CredentialKind(0).String() = %q", s)
	}
}

func TestRedact(t *testing.T) {
	tok := atlassiantest.Token(atlassian.CloudAPIToken, "redact")
	if got, want := atlassian.Redact(tok), "ATATT3… (192 chars)"; got != want {
		t.Errorf("Redact(token) = %q, want %q", got, want)
	}
	tests := []struct{ in, want string }{
		{"", "… (0 chars)"},
		{"abc", "… (3 chars)"},
		{"abcdef", "… (6 chars)"},
		{"abcdefg", "ab… (7 chars)"},
		{"abcdefghijkl", "abcd… (12 chars)"},
		{"abcdefghijklmnopqr", "abcdef… (18 chars)"},
		{"abcdefghijklmnopqrstuvwxyz", "abcdef… (26 chars)"},
		{"pässwörd-pässwörd-x", "pässwö… (19 chars)"},
		{"a\nb\tc\x00defghijklmnop", "a?b?c?… (19 chars)"},
	}
	for _, tt := range tests {
		if got := atlassian.Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, kind := range allKinds {
		tok := atlassiantest.Token(kind, "r")
		got := atlassian.Redact(tok)
		shown := strings.TrimSuffix(got, fmt.Sprintf("… (%d chars)", len(tok)))
		if shown == got || len(shown) > 6 || !strings.HasPrefix(tok, shown) {
			t.Errorf("Redact(%v) = %q", kind, got)
		}
	}
}

func TestDecodeBasic(t *testing.T) {
	enc := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	raw := func(s string) string { return base64.RawStdEncoding.EncodeToString([]byte(s)) }
	tok := atlassiantest.Token(atlassian.CloudAPIToken, "basic")
	tests := []struct {
		in, user, secret string
		ok               bool
	}{
		{"Basic " + enc("me@example.com:"+tok), "me@example.com", tok, true},
		{"basic " + enc("admin:s3cr3t-Passw0rd"), "admin", "s3cr3t-Passw0rd", true},
		{"BASIC  " + enc("admin:hunter2"), "admin", "hunter2", true},
		{"Basic " + raw("a:bc"), "a", "bc", true},
		{"Basic " + enc("admin:a:b"), "admin", "a:b", true},
		{"Basic " + enc("admin:"), "admin", "", true},
		{"Basic " + enc("admin:YOUR_API_TOKEN"), "admin", "", true},
		{"Basic " + enc("admin:<token>"), "admin", "", true},
		{"Basic " + enc("email:xxx"), "email", "", true},
		{" Basic " + enc("u:pw12345") + " ", "u", "pw12345", true},
		{"Basic " + enc("nocolon"), "", "", false},
		{"Basic !!!notbase64", "", "", false},
		{"Basic ", "", "", false},
		{"Basic", "", "", false},
		{"Bearer " + enc("a:b"), "", "", false},
		{enc("a:b"), "", "", false},
		{"", "", "", false},
		{"Basic %s", "", "", false},
	}
	for _, tt := range tests {
		user, secret, ok := atlassian.DecodeBasic(tt.in)
		if user != tt.user || secret != tt.secret || ok != tt.ok {
			t.Errorf("DecodeBasic(%q) = %q, %q, %v; want %q, %q, %v", tt.in, user, secret, ok, tt.user, tt.secret, tt.ok)
		}
	}
}

func FuzzFindCredentials(f *testing.F) {
	for _, kind := range allKinds {
		tok := atlassiantest.Token(kind, "fuzz")
		f.Add(tok)
		f.Add(atlassiantest.BadChecksum(kind, "fuzz"))
		f.Add("x=" + tok + " y")
		f.Add(strings.Replace(tok, "=", "%3d", 1))
	}
	f.Add("")
	f.Add("ATATT3xFfGF0")
	f.Add("BBDC-")
	f.Add("token%3DATOA")
	f.Add("Authorization: Bearer " + atlassiantest.Token(atlassian.DataCenterPAT, "fuzz"))
	f.Add("bearer\t" + atlassiantest.BadChecksum(atlassian.DataCenterPAT, "fuzz") + "=")
	f.Fuzz(func(t *testing.T, s string) {
		ms := atlassian.FindCredentials(s)
		again := atlassian.FindCredentials(s)
		if len(ms) != len(again) {
			t.Fatalf("FindCredentials is not deterministic")
		}
		prevEnd := 0
		for i, m := range ms {
			if m != again[i] {
				t.Fatalf("FindCredentials is not deterministic")
			}
			if m.Start < prevEnd || m.Start >= m.End || m.End > len(s) {
				t.Fatalf("match %+v out of range or overlapping (len %d, previous end %d)", m, len(s), prevEnd)
			}
			prevEnd = m.End
			n := m.End - m.Start
			want := kindLen[m.Kind]
			if n != want && !(want == 192 && n == 194) {
				t.Fatalf("%v match of %d bytes", m.Kind, n)
			}
			cred := s[m.Start:m.End]
			red := atlassian.Redact(cred)
			assertRedacted(t, cred, red)
		}
		red := atlassian.Redact(s)
		if utf8.RuneCountInString(red) >= utf8.RuneCountInString(s)+20 {
			t.Fatalf("Redact(%q) = %q is too long", s, red)
		}
		assertRedacted(t, s, red)
	})
}

// assertRedacted checks that red shows at most the first 6 characters of s.
func assertRedacted(t *testing.T, s, red string) {
	t.Helper()
	suffix := fmt.Sprintf("… (%d chars)", utf8.RuneCountInString(s))
	shown, ok := strings.CutSuffix(red, suffix)
	if !ok {
		t.Fatalf("Redact(%q) = %q lacks %q", s, red, suffix)
	}
	if utf8.RuneCountInString(shown) > 6 {
		t.Fatalf("Redact(%q) = %q shows more than 6 characters", s, red)
	}
	src := []rune(s)
	for i, r := range []rune(shown) {
		if r != src[i] && r != '?' {
			t.Fatalf("Redact(%q) = %q does not show a prefix of the value", s, red)
		}
	}
}

func TestMayHoldCredential(t *testing.T) {
	for kind := atlassian.CloudAPIToken; kind <= atlassian.BitbucketDataCenterToken; kind++ {
		for _, tok := range []string{atlassiantest.Token(kind, "prefilter"), "x " + atlassiantest.Token(kind, "prefilter") + " y"} {
			if kind == atlassian.LegacyAPIToken {
				continue // recognised only next to a sink or a name
			}
			if len(atlassian.FindCredentials(tok)) > 0 && !atlassian.MayHoldCredential(tok) {
				t.Errorf("MayHoldCredential(%v) = false, but FindCredentials finds one", kind)
			}
			if len(atlassian.FindCredentials(tok)) > 0 && !atlassian.MayHoldCredential(`"`+tok+`"`) {
				t.Errorf("MayHoldCredential of a quoted %v = false", kind)
			}
		}
	}
	for _, s := range []string{`"cannot parse the configuration file"`, `"https://example.com/path"`, `"short"`, `"TestVoidTailCallStrategy"`} {
		if atlassian.MayHoldCredential(s) {
			t.Errorf("MayHoldCredential(%s) = true", s)
		}
	}
}

func FuzzMayHoldCredential(f *testing.F) {
	f.Add("Bearer NzE1ODMwOTAyNjQ1Oja8hkD+yEeLJlo094nQZJUYtuxV")
	f.Add("ATBBMdbm5bRQ2pBFOsoGAoc6BOPKFE195CCE")
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range atlassian.FindCredentials(s) {
			if m.Kind != atlassian.LegacyAPIToken && !atlassian.MayHoldCredential(s) {
				t.Fatalf("MayHoldCredential(%q) = false, but FindCredentials finds a %v", s, m.Kind)
			}
		}
	})
}

func TestOAuth1Credentials(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the values; "…" for an open one
	}{
		{`OAuth realm="", oauth_consumer_key="app", oauth_token="tok123", oauth_signature="sig"`, []string{"tok123"}},
		{`", oauth_token="Xk29fLq0", oauth_signature="`, []string{"Xk29fLq0"}},
		{`", oauth_token="`, []string{"…"}},
		{`oauth_token=""`, []string{""}},
		{`", oauth_token="abc`, nil}, // goes on in the next part
		{`OAuth oauth_consumer_key="app", xoauth_token="x"`, nil},
		{`OAuth oauth_consumer_key="app"`, nil},
		{`Bearer abc`, nil},
	} {
		var got []string
		for _, c := range atlassian.OAuth1Credentials(tc.text) {
			if c.Param != "oauth_token" {
				t.Errorf("%q: param %q", tc.text, c.Param)
			}
			if c.Open {
				got = append(got, "…")
				continue
			}
			got = append(got, tc.text[c.Start:c.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("OAuth1Credentials(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
