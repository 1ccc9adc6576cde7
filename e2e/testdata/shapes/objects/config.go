// Package objects is the configuration and client of a sync tool:
// shape 9 of issue 12. A literal stored into a field of one value
// reaches a sink only if that value flows there; another value of the
// same type, read from a file, carries none of it.
package objects

import (
	"context"
	"encoding/json"
	"net/http"
	"os"

	"example.com/shapes/agent"
)

// Config is what ~/.jirasync.json holds.
type Config struct {
	Site     string `json:"site"` // acme, for acme.atlassian.net
	Email    string `json:"email"`
	APIToken string `json:"api_token"`
}

// Template is what "jirasync init" writes for the user to fill in.
// Its token is the text the README tells users to replace; it is
// written to a file, never sent.
func Template() Config {
	return Config{
		Site:  "acme",
		Email: "jane@acme.example",
		// OK(secrets/hardcoded-credential): this value is written to a file, never sent.
		APIToken: "hunter2hunter2",
	}
}

// WriteTemplate writes the template to path.
func WriteTemplate(path string) error {
	b, err := json.MarshalIndent(Template(), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

// Load reads the user's configuration.
func Load(path string) (Config, error) {
	var cfg Config
	b, err := os.ReadFile(path)
	if err != nil {
		return cfg, err
	}
	err = json.Unmarshal(b, &cfg)
	return cfg, err
}

// Myself asks who the configured user is.
func Myself(ctx context.Context, cfg Config) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+cfg.Site+".atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(cfg.Email, cfg.APIToken)
	return agent.Client().Do(req)
}

// Run loads the configuration and checks it.
func Run(ctx context.Context, path string) error {
	cfg, err := Load(path)
	if err != nil {
		return err
	}
	res, err := Myself(ctx, cfg)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
