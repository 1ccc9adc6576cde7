// Package independent chooses the base URL and the credentials under
// conditions of their own: a path that takes both ways that matter
// sends the bearer token to the site.
package independent

import "net/http"

const (
	site    = "https://acme.atlassian.net"
	gateway = "https://api.atlassian.com/ex/jira/11223344-a1b2-3b33-c444-def123456789"
)

type Client struct {
	Access, Email, APIToken string
	HC                      *http.Client
}

// The gateway is chosen by a flag, the bearer token by another value.
func (c *Client) Priorities(viaGateway bool) (*http.Response, error) {
	base := site
	if viaGateway {
		base = gateway
	}
	req, err := http.NewRequest("GET", base+"/rest/api/3/priority", nil)
	if err != nil {
		return nil, err
	}
	if c.Access != "" {
		req.Header.Set("Authorization", "Bearer "+c.Access)
	}
	return c.HC.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, which does not accept it \(when !viaGateway and c.Access != ""\); send 3LO requests`
}

// Both chosen by one condition: the bearer path is the gateway's.
func (c *Client) Myself() (*http.Response, error) {
	base := site
	if c.Access != "" {
		base = gateway
	}
	req, err := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	if c.Access != "" {
		req.Header.Set("Authorization", "Bearer "+c.Access)
	} else {
		req.SetBasicAuth(c.Email, c.APIToken)
	}
	return c.HC.Do(req)
}

// Both chosen by one condition, the second time negated.
func (c *Client) Fields(basic bool) (*http.Response, error) {
	base := gateway
	if basic {
		base = site
	}
	req, err := http.NewRequest("GET", base+"/rest/api/3/field", nil)
	if err != nil {
		return nil, err
	}
	if !basic {
		req.Header.Set("Authorization", "Bearer "+c.Access)
	}
	return c.HC.Do(req)
}

// Two flags, two sites: the token only ever goes to the gateway or is
// not sent.
func (c *Client) Status(viaGateway, oauth bool) (*http.Response, error) {
	base := site
	if viaGateway {
		base = gateway
	}
	req, err := http.NewRequest("GET", base+"/rest/api/3/status", nil)
	if err != nil {
		return nil, err
	}
	if oauth && viaGateway {
		req.Header.Set("Authorization", "Bearer "+c.Access)
	}
	return c.HC.Do(req)
}
