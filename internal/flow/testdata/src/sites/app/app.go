package app

import (
	"net/http"

	"sites/lib"
)

const site = "https://acme.atlassian.net"

type client struct{ http *http.Client }

// do is the one helper every request goes through; its sites are its
// callers' calls, however many there are.
func (c *client) do(req *http.Request) (*http.Response, error) {
	return c.http.Do(req)
}

// send passes the request on to do: a helper of a helper.
func (c *client) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Via", "send")
	return c.do(req)
}

func (c *client) calls() {
	for _, path := range []string{"/a", "/b"} {
		req, _ := http.NewRequest("GET", site+"/rest/api/3"+path, nil)
		c.do(req) // want `site: urls=\["https://acme.atlassian.net/rest/api/3…"\]; clients \{opaque\}`
	}
	r1, _ := http.NewRequest("GET", site+"/rest/api/3/1", nil)
	c.do(r1) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/1"\]; clients \{opaque\}`
	r2, _ := http.NewRequest("GET", site+"/rest/api/3/2", nil)
	c.do(r2) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/2"\]; clients \{opaque\}`
	r3, _ := http.NewRequest("GET", site+"/rest/api/3/3", nil)
	c.do(r3) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/3"\]; clients \{opaque\}`
	r4, _ := http.NewRequest("GET", site+"/rest/api/3/4", nil)
	c.do(r4) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/4"\]; clients \{opaque\}`
	r5, _ := http.NewRequest("GET", site+"/rest/api/3/5", nil)
	c.do(r5) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/5"\]; clients \{opaque\}`
	r6, _ := http.NewRequest("GET", site+"/rest/api/3/6", nil)
	c.do(r6) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/6"\]; clients \{opaque\}`
	r7, _ := http.NewRequest("GET", site+"/rest/api/3/7", nil)
	c.do(r7) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/7"\]; clients \{opaque\}`
	r8, _ := http.NewRequest("GET", site+"/rest/api/3/8", nil)
	r8.Header.Set("User-Agent", "jira-acme-int/1.0.0")
	c.do(r8) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/8"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{opaque\}`
	r9, _ := http.NewRequest("GET", site+"/rest/api/3/9", nil)
	c.send(r9) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/9"\] X-Via=\["send"\]; clients \{opaque\}`
}

func other() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	lib.Send(req) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] Accept=\["application/json"\]; clients \{\}`

	req2, _ := http.NewRequest("GET", site+"/rest/api/3/project", nil)
	lib.SendIdentified(req2) // want `site: urls=\["https://acme.atlassian.net/rest/api/3/project"\]; clients \{User-Agent=\["jira-acme-int/1.0.0"\]\}`

	http.Get(site + "/rest/api/3/field") // want `site: urls=\["https://acme.atlassian.net/rest/api/3/field"\]; clients \{\}`
}
