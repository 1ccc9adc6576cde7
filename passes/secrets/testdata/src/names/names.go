// Package names sets variables, constants, fields and map keys named
// like credentials: some to secret-looking literals, most to values
// that only look like credentials to a careless matcher.
package names

import "os"

type Config struct {
	Site   string
	APIKey string
}

var (
	apiToken      = "q8Zr2Lw0Xv7Tn4Kp1Ys" // want `apiToken is set to a literal that looks like a secret \(q8Zr2L… \(19 chars\)\), a guess from the name and the value's randomness; if it is a credential, read it at run time, e.g. with os.Getenv\("ATLASSIAN_API_TOKEN"\)`
	dbPassword    = "Tr0ub4dor&3xQz9"     // want `dbPassword is set to a literal that looks like a secret \(Tr0ub… \(15 chars\)\)`
	clientSecret  = "vJ2kq9Xz7LmP0aRt"    // want `clientSecret is set to .* os.Getenv\("ATLASSIAN_CLIENT_SECRET"\)`
	JIRA_PASSWORD = "Zr2Lw0Xv7Tn4Kp1Y"    // want `JIRA_PASSWORD is set to .* os.Getenv\("JIRA_PASSWORD"\)`

	// Not credential names.
	SnmpGroupWriteView = "Zx8Qw2Lr5Tn0Vb7Kp"
	routeTokens        = "public_tokens.route"
	tokenizer          = "Kp9Xz2Lm7Qr4Tv8W"
	tokenURL           = "https://auth.atlassian.com/oauth/token"
	passwordPolicy     = "Min12Chars&Mixed3"
	secretName         = "prod/jira/api-token-v2"

	// Credential names, values that are not secrets.
	tokenEnv        = "JIRA_API_TOKEN"
	apiTokenVar     = "JIRA_API_TOKEN"
	APIToken        = "ATLASSIAN_API_TOKEN"
	passwordHash    = "5f4dcc3b5aa765d61d8327deb882cf99"
	secretSHA       = "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"
	secretID        = "3f2b8c1e-9a4d-4e2f-8b7a-1c2d3e4f5a6b"
	sessionToken    = "d41d8cd98f00b204e9800998ecf8427e"
	authTokenHeader = "X-Atlassian-Token"
	tokenHeaderName = "X-Api-Token-Value"
	accessToken     = "https://api.atlassian.com/oauth/token"
	password        = "changeme"
	apiKey          = "YOUR_API_KEY"
	token           = "<token>"
	secret          = "xxxxxxxxxxxxxxxx"
	githubToken     = "${GITHUB_TOKEN}"
	bearerToken     = "{{token}}"
	emptyToken      = ""
	pwd             = "abc123XY"
	grantType       = "client_credentials"
	refreshToken    = "refresh_token_value"
	Password        = os.Getenv("PASSWORD")
)

const jiraSecret = "Qx7Zr2Lm9Tn4Vb1K" // want `jiraSecret is set to a literal that looks like a secret`

func fields() {
	cfg := Config{Site: "https://example.atlassian.net", APIKey: "Lm3Qx8Zr1Tv6Wn9Kp"}            // want `APIKey is set to a literal that looks like a secret \(Lm3Qx… \(17 chars\)\)`
	cfg.APIKey = "Rt5Yu7Io9Pa2Sd4F"                                                              // want `APIKey is set to`
	m := map[string]string{"client_secret": "Wn9Kp3Lm8Qx1Zr6T", "client_id": "Kp3Lm8Qx1Zr6TWn9"} // want `client_secret is set to .* os.Getenv\("ATLASSIAN_CLIENT_SECRET"\)`
	m["password"] = "Gh6Jk8Lz0Xc2Vb4N"                                                           // want `password is set to`
	token := "Pa2Sd4FRt5Yu7Io9"                                                                  // want `token is set to`
	_, _ = cfg, token
}
