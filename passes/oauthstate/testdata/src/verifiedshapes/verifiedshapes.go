// Package verifiedshapes checks state in the ways real callbacks do
// that are not a plain ==: a helper that exchanges after the caller
// checked, keys built from the state, a signed state taken apart, the
// query map, a store behind an interface. None of these is reported;
// the near misses at the end are.
package verifiedshapes

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

type Server struct {
	conf  *oauth2.Config
	store StateStore
	kv    KV
}

// StateStore keeps the states handed out, behind an interface.
type StateStore interface {
	Validate(r *http.Request) error
	Session(r *http.Request) (map[string]string, error)
}

// KV is a key-value store such as Redis.
type KV interface {
	GetDel(ctx context.Context, key string) (string, error)
}

func (s *Server) checkState(r *http.Request) error { // want checkState:`^checks state \(result 0 nil\)$`
	c, err := r.Cookie("oauth_state")
	if err != nil {
		return err
	}
	if c.Value != r.FormValue("state") {
		return errors.New("state mismatch")
	}
	return nil
}

// The caller checks state, the helper reads the code and exchanges it.
func (s *Server) callback(w http.ResponseWriter, r *http.Request) {
	if err := s.checkState(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.completeAuth(w, r)
}

func (s *Server) completeAuth(w http.ResponseWriter, r *http.Request) {
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code"))
	_, _ = tok, err
}

var (
	mu    sync.Mutex
	store = map[string]string{}
)

// A server-side store keyed by a prefixed state.
func prefixedKey(w http.ResponseWriter, r *http.Request) {
	key := "oauth_state:" + r.FormValue("state")
	mu.Lock()
	verifier, ok := store[key]
	delete(store, key)
	mu.Unlock()
	if !ok {
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"), oauth2.VerifierOption(verifier))
	_, _ = tok, err
}

// A key formatted with fmt.Sprintf, looked up in a store atlvet cannot see.
func (s *Server) sprintfKey(w http.ResponseWriter, r *http.Request) {
	v, err := s.kv.GetDel(r.Context(), fmt.Sprintf("oauth:%s", r.URL.Query().Get("state")))
	if err != nil || v == "" {
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	_, _ = tok, err
}

var key = []byte("k")

// A signed, stateless state: payload.signature, bound to the session.
func signedState(w http.ResponseWriter, r *http.Request) {
	payload, sig, found := strings.Cut(r.FormValue("state"), ".")
	if !found {
		return
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(payload))
	want := base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(sig), []byte(want)) {
		return
	}
	c, err := r.Cookie("sid")
	if err != nil || payload != c.Value {
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	_, _ = tok, err
}

// The query map indexed directly.
func queryMap(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	c, err := r.Cookie("oauth_state")
	if err != nil || len(q["state"]) == 0 || q["state"][0] != c.Value {
		return
	}
	tok, err := conf.Exchange(r.Context(), q["code"][0])
	_, _ = tok, err
}

// A store behind an interface that gets the whole request and whose
// verdict guards the exchange.
func (s *Server) interfaceStore(w http.ResponseWriter, r *http.Request) {
	if err := s.store.Validate(r); err != nil {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code"))
	_, _ = tok, err
}

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/callback", s.callback)
	mux.HandleFunc("/callback/prefixed", prefixedKey)
	mux.HandleFunc("/callback/sprintf", s.sprintfKey)
	mux.HandleFunc("/callback/signed", signedState)
	mux.HandleFunc("/callback/query", queryMap)
	mux.HandleFunc("/callback/store", s.interfaceStore)
	mux.HandleFunc("/callback/unchecked", s.uncheckedCaller)
}

// Near misses, reported.

// A helper reached from a handler that does not check.
func (s *Server) exchangeFor(w http.ResponseWriter, r *http.Request) {
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

func (s *Server) uncheckedCaller(w http.ResponseWriter, r *http.Request) {
	s.exchangeFor(w, r)
}

// The state only printed, or only tested for a prefix.
func printedOnly(w http.ResponseWriter, r *http.Request) {
	state := r.FormValue("state")
	fmt.Printf("callback with state %s\n", state)
	if !strings.HasPrefix(state, "atl-") {
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

// The query map's state only counted.
func queryMapCounted(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if len(q["state"]) == 0 {
		return
	}
	tok, err := conf.Exchange(r.Context(), q.Get("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

// The store's verdict ignored, and a call that returns more than a
// verdict: a session, not a check.
func (s *Server) verdictIgnored(w http.ResponseWriter, r *http.Request) {
	s.store.Validate(r)
	sess, err := s.store.Session(r)
	if err != nil {
		return
	}
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _, _ = sess, tok, err
}

// A map reassigned in a loop: its lookups go through a cycle of phis
// (this overflowed the stack).
func loopedMap(w http.ResponseWriter, r *http.Request, first, fallback map[string][]string) {
	q := first
	for i := 0; i < 3; i++ {
		if len(q["state"]) == 0 {
			q = fallback
		}
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}
