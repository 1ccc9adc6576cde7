package defaultport

import (
	"net/http"
	"net/url"
)

// http's default port is not https's: the fix drops it.

func explicitPort() (*http.Response, error) {
	return http.Get("http://acme.atlassian.net:80/rest/api/3/myself") // want `^http:// URL to Atlassian Cloud host acme\.atlassian\.net sends`
}

func portOnly() string {
	return "http://acme.atlassian.net:80" // want `^http:// URL to Atlassian Cloud host acme\.atlassian\.net sends`
}

func withUser() string {
	return "http://me@acme.atlassian.net:80?x=1" // want `^http:// URL to Atlassian Cloud host acme\.atlassian\.net sends`
}

func urlLiteral() string {
	u := url.URL{Scheme: "http", Host: "acme.atlassian.net:80", Path: "/rest/api/3/myself"} // want `^http:// URL to Atlassian Cloud host acme\.atlassian\.net sends`
	return u.String()
}

// Other ports are kept.
func otherPort() string {
	return "http://acme.atlassian.net:8080/" // want `host acme\.atlassian\.net:8080 sends`
}
