package branches

import (
	"net/http"
)

const (
	siteBase    = "https://acme.atlassian.net"
	gatewayBase = "https://api.atlassian.com/ex/jira/11223344-a1b2-3b33-c444-def123456789"
)

type Config struct {
	OAuth    bool
	Token    string
	Email    string
	APIToken string
}

// The URL and the Authorization header chosen together: never meet.
func together(cfg Config) (*http.Response, error) {
	var base, auth string
	if cfg.OAuth {
		base, auth = gatewayBase, "Bearer "+cfg.Token
	} else {
		base, auth = siteBase, "Basic "+cfg.APIToken
	}
	req, err := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", auth)
	return http.DefaultClient.Do(req)
}

// The same condition tested twice, through a field.
func twice(cfg *Config) (*http.Response, error) {
	base := siteBase
	if cfg.OAuth {
		base = gatewayBase
	}
	req, err := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	if cfg.OAuth {
		req.Header.Set("Authorization", "Bearer "+cfg.Token)
	} else {
		req.SetBasicAuth(cfg.Email, cfg.APIToken)
	}
	return http.DefaultClient.Do(req)
}

// The same condition, negated, through a local variable.
func negated(cfg Config) (*http.Response, error) {
	basic := cfg.Token == ""
	base := gatewayBase
	if basic {
		base = siteBase
	}
	req, _ := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	if !basic {
		req.Header.Set("Authorization", "Bearer "+cfg.Token)
	} else {
		req.SetBasicAuth(cfg.Email, cfg.APIToken)
	}
	return http.DefaultClient.Do(req)
}

// The send itself only happens on the bearer branch, to the gateway.
func sendInBranch(cfg Config) (*http.Response, error) {
	if cfg.OAuth {
		req, _ := http.NewRequest("GET", gatewayBase+"/rest/api/3/myself", nil)
		req.Header.Set("Authorization", "Bearer "+cfg.Token)
		return http.DefaultClient.Do(req)
	}
	req, _ := http.NewRequest("GET", siteBase+"/rest/api/3/myself", nil)
	req.SetBasicAuth(cfg.Email, cfg.APIToken)
	return http.DefaultClient.Do(req)
}

// Two constructors and a field each: which goes with which is not
// known, so nothing is said.
type Client struct {
	base, token, email, apiToken string
}

func NewOAuth(token string) *Client { return &Client{base: gatewayBase, token: token} }

func NewBasic(email, apiToken string) *Client {
	return &Client{base: siteBase, email: email, apiToken: apiToken}
}

func (c *Client) Myself() (*http.Response, error) {
	req, _ := http.NewRequest("GET", c.base+"/rest/api/3/myself", nil)
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	} else {
		req.SetBasicAuth(c.email, c.apiToken)
	}
	return http.DefaultClient.Do(req)
}

// Mistakes.

// The branches crossed: the bearer token goes to the site.
func crossed(cfg Config) (*http.Response, error) {
	var base, auth string
	if cfg.OAuth {
		base, auth = siteBase, "Bearer "+cfg.Token
	} else {
		base, auth = gatewayBase, "Basic "+cfg.APIToken
	}
	req, _ := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", auth)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// The gateway only when a cloud ID is known, the bearer token always.
func fallback(cloudID, token string) (*http.Response, error) {
	base := siteBase
	if cloudID != "" {
		base = "https://api.atlassian.com/ex/jira/" + cloudID
	}
	req, _ := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Always the site, sometimes a bearer token.
func sometimes(cfg Config) (*http.Response, error) {
	req, _ := http.NewRequest("GET", siteBase+"/rest/api/3/myself", nil)
	if cfg.Token != "" {
		req.Header.Set("Authorization", "Bearer "+cfg.Token)
	} else {
		req.SetBasicAuth(cfg.Email, cfg.APIToken)
	}
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}
