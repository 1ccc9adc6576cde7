// Package tokens holds Atlassian credentials in every format. The
// values are synthetic: generated with a valid (or, for the examples,
// a deliberately broken) checksum, never issued by Atlassian.
package tokens

import (
	"flag"
	"fmt"
)

// A Cloud API token, whole.
var apiToken = "ATATT3xFfGF0gPWkdVJIiyh71R1LpP8qrVNyXzY5pipIJK-BBVH_wp_IXUYFwln9T9Gax7v-T-pfXs9fkf2jTLcfLWch7k4R7NNHh8dKgheLTlIZQXDYm5xNiDE6X695QmEu_4yLATbL6IiDCigoTgPY3I4WcZ5iWTOfjx5XOI1ciZPiR2yzSHB=6980A5A7" // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\); revoke it and read it at run time, e.g. with os.Getenv\("ATLASSIAN_API_TOKEN"\)`

// Split across + in a constant: reported once, at the expression.
const split = "ATATT3xFfGF0gPWkdVJIiyh71R1LpP8qrVNyXzY5pipIJK-BBVH_wp_IXUYFwln9T9Gax7v-T-pfXs9fkf2jTLcfLWch7k4R7NNH" + // want `a live-format Atlassian API token is hard-coded`
	"h8dKgheLTlIZQXDYm5xNiDE6X695QmEu_4yLATbL6IiDCigoTgPY3I4WcZ5iWTOfjx5XOI1ciZPiR2yzSHB=6980A5A7"

// A named constant is reported where it is declared, not where used.
const bitbucketToken = "ATCTT3xFfGN01htya3s3XUT1i2VL8DZkYR7MSS8QB17G31WJKV0ussrm-ApihxaJinyipL_4gqk7tBbaQbgRFM6L2wLa_LikTOIUZN02P-8Nl4dCBr_q1ZGxMoyR-2uVDcuOhYo2pIwUIq7W0IYnrv16M5ph9_JwyPsqt0et8OVIpy3-IpPs_RT=DC5FD59C" // want `a live-format Bitbucket access token is hard-coded \(ATCTT3… \(192 chars\), checksum valid\)`

var useNamed = bitbucketToken

var rawKey = `ATSTT3xFfGF0c6NUZpPmqyUyTF59lvztB1YEOwc3uXYHpdGMgeX6pmQsJhOhIwHbcGIy1Z-98LECy7fkSkSes5xOlZ2aS3orBF6V1o8FwH-J2iVN_C8WshA5GrN5sikNp9lotzv7r__jswk9LFMNRzPJyGq_7Edj1hHC28D5NGkvkegH7Gj0ywa=9C248A89` // want `a live-format Atlassian service-account key`

var secretBytes = []byte("ATOA3Q6IfvSgheBBcrts_GkWP0iphn6f18HZD2gP4uSBcFRzItsecq7Ns7PXRunvPh5993E5E8FD") // want `a live-format Atlassian OAuth client secret is hard-coded \(ATOA3Q… \(76 chars\)`

// In a URL, with %3D for "=": no fix, the value would need escaping.
var link = "https://example.atlassian.net/rest/api/3/myself?token=ATATT3xFfGF0PnbcpHZ92mbXJB6PXJTTZ6iWBH2SXvX2B7Wmbf-GSQh0kBkhtnolqFYrsZa-_sgscq9G00MGecMyZoP7q78i6l1W6tCUV2zvhZuYCwL42KjW8luA2TOUQBcKF6me5PxXp8ZNJlEDAhd12ZAc0Um5lj_xatL30OCgv8XdIKnE6yp%3D6EA3610C" // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars, URL-encoded\), checksum valid\)`

var header = "Bearer ATBBMdbm5bRQ2pBFOsoGAoc6BOPKFE195CCE" // want `a live-format Bitbucket app password is hard-coded \(ATBBMd… \(36 chars\), checksum valid\)`

