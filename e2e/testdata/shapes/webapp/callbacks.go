package webapp

import (
	"crypto/subtle"
	"log"
	"net/http"

	"example.com/shapes/webapp/statecheck"
)

// handleCallback compares the state and refuses a mismatch.
func (s *Server) handleCallback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(statecheck.Cookie)
	if err != nil {
		http.Error(w, "missing state cookie", http.StatusBadRequest)
		return
	}
	if subtle.ConstantTimeCompare([]byte(r.URL.Query().Get("state")), []byte(c.Value)) != 1 {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	// OK(oauthstate/unverified-state): reached only after the comparison succeeded.
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.keep(w, r, tok)
}

// handleCallbackLogged only logs a mismatch and goes on.
func (s *Server) handleCallbackLogged(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(statecheck.Cookie)
	if err != nil {
		http.Error(w, "missing state cookie", http.StatusBadRequest)
		return
	}
	if r.URL.Query().Get("state") != c.Value {
		log.Printf("oauth: state mismatch from %s", r.RemoteAddr)
	}
	// MISTAKE(oauthstate/unverified-state): a mismatch is logged, and the exchange runs anyway.
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.keep(w, r, tok)
}

// handleCallbackIgnored computes whether the state matches and never
// looks at the answer.
func (s *Server) handleCallbackIgnored(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(statecheck.Cookie)
	if err != nil {
		http.Error(w, "missing state cookie", http.StatusBadRequest)
		return
	}
	valid := subtle.ConstantTimeCompare([]byte(r.FormValue("state")), []byte(c.Value)) == 1
	_ = valid // TODO: refuse invalid states once the mobile app sends them
	// MISTAKE(oauthstate/unverified-state): the result of the comparison is ignored.
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.keep(w, r, tok)
}

// handleCallbackOptionalCookie checks the state only when the cookie
// is there; an attacker's request without it goes straight through.
func (s *Server) handleCallbackOptionalCookie(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if c, err := r.Cookie(statecheck.Cookie); err == nil {
		if c.Value != q.Get("state") {
			http.Error(w, "invalid state", http.StatusBadRequest)
			return
		}
	}
	// MISTAKE(oauthstate/unverified-state): without the cookie the comparison is skipped.
	tok, err := s.conf.Exchange(r.Context(), q.Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.keep(w, r, tok)
}

// handleCallbackStored keeps the returned state for "later analysis"
// and compares it with nothing.
func (s *Server) handleCallbackStored(w http.ResponseWriter, r *http.Request) {
	sid, err := r.Cookie("session")
	if err != nil {
		http.Error(w, "no session", http.StatusUnauthorized)
		return
	}
	sess := s.sessions[sid.Value]
	if sess == nil {
		sess = map[string]string{}
		s.sessions[sid.Value] = sess
	}
	sess["returned_state"] = r.FormValue("state")
	// MISTAKE(oauthstate/unverified-state): the state is stored, never compared.
	tok, err := s.conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.keep(w, r, tok)
}

// verifyState compares the state with the cookie and writes the error
// response itself.
func (s *Server) verifyState(w http.ResponseWriter, r *http.Request) bool {
	c, err := r.Cookie(statecheck.Cookie)
	if err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return false
	}
	return true
}

// handleCallbackFlag calls the helper and ignores its answer: the
// error response is written, and the exchange still runs.
func (s *Server) handleCallbackFlag(w http.ResponseWriter, r *http.Request) {
	s.verifyState(w, r)
	// MISTAKE(oauthstate/unverified-state): verifyState's result is ignored.
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	s.keep(w, r, tok)
}

// handleCallbackHelper verifies through the helper of another package.
func (s *Server) handleCallbackHelper(w http.ResponseWriter, r *http.Request) {
	if err := statecheck.Verify(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	// OK(oauthstate/unverified-state): statecheck.Verify succeeded first.
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.keep(w, r, tok)
}

// handleCallbackHelperIgnored calls the same helper and drops its error.
func (s *Server) handleCallbackHelperIgnored(w http.ResponseWriter, r *http.Request) {
	if err := statecheck.Verify(r); err != nil {
		log.Printf("oauth: %v", err)
	}
	// MISTAKE(oauthstate/unverified-state): the helper's error is only logged.
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.keep(w, r, tok)
}

// handleCallbackBehindMiddleware is registered behind
// statecheck.Middleware, which refuses a mismatch.
func (s *Server) handleCallbackBehindMiddleware(w http.ResponseWriter, r *http.Request) {
	// OK(oauthstate/unverified-state): the middleware of another package compared the state.
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s.keep(w, r, tok)
}
