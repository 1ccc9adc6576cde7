// Package oauth1header builds OAuth 1.0a Authorization headers, as
// Jira and Confluence Data Center application links sign requests: the
// header's syntax is no credential, an access token written into it is.
package oauth1header

import (
	"net/http"
	"net/url"
)

const legacyToken = "Const-OAuth1-Token-2" // want `hard-coded credential Const-… \(20 chars\) reaches an OAuth Authorization header`

func whole(req *http.Request) {
	req.Header.Set("Authorization", `OAuth oauth_consumer_key="jira-app", oauth_token="Whole-OAuth1-Token-1", oauth_signature="c2ln"`) // want `hard-coded credential Whole-… \(20 chars\) reaches an OAuth Authorization header`
}

func joined(req *http.Request, consumerKey, sig string) {
	req.Header.Set("Authorization", "OAuth oauth_consumer_key=\""+consumerKey+
		"\", oauth_token=\""+legacyToken+"\", oauth_signature=\""+sig+"\"")
	req.Header.Set("Authorization", "OAuth oauth_consumer_key=\""+consumerKey+
		"\", oauth_token=\"Joined-OAuth1-Token-3\", oauth_signature=\""+sig+"\"") // want `hard-coded credential Joined… \(21 chars\) reaches an OAuth Authorization header`
}

// The syntax of a computed header: realm, the parameters' names,
// quotes and commas, the signature method and the version.
func computed(req *http.Request, consumerKey, token, nonce, ts, sig string) {
	req.Header.Set("Authorization", `OAuth realm="", oauth_consumer_key="`+url.QueryEscape(consumerKey)+
		`", oauth_token="`+url.QueryEscape(token)+
		`", oauth_signature_method="RSA-SHA1", oauth_timestamp="`+ts+
		`", oauth_nonce="`+nonce+`", oauth_version="1.0", oauth_signature="`+url.QueryEscape(sig)+`"`)
	req.Header.Set("Authorization", `OAuth oauth_consumer_key="jira-app", oauth_token="", oauth_signature="`+sig+`"`)
	req.Header.Set("Authorization", `OAuth oauth_consumer_key="jira-app", oauth_token="<access token>", oauth_signature="`+sig+`"`)
}
