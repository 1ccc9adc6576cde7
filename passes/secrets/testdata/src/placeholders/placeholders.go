// Package placeholders holds values that stand in for a credential —
// words such as "test-token", "invalid" or "anonymous", and Atlassian's
// token prefixes on their own, as a token recogniser keeps them — next
// to values that are real credentials.
package placeholders

import (
	"net/http"
	"strings"

	"golang.org/x/oauth2"
)

// Prefixes of Atlassian's token formats, as code that recognises
// tokens keeps them: a prefix is no token.
const (
	apiTokenPrefix    = "ATATT3xFfGF0"
	accessTokenPrefix = "ATCTT3xFfGN0"
)

func IsAPIToken(s string) bool {
	return strings.HasPrefix(s, apiTokenPrefix) || strings.HasPrefix(s, accessTokenPrefix)
}

// Words that only name a credential.
func placeholderSinks(req *http.Request) {
	req.SetBasicAuth("ci@example.com", "test-token")
	req.SetBasicAuth("ci@example.com", "fake-api-token-for-tests")
	req.SetBasicAuth("ci@example.com", "invalid")
	req.SetBasicAuth("anonymous", "anonymous")
	req.SetBasicAuth("ci@example.com", "unused")
	req.Header.Set("Authorization", "Bearer fake-token")
	req.Header.Set("Authorization", "Bearer mock_access_token_1")
	_ = &oauth2.Token{AccessToken: "dummy-access-token", RefreshToken: "expired-refresh-token"}
	_ = &oauth2.Config{ClientSecret: "bogus-client-secret"}
}

// Example programs' values, made only of words that describe the value
// (issue 12: false positives on real code).
func describedOnly(req *http.Request) {
	req.SetBasicAuth("jdoe@example.com", "my.secret.password")
	req.Header.Set("Authorization", "Bearer access-token")
	_ = &oauth2.Token{AccessToken: "existing-access-token", RefreshToken: "existing-refresh-token"}
	_ = &oauth2.Config{ClientSecret: "client-secret"}
}

var (
	apiToken     = "test-token"
	clientSecret = "invalid-client-secret"
	password     = "fakePassword"
)

// Real credentials, however they are spelled.
func realSinks(req *http.Request) {
	req.SetBasicAuth("ci@example.com", "Summer2024Pass!")                // want `hard-coded credential Summe… \(15 chars\) reaches the password of \(\*http.Request\).SetBasicAuth`
	req.SetBasicAuth("ci@example.com", "test-Qx7Lm2Rt9Vb4Np")            // want `hard-coded credential test-Q… \(19 chars\) reaches the password`
	req.Header.Set("Authorization", "Bearer tok_9fKq2Lm7Tn4Vb1Zx8Rw3Yp") // want `hard-coded credential`
}

var testPassword = "Pw9x!Lm2qR7t#Vb3" // want `testPassword is set to a literal that looks like a secret`
