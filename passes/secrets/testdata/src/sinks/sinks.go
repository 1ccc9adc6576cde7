// want package:"has credential sinks"

// Package sinks sends hard-coded credentials into every credential
// sink of the standard library and oauth2, directly and through
// variables, fields and helpers; and reads real ones from places that
// must never be reported.
package sinks

import (
	"cmp"
	"context"
	"encoding/base64"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"vault"
)

const site = "https://example.atlassian.net/rest/api/3/myself"

func basicAuth() {
	req, _ := http.NewRequest("GET", site, nil)
	req.SetBasicAuth("bot@example.com", "hunter2-correct-horse") // want `hard-coded credential hunter… \(21 chars\) reaches the password of \(\*http.Request\).SetBasicAuth; read it at run time, e.g. with os.Getenv\("ATLASSIAN_API_TOKEN"\)`
	http.DefaultClient.Do(req)
}

func bearerLiteral(req *http.Request) {
	req.Header.Set("Authorization", "Bearer Zr8Qx2Lm7Tn4Vb1K") // want `hard-coded credential Zr8Qx… \(16 chars\) reaches a Bearer Authorization header; read it at run time, e.g. with os.Getenv\("ATLASSIAN_ACCESS_TOKEN"\)`
}

// A constant is reported where it is declared; a const cannot be fixed.
const accessToken = "Kp3Lm8Qx1Zr6Tn9W" // want `hard-coded credential Kp3Lm… \(16 chars\) reaches a Bearer Authorization header`

func bearerConcat(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+accessToken)
}

// Basic built by hand, through a local variable.
func basicByHand(req *http.Request) {
	apiKey := "Wn9Kp3Lm8Qx1Zr6T" // want `hard-coded credential Wn9Kp… \(16 chars\) reaches a Basic Authorization header`
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("bot@example.com:"+apiKey)))
}

func basicSprintf(req *http.Request) {
	user, pw := "bot@example.com", "Tn4Vb1KZr8Qx2Lm7" // want `hard-coded credential Tn4Vb… \(16 chars\) reaches a Basic Authorization header`
	req.Header.Set("Authorization", fmt.Sprintf("Basic %s", base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%s:%s", user, pw)))))
}

func bearerSprintf(req *http.Request) {
	tok := "Qx1Zr6Tn9WKp3Lm8" // want `hard-coded credential Qx1Zr… \(16 chars\) reaches a Bearer Authorization header`
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", tok))
}

func headerMap(req *http.Request) {
	req.Header["Authorization"] = []string{"Bearer Lm7Tn4Vb1KZr8Qx2"} // want `hard-coded credential Lm7Tn… \(16 chars\) reaches a Bearer Authorization header`
	_ = http.Header{"Authorization": {"token Vb1KZr8Qx2Lm7Tn4"}}      // want `hard-coded credential Vb1KZ… \(16 chars\) reaches a token Authorization header`
}

func userPassword() *url.URL {
	return &url.URL{Scheme: "https", Host: "example.atlassian.net", User: url.UserPassword("bot", "8Qx2Lm7Tn4Vb1KZr")} // want `hard-coded credential 8Qx2L… \(16 chars\) reaches the password of url.UserPassword`
}

func oauthConfig() *oauth2.Config {
	return &oauth2.Config{
		ClientID:     "Vg3kQz8LmP2xR7tN",    // a client ID is public
		ClientSecret: "ZmP2xR7tNVg3kQz8Lw4", // want `hard-coded credential ZmP2xR… \(19 chars\) reaches oauth2.Config.ClientSecret; read it at run time, e.g. with os.Getenv\("ATLASSIAN_CLIENT_SECRET"\)`
	}
}

func oauthFields() {
	var cfg clientcredentials.Config
	cfg.ClientSecret = "R7tNVg3kQz8LmP2x" // want `reaches clientcredentials.Config.ClientSecret`
	tok := &oauth2.Token{
		AccessToken:  "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl", // want `reaches oauth2.Token.AccessToken`
		RefreshToken: "rt-9Zr6Tn4Vb1KQx2Lm",                   // want `reaches oauth2.Token.RefreshToken; read it at run time, e.g. with os.Getenv\("ATLASSIAN_REFRESH_TOKEN"\)`
	}
	_ = tok
	conf := &oauth2.Config{}
	conf.PasswordCredentialsToken(context.Background(), "bot", "Tn4Vb1KZr8Qx2Lm7pw") // want `reaches the password of \(\*oauth2.Config\).PasswordCredentialsToken`
}

// Through a struct field set by a constructor.
type client struct {
	hc    *http.Client
	token string // want token:"credential field -> a Bearer Authorization header"
}

func newClient() *client {
	return &client{hc: http.DefaultClient, token: "Zr6Tn9WKp3Lm8Qx1"} // want `hard-coded credential Zr6Tn… \(16 chars\) reaches a Bearer Authorization header \(through field client.token\)`
}

func (c *client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.hc.Do(req)
}

func myself() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://api.atlassian.com/me", nil)
	if err != nil {
		return nil, err
	}
	return newClient().do(req)
}

// Through a helper's parameter.
func authorize(req *http.Request, token string) { // want authorize:"credential sinks: param 1 -> a Bearer Authorization header"
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(token))
}

