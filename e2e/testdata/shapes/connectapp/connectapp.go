// Package connectapp is an Atlassian Connect app's installation store.
// A clientKey names an installation ("jira:" and a UUID); it is not a
// secret. The shared secret is.
package connectapp

import (
	"encoding/json"
	"net/http"
	"sync"
)

// Installation is what Jira posts to the app's installed callback.
type Installation struct {
	Key          string `json:"key"`
	ClientKey    string `json:"clientKey"`
	SharedSecret string `json:"sharedSecret"`
	BaseURL      string `json:"baseUrl"`
}

// Store keeps installations by client key.
type Store struct {
	mu   sync.Mutex
	byCK map[string]Installation
}

// NewStore returns a store seeded with the development instance.
func NewStore() *Store {
	s := &Store{byCK: map[string]Installation{}}
	dev := Installation{
		Key: "jira-shapes-int",
		// OK(secrets/credential-name): a client key names an installation.
		ClientKey: "jira:5f1c9a4e-8b2d-4c7e-9f3a-2d6b8e0c1a47",
		BaseURL:   "https://acme-dev.atlassian.net",
	}
	s.byCK[dev.ClientKey] = dev
	return s
}

// legacyClientKey is the client key of the instance the app was built for.
//
// OK(secrets/credential-name): a client key names an installation.
const legacyClientKey = "confluence:8a3e7f21-0c9d-4b5a-a6e2-71d4c3b9f058"

// devSharedSecret was the development instance's secret.
//
// MISTAKE(secrets/credential-name): a shared secret, kept in the source.
const devSharedSecret = "qT7vLx2Rk9ZpW4mNc8Hs"

// Legacy returns the legacy installation.
func (s *Store) Legacy() (Installation, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in, ok := s.byCK[legacyClientKey]
	if !ok {
		in = Installation{ClientKey: legacyClientKey, SharedSecret: devSharedSecret}
	}
	return in, ok
}

// Installed handles the installed lifecycle callback.
func (s *Store) Installed(w http.ResponseWriter, r *http.Request) {
	var in Installation
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.byCK[in.ClientKey] = in
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}
