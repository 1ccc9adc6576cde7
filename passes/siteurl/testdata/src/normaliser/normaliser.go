// Package normaliser turns the site addresses users type into the URL
// of their Atlassian site. Its tests hold http:// site URLs as inputs:
// data for the code under test, not URLs anything reaches.
package normaliser

import (
	"net/url"
	"strings"
)

// Site returns the https URL of the site s names: "acme",
// "acme.atlassian.net", "http://acme.atlassian.net/".
func Site(s string) (string, error) {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "://") {
		if !strings.Contains(s, ".") {
			s += ".atlassian.net"
		}
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", err
	}
	u.Scheme = "https"
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u.String(), nil
}
