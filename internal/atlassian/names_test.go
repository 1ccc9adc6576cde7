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
		{"secretVersion", false},
		{"TOKEN_VERSION", false},
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
		// about a credential: what it is made of, rules, references,
		// how it travels or is labelled
		{"tokenAlphabet", false},
		{"passwordChars", false},
		{"tokenCharset", false},
		{"passwordRule", false},
		{"secretARN", false},
		{"accessTokenCookie", false},
		{"credentialsProfile", false},
		{"tokenMime", false},
		{"tokenMimeType", false},
		{"tokenAud", false},
		{"tokenAudience", false},
		{"privateKeyAuthMagic", false},
		{"tokenLayout", false},
		{"apiTokenDocs", false},
		// still credentials
		{"tokenValue", true},
		{"apiTokenSecret", true},
		{"cookieSecret", true},
		{"profilePassword", true},
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

func TestNamesPlaceholder(t *testing.T) {
	yes := []string{
		"InvalidSignatureToken", "fakeAPIKey", "dummySecret", "mockPassword",
		"expiredToken", "EXAMPLE_CLIENT_SECRET", "bogus_token", "revokedPAT",
	}
	for _, s := range yes {
		if !NamesPlaceholder(s) {
			t.Errorf("NamesPlaceholder(%q) = false, want true", s)
		}
	}
	no := []string{
		"apiToken", "testPassword", "TestToken", "testingSecret", "jiraPassword",
		"invalidationToken", "fakerSeed", "myToken", "token", "demoAPIKey",
		"anonKey",
	}
	for _, s := range no {
		if NamesPlaceholder(s) {
			t.Errorf("NamesPlaceholder(%q) = true, want false", s)
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
		"placeholder", "<redacted>", "test-token", "fake-token", "unused",
		"invalid", "anonymous", "fake-api-token-for-tests", "mock_access_token_1",
		"fakePassword", "expired-refresh-token", "Invalid API Token",
		// Words that only describe the value (RULES.md's examples).
		"my.secret.password", "existing-access-token", "existing-refresh-token",
		"access-token", "client-secret", "your-client-secret", "my secret", "my-token",
	}
	for _, s := range yes {
		if !IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = false, want true", s)
		}
	}
	no := []string{
		"hunter2", "s3cr3t-Passw0rd!", "kZ8#mQ2$vL9@", "ATATT3xFfGF0abc",
		"JBSWY3DPEHPK3PXP", "a1b2c3d4e5f6", "tokenizer123", "testing123x!",
		"Basic dXNlcjpwYXNz", "Bearer abc123XYZ", "secretsauce9",
		"yours-truly-42", "somewhere7", "test-Qx7Lm2Rt9Vb4Np", "Summer2024Pass!",
		"fake-token-1234567", "invalid9fKq2Lm7", "my-Qx7Lm2Rt9-token", "secret-sauce-42x",
		"correct-horse-battery-staple",
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
		"f9Kq2Lm7Tn4Vb1Zx8Rw3",
		"Zr8Qx2/Lm7Tn4+Vb1Kx9aa==", // base64 with a slash is no path
		"arn:Zr8Qx2Lm7Tn4Vb1K",     // too few parts for an ARN
		"xk29dmq7.p3vz8wqa.r4",     // dotted, but no words
	}
	for _, s := range yes {
		if !LooksLikeSecret(s) {
			t.Errorf("LooksLikeSecret(%q) = false, want true (entropy %.2f)", s, ShannonEntropy(s))
		}
	}
	no := []string{
		// A Connect clientKey names an installation (issue 12).
		"jira:5f1c9a4e-8b2d-4c7e-9f3a-2d6b8e0c1a47", "confluence:8a3e7f21-0c9d-4b5a-a6e2-71d4c3b9f058",
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
		"@securitydefinitions.oauth2.password", // a key path: swag's annotation
		"spring.datasource.password",
		"public_tokens.route",
		"$auth.oauth2.client_secret",
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
		"X-CSRF-Token-2",      // header name
		// alphabets and charsets
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
		"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%",
		"0123456789abcdef",
		// regular expressions
		"^(?=.*[A-Z])(?=.*\\d).{12,}$",
		"^[A-Za-z0-9_-]{24}$",
		"[a-z0-9]+\\.[a-z]{2,}",
		// media types, module paths, hosts with paths
		"application/vnd.atlassian.token+json;v=2",
		"github.com/acme/jira-client/v3",
		"api.atlassian.com/v2",
		// references to secrets kept elsewhere
		"arn:aws:secretsmanager:us-east-1:123456789012:secret:jira-api-token-AbCdEf",
		"projects/1234567/secrets/jira-token/versions/3",
		"secret/data/jira/api-token-v2",
		"vault:secret/data/jira#token",
		// cookie names
		"__Host-access_token_v2",
		"__Secure-session_token_2",
	}
	for _, s := range no {
		if LooksLikeSecret(s) {
			t.Errorf("LooksLikeSecret(%q) = true, want false (entropy %.2f)", s, ShannonEntropy(s))
		}
	}
}

func TestIsPrivateKeyPEM(t *testing.T) {
	body := "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw"
	for _, s := range []string{
		"-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----\n",
		"-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----",
		"-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----",
		"-----BEGIN EC PRIVATE KEY-----\r\n" + body + "\r\n-----END EC PRIVATE KEY-----",
	} {
		if !IsPrivateKeyPEM(s) {
			t.Errorf("IsPrivateKeyPEM(%.30q…) = false, want true", s)
		}
	}
	for _, s := range []string{
		"",
		"-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----",
		"-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----",
		"-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----", // no body
		"-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
		"-----BEGIN RSA PRIVATE KEY-----", // the marker alone
	} {
		if IsPrivateKeyPEM(s) {
			t.Errorf("IsPrivateKeyPEM(%.30q…) = true, want false", s)
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
