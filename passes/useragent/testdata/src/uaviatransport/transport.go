package uaviatransport // want package:"identity jira-transport-int"

import (
	"net/http"
	"time"
)

const site = "https://acme.atlassian.net"

type userAgentTransport struct {
	base http.RoundTripper
}

func (t *userAgentTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("User-Agent", "jira-transport-int/2.0.0")
	return t.base.RoundTrip(r)
}

// passThrough wraps a transport it knows nothing about.
type passThrough struct {
	http.RoundTripper
}

var (
	decorated = &http.Client{Transport: &userAgentTransport{base: http.DefaultTransport}}
	plain     = &http.Client{Timeout: 5 * time.Second}
	wrapped   = &http.Client{Transport: passThrough{http.DefaultTransport}}
)

func viaDecorated() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = decorated.Do(req)
	return err
}

func viaPlain() error {
	_, err := plain.Get(site + "/rest/api/3/myself") // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-transport-int/2.0.0"`
	return err
}

func viaWrapped() error {
	_, err := wrapped.Get(site + "/rest/api/3/myself")
	return err
}

func viaLocalClient() error {
	c := &http.Client{Transport: &userAgentTransport{base: http.DefaultTransport}}
	_, err := c.Get(site + "/rest/api/3/myself")
	return err
}

func viaDefaultTransport(req *http.Request) error {
	_, err := http.DefaultTransport.RoundTrip(req)
	return err
}
