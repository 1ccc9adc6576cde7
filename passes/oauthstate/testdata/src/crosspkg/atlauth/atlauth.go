// Package atlauth builds the OAuth configuration and the state for
// the packages that serve the flow.
package atlauth

import (
	crypto "crypto/rand"
	"encoding/hex"
	"math/rand/v2"
	"net/http"
	"strconv"

	"golang.org/x/oauth2"
)

// Endpoint is Atlassian's authorization server.
var Endpoint = oauth2.Endpoint{
	AuthURL:  "https://auth.atlassian.com/authorize",
	TokenURL: "https://auth.atlassian.com/oauth/token",
}

// Config returns the app's OAuth configuration.
func Config(clientID, secret, redirect string) *oauth2.Config {
	return &oauth2.Config{ClientID: clientID, ClientSecret: secret, RedirectURL: redirect, Endpoint: Endpoint}
}

// GovConfig is the same for the government cloud.
func GovConfig(clientID string) *oauth2.Config {
	return &oauth2.Config{
		ClientID: clientID,
		Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian-us-gov-mod.com/authorize"},
	}
}

// Shared is a configuration the web package uses directly.
var Shared = &oauth2.Config{ClientID: "shared", Endpoint: Endpoint}

// NewState returns an unguessable state.
func NewState() string {
	var b [16]byte
	crypto.Read(b[:])
	return hex.EncodeToString(b[:])
}

// QuickState returns a guessable one.
func QuickState() string {
	return strconv.FormatUint(rand.Uint64(), 36)
}

// DefaultState returns a constant.
func DefaultState() string { return "atlauth" }

// CheckState compares the request's state with the cookie.
func CheckState(r *http.Request) error { // want CheckState:`^checks state \(result 0 nil\)$`
	c, err := r.Cookie("state")
	if err != nil {
		return err
	}
	if c.Value != r.FormValue("state") {
		return http.ErrNoCookie
	}
	return nil
}
