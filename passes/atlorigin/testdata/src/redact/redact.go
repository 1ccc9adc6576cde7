// URLs echoed in messages never carry a password, and long ones are
// cut.
package redact

import "net/http"

func withPassword() (*http.Response, error) {
	return http.Get("https://me:S3cr3tP4ss@acme.atlassian.net/rest/api/3/myself?atlOrigin=abc") // want `^atlOrigin parameter on a REST API URL \(acme\.atlassian\.net/rest/api/3/myself\); atlOrigin is only for links into the product UI and REST APIs may not ignore it: remove it$`
}

func withEscapedUser() (*http.Response, error) {
	return http.Get("https://me%40example.com:S3cr3tP4ss@acme.atlassian.net/rest/api/3/myself?x=1&atlOrigin=abc") // want `^atlOrigin parameter on a REST API URL \(acme\.atlassian\.net/rest/api/3/myself\)`
}

func long() (*http.Response, error) {
	return http.Get("https://acme.atlassian.net/rest/api/3/issue/TIS-1/comment/10001/properties/a-very-long-property-key-that-goes-on-and-on?atlOrigin=abc") // want `\(acme\.atlassian\.net/rest/api/3/issue/TIS-1/comment/10001/properties/a-very-long-…\)`
}

func link() string {
	return "https://me:S3cr3tP4ss@acme.atlassian.net/browse/TIS-1?atl_origin=abc" // want `^query parameter "atl_origin" on a link into the product UI \(acme\.atlassian\.net/browse/TIS-1\) is not atlOrigin`
}
