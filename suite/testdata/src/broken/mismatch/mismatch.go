// Package mismatch calls functions with the wrong arguments and
// assigns the wrong number of values.
package mismatch

import (
	"net/http"
	"strings"
)

const site = "https://acme.atlassian.net"

func get() error {
	req, err, extra := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header.Set("User-Agent", 42)
	req.Header.Set("Authorization")
	req.SetBasicAuth("bot@example.com", 7, "s3cr3t-Passw0rd-x")
	_, err = http.DefaultClient.Do(req, extra)
	u := strings.Join(site, "/rest/api/3/issue")
	http.Get(u, u)
	var n int = site + "/rest/api/3/search"
	http.Get(n)
	return err
}

func values() string {
	return http.Get(site + "/rest/api/3/field")
}

type T struct{ URL string }

func (t T) URL() string { return t.URL }

func (t T) send() { http.Get(t.URL) }
