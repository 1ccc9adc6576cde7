// Package wording checks what messages say about values that have a
// credential's format but fail its check, and which environment
// variable the fix of a token at a sink suggests.
package wording

import "net/http"

func send(req *http.Request) {
	// A CRC-32 that fails marks a made-up example.
	req.SetBasicAuth("bot", "ATOAVpzRDM0oVT1Evxi98xetZRf-2BF1tViO61pgQXZmvnERfZJWvXy4lKUMhZ03F-RR43568922") // want `hard-coded credential ATOA\w\w… \(76 chars\) reaches the password of \(\*http.Request\).SetBasicAuth; it has the format of an Atlassian OAuth client secret but a wrong checksum, so it may be a documentation example; read it at run time`

	// A 44-character base64 value is as likely any random key: no note.
	req.SetBasicAuth("bot", "eDQ4ODQ3NzEwMzMxOkNneEFkMEV4N0lmTVpHUndmY0RS") // want `hard-coded credential \S{6}… \(44 chars\) reaches the password of \(\*http.Request\).SetBasicAuth; read it at run time`

	// A Bitbucket Data Center prefix without the structure behind it.
	req.SetBasicAuth("bot", "BBDC-eDE2Nzk1MjM0ODcxOkFBNFJETWxCRkJhQ3ZWWDUyWEI5") // want `hard-coded credential BBDC-\S… \(49 chars\) reaches the password of \(\*http.Request\).SetBasicAuth; it has the prefix of a Bitbucket Data Center token but not its structure; read it at run time`

	// A legacy API token is an API token, whatever header carries it.
	req.Header.Set("Authorization", "Bearer nSsOhVV74tUu98ETvqEA1E90") // want `a live-format legacy Atlassian API token is hard-coded and reaches a Bearer Authorization header \(\w{6}… \(24 chars\), MD5 suffix valid\); revoke it and read it at run time, e.g. with os.Getenv\("ATLASSIAN_API_TOKEN"\)`
}

// %3D stands for "=": the length is the token's.
var link = "https://example.atlassian.net/rest/api/3/myself?token=ATATT3xFfGF0WyAqQIwUUatr2daDWErReWPrsD_3VqwNxHoruE2ZLpTCvNUOz9WArq6HrvSZ3fcvAmJeXk4hnT2uREoq3dBCi7L6VRr_IbHyIo5KUBlP3NdZsEcyzM8SILSawYVrlJcTgqjhFeirRwYFL6J_LYG5hdr6Iz0PfFrjO8i7YFKpjpX%3DB3CDE8AF" // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars, URL-encoded\), checksum valid\)`
