package uaconvention // want package:"identity jira-code-int"

import "net/http"

const site = "https://acme.atlassian.net"

// get sends a request to Jira with the User-Agent ua.
func get(ua string) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", ua)
	_, err = http.DefaultClient.Do(req)
	return err
}

// The convention's own examples: the first sets the package's identity.
func good() {
	get("jira-code-int/1.0.0")
	get("jira-code-int/1.7.3 (requests/2.24)")
	get("jira-code-int/2.0.0-rc.1+build.5")
}
