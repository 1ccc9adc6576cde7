package matchers

import (
	"errors"
	"net/http"
	"regexp"
	"strings"
)

// Near misses: http:// URLs that code looks for, not URLs it reaches.

func validate(u string) error {
	if strings.HasPrefix(u, "http://acme.atlassian.net") {
		return errors.New("use https")
	}
	if strings.Contains(strings.ToLower(u), "http://"+"api.atlassian.com") {
		return errors.New("use https")
	}
	return nil
}

func compare(u string) bool {
	return u == "http://acme.atlassian.net" || "http://acme.jira.com/" != u
}

func cases(u string) int {
	switch u {
	case "http://acme.atlassian.net", "http://auth.atlassian.com":
		return 1
	}
	return 0
}

var insecurePattern = regexp.MustCompile("http://[a-z]+.atlassian.net")

func upgrade(u string) string {
	return strings.Replace(u, "http://acme.atlassian.net", "https://acme.atlassian.net", 1)
}

func trim(u string) string {
	return strings.TrimPrefix(u, "http://acme.atlassian.net")
}

const legacyPrefix = "http://acme.atlassian.net/"

func isLegacy(u string) bool { return strings.HasPrefix(u, legacyPrefix) }

func localMatcher(u string) bool {
	old := "http://api.bitbucket.org"
	return strings.EqualFold(u, old)
}

// Mistakes.

const legacyBase = "http://acme.atlassian.net" // want `http:// URL to Atlassian Cloud host acme.atlassian.net`

func legacy(u string) (*http.Response, error) {
	if strings.HasPrefix(u, legacyBase) {
		return nil, nil
	}
	return http.Get(legacyBase + "/rest/api/3/myself")
}

func downgrade(u string) string {
	return strings.Replace(u, "https://", "http://acme.atlassian.net", 1) // want `http:// URL to Atlassian Cloud host acme.atlassian.net`
}

func reached() (*http.Response, error) {
	return http.Get("http://acme.atlassian.net/rest/api/3/myself") // want `http:// URL to Atlassian Cloud host acme.atlassian.net`
}
