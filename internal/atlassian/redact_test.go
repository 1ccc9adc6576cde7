package atlassian_test

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/atlassian/atlassiantest"
)

func TestRedactCredentials(t *testing.T) {
	cloud := atlassiantest.Token(atlassian.CloudAPIToken, "redact-1")
	example := atlassiantest.BadChecksum(atlassian.CloudAPIToken, "redact-2")
	appPassword := atlassiantest.Token(atlassian.BitbucketAppPassword, "redact-3")
	clientSecret := atlassiantest.Token(atlassian.OAuthClientSecret, "redact-4")
	pat := atlassiantest.Token(atlassian.DataCenterPAT, "redact-5")
	legacy := atlassiantest.Token(atlassian.LegacyAPIToken, "redact-6")
	legacyLookalike := atlassiantest.BadChecksum(atlassian.LegacyAPIToken, "redact-6")
	encoded := strings.Replace(cloud, "=", "%3D", 1)
	basic := base64.StdEncoding.EncodeToString([]byte("bot@example.com:Zr8Qx2Lm7Tn4-pw"))
	noSecret := base64.StdEncoding.EncodeToString([]byte("bot@example.com:"))

	tests := []struct {
		name    string
		text    string
		want    string
		secrets []string // none of which may be left, even in part
	}{
		{
			name: "type error quoting a whole token",
			// As go build words it: the value, then the constant cut
			// short, its quote unclosed.
			text:    fmt.Sprintf(`./a.go:3:20: cannot use %q (untyped string constant "%s...) as int value in variable declaration`, cloud, cloud[:68]),
			want:    `./a.go:3:20: cannot use "ATATT3… (192 chars)" (untyped string constant "ATATT3… (68 chars)...) as int value in variable declaration`,
			secrets: []string{cloud},
		},
		{
			name:    "documentation example, checksum wrong",
			text:    "token " + example + " rejected",
			want:    "token ATATT3… (192 chars) rejected",
			secrets: []string{example},
		},
		{
			name:    "URL-encoded token",
			text:    "Get \"https://acme.atlassian.net/rest/api/3/myself?token=" + encoded + "\": 401 Unauthorized",
			want:    "Get \"https://acme.atlassian.net/rest/api/3/myself?token=ATATT3… (192 chars, URL-encoded)\": 401 Unauthorized",
			secrets: []string{encoded},
		},
		{
			name:    "two tokens",
			text:    appPassword + "," + clientSecret,
			want:    appPassword[:6] + "… (36 chars)," + clientSecret[:6] + "… (76 chars)",
			secrets: []string{appPassword, clientSecret},
		},
		{
			name:    "Data Center token after Bearer",
			text:    "header: Authorization: Bearer " + pat,
			want:    "header: Authorization: Bearer " + pat[:6] + "… (44 chars)",
			secrets: []string{pat},
		},
		{
			name:    "Data Center token as a word",
			text:    fmt.Sprintf("cannot use %q (untyped string constant) as int value", pat),
			want:    fmt.Sprintf("cannot use \"%s… (44 chars)\" (untyped string constant) as int value", pat[:6]),
			secrets: []string{pat},
		},
		{
			name:    "legacy token as a word",
			text:    "missing return for " + legacy + " here",
			want:    "missing return for " + legacy[:6] + "… (24 chars) here",
			secrets: []string{legacy},
		},
		{
			name: "a word of the legacy shape whose check fails",
			text: "commit " + legacyLookalike + " not found",
			want: "commit " + legacyLookalike + " not found",
		},
		{
			name:    "Basic credential",
			text:    "request header Authorization: Basic " + basic + " refused",
			want:    "request header Authorization: Basic " + basic[:6] + "… (44 chars) refused",
			secrets: []string{basic},
		},
		{
			name: "Basic credential without a secret",
			text: "Authorization: Basic " + noSecret,
			want: "Authorization: Basic " + noSecret,
		},
		{
			name:    "URL password",
			text:    `parse "https://bot:s3cr3t-Passw0rd@acme.atlassian.net/rest": invalid port`,
			want:    `parse "https://bot:s3cr3… (15 chars)@acme.atlassian.net/rest": invalid port`,
			secrets: []string{"s3cr3t-Passw0rd"},
		},
		{
			name: "URL without a password",
			text: "dial tcp: lookup https://bot@acme.atlassian.net/rest/api/3/myself: no such host",
			want: "dial tcp: lookup https://bot@acme.atlassian.net/rest/api/3/myself: no such host",
		},
		{
			name: "none",
			text: "jira/client.go:12:2: undefined: basicAuth; https://acme.atlassian.net/wiki/spaces/ATBB/pages/1 ATATT3xFfGF0",
			want: "jira/client.go:12:2: undefined: basicAuth; https://acme.atlassian.net/wiki/spaces/ATBB/pages/1 ATATT3xFfGF0",
		},
		{name: "empty", text: "", want: ""},
	}
	for _, tt := range tests {
		got := atlassian.RedactCredentials(tt.text)
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, atlassian.RedactCredentials(got), tt.want)
		}
		for _, s := range tt.secrets {
			// No 8 characters of a secret may be left: more than the
			// 6 its description shows.
			for i := 0; i+8 <= len(s); i++ {
				if strings.Contains(got, s[i:i+8]) {
					t.Errorf("%s: %q of a secret is left", tt.name, s[i:i+3]+"…")
					break
				}
			}
		}
	}
}

