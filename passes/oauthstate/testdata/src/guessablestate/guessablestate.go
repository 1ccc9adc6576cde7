package guessablestate

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	randv2 "math/rand/v2"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

var opts = []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce}

type User struct {
	ID        int
	AccountID string
	Name      string
}

func mathRand(w http.ResponseWriter, r *http.Request) {
	state := strconv.Itoa(mrand.Int())
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound) // want `state is made from math/rand, which an attacker can guess and use to link their Atlassian account to your user's session; use a value from crypto/rand`
}

func mathRandV2(w http.ResponseWriter, r *http.Request) {
	state := fmt.Sprintf("%x", randv2.Uint64())
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound) // want `state is made from math/rand`
}

func mathRandBytes(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	mrand.Read(b)
	http.Redirect(w, r, conf.AuthCodeURL(hex.EncodeToString(b), opts...), http.StatusFound) // want `state is made from math/rand`
}

func timeNow(w http.ResponseWriter, r *http.Request) {
	state := strconv.FormatInt(time.Now().UnixNano(), 36)
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound) // want `state is made from the time`
}

func timeFormat(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(time.Now().Format(time.RFC3339Nano), opts...), http.StatusFound) // want `state is made from the time`
}

func userID(w http.ResponseWriter, r *http.Request, u *User) {
	http.Redirect(w, r, conf.AuthCodeURL(strconv.Itoa(u.ID), opts...), http.StatusFound) // want `state is made from a user ID`
}

func accountID(w http.ResponseWriter, r *http.Request, u *User) {
	http.Redirect(w, r, conf.AuthCodeURL("link-"+u.AccountID, opts...), http.StatusFound) // want `state is made from a user ID`
}

// A user ID handed to a helper is reported where the caller passes it.
func userIDParam(w http.ResponseWriter, r *http.Request, u *User) {
	redirectWith(w, r, u.AccountID) // want `state is made from a user ID`
}

func redirectWith(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound)
}

func userAndTime(w http.ResponseWriter, r *http.Request, u *User) {
	state := fmt.Sprintf("%s:%d", u.AccountID, time.Now().Unix())
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound) // want `state is made from a user ID and the time`
}

var counter int

func counterState(w http.ResponseWriter, r *http.Request) {
	counter++
	http.Redirect(w, r, conf.AuthCodeURL(strconv.Itoa(counter), opts...), http.StatusFound) // want `state is made from a counter`
}

var requests int64

func atomicCounter(w http.ResponseWriter, r *http.Request) {
	n := atomic.AddInt64(&requests, 1)
	http.Redirect(w, r, conf.AuthCodeURL(fmt.Sprint(n), opts...), http.StatusFound) // want `state is made from a counter`
}

func weakState() string {
	return strconv.FormatInt(mrand.Int63(), 16)
}

func weakHelper(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(weakState(), opts...), http.StatusFound) // want `state is made from math/rand`
}

// Near misses.

func cryptoRand(w http.ResponseWriter, r *http.Request) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		http.Error(w, "no randomness", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, conf.AuthCodeURL(hex.EncodeToString(b[:]), opts...), http.StatusFound)
}

func cryptoRandText(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(rand.Text(), opts...), http.StatusFound)
}

func verifier(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(oauth2.GenerateVerifier(), opts...), http.StatusFound)
}

func uuidNew(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(uuid.New().String(), opts...), http.StatusFound)
}

func uuidNewRandom(w http.ResponseWriter, r *http.Request) {
	id, err := uuid.NewRandom()
	if err != nil {
		return
	}
	http.Redirect(w, r, conf.AuthCodeURL(id.String(), opts...), http.StatusFound)
}

func uuidMust(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(uuid.Must(uuid.NewRandom()).String(), opts...), http.StatusFound)
}

func userIDPlusRandom(w http.ResponseWriter, r *http.Request, u *User) {
	state := u.AccountID + ":" + uuid.NewString()
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound)
}

func timePlusRandom(w http.ResponseWriter, r *http.Request) {
	state := fmt.Sprintf("%d.%s", time.Now().Unix(), oauth2.GenerateVerifier())
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound)
}

func hashOfRandom(w http.ResponseWriter, r *http.Request) {
	sum := sha256.Sum256([]byte(oauth2.GenerateVerifier()))
	http.Redirect(w, r, conf.AuthCodeURL(hex.EncodeToString(sum[:]), opts...), http.StatusFound)
}

// hashOfSession is Atlassian's own suggestion: a hash of the session ID.
func hashOfSession(w http.ResponseWriter, r *http.Request, sessionID string) {
	sum := sha256.Sum256([]byte(sessionID))
	http.Redirect(w, r, conf.AuthCodeURL(hex.EncodeToString(sum[:]), opts...), http.StatusFound)
}

// userName is not an ID and not alone.
func userNamePlusSession(w http.ResponseWriter, r *http.Request, u *User, sessionID string) {
	http.Redirect(w, r, conf.AuthCodeURL(u.Name+sessionID, opts...), http.StatusFound)
}
