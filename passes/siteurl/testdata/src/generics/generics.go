package generics

import "net/http"

type Client[T any] struct {
	base  string
	token string
}

func New[T any](site, token string) *Client[T] { // want New:"sets base to https://\\{param 0\\}\\.atlassian\\.net"
	return &Client[T]{base: "https://" + site + ".atlassian.net", token: token}
}

func (c *Client[T]) Get(path string) (*http.Response, error) { // want Get:"sends a bearer token to \\{param 0 \\.base\\}\\{param 1\\}"
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site …\.atlassian\.net`
}

func Fetch[T any](c *http.Client, token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.atlassian.com/oauth/token/accessible-resources", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return c.Do(req)
}

// Instances of generic code in this package are this package's: each
// finding is reported once.

func Do[T ~string](base T, token string) (*http.Response, error) { // want Do:"sends a bearer token to \\{param 0\\}/rest/api/3/myself"
	req, _ := http.NewRequest("GET", string(base)+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme\.atlassian\.net`
}

type site string

func useDo(token string) { Do(site("https://acme.atlassian.net"), token) }

func Send[R any](req *http.Request, _ R) (*http.Response, error) { // want Send:"sends parameter 0"
	return http.DefaultClient.Do(req)
}

func useSend(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return Send(req, 1) // want `bearer token sent to the Atlassian site acme\.atlassian\.net`
}
