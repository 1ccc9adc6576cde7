package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"

	"example.com/integrations/internal/httpx"
	"example.com/integrations/internal/identity"
)

// Profile is a site and the API token to reach it, for commands that
// do not use OAuth.
type Profile struct {
	Name     string `json:"name"`
	Site     string `json:"site"`
	Email    string `json:"email"`
	APIToken string `json:"apiToken"`
}

// exampleProfile is what `atlctl profile example` prints.
func exampleProfile() Profile {
	return Profile{
		Name:  "work",
		Site:  "acme",
		Email: "you@acme.example",
		// MISTAKE(secrets/credential-name): a token-like literal in a field named APIToken, outside a test.
		// OK(secrets/hardcoded-credential): this object is only printed; it never reaches SetBasicAuth.
		APIToken: "Xq4ZpT8vR2mLw9KcN7bY3hJd6fG1sQe5",
	}
}

// ciProfile is used on CI runners, which have no profile file.
var ciProfile = Profile{
	Name:  "ci",
	Site:  "acme",
	Email: "ci-bot@acme.example",
	// MISTAKE(secrets/hardcoded-credential): this object reaches SetBasicAuth in get when no profile file exists.
	// OK(secrets/credential-name): one literal gets one finding, the more specific hardcoded-credential.
	APIToken: "Lp7Wn2Qx9Rv4Kt8Zm3Hb6Yc1Fd5Gs0Ja",
}

func loadProfile(name string) (*Profile, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(dir, "atlctl", "profiles.json"))
	if err != nil {
		return nil, err
	}
	var all map[string]*Profile
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, err
	}
	if p, ok := all[name]; ok {
		return p, nil
	}
	return nil, os.ErrNotExist
}

func profileOrCI(name string) *Profile {
	p, err := loadProfile(name)
	if err != nil {
		p = &ciProfile
	}
	return p
}

// get reads a REST resource of the profile's site.
func (p *Profile) get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+p.Site+".atlassian.net"+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(p.Email, p.APIToken)
	req.Header.Set("User-Agent", identity.UserAgentFor("atlctl"))
	// OK(siteurl/bearer-to-site): Basic auth with an API token belongs at the site.
	return httpx.NewClient().Do(req)
}

// raw fetches a path the way curl would; some corporate proxies only
// let curl through.
func (p *Profile) raw(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+p.Site+".atlassian.net"+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(p.Email, p.APIToken)
	// MISTAKE(useragent/library): pretends to be curl.
	// OK(useragent/convention): a library's agent is reported as library only.
	req.Header.Set("User-Agent", "curl/8.4.0")
	return http.DefaultClient.Do(req)
}
