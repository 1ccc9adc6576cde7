// Package multisecret writes several secrets into one literal: one
// diagnostic names them all, and a fix either takes every one out or
// is not offered.
package multisecret

import "net/http"

// Two live tokens: both read from the environment.
var two = "ATATT3xFfGF0PFrr4IA7cL3HKlHXobL8SAA5i6Seaop7a7uzGvAjSp2d-rJ_6qOJPPYG-YtKNZLOQl_CuLXKbZCHtyywSYHJyEz_1ljTCS_mbjQEIXPCzszEyKHzGljfMA1QVuTSF3TCMDXWVdPXU3VGCcU_jsrAHQWmy39rWfkrP9q_f5XORAL=707674A2 ATOAr8MDeEcy6TQYUyq14VP9AhXAMBNN90DwP4AEEZ33EHmpgC5p-KkBt1qdZFqVLqEiCE910BB6" // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\); the literal also holds a live-format Atlassian OAuth client secret \(ATOA\w\w… \(76 chars\)\); revoke it`

// The same token twice: every occurrence is replaced.
var twice = "ATBBIxxEzmeEAhzuBiWCGYXSwcFNE598D8D2,ATBBIxxEzmeEAhzuBiWCGYXSwcFNE598D8D2" // want `a live-format Bitbucket app password is hard-coded \(ATBB\w\w… \(36 chars\), checksum valid\); revoke it`

// A URL password next to a token: named, and no fix, which would
// have to write the password back.
var mixed = "https://bot:Mixed-Passw0rd-Q9z@example.atlassian.net/rest/api/3/myself?x=ATBBOkW1Yf1XnFdFgAoNPlaZAZboF5ACBDFB" // want `a live-format Bitbucket app password is hard-coded \(ATBB\w\w… \(36 chars\), checksum valid\); the literal also holds the password of user "bot" in a URL \(Mixed-… \(18 chars\)\); revoke it`

// A token next to a literal Basic credential.
func header(req *http.Request) {
	req.Header.Set("X-Debug", "Basic Ym90QGV4YW1wbGUuY29tOlpyOFF4MkxtN1RuNFZiMUs= ATSTT3xFfGF0exGTOkRb0lvXu8mefQ1O4wQn4hY93fRVsObqUhl04OyM-l-US3x3YEVdUql_kwIExF0vezA1I8A_anjdKmO6QQlOtHCZE4jLg4GEDaz2vsL5j94fZONJ4Rk4JP_R-EiUjKQOjVyUcJSsoaggFtmABrjOlwtoRjO3k6EmZrUGC0y=378DB6B5") // want `a live-format Atlassian service-account key is hard-coded \(ATSTT3… \(192 chars\), checksum valid\); the literal also holds the password of a Basic credential \(Zr8Qx… \(16 chars\)\)`
}

// In separate literals of one constant expression, each literal gets
// its own diagnostic and fix.
var split = "https://bot:Split-Passw0rd-7@example.atlassian.net/?x=" + // want `URL literal holds the password of user "bot" \(Split… \(16 chars\)\)`
	"ATBByFt3eAqQlWt5px6EDXeU3KQz99CFDF47" // want `a live-format Bitbucket app password is hard-coded \(ATBB\w\w… \(36 chars\), checksum valid\); revoke it`

// A credential at a sink and a token in the same literal.
func sink(req *http.Request) {
	req.SetBasicAuth("bot", "Sink-Secret-Zr8Q ATOAtTddSBWE34pWvBsvKfKbgm-N7mddISd2yr2sUZzgvJLXhVpcVK9kvn41mUQn_AJGBC92709B") // want `a live-format Atlassian OAuth client secret is hard-coded \(ATOA\w\w… \(76 chars\), checksum valid\); the literal also holds a credential \(Sink-S… \(93 chars\)\) that reaches the password of \(\*http.Request\).SetBasicAuth; revoke it`
}
