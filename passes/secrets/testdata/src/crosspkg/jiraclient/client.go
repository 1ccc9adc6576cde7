// want package:"has credential sinks"

// Package jiraclient is a module's own Jira client: the credential
// arrives through a config field or a constructor parameter.
package jiraclient

import "net/http"

type Config struct {
	Site     string
	Email    string
	APIToken string // want APIToken:"credential field -> the password of \\(\\*http.Request\\).SetBasicAuth"
}

type Client struct {
	cfg Config
	hc  *http.Client
}

func New(cfg Config) *Client { return &Client{cfg: cfg, hc: http.DefaultClient} }

// NewWithToken takes the token as a parameter.
func NewWithToken(site, email, token string) *Client { // want NewWithToken:"credential sinks: param 2 -> the password of \\(\\*http.Request\\).SetBasicAuth"
	return New(Config{Site: site, Email: email, APIToken: token})
}

// Bearer sets a bearer token on a request.
func Bearer(req *http.Request, token string) { // want Bearer:"credential sinks: param 1 -> a Bearer Authorization header"
	req.Header.Set("Authorization", "Bearer "+token)
}

func (c *Client) Myself() (*http.Response, error) {
	req, err := http.NewRequest("GET", c.cfg.Site+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.cfg.Email, c.cfg.APIToken)
	return c.hc.Do(req)
}
