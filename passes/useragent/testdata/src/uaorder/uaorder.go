package uaorder // want package:"identity jira-uaorder-int"

// A User-Agent counts for a send only if it is set on every path from
// the request's creation to the send.

import (
	"bytes"
	"net/http"
)

const site = "https://acme.atlassian.net"

const ua = "jira-uaorder-int/1.0.0"

func onlyWithBody(body []byte) error {
	req, err := http.NewRequest("POST", site+"/rest/api/3/issue", bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("User-Agent", ua)
	}
	_, err = http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent when body == nil: the User-Agent is set only on the other paths; set it before the send on every path, such as "jira-uaorder-int/1.0.0"`
	return err
}

func afterSend() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent because the User-Agent is set only after the request is sent`
	req.Header.Set("User-Agent", ua)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func bothBranches(admin bool) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	if admin {
		req.Header.Set("User-Agent", ua+" (admin)")
	} else {
		req.Header.Set("User-Agent", ua)
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func everyCase(kind int) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	switch kind {
	case 0:
		req.Header.Set("User-Agent", ua+" (zero)")
	case 1:
		req.Header.Set("User-Agent", ua+" (one)")
	default:
		req.Header.Set("User-Agent", ua)
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func setThenOverridden(debug bool) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", ua)
	if debug {
		req.Header.Set("User-Agent", ua+" (debug)")
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func identify(req *http.Request) { req.Header.Set("User-Agent", ua) }

func helperInABranch(identified bool) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	if identified {
		identify(req)
	}
	_, err = http.DefaultClient.Do(req) // want `sent with Go's default User-Agent when !identified: the User-Agent is set only on the other paths`
	return err
}

func retried(n int) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", ua)
	for i := 0; i < n; i++ {
		if _, err = http.DefaultClient.Do(req); err == nil {
			return nil
		}
	}
	return err
}

// Not Atlassian: nothing to say about its paths.
func elsewhere(body []byte) error {
	req, err := http.NewRequest("POST", "https://example.com/hook", bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("User-Agent", ua)
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
