package connect

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
	oauthjira "golang.org/x/oauth2/jira"

	"example.com/integrations/internal/httpx"
	"example.com/integrations/internal/identity"
)

// Tenant is one installation of the app, from the installed callback.
type Tenant struct {
	ClientKey     string `json:"clientKey"`
	SharedSecret  string `json:"sharedSecret"`
	BaseURL       string `json:"baseUrl"`
	OAuthClientID string `json:"oauthClientId"`
	Site          string `json:"-"` // acme, for https://acme.atlassian.net
}

// devTenant is the developer site's installation, for testing the
// JWT check without installing the app.
var devTenant = Tenant{
	// OK(secrets/credential-name): a Connect clientKey identifies an installation; it is not a key to anything.
	ClientKey: "jira:6f1c2d7e-4b8a-4c3e-9a5f-1d2e3f4a5b6c",
	// MISTAKE(secrets/credential-name): the developer site's shared secret, in the source.
	SharedSecret: "CN9l3QgXJQZ5IK4GOdQUbXNHVubNVl5Mg3ba9vNE",
	BaseURL:      "https://teamsync-dev.atlassian.net",
}

// Store holds the installations.
type Store struct {
	mu      sync.Mutex
	tenants map[string]Tenant
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{tenants: map[string]Tenant{}} }

// Installed is the installed lifecycle callback.
func (s *Store) Installed(w http.ResponseWriter, r *http.Request) {
	var t Tenant
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil || t.ClientKey == "" {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(t.BaseURL)
	if err != nil || !strings.HasSuffix(u.Hostname(), ".atlassian.net") {
		http.Error(w, "not a Cloud site", http.StatusBadRequest)
		return
	}
	t.Site = strings.TrimSuffix(u.Hostname(), ".atlassian.net")
	s.mu.Lock()
	s.tenants[t.ClientKey] = t
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// Lookup returns an installation.
func (s *Store) Lookup(clientKey string) (Tenant, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tenants[clientKey]
	return t, ok
}

// VerifyDevJWT checks a token signed for the developer site.
func VerifyDevJWT(token string) error {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return errors.New("not a JWT")
	}
	mac := hmac.New(sha256.New, []byte(devTenant.SharedSecret))
	mac.Write([]byte(parts[0] + "." + parts[1]))
	if !hmac.Equal([]byte(base64.RawURLEncoding.EncodeToString(mac.Sum(nil))), []byte(parts[2])) {
		return errors.New("bad signature")
	}
	return nil
}

// appJWT signs a token for a request the app makes as itself.
func appJWT(t Tenant, method, path string) string {
	qsh := sha256.Sum256([]byte(strings.ToUpper(method) + "&" + path + "&"))
	now := time.Now().Unix()
	header := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	claims, _ := json.Marshal(map[string]any{"iss": "jira-teamsync-int", "iat": now, "exp": now + 180, "qsh": fmt.Sprintf("%x", qsh)})
	payload := base64.RawURLEncoding.EncodeToString(claims)
	mac := hmac.New(sha256.New, []byte(t.SharedSecret))
	mac.Write([]byte(header + "." + payload))
	return header + "." + payload + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// ServerInfo reads the site's version as the app itself, with a
// Connect JWT.
func ServerInfo(ctx context.Context, t Tenant) (*http.Response, error) {
	const path = "/rest/api/3/serverInfo"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+t.Site+".atlassian.net"+path, nil)
	if err != nil {
		return nil, err
	}
	// OK(secrets/hardcoded-credential): "JWT " is the syntax of the header; the token is computed.
	req.Header.Set("Authorization", "JWT "+appJWT(t, http.MethodGet, path))
	req.Header.Set("User-Agent", identity.UserAgentFor("connect"))
	// OK(siteurl/bearer-to-site): a Connect JWT, not an OAuth bearer token, and it is meant for the site.
	return http.DefaultClient.Do(req)
}

// CommentAs adds a comment as a user, with a user-impersonation token.
func CommentAs(ctx context.Context, t Tenant, accountID, issueKey, text string) error {
	cfg := &oauthjira.Config{
		BaseURL: t.BaseURL,
		Subject: accountID,
		Config: oauth2.Config{
			ClientID:     t.OAuthClientID,
			ClientSecret: t.SharedSecret,
			Endpoint: oauth2.Endpoint{
				AuthURL:  "https://oauth-2-authorization-server.services.atlassian.com",
				TokenURL: "https://oauth-2-authorization-server.services.atlassian.com/oauth2/token",
			},
		},
	}
	hc := cfg.Client(context.WithValue(ctx, oauth2.HTTPClient, httpx.NewClient()))
	body := fmt.Sprintf(`{"body":{"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":%q}]}]}}`, text)
	// OK(siteurl/bearer-to-site): a Connect user-impersonation token is meant for the site URL.
	// OK(useragent/default): the base client in the context sets the User-Agent.
	res, err := hc.Post("https://"+t.Site+".atlassian.net/rest/api/3/issue/"+url.PathEscape(issueKey)+"/comment", "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		return fmt.Errorf("commenting on %s: %s", issueKey, res.Status)
	}
	return nil
}
