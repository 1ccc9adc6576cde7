package report

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"example.com/integrations/internal/identity"
)

// oauth1Header builds the Authorization header of an OAuth 1.0a
// request to the Data Center Jira (an application link); the
// signature is computed by the caller with the consumer's RSA key.
func oauth1Header(consumerKey, token, signature, nonce string, ts time.Time) string {
	// OK(secrets/hardcoded-credential): the syntax of an OAuth 1.0a header; every value in it is computed.
	return `OAuth realm="", oauth_consumer_key="` + url.QueryEscape(consumerKey) + `", oauth_token="` + url.QueryEscape(token) + `", oauth_signature_method="RSA-SHA1", oauth_signature="` + url.QueryEscape(signature) + `", oauth_timestamp="` + strconv.FormatInt(ts.Unix(), 10) + `", oauth_nonce="` + url.QueryEscape(nonce) + `", oauth_version="1.0"`
}

// DataCenterMyself reads the Data Center account of an application
// link's token.
func DataCenterMyself(ctx context.Context, consumerKey, token, signature, nonce string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://jira.acme-corp.example/rest/api/2/myself", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", oauth1Header(consumerKey, token, signature, nonce, time.Now()))
	req.Header.Set("User-Agent", identity.UserAgentFor("reports"))
	return http.DefaultClient.Do(req)
}
