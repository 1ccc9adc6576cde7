// Package litmatch holds authorize URLs that are only compared or
// matched: patterns that recognise Atlassian's consent page, not URLs
// anyone is sent to.
package litmatch

import (
	"net/http"
	"regexp"
	"strings"
)

const consentPrefix = "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id="

// isAtlassianConsent tells whether a redirect points at Atlassian's consent page.
func isAtlassianConsent(resp *http.Response) bool {
	loc := resp.Header.Get("Location")
	return strings.HasPrefix(loc, "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=") ||
		strings.Contains(loc, "https://auth.atlassian.com/authorize?client_id=") ||
		strings.HasPrefix(loc, consentPrefix) ||
		loc == "https://auth.atlassian.com/authorize?client_id=x"
}

var consentPage = regexp.MustCompile(`^https://auth\.atlassian\.com/authorize\?client_id=[^&]+`)

func kind(loc string) string {
	switch loc {
	case "https://auth.atlassian.com/authorize?client_id=x":
		return "consent"
	}
	if consentPage.MatchString(loc) {
		return "consent"
	}
	return ""
}

// Built, then only compared.
func isClient(loc, id string) bool {
	return strings.HasPrefix(loc, "https://auth.atlassian.com/authorize?client_id="+id)
}

// Near miss: a literal the browser is sent to.
func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=x&response_type=code&prompt=consent", http.StatusFound) // want `authorize URL has no state parameter`
}
