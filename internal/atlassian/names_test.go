package atlassian

import (
	"math"
	"testing"
)

func TestIsCredentialName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"token", true},
		{"Token", true},
		{"TOKEN", true},
		{"apiToken", true},
		{"APIToken", true},
		{"api_token", true},
		{"API_TOKEN", true},
		{"JIRA_API_TOKEN", true},
		{"jira-api-token", true},
		{"jiratoken", true},
		{"apitoken", true},
		{"accessToken", true},
		{"access_token", true},
		{"AccessToken", true},
		{"refreshToken", true},
		{"bearerToken", true},
		{"authToken", true},
		{"OAuth2Token", true},
		{"token2", true},
		{"secret", true},
		{"clientSecret", true},
		{"ClientSecret", true},
		{"clientsecret", true},
		{"CLIENT_SECRET", true},
		{"password", true},
		{"Password", true},
		{"adminPassword", true},
		{"adminpassword", true},
		{"DB_PASSWORD", true},
		{"passwd", true},
		{"pwd", true},
		{"passphrase", true},
		{"apiKey", true},
		{"APIKey", true},
		{"apikey", true},
		{"API_KEY", true},
		{"api-key", true},
		{"privateKey", true},
		{"PRIVATE_KEY", true},
		{"secretKey", true},
		{"AWS_SECRET_ACCESS_KEY", true},
		{"credential", true},
		{"credentials", true},
		{"Credentials", true},
		{"creds", true},
		{"tokenValue", true},
		{"secretData", true},
		{"passwordStr", true},

		{"", false},
		{"_", false},
		{"SnmpGroupWriteView", false},
		{"routeTokens", false},
		{"tokens", false},
		{"secrets", false},
		{"tokenizer", false},
		{"Tokenize", false},
		{"tokenized", false},
		{"TokenURL", false},
		{"tokenUrl", false},
		{"token_url", false},
		{"TOKEN_URL", false},
		{"tokenEndpoint", false},
		{"TokenType", false},
		{"passwordPolicy", false},
		{"secretName", false},
		{"tokenHeader", false},
		{"PasswordField", false},
		{"EnvToken", false},
		{"envPassword", false},
		{"tokenEnv", false},
		{"TOKEN_ENV_VAR", false},
		{"tokenPath", false},
		{"secretFile", false},
		{"tokenLen", false},
		{"passwordLength", false},
		{"tokenPrefix", false},
		{"tokenRegex", false},
		{"secretPattern", false},
		{"tokenCount", false},
		{"tokenExpiry", false},
		{"tokenTTL", false},
		{"apiKeyName", false},
		{"apiKeyHeader", false},
		{"tokenKey", false},
		{"key", false},
		{"auth", false},
		{"author", false},
		{"passthrough", false},
		{"bypass", false},
		{"secretary", false},
		{"tokenSource", false},
		{"passwordHash", false},
		{"keyboard", false},
		{"monkey", false},
		{"broken", false},
	}
	for _, tt := range tests {
		if got := IsCredentialName(tt.name); got != tt.want {
			t.Errorf("IsCredentialName(%q) = %v, want %v (words %q)", tt.name, got, tt.want, splitWords(tt.name))
		}
	}
}

func TestSplitWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"apiToken", []string{"api", "token"}},
		{"APIToken", []string{"api", "token"}},
		{"TokenURL", []string{"token", "url"}},
		{"OAuth2Token", []string{"o", "auth2", "token"}},
		{"JIRA_API_TOKEN", []string{"jira", "api", "token"}},
		{"jira-api.token x", []string{"jira", "api", "token", "x"}},
		{"v2", []string{"v2"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := splitWords(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("splitWords(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("splitWords(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	yes := []string{
		"", "  ", "YOUR_API_TOKEN", "your_api_token", "YOUR_CLIENT_SECRET",
		"ACCESS_TOKEN", "JIRA_API_TOKEN", "<token>", "<your-token>",
		"<YOUR API TOKEN>", "xxx", "XXXX", "xxxxxxxxxxxxxxxx", "changeme",
		"CHANGEME", "REPLACE_ME", "replace-me", "${TOKEN}", "${env.TOKEN}",
		"$TOKEN", "$jira_token", "{{token}}", "{{ .Token }}", "{token}",
		"%TOKEN%", "%s", "%s:%s", "%v", "token", "Token", "secret", "password",
		"PASSWORD", "example", "dummy", "test", "fake", "redacted", "***",
		"********", "aaaaaaaaaaaa", "0000000000", "-", "TOKEN_HERE",
		"api-token-here", "PasteYourTokenHere", "YourApiToken",
		"ATATT3xFfGF0...", "ATATT3xFfGF0xxxxxxxx", "my-example-token-123",
		"dummy-secret-value", "not-a-real-secret", "[token]", ":token",
		"placeholder", "<redacted>",
	}
	for _, s := range yes {
		if !IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = false, want true", s)
		}
	}
	no := []string{
		"hunter2", "s3cr3t-Passw0rd!", "kZ8#mQ2$vL9@", "ATATT3xFfGF0abc",
		"JBSWY3DPEHPK3PXP", "a1b2c3d4e5f6", "tokenizer123", "testing123x!",
		"Basic dXNlcjpwYXNz", "Bearer abc123XYZ", "my secret", "secretsauce9",
		"yours-truly-42", "somewhere7",
	}
	for _, s := range no {
		if IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = true, want false", s)
		}
	}
}

func TestLooksLikeSecret(t *testing.T) {
	yes := []string{
		"s3cr3t-Passw0rd!",
		"kZ8mQ2vL9xT4bN7w",
		"ghp_1a2B3c4D5e6F7g8H9i0J",
		"JBSWY3DPEHPK3PXP",
		"dGhpcyBpcyBhIHNlY3JldA==",
		"ATATT3xFfGF0aB1cD2eF3gH4",
		"Zm9vOmJhcjEyMzQ1Njc4OQ",
		"a8f5f167f44f4964e6c998dee827110c1", // 33 hex: not an ID length
		"p@ssW0rd2024",
		"k8s9d7f6g5h4j3k2",
	}
	for _, s := range yes {
		if !LooksLikeSecret(s) {
			t.Errorf("LooksLikeSecret(%q) = false, want true (entropy %.2f)", s, ShannonEntropy(s))
		}
	}
	no := []string{
		"",
		"short1A!",
		"hunter2",
		"kZ8mQ2vL 9xT4bN7w",                        // space
		"https://acme.atlassian.net",               // URL
		"acme.atlassian.net",                       // host
		"api.atlassian.com",                        // host
		"someone@example.com",                      // e-mail
		"/home/user/project/x1",                    // path
		"./config/secrets.json",                    // path
		`C:\Users\me\token.txt`,                    // path
		"JIRA_API_TOKEN",                           // env name
		"ATLASSIAN_TOKEN_2",                        // env name
		"JIRATOKENVALUE",                           // env name
		"123e4567-e89b-12d3-a456-426614174000",     // UUID
		"{123E4567-E89B-12D3-A456-426614174000}",   // UUID
		"d41d8cd98f00b204e9800998ecf8427e",         // MD5
		"da39a3ee5e6b4b0d3255bfef95601890afd80709", // SHA-1
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", // SHA-256
		"X-Atlassian-Token",
		"Authorization",
		"Proxy-Authorization",
		"x-api-key",
		"X-Request-ID",
		"YOUR_API_TOKEN",
		"<your-api-token>",
		"xxxxxxxxxxxxxxxxxxxx",
		"${JIRA_API_TOKEN}",
		"client_credentials",
		"authorization_code",
		"application/json",
		"read:jira-work",
		"offline_access",
		"MyApplicationName",
		"aaaaaaaaaaaa1111",    // low entropy
		"abababababab",        // low entropy, one class
		"abcabcabcabc12",      // low entropy
		"2024-01-01",          // short
		"correcthorsebattery", // one class
	}
	for _, s := range no {
		if LooksLikeSecret(s) {
			t.Errorf("LooksLikeSecret(%q) = true, want false (entropy %.2f)", s, ShannonEntropy(s))
		}
	}
}

func TestShannonEntropy(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"", 0},
		{"a", 0},
		{"aaaa", 0},
		{"ab", 1},
		{"abcd", 2},
		{"aabb", 1},
		{"0123456789abcdef", 4},
		{"äöüß", 2},
	}
	for _, tt := range tests {
		if got := ShannonEntropy(tt.in); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("ShannonEntropy(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
