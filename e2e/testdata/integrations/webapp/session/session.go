// Package session keeps the web app's sessions in memory and holds the
// OAuth state helpers the handlers share.
package session

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"

	"golang.org/x/oauth2"
)

// Cookie names.
const (
	SessionCookie = "teamsync_session"
	StateCookie   = "teamsync_oauth_state"
)

// Session is what the app knows about a signed-in user.
type Session struct {
	ID        string
	AccountID string
	CloudID   string
	SiteName  string // acme, for acme.atlassian.net
	Email     string
	APIToken  string // for users who connect with an API token instead of OAuth
	State     string // the state of the authorization in progress
	Token     *oauth2.Token
}

// Store keeps sessions in memory.
type Store struct {
	mu sync.Mutex
	m  map[string]*Session
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{m: map[string]*Session{}} }

// Get returns the request's session, or a new one.
func (s *Store) Get(r *http.Request) *Session {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, err := r.Cookie(SessionCookie); err == nil {
		if sess, ok := s.m[c.Value]; ok {
			return sess
		}
	}
	id, _ := NewState()
	sess := &Session{ID: id}
	s.m[id] = sess
	return sess
}

// Save stores sess and sets its cookie.
func (s *Store) Save(w http.ResponseWriter, sess *Session) {
	s.mu.Lock()
	s.m[sess.ID] = sess
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: sess.ID, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// NewState returns 32 random bytes, URL-safe.
func NewState() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// SetStateCookie remembers state in the browser for the callback.
func SetStateCookie(w http.ResponseWriter, state string) {
	http.SetCookie(w, &http.Cookie{Name: StateCookie, Value: state, Path: "/oauth", MaxAge: 600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// Errors of VerifyState.
var (
	ErrNoState       = errors.New("no OAuth state cookie")
	ErrStateMismatch = errors.New("the OAuth state does not match")
)

// VerifyState compares the callback's state parameter with the state
// cookie set when the user was sent to Atlassian.
func VerifyState(r *http.Request) error {
	c, err := r.Cookie(StateCookie)
	if err != nil || c.Value == "" {
		return ErrNoState
	}
	if subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.FormValue("state"))) != 1 {
		return ErrStateMismatch
	}
	return nil
}

// RequireState lets a callback through only when its state matches.
func RequireState(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := VerifyState(r); err != nil {
			http.Error(w, err.Error(), http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// StateFor is the state of a re-consent: derived from the account so
// that it survives a lost cookie.
func StateFor(accountID string) string {
	sum := sha256.Sum256([]byte("teamsync-reconsent:" + accountID))
	return hex.EncodeToString(sum[:16])
}

var installs atomic.Uint64

// InstallState numbers the install links the admin page hands out.
func InstallState() string {
	return "install-" + strconv.FormatUint(installs.Add(1), 10)
}
