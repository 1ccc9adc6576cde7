// Package basicuser writes live-format tokens as the user of Basic
// credentials: reported as atlassian-token, the token never echoed,
// and no fix that would write it back.
package basicuser

import "net/http"

// A token as the user and "x-oauth-basic" as the password: no fix,
// since the password may be a secret too.
var tokenUser = "Basic QVRBVFQzeEZmR0YwdmVIWmtubTFhclkzUTBxaEdYNTRjbFdUdjVmSk5qTFp6Y053ZkNpajNfalNBMUJhOXE1cFpXakw1RjFIaWJYMEV1RkFEeHk5cER6aFpzUFRGTG9abDZkNlJla1dHVkVJYWx4dXBSVTA2bmF6UmI3UXNDX0lPVkNzUjVKTVlid0Z0OXZsaEtKZFdJcHBIUUpVdy1kTTg1U0tQcUhQSmUtUHRXOFI5dHU2bmd1PUMwQzRFQ0FDOngtb2F1dGgtYmFzaWM=" // want `a live-format Atlassian API token is hard-coded as the user of a Basic credential \(ATATT3… \(192 chars\), checksum valid\); the literal also holds the password of a Basic credential \(x-oa… \(13 chars\)\); revoke it and build the header at run time`

// With an empty password: the fix reads the token from the environment.
var tokenOnly = "Basic QVRBVFQzeEZmR0YwZWNTLW1hcGFIX1FFNTV2S2hvX0QwQXZyUzkyWEo3Mlk5MlpNbmNlVEltWGdlaE9EQTQ4b2VtZzM0RUlVZVZmVDI0MVFmQ0hXdnRKSkFYeG42UHM1S25LWWc4eFg0Mk42NXBJNHBQTTFEX1JWX3ZaeUFjZmJhUjZxRlRCLXR3QXB1ekNlMnJtcHhmZFJsNUNOSmdOM3NnejJzOHcyTVcydlg5MWV6ODItQlBYPTQ0RDIzMjRBOg==" // want `a live-format Atlassian API token is hard-coded as the user of a Basic credential \(ATATT3… \(192 chars\), checksum valid\); revoke it`

// With a placeholder password, kept as written.
var tokenPlaceholder = "Basic QVRPQWZPeG1RazNUZ2k4N2FfQklxdXBDU3k0VDh6YVZicXB3TGRKcFFUUGtRLTdkNGRSN0hERFBldFR5NndmdFZ6VVA4MjRFREI1RTp4" // want `a live-format Atlassian OAuth client secret is hard-coded as the user of a Basic credential \(ATOA`

// A live legacy token as the user, at a sink.
func legacyUser(req *http.Request) {
	req.Header.Set("Authorization", "Basic SDhzdkR2a1htbDNFTFFBQWFMTUM1NDVBOg==") // want `a live-format legacy Atlassian API token is hard-coded as the user of a Basic credential \(\w{6}… \(24 chars\), MD5 suffix valid\)`
}

// Through a variable: the encoded text cannot be fixed.
var encoded = "QVRBVFQzeEZmR0YwdHYyemp4akg3Ni12MnUtYVN3elpvcjFIYWJUTC1QNkJSSC03YTF3aXd3YkJTNmRibFVtQUxubEFfWlczRS0tT2kySkNmcHM3cnZocVhCZUVwNXhPTmQ4eEVLWmxhNVg5UWVuYW5BOFNYM21NZ0pNcmtMdGRRZlRMMTNpV21FRXBGWnZlTDJFNUw3R2NwRjl3eFdvaGVxWFRiSGNEV3MxRlZvSUhFeGFraW1qPTg5NTM5RTUwOg==" // want `a live-format Atlassian API token is hard-coded as the user of a Basic credential and reaches a Basic Authorization header \(ATATT3… \(192 chars\), checksum valid\)`

func viaVariable(req *http.Request) {
	req.Header.Set("Authorization", "Basic "+encoded)
}

// A user that is no Atlassian token but looks like a secret is not
// echoed, and not written back by a fix.
var keyUser = "Basic WnI4UXgyTG03VG40VmIxSzpwdy1TZWNyZXQtMTIzNA==" // want `literal Basic credential holds the password or API token of user Zr8Qx… \(16 chars\) \(pw-S… \(14 chars\)\)`

// A documentation-style token (checksum broken) as the user of a URL
// is not echoed either.
var urlUser = "https://ATATT3xFfGF00yDUuEZ9cLsgY18jWL5d2LtvYdc3PA6ZseJxsSJs-CKP2hEdOcNyyAX6yGhX6rOCu8z4UYuOT2S1F3sUAKKR5Hnf2RPGMV3P19AR2DBo6Zv0xgeroHxYwnQg0Nqo6nysEXJk8bsEIKRovZS3bXfbTGYWnJ4qXwsJk0v1F684o7a=BE3535E3:pw-Secret-8812@example.atlassian.net/" // want `URL literal holds the password of user ATATT3… \(192 chars\) \(pw-S… \(14 chars\)\)`

// Not reported: a token-free user with an empty password.
var noPassword = "Basic Ym90QGV4YW1wbGUuY29tOg=="
