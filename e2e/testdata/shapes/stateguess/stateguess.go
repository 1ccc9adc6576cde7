// Package stateguess starts OAuth flows with states made by helpers:
// shape 8 of issue 12. A UUID made with math/rand, the process ID and
// the time, a hash of a constant and the user's ID, and a counter can
// all be guessed; formatting or hashing them does not change that.
package stateguess

import (
	"fmt"
	"net/http"
	"os"
	"sync/atomic"
	"time"

	"golang.org/x/oauth2"

	"example.com/shapes/stateguess/ids"
)

var conf = &oauth2.Config{
	ClientID:     os.Getenv("ATLASSIAN_CLIENT_ID"),
	ClientSecret: os.Getenv("ATLASSIAN_CLIENT_SECRET"),
	RedirectURL:  "https://app.example.com/oauth/callback",
	Scopes:       []string{"read:jira-work"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

var consent = []oauth2.AuthCodeOption{
	oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
	oauth2.SetAuthURLParam("prompt", "consent"),
}

func start(w http.ResponseWriter, r *http.Request, state string) {
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// localUUID is this package's own math/rand "UUID".
func localUUID() string {
	return fmt.Sprintf("%08x-%04x-4%03x-%04x-%012x", randUint32(), randUint16(), randUint16()&0xfff, randUint16(), time.Now().UnixNano()&0xffffffffffff)
}

var processStart = time.Now()

func randUint32() uint32 { return uint32(time.Since(processStart).Nanoseconds()) }
func randUint16() uint16 { return uint16(time.Now().UnixNano()) }

var connects int64

// HandleUUID uses the math/rand UUID of another package.
func HandleUUID(w http.ResponseWriter, r *http.Request) {
	state := ids.UUID()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// MISTAKE(oauthstate/guessable-state): ids.UUID is made with math/rand.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// HandleSecureUUID uses the crypto/rand UUID.
func HandleSecureUUID(w http.ResponseWriter, r *http.Request) {
	state := ids.SecureUUID()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// OK(oauthstate/guessable-state): crypto/rand.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// HandleNonce uses the process ID and the time.
func HandleNonce(w http.ResponseWriter, r *http.Request) {
	state := ids.ProcessNonce()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// MISTAKE(oauthstate/guessable-state): the process ID and the time can be guessed.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// HandleLocalNonce formats the process ID and the time here.
func HandleLocalNonce(w http.ResponseWriter, r *http.Request) {
	state := fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// MISTAKE(oauthstate/guessable-state): the process ID and the time can be guessed.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// User is the signed-in user of the app.
type User struct {
	AccountID string
	Name      string
}

type userKey struct{}

func currentUser(r *http.Request) User {
	u, _ := r.Context().Value(userKey{}).(User)
	return u
}

// HandleUserHash hashes a constant and the user's account ID.
func HandleUserHash(w http.ResponseWriter, r *http.Request) {
	state := ids.ForUser(currentUser(r).AccountID)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// MISTAKE(oauthstate/guessable-state): anyone who knows the account ID can compute it.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// HandleSaltedHash mixes in a random salt.
func HandleSaltedHash(w http.ResponseWriter, r *http.Request) {
	state := ids.ForUserSalted(currentUser(r).AccountID)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// OK(oauthstate/guessable-state): the salt is random.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// HandleSequence uses the other package's request counter.
func HandleSequence(w http.ResponseWriter, r *http.Request) {
	state := ids.Next()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// MISTAKE(oauthstate/guessable-state): a counter.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// HandleCounter uses this package's counter.
func HandleCounter(w http.ResponseWriter, r *http.Request) {
	n := atomic.AddInt64(&connects, 1)
	state := fmt.Sprintf("connect-%d", n)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// MISTAKE(oauthstate/guessable-state): a counter.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// HandleLocalUUID uses this package's time-based "UUID".
func HandleLocalUUID(w http.ResponseWriter, r *http.Request) {
	state := localUUID()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	// MISTAKE(oauthstate/guessable-state): every part of it comes from the clock.
	http.Redirect(w, r, conf.AuthCodeURL(state, consent...), http.StatusFound)
}

// HandleHelper passes the state to a helper that builds the URL.
func HandleHelper(w http.ResponseWriter, r *http.Request) {
	// OK(oauthstate/guessable-state): a random state, reported nowhere.
	start(w, r, oauth2.GenerateVerifier())
}
