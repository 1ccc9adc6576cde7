package uaparsedbase // want package:"identity bitbucket-uaparsedbase-int"

// The client keeps its base URL parsed, as go-bitbucket does, and
// builds request URLs from the parsed URL's fields.

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

const defaultBase = "https://api.bitbucket.org/2.0"

type Client struct {
	base *url.URL
	hc   *http.Client
}

func New() (*Client, error) {
	base := os.Getenv("BITBUCKET_API_BASE_URL")
	if base == "" {
		base = defaultBase
	}
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	return &Client{base: u, hc: &http.Client{}}, nil
}

func (c *Client) endpoint(format string, args ...any) string {
	return fmt.Sprintf("%s://%s%s", c.base.Scheme, c.base.Host, c.base.Path) + fmt.Sprintf(format, args...)
}

func (c *Client) Repository(workspace, slug string) (*http.Response, error) {
	req, err := http.NewRequest("GET", c.endpoint("/repositories/%s/%s", workspace, slug), nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req) // want `request to api.bitbucket.org is sent with Go's default User-Agent; set one such as "bitbucket-uaparsedbase-int/1.0.0"`
}

func (c *Client) User() (*http.Response, error) {
	req, err := http.NewRequest("GET", c.endpoint("/user"), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "bitbucket-uaparsedbase-int/1.0.0")
	return c.hc.Do(req)
}

// Other parsed URLs are not Atlassian's.
func Status() error {
	u, _ := url.Parse("https://status.example.com/api")
	_, err := http.Get(u.Scheme + "://" + u.Host + u.Path + "/summary.json")
	return err
}

// A site whose base URL comes from the caller: the REST path joined to
// it is still Atlassian's.
type Site struct {
	base *url.URL
	hc   *http.Client
}

func NewSite(raw string) (*Site, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	return &Site{base: u, hc: &http.Client{}}, nil
}

func (s *Site) Issue(key string) (*http.Response, error) {
	req, err := http.NewRequest("GET", s.base.JoinPath("rest/api/3/issue", key).String(), nil)
	if err != nil {
		return nil, err
	}
	return s.hc.Do(req) // want `request to the Atlassian REST path /rest/api/3/issue/ is sent with Go's default User-Agent; set one such as "bitbucket-uaparsedbase-int/1.0.0"`
}
