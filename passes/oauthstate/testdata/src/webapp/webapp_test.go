package webapp

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// Tests use fixed states and inspect partial URLs: not reported.
func TestLoginURL(t *testing.T) {
	a := NewApp()
	u := a.oauth.AuthCodeURL("test-state")
	if !strings.Contains(u, "state=test-state") {
		t.Fatal(u)
	}
	rec := httptest.NewRecorder()
	a.legacyCallback(rec, httptest.NewRequest("GET", "/legacy/callback?code=x", nil))
	tok, err := a.oauth.Exchange(t.Context(), "code")
	_, _ = tok, err
}