func useAuthorize(req *http.Request) {
	authorize(req, "Lm8Qx1Zr6Tn9WKp3") // want `reaches a Bearer Authorization header \(through authorize\)`
}

// Through a helper's result.
func defaultPassword() string {
	return "1KZr8Qx2Lm7Tn4Vb" // want `reaches the password of \(\*http.Request\).SetBasicAuth \(through defaultPassword\)`
}

func useDefault(req *http.Request) {
	req.SetBasicAuth("bot", defaultPassword())
}

// A fallback after the environment is still hard-coded.
func fallback(req *http.Request) {
	tok := os.Getenv("JIRA_API_TOKEN")
	if tok == "" {
		tok = "x2Lm7Tn4Vb1KZr8Q" // want `hard-coded credential x2Lm7… \(16 chars\) reaches the password of`
	}
	req.SetBasicAuth("bot", tok)
}

// A documentation example reaching a sink is reported, with a note.
func docExample(req *http.Request) {
	req.SetBasicAuth("bot@example.com", "ATATT3xFfGF0gPWkdVJIiyh71R1LpP8qrVNyXzY5pipIJK-BBVH_wp_IXUYFwln9T9Gax7v-T-pfXs9fkf2jTLcfLWch7k4R7NNHh8dKgheLTlIZQXDYm5xNiDE6X695QmEu_4yLATbL6IiDCigoTgPY3I4WcZ5iWTOfjx5XOI1ciZPiR2yzSHB=6980A5A6") // want `hard-coded credential ATATT3… \(192 chars\) reaches the password of \(\*http.Request\).SetBasicAuth; it has the format of an Atlassian Cloud API token but a wrong checksum, so it may be a documentation example; read it at run time`
}

// A legacy token is recognised next to a sink.
func legacy(req *http.Request) {
	req.SetBasicAuth("bot@example.com", "PHSihyYxvtBXp2oTCfH40D79") // want `a live-format legacy Atlassian API token is hard-coded and reaches the password of \(\*http.Request\).SetBasicAuth \(PHSihy… \(24 chars\), MD5 suffix valid\)`
}

// A live token at a sink is atlassian-token, once.
func live(req *http.Request) {
	req.Header.Set("Authorization", "Bearer ATATT3xFfGF0gPWkdVJIiyh71R1LpP8qrVNyXzY5pipIJK-BBVH_wp_IXUYFwln9T9Gax7v-T-pfXs9fkf2jTLcfLWch7k4R7NNHh8dKgheLTlIZQXDYm5xNiDE6X695QmEu_4yLATbL6IiDCigoTgPY3I4WcZ5iWTOfjx5XOI1ciZPiR2yzSHB=6980A5A7") // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\)`
}

// Never reported: the environment, flags, files, secret managers,
// empty values, placeholders and the names of environment variables.
var flagToken = flag.String("token", "", "API token")

func neverReported(req *http.Request) {
	req.SetBasicAuth("bot", os.Getenv("JIRA_API_TOKEN"))
	if v, ok := os.LookupEnv("JIRA_API_TOKEN"); ok {
		req.SetBasicAuth("bot", v)
	}
	req.SetBasicAuth("bot", *flagToken)
	b, _ := os.ReadFile("/run/secrets/jira")
	req.SetBasicAuth("bot", strings.TrimSpace(string(b)))
	req.SetBasicAuth("bot", vault.Get("jira/api-token"))
	req.SetBasicAuth("bot", cmp.Or(os.Getenv("JIRA_API_TOKEN"), ""))
	req.SetBasicAuth("bot", "")
	req.SetBasicAuth("bot", "YOUR_API_TOKEN")
	req.SetBasicAuth("bot", "JIRA_API_TOKEN")
	req.Header.Set("Authorization", "Bearer <token>")
	req.Header.Set("Authorization", "Bearer ${ACCESS_TOKEN}")
	req.Header.Set("Authorization", "Bearer xxx")
	req.Header.Set("Authorization", "changeme")
	req.Header.Set("Authorization", "Negotiate")
	req.Header.Set("Proxy-Authorization", "Bearer")
	req.Header.Set("Authorization", "Bearer REPLACE_ME")
	req.Header.Set("Authorization", "Bearer "+os.Getenv("ACCESS_TOKEN"))
	req.Header.Set("X-Atlassian-Token", "no-check")
	req.Header.Set("Authorization", "Bearer "+flagValue())
	_ = url.UserPassword("bot", "password")
}

func flagValue() string { return *flagToken }
