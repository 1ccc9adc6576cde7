// Package typeerror does not type-check. The secrets that its syntax
// shows are reported all the same: live-format tokens, literal Basic
// credentials, URL passwords and credential names set to literals. The
// rule that follows values into sinks (hardcoded-credential) needs the
// types and stays silent. The tokens are synthetic, never issued by
// Atlassian.
package typeerror

import "net/http"

// The wrong type: the literal is still what it is.
var apiToken int = "ATATT3xFfGF0FAADFE-XCsJfPKxLuTfhMrnVlwy7wSouUo4cDXweLIQibeXhwYTru6KyA1xVd0GFDeqtm41b56FSw8aqHBsfljHyoa7ysoMh4U5QqoYKY6jv9KR4OFxS5tovh3jpMOZ3vTYQ2FqATa-VF12RZMY9bOiXy2xTWEelFI6JldaQR30=079E20E3" // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\)`

// An argument of something undefined.
func login() {
	undefinedClient.Login("bot@example.com", "ATATT3xFfGF0zwOQLNgwACJVh-LaR2RLmkOtUQ_HwfJsv3B1c0GVtBbyjRfZRQJr_o7g2g9xjqs3VrX9-OXdnA0ECIP1Z6JfU_egkWY89zWH1zODH0LcaaSE26RKbfrCwti-clCMHBoN66CkVupqDeUgWxTEeIzVNswFTV8acWs3CwhWWsupTTi=D4F2C174") // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\)`
}

// Split across + in a constant: reported once, at the expression.
const split = "ATOAb9InLt0_zycl3-Ny1HM57vHmmuy1QZ9Q047K" + // want `a live-format Atlassian OAuth client secret is hard-coded \(ATOAb9… \(76 chars\), checksum valid\)`
	"C0X9gcZi0efRQXlUPZbZhZj7Vp-r123CBC21"

var _ = split + undefinedSuffix

// In a function whose body does not type-check.
func header(req *http.Request) {
	req.Header.Set("Authorization", "Bearer ATBBPDfOOji4FuGMxjvA5kANoaNOA43EA07C")        // want `a live-format Bitbucket app password is hard-coded \(ATBBPD… \(36 chars\), checksum valid\)`
	req.Header.Set("Authorization", "Basic Ym90QGV4YW1wbGUuY29tOlpyOFF4MkxtN1RuNC1wdw==") // want `literal Basic credential holds the password or API token of user "bot@example.com" \(Zr8Qx… \(15 chars\)\)`
	_ = undefinedHelper(req)
}

// A URL with a password in its user info.
var endpoint = "https://bot:s3cr3t-Passw0rd@acme.atlassian.net/rest/api/3/myself" + undefinedPath // want `URL literal holds the password of user "bot" \(s3cr3… \(15 chars\)\) in its user info`

// Credential names, one of them a field of a type that is not defined.
var jiraPassword = "Tr0ub4dor&3xQz9" // want `jiraPassword is set to a literal that looks like a secret \(Tr0ub… \(15 chars\)\)`

var cfg = undefinedConfig{
	Site:     "https://acme.atlassian.net",
	APIToken: "ATATT3xFfGF05Ac5AQxumVrVLkVuNK-omcMlDLeDONWVsbQjBWhjtPrrAPHW32rlHkxLNQkvW93yflb3PN-wr6hFkfFfQzqdbBpaDTVLUWQ1wfvFNYOiY9UH7rJnqYUrd5SPT3_vH-3J2zApaj_pKNM7-8msCX68315sWU3_ASkR_M2U6X6d9gZ=FE46915C", // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\)`
	Secret:   "Lm3Qx8Zr1Tv6Wn9Kp",                                                                                                                                                                                // want `Secret is set to a literal that looks like a secret \(Lm3Qx… \(17 chars\)\)`
}

var headers = map[string]string{"client_secret": "Wn9Kp3Lm8Qx1Zr6T"} // want `client_secret is set to a literal that looks like a secret`

func setHeaders() {
	undefinedHeaders["api_token"] = "Kp3Lm8Qx1Zr6TWn9" // want `api_token is set to a literal that looks like a secret`
	undefinedHeaders["site"] = "Kp3Lm8Qx1Zr6TWn9"
}

// A literal at a sink: hardcoded-credential needs the types, so nothing
// is reported here.
func sink(req *http.Request) {
	req.SetBasicAuth("bot@example.com", "hunter2-correct-horse")
	undefinedSend(req)
}

// In a struct tag.
type settings struct {
	Token string `default:"ATATT3xFfGF0kfd3DeTMP7wt01CPwMs_CEVGo7xKIQRKZhDz3lVQ0EQL736wCFlG6X0EDTYzhUm0O2Bj5g4Kb5TDAKqi1nnQWqRKlDa2axZyMxEEwNCY3JRkaBtYXgI10QTQaa7EHLz2fix8N4i2AMCVQ81y92Mg8hmvTFxveWa3yJbT_UU4xEq=D1C3C6C0"` // want `a live-format Atlassian API token is hard-coded in a struct tag`
	Other undefinedType
}
