package uaproduct

// Package uaproduct sends no User-Agent anywhere, so suggestions name
// the product after the first request's host or path and the source
// after the package, and every fix sets that one identity.

import "net/http"

func confluence() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/wiki/rest/api/space", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "confluence-uaproduct-int/1.0.0"`
	return err
}

func bitbucket() error {
	req, err := http.NewRequest("GET", "https://api.bitbucket.org/2.0/user", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "confluence-uaproduct-int/1.0.0"`
	return err
}

func gateway(cloudID string) error {
	req, err := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/"+cloudID+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "confluence-uaproduct-int/1.0.0"`
	return err
}

func me() error {
	req, err := http.NewRequest("GET", "https://api.atlassian.com/me", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "confluence-uaproduct-int/1.0.0"`
	return err
}

// noErrorCheck gets no fix: there is no error check to insert after.
func noErrorCheck() {
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	http.DefaultClient.Do(req) // want `set one such as "confluence-uaproduct-int/1.0.0"`
}

// siteTemplate: only the site name is unknown.
func siteTemplate(name string) error {
	req, err := http.NewRequest("GET", "https://"+name+".atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to an Atlassian site \(…\.atlassian\.net\) is sent with Go's default User-Agent`
	return err
}

// lookalike hosts are not Atlassian.
func lookalike() error {
	_, err := http.Get("https://atlassian.net.example.com/status")
	return err
}
