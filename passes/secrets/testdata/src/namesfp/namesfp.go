// Package namesfp holds values named like credentials that are not
// secrets — alphabets, regular expressions, media types, module
// paths, references to secret managers, cookie and profile names —
// next to ones that are.
package namesfp

// Secrets: reported.
var (
	apiToken     = "f9Kq2Lm7Tn4Vb1Zx8Rw3" // want `apiToken is set to a literal that looks like a secret \(f9Kq2L… \(20 chars\)\), a guess`
	jiraPassword = "Pw9x!Lm2qR7t#Vb3"     // want `jiraPassword is set to a literal that looks like a secret`
	clientSecret = "Cs7Lq2Wx9Rt4Vm8Np"    // want `clientSecret is set to a literal that looks like a secret`
	tokenValue   = "Zr8Qx2Lm7Tn4Vb1Kx9"   // want `tokenValue is set to a literal that looks like a secret`
)

// Not secrets, by their names and by their values.
const (
	tokenAlphabet       = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
	passwordChars       = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%"
	tokenCharset        = "0123456789abcdef"
	secretARN           = "arn:aws:secretsmanager:us-east-1:123456789012:secret:jira-api-token-AbCdEf"
	accessTokenCookie   = "__Host-access_token_v2"
	passwordRule        = "^(?=.*[A-Z])(?=.*\\d).{12,}$"
	tokenAud            = "api.atlassian.com/v2"
	tokenMime           = "application/vnd.atlassian.token+json;v=2"
	secretSauce         = "github.com/acme/jira-client/v3"
	credentialsProfile  = "jira-prod-eu1"
	privateKeyAuthMagic = "openssh-key-v1\x00"
	csrfToken           = "X-CSRF-Token-2"
	tokenSecretRef      = "projects/1234567/secrets/jira-token/versions/3"
	jiraTokenVault      = "secret/data/jira/api-token-v2"
)

// The same values under neutral credential names: the value test
// alone keeps them out.
const (
	token1  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
	token2  = "0123456789abcdefABCDEF"
	secret3 = "arn:aws:secretsmanager:us-east-1:123456789012:secret:jira-api-token-AbCdEf"
	secret4 = "__Secure-session_token_2"
	secret5 = "^[A-Za-z0-9_-]{24}$"
	secret6 = "[a-z0-9]+\\.[a-z]{2,}"
	token7  = "api.atlassian.com/v2"
	token8  = "application/vnd.atlassian.token+json;v=2"
	token9  = "github.com/acme/jira-client/v3"
	token10 = "projects/1234567/secrets/jira-token/versions/3"
	token11 = "secret/data/jira/api-token-v2"
	token12 = "vault:secret/data/jira#token"
)

// Names that say the value does not work: fixtures of a test-helper
// package that is no _test.go file (zitadel/oidc's testutil holds
// InvalidSignatureToken, a JWT whose signature fails on purpose).
const (
	InvalidSignatureToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLWlzLXdyb25n"
	fakeAPIKey            = "Fk9Lq2Wx7Rt4Vm8Np3"
	expiredToken          = "Ex7Lq2Wx9Rt4Vm8Np5"
)

// "test" is no such word: a test account's password is real.
var testAccountPassword = "Ta9x!Lm2qR7t#Vb3" // want `testAccountPassword is set to a literal that looks like a secret`

// Dotted key paths: of configuration files and of annotations (swag's
// parser keeps "@securitydefinitions.oauth2.password").
const (
	secPasswordAttr  = "@securitydefinitions.oauth2.password"
	passwordProperty = "spring.datasource.password"
)

// Versions of a secret or of a token format.
const (
	secretVersion = "v2.14.3-rc1+build.7"
	tokenVersion  = "2024-06-01.v3"
)

// An Atlassian Connect installation's client key names it; it is no
// secret (issue 12: a false positive on real code).
type installation struct {
	ClientKey    string
	SharedSecret string
}

var dev = installation{ClientKey: "jira:5f1c9a4e-8b2d-4c7e-9f3a-2d6b8e0c1a47"}

const legacyClientKey = "confluence:8a3e7f21-0c9d-4b5a-a6e2-71d4c3b9f058"
