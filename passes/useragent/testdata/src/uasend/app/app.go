package app // want package:"identity jira-lib-int"

import (
	"net/http"

	"uasend/lib"
)

const site = "https://acme.atlassian.net"

type client struct{ http *http.Client }

var jira = &client{http: &http.Client{}}

// do is what every call of the client goes through: each of its callers
// is reported on its own, however many there are.
func (c *client) do(req *http.Request) (*http.Response, error) {
	return c.http.Do(req)
}

// send adds a header and passes the request to do.
func (c *client) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("Accept", "application/json")
	return c.do(req)
}

func get(path string) error {
	req, err := http.NewRequest("GET", site+path, nil)
	if err != nil {
		return err
	}
	_, err = jira.do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-lib-int/1.0.0"`
	return err
}

func a() error { return get("/rest/api/3/a") }
func b() error { return get("/rest/api/3/b") }

func many() {
	for _, p := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"} {
		req, err := http.NewRequest("GET", site+"/rest/api/3/issue/"+p, nil)
		if err != nil {
			return
		}
		jira.do(req) // want `sent with Go's default User-Agent`
	}
	r1, _ := http.NewRequest("GET", site+"/rest/api/3/1", nil)
	jira.do(r1) // want `sent with Go's default User-Agent`
	r2, _ := http.NewRequest("GET", site+"/rest/api/3/2", nil)
	jira.do(r2) // want `sent with Go's default User-Agent`
	r3, _ := http.NewRequest("GET", site+"/rest/api/3/3", nil)
	jira.do(r3) // want `sent with Go's default User-Agent`
	r4, _ := http.NewRequest("GET", site+"/rest/api/3/4", nil)
	jira.do(r4) // want `sent with Go's default User-Agent`
	r5, _ := http.NewRequest("GET", site+"/rest/api/3/5", nil)
	jira.do(r5) // want `sent with Go's default User-Agent`
	r6, _ := http.NewRequest("GET", site+"/rest/api/3/6", nil)
	jira.do(r6) // want `sent with Go's default User-Agent`
	r7, _ := http.NewRequest("GET", site+"/rest/api/3/7", nil)
	jira.do(r7) // want `sent with Go's default User-Agent`
	r8, _ := http.NewRequest("GET", site+"/rest/api/3/8", nil)
	r8.Header.Set("User-Agent", "jira-lib-int/1.0.0")
	jira.do(r8)
	r9, _ := http.NewRequest("GET", site+"/rest/api/3/9", nil)
	jira.send(r9) // want `sent with Go's default User-Agent`
}

func viaLibrary() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = lib.Send(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	if err != nil {
		return err
	}
	req2, err := http.NewRequest("GET", site+"/rest/api/3/project", nil)
	if err != nil {
		return err
	}
	_, err = lib.Identified(req2)
	return err
}
