// Package secrets defines an Analyzer that finds Atlassian credentials
// written into Go source, without ever printing them.
//
// # Analyzer secrets
//
// secrets: find hard-coded Atlassian credentials and the literals that reach credential sinks
//
// Atlassian's guidance is plain: never hard-code API tokens or OAuth
// client secrets; read them from the environment, a configuration file
// or a secret manager. This pass finds the ones that were hard-coded
// anyway. It recognises Atlassian's credential formats offline, by
// their CRC-32 checksum (the last 8 hex digits of ATATT3…, ATCTT3…,
// ATSTT3…, ATOA… and ATBB… values), so a live-format token is told
// from a made-up example; and it follows literals through variables,
// struct fields, helper functions and the other packages of the module
// into the places a credential is used: SetBasicAuth, an Authorization
// header, oauth2.Config.ClientSecret, oauth2.Token, url.UserPassword,
// and the auth setters of go-jira, go-atlassian and go-bitbucket.
//
// Diagnostics are reported at the literal (or the constant expression
// it is part of), once: a named constant where it is declared, not
// where it is used. One literal gets one diagnostic, from the first of
// these rules that matches it; when the literal holds other secrets
// too, the message names them ("the literal also holds …"). A message
// shows at most the first six characters of a secret and its length,
// as in "ATATT3… (192 chars)", and redacts a user that looks like a
// secret. (Drivers that print the source line of a finding print the
// secret with it: golangci-lint's text output unless
// print-issued-lines is false, its JSON, go vet -c, -fix -diff.)
// Where an expression may stand, the suggested fix replaces
// each secret in the literal by os.Getenv("<NAME>"), keeping the text
// around it (a scheme such as "Bearer ", the rest of a URL) and adding
// the imports, each as an edit of its own so that several fixes to one
// file merge cleanly. There is no fix in a const declaration, in tests
// or in generated files, nor one that would write any secret back
// into the source (a URL password next to a token, say).
//
// Values read from the environment, flags, files or secret managers
// are never reported, nor are empty strings, placeholders
// ("YOUR_API_TOKEN", "<token>", "xxx", "changeme", "${TOKEN}", and
// phrases of placeholder words such as "test-token", "invalid" or
// "fake-api-token-for-tests"), a token format's prefix alone, header
// names and the names of environment variables. Only atlassian-token
// looks at _test.go and generated files.
//
// # atlassian-token
//
// A string literal or constant expression holds an Atlassian credential
// whose format and checksum hold: a Cloud API token, a Bitbucket access
// token, a service-account key, an OAuth client secret, a Bitbucket app
// password, a Data Center personal access token or Bitbucket Data
// Center token (by structure, as a whole value or after "Bearer ").
// Constants split with +, []byte("..."), raw strings, struct tags
// (`default:"ATATT3…"`) and %3D for "=" inside URLs (the length shown
// is the decoded one) are seen through, and so is the user or the
// password of a literal Basic credential. Reported anywhere, tests,
// generated files and flag defaults included, as "a live-format
// Atlassian API token": treat it as leaked and revoke it. A legacy
// 24-character API token is recognised only when it reaches a
// credential sink, is part of a Basic credential or is set to a
// variable named like a credential; that is no guess, and is reported
// with -secrets.names=false too.
//
// # basic-literal
//
// A literal "Basic <base64>" Authorization value whose payload decodes
// to "user:secret", alone or inside text such as an
// "Authorization: Basic …" header line. The message names the user
// (redacted if it looks like a secret itself), never the secret. The
// fix builds the value at run time from the user and os.Getenv.
//
// # url-credentials
//
// A URL literal with a password in its user info, as in
// "https://bot:s3cret@example.atlassian.net".
//
// # hardcoded-credential
//
// A literal or constant that is not a placeholder reaches a credential
// sink: the password of (*http.Request).SetBasicAuth or
// url.UserPassword, an Authorization header value ("Bearer "+x,
// "Basic "+base64(user+":"+x), user+":secret", "Basic "+x for an x
// that is not the base64 of "user:secret", fmt.Sprintf("Bearer %s", x)
// and fmt.Sprintf("%s %s", "Bearer", x); the header named by a
// constant or by a variable only ever set to the name),
// oauth2.Config.ClientSecret, oauth2.Token.AccessToken or RefreshToken,
// clientcredentials.Config.ClientSecret, go-jira's BasicAuthTransport,
// BearerAuthTransport and PATAuthTransport, go-atlassian's
// Auth.SetBasicAuth and SetBearerToken, and go-bitbucket's
// NewBasicAuth and NewOAuth* constructors. Values are followed through
// variables, struct fields, helper functions (function literals bound
// to a variable included) and, by facts, functions and fields of other
// packages of the module: a literal written here that reaches a sink
// there, and, the other way, a secret-looking literal that an exported
// function of another package always returns reaching a sink here,
// reported at the call (defaults.Token()) with where the literal is.
// What a helper's result is made of is worked out once per helper, so
// helpers calling helpers cost time linear in the code. A value of an
// Atlassian token's format whose checksum fails (a documentation
// example) is reported only here, when it reaches a sink, and the
// message says so.
//
// # credential-name
//
// A variable, constant, struct field or string map key named like a
// credential (token, secret, password, apiKey, client_secret, ...,
// matched on word boundaries, so neither SnmpGroupWriteView nor
// routeTokens is one, nor are names about a credential such as
// tokenURL, tokenAlphabet, passwordRule, secretARN, accessTokenCookie,
// credentialsProfile or tokenMime) is set to a literal that looks like
// a secret: at least 12 characters, mixed kinds of character and high
// entropy, and not a URL, host, path, module path, UUID, hex digest,
// header or cookie name, alphabet, regular expression, media type,
// ARN or other secret-manager reference, or the name of an
// environment variable; or to a PEM private key. A name that says its
// value does not work (InvalidSignatureToken, fakeAPIKey, mockPassword,
// expiredToken; not testPassword or demoAPIKey, which may be a real
// account's) is left alone. This is a guess, and the message says so.
// Off with -secrets.names=false.
//
// # Packages that do not type-check
//
// The rules that read literals judge a package that does not
// type-check as any other: atlassian-token, basic-literal,
// url-credentials and credential-name. (The type checker still records
// every literal and the constants it folds; where the type of a
// composite literal or a map is not known, a key that is an identifier
// is taken for a field's name and a string key for a map's.)
// hardcoded-credential, which follows values through the SSA form into
// sinks, reports nothing there, and no fix is offered: a fix may need
// the types that are missing, and whether the code it leaves compiles
// cannot be told.
//
// # Flags
//
//	-secrets.names=false
//	    do not report credential-name guesses (live-format tokens,
//	    legacy ones next to a credential name included, are still
//	    reported)
package secrets
