// Package oauth1 signs requests to Jira Data Center with OAuth 1.0a
// (RSA-SHA1), as application links do. The Authorization header is
// computed: its literal parts are the syntax of the header, not
// credentials.
package oauth1

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"example.com/shapes/agent"
)

// Signer signs requests for one consumer.
type Signer struct {
	ConsumerKey string
	Token       string
	Key         *rsa.PrivateKey
}

func nonce() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

// Sign sets the Authorization header of req.
func (s *Signer) Sign(req *http.Request) error {
	params := map[string]string{
		"oauth_consumer_key":     s.ConsumerKey,
		"oauth_token":            s.Token,
		"oauth_signature_method": "RSA-SHA1",
		"oauth_timestamp":        strconv.FormatInt(time.Now().Unix(), 10),
		"oauth_nonce":            nonce(),
		"oauth_version":          "1.0",
	}
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var pairs []string
	for _, k := range keys {
		pairs = append(pairs, url.QueryEscape(k)+"="+url.QueryEscape(params[k]))
	}
	base := req.Method + "&" + url.QueryEscape(req.URL.Scheme+"://"+req.URL.Host+req.URL.Path) + "&" + url.QueryEscape(strings.Join(pairs, "&"))
	sum := sha1.Sum([]byte(base))
	sig, err := rsa.SignPKCS1v15(rand.Reader, s.Key, crypto.SHA1, sum[:])
	if err != nil {
		return err
	}
	// OK(secrets/hardcoded-credential): the syntax of the header.
	header := `OAuth realm="", oauth_consumer_key="` + url.QueryEscape(s.ConsumerKey) +
		// OK(secrets/hardcoded-credential): the syntax of the header.
		`", oauth_token="` + url.QueryEscape(s.Token) +
		// OK(secrets/hardcoded-credential): the syntax of the header.
		`", oauth_signature_method="RSA-SHA1", oauth_timestamp="` + params["oauth_timestamp"] +
		// OK(secrets/hardcoded-credential): the syntax of the header.
		`", oauth_nonce="` + params["oauth_nonce"] + `", oauth_version="1.0", oauth_signature="` +
		url.QueryEscape(base64.StdEncoding.EncodeToString(sig)) + `"`
	req.Header.Set("Authorization", header)
	return nil
}

// SignLegacy is the first version of Sign, kept for the old
// application link, with the access token pasted into the header.
func (s *Signer) SignLegacy(req *http.Request, sig string) {
	// OK(secrets/hardcoded-credential): the syntax of the header.
	req.Header.Set("Authorization", "OAuth oauth_consumer_key=\""+s.ConsumerKey+
		// MISTAKE(secrets/hardcoded-credential): a token written into the header's text.
		"\", oauth_token=\"Xk29fLq0ZmT7vR4wPbN8\", oauth_signature=\""+sig+"\"")
}

// Myself calls the Data Center instance with a signed request.
func (s *Signer) Myself(base string) (*http.Response, error) {
	req, err := http.NewRequest("GET", base+"/rest/api/2/myself", nil)
	if err != nil {
		return nil, err
	}
	if err := s.Sign(req); err != nil {
		return nil, err
	}
	return agent.Client().Do(req)
}

// Basic is what the integration's health check sends.
func Basic(req *http.Request, user, apiToken string) {
	// OK(secrets/hardcoded-credential): the scheme of the header.
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":"+apiToken)))
}
