package ualinedirective

import "net/http"

func column() error {
//line project.tmpl:7:20
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	return err
}

// An inline directive moves the column of what follows it on its line.
func inline() error {
	req, err := /*line inline.tmpl:3:1*/ http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/issue", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent`
	return err
}
