// Package web starts OAuth flows with states made by package ids and
// by helpers of its own.
package web

import (
	"fmt"
	"net/http"
	"os"
	"time"

	"golang.org/x/oauth2"

	"stateids/ids"
)

var conf = &oauth2.Config{
	ClientID: "client",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

var consent = []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce}

type Account struct {
	AccountID string
	Email     string
}

var epoch = time.Now()

// clockID is this package's "UUID": every part comes from the clock.
func clockID() string {
	return fmt.Sprintf("%08x-%012x", uint32(time.Since(epoch).Nanoseconds()), time.Now().UnixNano()&0xffffffffffff)
}

func mathRandUUID(w http.ResponseWriter, r *http.Request, a Account) {
	state := ids.RandomUUID()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound) // want `state is made from math/rand`
}

func mathRandRead(w http.ResponseWriter, r *http.Request, a Account) {
	state := ids.ReadUUID()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound) // want `state is made from math/rand`
}

func processNonce(w http.ResponseWriter, r *http.Request, a Account) {
	state := ids.Nonce()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound) // want `state is made from the process ID and the time`
}

func localNonce(w http.ResponseWriter, r *http.Request, a Account) {
	state := fmt.Sprintf("%d-%d", os.Getpid(), time.Now().Unix())
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound) // want `state is made from the process ID and the time`
}

func sequence(w http.ResponseWriter, r *http.Request, a Account) {
	state := ids.Sequence()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound) // want `state is made from a counter`
}

func accountDigest(w http.ResponseWriter, r *http.Request, a Account) {
	state := ids.Digest(a.AccountID)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound) // want `state is made from a user ID`
}

func legacyDigest(w http.ResponseWriter, r *http.Request, a Account) {
	state := ids.LegacyDigest(a.AccountID)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound) // want `state is made from a user ID`
}

func clock(w http.ResponseWriter, r *http.Request, a Account) {
	state := clockID()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound) // want `state is made from the time`
}

// Near misses: a random part, or a part that cannot be known.

func cryptoUUID(w http.ResponseWriter, r *http.Request, a Account, sessionID string) {
	state := ids.CryptoUUID()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

func saltedDigest(w http.ResponseWriter, r *http.Request, a Account, sessionID string) {
	state := ids.SaltedDigest(a.AccountID)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

func sessionDigest(w http.ResponseWriter, r *http.Request, a Account, sessionID string) {
	state := ids.Digest(sessionID)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

func nonceAndVerifier(w http.ResponseWriter, r *http.Request, a Account, sessionID string) {
	state := ids.Nonce() + oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}
