// Package serverstore keeps OAuth state on the server, keyed by the
// state itself, with a time to live.
package serverstore

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

type pendingAuth struct {
	userID  string
	expires time.Time
}

// StateStore remembers the states handed out for ten minutes.
type StateStore struct {
	mu      sync.Mutex
	pending map[string]pendingAuth
	ttl     time.Duration
}

func NewStateStore() *StateStore {
	return &StateStore{pending: map[string]pendingAuth{}, ttl: 10 * time.Minute}
}

func (s *StateStore) New(userID string) (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	state := base64.RawURLEncoding.EncodeToString(b)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pending[state] = pendingAuth{userID: userID, expires: time.Now().Add(s.ttl)}
	return state, nil
}

// Consume returns the user the state was issued to, once.
func (s *StateStore) Consume(state string) (string, error) { // want Consume:`^compares param 1 \(result 1 nil\)$`
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.pending[state]
	delete(s.pending, state)
	if !ok || time.Now().After(p.expires) {
		return "", errors.New("unknown or expired state")
	}
	return p.userID, nil
}

type Server struct {
	conf   *oauth2.Config
	states *StateStore
	tokens map[string]*oauth2.Token
}

func NewServer(clientID, secret string) *Server {
	return &Server{
		conf: &oauth2.Config{
			ClientID:     clientID,
			ClientSecret: secret,
			RedirectURL:  "https://jira-sync.example.com/callback",
			Endpoint: oauth2.Endpoint{
				AuthURL:  "https://auth.atlassian.com/authorize",
				TokenURL: "https://auth.atlassian.com/oauth/token",
			},
		},
		states: NewStateStore(),
		tokens: map[string]*oauth2.Token{},
	}
}

func (s *Server) Connect(w http.ResponseWriter, r *http.Request) {
	state, err := s.states.New(r.Header.Get("X-User-ID"))
	if err != nil {
		http.Error(w, "cannot start", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, s.conf.AuthCodeURL(state,
		oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
		oauth2.ApprovalForce), http.StatusFound)
}

func (s *Server) Callback(w http.ResponseWriter, r *http.Request) {
	userID, err := s.states.Consume(r.URL.Query().Get("state"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.tokens[userID] = tok
}

// CallbackNoCheck is the same callback before the store existed.
func (s *Server) CallbackNoCheck(w http.ResponseWriter, r *http.Request) {
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code")) // want `the callback exchanges the authorization code without first comparing`
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.tokens[r.Header.Get("X-User-ID")] = tok
}

// Pending is a generic server-side store.
type Pending[T any] struct {
	mu sync.Mutex
	m  map[string]T
}

// Take removes and returns the value stored under state.
func (p *Pending[T]) Take(state string) (T, bool) { // want Take:`^compares param 1 \(result 1 true\)$`
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.m[state]
	delete(p.m, state)
	return v, ok
}

type GenericServer struct {
	conf    *oauth2.Config
	pending *Pending[string]
}

func (s *GenericServer) Callback(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.pending.Take(r.FormValue("state")); !ok {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code"))
	_, _ = tok, err
}

// firstOf is a generic helper; the state it picks is constant.
func firstOf[T ~string](xs ...T) T { return xs[0] }

func (s *GenericServer) Login(w http.ResponseWriter, r *http.Request) {
	conf := &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}
	http.Redirect(w, r, conf.AuthCodeURL(firstOf("a", "b"), oauth2.ApprovalForce, oauth2.SetAuthURLParam("audience", "api.atlassian.com")), http.StatusFound)
}
