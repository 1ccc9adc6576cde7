// Package namesoff is checked with -secrets.names=false: the guesses
// from names are off, the other rules are not.
package namesoff

var apiToken = "q8Zr2Lw0Xv7Tn4Kp1Ys"

var liveToken = "ATATT3xFfGF0PnbcpHZ92mbXJB6PXJTTZ6iWBH2SXvX2B7Wmbf-GSQh0kBkhtnolqFYrsZa-_sgscq9G00MGecMyZoP7q78i6l1W6tCUV2zvhZuYCwL42KjW8luA2TOUQBcKF6me5PxXp8ZNJlEDAhd12ZAc0Um5lj_xatL30OCgv8XdIKnE6yp=6EA3610C" // want `a live-format Atlassian API token`

var dsn = "https://bot:Tn4Vb1KZr8Qx2Lm7@example.atlassian.net/" // want `URL literal holds the password of user "bot"`

// A legacy API token next to a credential name is no guess: it is
// reported with the guesses off, like every live-format token.
var jiraToken = "I3fwDo7qhjLilzPME21jE8C1" // want `a live-format legacy Atlassian API token is hard-coded in jiraToken \(I3fwDo… \(24 chars\), MD5 suffix valid\)`

// A directive for the rule switched off silences nothing, and is not
// reported for it: it is ready for when the rule is on again.
//
//atlvet:ignore secrets/credential-name a fixture of the sync bot's tests
var apiSecret = "Zr8Qx2Lm7Tn4Vb1Kx9"