func TestRedactToken(t *testing.T) {
	tok := atlassiantest.Token(atlassian.CloudAPIToken, "redact-token")
	for _, tt := range []struct{ in, want string }{
		{tok, "ATATT3… (192 chars)"},
		{strings.Replace(tok, "=", "%3D", 1), "ATATT3… (192 chars, URL-encoded)"},
		{strings.Replace(tok, "=", "%3d", 1), "ATATT3… (192 chars, URL-encoded)"},
	} {
		if got := atlassian.RedactToken(tt.in); got != tt.want {
			t.Errorf("RedactToken(%s) = %q, want %q", atlassian.Redact(tt.in), got, tt.want)
		}
	}
}

// FuzzRedactCredentials: what RedactCredentials returns holds nothing
// it would redact again, and no credential FindCredentials matches.
func FuzzRedactCredentials(f *testing.F) {
	tok := atlassiantest.Token(atlassian.CloudAPIToken, "fuzz")
	for _, s := range []string{
		"",
		tok,
		"cannot use \"" + tok + "\" (untyped string constant \"" + tok[:68] + "...) as int value",
		"?token=" + strings.Replace(tok, "=", "%3D", 1),
		"Bearer " + atlassiantest.Token(atlassian.DataCenterPAT, "fuzz"),
		"Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte("me:hunter2-hunter2")),
		"https://me:hunter2@acme.atlassian.net/rest",
		atlassiantest.Token(atlassian.LegacyAPIToken, "fuzz"),
		"ATBB" + strings.Repeat("x", 9),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := atlassian.RedactCredentials(s)
		if again := atlassian.RedactCredentials(out); again != out {
			t.Fatalf("RedactCredentials(%q) = %q, which it redacts again: %q", s, out, again)
		}
		if ms := atlassian.FindCredentials(out); len(ms) > 0 {
			t.Fatalf("RedactCredentials(%q) = %q still holds %q", s, out, out[ms[0].Start:ms[0].End])
		}
		if len(atlassian.FindCredentials(s)) == 0 && !strings.Contains(s, "@") && !atlassian.ContainsFold(s, "basic") &&
			!strings.Contains(s, "AT") && !strings.Contains(s, "BBDC-") && len(s) < 24 && out != s {
			t.Fatalf("RedactCredentials(%q) = %q: nothing to redact", s, out)
		}
	})
}

func TestRedactSourceLine(t *testing.T) {
	basic := "Basic " + base64.StdEncoding.EncodeToString([]byte("bot@example.com:hunter2-correct-horse"))
	for _, tc := range []struct{ in, want string }{
		{`	req.SetBasicAuth("bot@example.com", "Zr8Qx2Lm7Tn4Vb1Kx9")`, `	req.SetBasicAuth("bot@example.com", "Zr8Qx2… (18 chars)")`},
		{`	u := "https://example.atlassian.net/rest/api/3/myself"`, `	u := "https://example.atlassian.net/rest/api/3/myself"`},
		{`	h := "` + basic + `" // header`, `	h := "` + atlassian.Redact(basic) + `" // header`},
		{"\tk := `q8Zr2Lw0Xv7Tn4Kp1Ys`", "\tk := `q8Zr2L… (19 chars)`"},
		{`	ua := "jira-acme-int/1.0.0"`, `	ua := "jira-acme-int/1.0.0"`},
		{`	u := "https://example.atlassian.net/rest/api/3/myself?token=hunter2-correct-horse&x=1"`, `	u := "https://example.atlassian.net/rest/api/3/myself?token=hunter… (21 chars)&x=1"`},
		{`	p := "hunter2-correct-horse Zr8Qx2Lm7Tn4Vb1Kx9"`, `	p := "hunter… (21 chars) Zr8Qx2… (18 chars)"`},
		{`	r := '"'; s := "s3cr3t-Passw0rd-42"`, `	r := '"'; s := "s3cr3t… (18 chars)"`},
	} {
		if got := atlassian.RedactSourceLine(tc.in); got != tc.want {
			t.Errorf("RedactSourceLine(%q)\n = %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