// A flag default is source code too.
var tokenFlag = flag.String("token", "ATATT3xFfGF0PnbcpHZ92mbXJB6PXJTTZ6iWBH2SXvX2B7Wmbf-GSQh0kBkhtnolqFYrsZa-_sgscq9G00MGecMyZoP7q78i6l1W6tCUV2zvhZuYCwL42KjW8luA2TOUQBcKF6me5PxXp8ZNJlEDAhd12ZAc0Um5lj_xatL30OCgv8XdIKnE6yp=6EA3610C", "API token") // want `a live-format Atlassian API token`

var pat = "NzE1ODMwOTAyNjQ1Oja8hkD+yEeLJlo094nQZJUYtuxV" // want `a live-format Jira/Confluence Data Center personal access token is hard-coded \(NzE1OD… \(44 chars\), structure valid\)`

var bbdc = "BBDC-MTM3NTE5MzkzMjE4Oqic2agUqAiCXFzmfVp8UuNYk/j8" // want `a live-format Bitbucket Data Center token is hard-coded \(BBDC-M… \(49 chars\), structure valid\)`

// Inside a larger text in a constant: reported, no fix.
// want +1 `a live-format Atlassian service-account key is hard-coded \(ATSTT3… \(192 chars\)`
const config = `{
	"site": "example.atlassian.net",
	"token": "ATSTT3xFfGF0yOXmTytlX4-voJ9WRKnwcPV-Ih0Y2yVOARkZjRliHwJWsPSFw66Em3R6nDQxpIUHmVs6AEx2T1g31njbWdpDGvf7jS39bJO2tn09F_bDcBNterqWPepxPYFSoCQBfuPrADQe_OsmUXtNcSLQ4_hjgvfdWQTn9B4gxKgC_kLe3Uw=12A86FE9"
}`

func print() {
	fmt.Println("ATCTT3xFfGN0eOCoMOuNF1g1iKLSacMd3N71-FaF2pk7c3Or4mUT1iLaZBgzrktQCMxJGtJ_RxaUute20QCdhlOvmU2kFZGNwrL1kCKQUaALXkdHTAZ2a04QtdOFG1prF5yiBrj-J-1gVR7SS5kvd_BUm4-Si9uPKfVFcfCr2mt3ysS-hIoIiYo=FBEF5F40") // want `a live-format Bitbucket access token`
}

// Documentation-style tokens whose checksum fails are not reported
// unless they reach a credential sink.
var exampleToken = "ATATT3xFfGF0gPWkdVJIiyh71R1LpP8qrVNyXzY5pipIJK-BBVH_wp_IXUYFwln9T9Gax7v-T-pfXs9fkf2jTLcfLWch7k4R7NNHh8dKgheLTlIZQXDYm5xNiDE6X695QmEu_4yLATbL6IiDCigoTgPY3I4WcZ5iWTOfjx5XOI1ciZPiR2yzSHB=6980A5A6"
var exampleSecret = "ATOA3Q6IfvSgheBBcrts_GkWP0iphn6f18HZD2gP4uSBcFRzItsecq7Ns7PXRunvPh5993E5E8FC"
var exampleAppPassword = "ATBBMdbm5bRQ2pBFOsoGAoc6BOPKFE195CCF"
var examplePAT = "eDE1ODMwOTAyNjQ1Oja8hkD+yEeLJlo094nQZJUYtuxV"

// A legacy token is only recognised next to a credential name or sink.
var buildID = "PHSihyYxvtBXp2oTCfH40D79"

var jiraToken = "ejmC0kqQZVu8wWA3zdeZBBFA" // want `a live-format legacy Atlassian API token is hard-coded in jiraToken \(ejmC0k… \(24 chars\), MD5 suffix valid\); revoke it and read it at run time, e.g. with os.Getenv\("JIRA_TOKEN"\)`

// With a broken MD5 suffix it is only a guess from the name.
var confluenceToken = "PHSihyYxvtBXp2oTCfH45779" // want `confluenceToken is set to a literal that looks like a secret \(PHSihy… \(24 chars\)\), a guess`
