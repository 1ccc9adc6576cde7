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

// Elements of slices and maps are the objects put in them.
type pooled struct {
	AccessToken string // want AccessToken:"credential field -> a Bearer Authorization header"
}

var pool []pooled

func fromSlice(req *http.Request) {
	pool = append(pool, pooled{AccessToken: "Slice-Element-Token-8"}) // want `hard-coded credential Slice-… \(21 chars\) reaches a Bearer Authorization header \(through field pooled.AccessToken\)`
	for _, tok := range pool {
		req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	}
	_ = pooled{AccessToken: "Unused-Pooled-Token-9"}
}

// A profile read from a file, or the built-in one through a pointer to
// a package variable; the example is only printed.
type profile struct {
	Email    string
	APIToken string // want APIToken:"credential field -> the password of \\(\\*http.Request\\).SetBasicAuth"
}

var builtIn = profile{Email: "ci@example.com", APIToken: "Builtin-Profile-Token-10"} // want `hard-coded credential Builti… \(24 chars\) reaches the password of \(\*http.Request\).SetBasicAuth \(through field profile.APIToken\)`

func exampleProfile() profile {
	return profile{Email: "you@example.com", APIToken: "Example-Printed-Token-11"}
}

func loadProfile(data []byte, name string) (*profile, error) {
	var all map[string]*profile
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, err
	}
	if p, ok := all[name]; ok {
		return p, nil
	}
	return nil, os.ErrNotExist
}

func profileOrBuiltIn(data []byte, name string) *profile {
	p, err := loadProfile(data, name)
	if err != nil {
		p = &builtIn
	}
	return p
}

func (p *profile) get(req *http.Request) {
	req.SetBasicAuth(p.Email, p.APIToken)
}

// unused is called by nothing, not even through an interface: no
// object reaches it.
func (p *profile) unused(req *http.Request) {
	req.SetBasicAuth(p.Email, p.APIToken)
}

func useProfiles(req *http.Request, data []byte) error {
	profileOrBuiltIn(data, "work").get(req)
	return json.NewEncoder(os.Stdout).Encode(exampleProfile())
}

// An object a function value returns may be any: every store of the
// field counts.
type session struct {
	Token string // want Token:"credential field -> a Bearer Authorization header"
}

var current func() session

func fromFuncValue(req *http.Request) {
	s := current()
	req.Header.Set("Authorization", "Bearer "+s.Token)
	_ = session{Token: "Any-Session-Token-12"} // want `hard-coded credential Any-Se… \(20 chars\) reaches a Bearer Authorization header \(through field session.Token\)`
}

// Other packages call Sign with the tenants they hold, or with those
// this package hands out: a parameter stored into one of those is a
// credential parameter, but a literal in one is not known to be sent.
// The developer tenant stays here and only checks signatures.
type Tenant struct {
	ClientKey    string
	SharedSecret string // want SharedSecret:"credential field -> a Bearer Authorization header"
}

var devTenant = Tenant{ClientKey: "jira:6f1c2d7e-4b8a-4c3e-9a5f-1d2e3f4a5b6c", SharedSecret: "Dev-Tenant-Key-13"}

func DefaultTenant() *Tenant {
	return &Tenant{ClientKey: "jira:default", SharedSecret: "Handed-Out-Key-14"}
}

func NewTenant(key, secret string) *Tenant { // want NewTenant:"credential sinks: param 1 -> a Bearer Authorization header"
	return &Tenant{ClientKey: key, SharedSecret: secret}
}

func Sign(req *http.Request, t *Tenant) {
	req.Header.Set("Authorization", "Bearer "+t.SharedSecret)
}

func checkDev(sig string) bool { return sig == devTenant.SharedSecret }

// The elements of a map kept in a field are those stored through the
// field; the sample is only printed.
type install struct {
	Secret string // want Secret:"credential field -> a Bearer Authorization header"
}

type installs struct{ m map[string]install }

var sample = install{Secret: "Sample-Install-Key-15"}

func newInstalls() *installs { return &installs{m: map[string]install{}} }

func (s *installs) add(key string, in install) { s.m[key] = in }

func (s *installs) sign(req *http.Request, key string) {
	req.Header.Set("Authorization", "Bearer "+s.m[key].Secret)
}

func useInstalls(req *http.Request) error {
	s := newInstalls()
	s.add("a", install{Secret: "Stored-Install-Key-16"}) // want `hard-coded credential Stored… \(21 chars\) reaches a Bearer Authorization header \(through field install.Secret\)`
	s.sign(req, "a")
	return json.NewEncoder(os.Stdout).Encode(sample)
}
