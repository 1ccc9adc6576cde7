// want package:"has credential sinks"

// Package objects reads credentials from fields of objects: a literal
// reaches a sink only if the object it was stored into flows there.
package objects

import (
	"encoding/json"
	"net/http"
	"os"
)

type Config struct {
	Email    string
	APIToken string // want APIToken:"credential field -> the password of \\(\\*http.Request\\).SetBasicAuth"
}

// template is written to a file for the user to fill in: its token is
// never sent.
func template() Config {
	return Config{Email: "jane@example.com", APIToken: "Template-Token-Never-Sent-1"}
}

func writeTemplate(path string) error {
	b, err := json.Marshal(template())
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

func load(path string) (Config, error) {
	var cfg Config
	b, err := os.ReadFile(path)
	if err != nil {
		return cfg, err
	}
	err = json.Unmarshal(b, &cfg)
	return cfg, err
}

// myself's cfg is only ever what load read.
func myself(req *http.Request, cfg Config) {
	req.SetBasicAuth(cfg.Email, cfg.APIToken)
}

func fromFile(req *http.Request, path string) error {
	cfg, err := load(path)
	if err != nil {
		return err
	}
	myself(req, cfg)
	return nil
}

type Token struct {
	AccessToken string // want AccessToken:"credential field -> a Bearer Authorization header"
}

func attach(req *http.Request, tok Token) {
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
}

// The literal object is the one attached.
func withFallback(req *http.Request) {
	tok := Token{AccessToken: os.Getenv("ACCESS_TOKEN")}
	if tok.AccessToken == "" {
		tok = Token{AccessToken: "Fallback-Access-Token-2"} // want `hard-coded credential Fallba… \(23 chars\) reaches a Bearer Authorization header \(through field Token.AccessToken\)`
	}
	attach(req, tok)
}

// banner's token is shown, never attached.
func banner() Token { return Token{AccessToken: "Banner-Shown-Not-Sent-3"} }

// A store through a pointer parameter fills the caller's object.
func setDefaults(c *Config) { c.APIToken = "Default-Through-Pointer-4" } // want `hard-coded credential Defaul… \(25 chars\) reaches the password of \(\*http.Request\).SetBasicAuth \(through field Config.APIToken\)`

func withDefaults(req *http.Request) {
	var cfg Config
	setDefaults(&cfg)
	req.SetBasicAuth(cfg.Email, cfg.APIToken)
}

// So does a method with a pointer receiver.
func (c *Config) useBuiltIn() { c.APIToken = "Builtin-Through-Receiver-5" } // want `hard-coded credential Builti… \(26 chars\) reaches the password of \(\*http.Request\).SetBasicAuth \(through field Config.APIToken\)`

func withBuiltIn(req *http.Request) {
	cfg := Config{Email: "bot@example.com"}
	cfg.useBuiltIn()
	req.SetBasicAuth(cfg.Email, cfg.APIToken)
}

// An object held in a field of another object.
type app struct {
	name string
	cfg  Config
}

func (a *app) call(req *http.Request) {
	req.SetBasicAuth(a.cfg.Email, a.cfg.APIToken)
}

func runApp(req *http.Request, path string) {
	cfg, _ := load(path)
	a := &app{name: "sync", cfg: cfg}
	a.call(req)
	b := &app{name: "demo", cfg: Config{APIToken: "Nested-Object-Token-6"}} // want `hard-coded credential Nested… \(21 chars\) reaches the password of \(\*http.Request\).SetBasicAuth \(through field Config.APIToken\)`
	b.call(req)
	// A nested object that is never used for a request.
	_ = app{name: "docs", cfg: Config{APIToken: "Nested-Never-Used-7"}}
}

// Objects that cannot be told apart (elements of a slice) fall back to
// every store of the field in the package.
type pooled struct {
	AccessToken string // want AccessToken:"credential field -> a Bearer Authorization header"
}

var pool []pooled

func fromSlice(req *http.Request) {
	pool = append(pool, pooled{AccessToken: "Slice-Element-Token-8"}) // want `hard-coded credential Slice-… \(21 chars\) reaches a Bearer Authorization header \(through field pooled.AccessToken\)`
	for _, tok := range pool {
		req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	}
	_ = pooled{AccessToken: "Unused-Pooled-Token-9"} // want `hard-coded credential Unused… \(21 chars\) reaches a Bearer Authorization header \(through field pooled.AccessToken\)`
}
