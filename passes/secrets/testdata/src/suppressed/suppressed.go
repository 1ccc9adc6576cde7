// Package suppressed silences findings with //atlvet:ignore.
package suppressed

//atlvet:ignore secrets/credential-name a public demo key, documented as such
var demoAPIKey = "Zr8Qx2Lm7Tn4Vb1K"

var otherAPIKey = "Lm7Tn4Vb1KZr8Qx2" //atlvet:ignore secrets this one too

// want +2 `atlvet:ignore directive for secrets/credential-name gives no reason`

//atlvet:ignore secrets/credential-name
var apiSecret = "Vb1KZr8Qx2Lm7Tn4" // want `apiSecret is set to a literal that looks like a secret`

//atlvet:ignore secrets/hardcoded-credential nothing here // want `atlvet:ignore directive for secrets/hardcoded-credential silences nothing; remove it`
var harmless = "hello"

//atlvet:ignore secrets/no-such-rule reason // want `atlvet:ignore directive names unknown rule "secrets/no-such-rule"`
var harmless2 = "world"
