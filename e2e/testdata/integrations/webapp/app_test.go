package webapp

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/oauth2"

	"example.com/integrations/webapp/session"
)

func testApp() *App {
	// OK(secrets/hardcoded-credential): a placeholder made of descriptive words.
	a := New(Config{ClientID: "teamsync-test", ClientSecret: "your-client-secret"})
	// OK(oauthstate/insecure-redirect): http on a loopback address is allowed.
	a.oauth.RedirectURL = "http://localhost:8080/oauth/callback"
	return a
}

func TestLoginSetsState(t *testing.T) {
	a := testApp()
	rec := httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/login", nil))
	if rec.Code != http.StatusFound {
		t.Fatalf("status %d", rec.Code)
	}
	loc := rec.Header().Get("Location")
	if !strings.Contains(loc, "prompt=consent") || !strings.Contains(loc, "state=") {
		t.Errorf("Location = %s", loc)
	}
}

func TestCallbackRefusesWrongState(t *testing.T) {
	a := testApp()
	req := httptest.NewRequest("GET", "/oauth/callback?code=abc&state=forged", nil)
	req.AddCookie(&http.Cookie{Name: session.StateCookie, Value: "expected"})
	rec := httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Errorf("status %d, want 403", rec.Code)
	}
}

func TestProjectsNeedsSession(t *testing.T) {
	a := testApp()
	sess := a.sessions.Get(httptest.NewRequest("GET", "/", nil))
	// OK(secrets/hardcoded-credential): descriptive words, and a test fixture.
	sess.Token = &oauth2.Token{AccessToken: "access-token", RefreshToken: "refresh-token"}
	if !sess.Token.Valid() {
		t.Error("a token without expiry should be valid")
	}
}
