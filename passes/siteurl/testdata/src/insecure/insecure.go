package insecure

import (
	"fmt"
	"net/http"
	"net/url"
)

const site = "http://acme.atlassian.net" // want `http:// URL to Atlassian Cloud host acme.atlassian.net sends credentials and data in clear text; use https://`

func myself() (*http.Response, error) {
	return http.Get(site + "/rest/api/3/myself")
}

func gateway(cloudID string) (*http.Response, error) {
	return http.Get("http://api.atlassian.com/ex/jira/" + cloudID + "/rest/api/3/myself") // want `http:// URL to Atlassian Cloud host api.atlassian.com`
}

func authorize() string {
	return "HTTP://auth.atlassian.com/authorize?audience=api.atlassian.com" // want `host auth.atlassian.com`
}

func bitbucket() (*http.Response, error) {
	return http.Get("http://api.bitbucket.org/2.0/user") // want `host api.bitbucket.org`
}

func named(name string) string {
	return fmt.Sprintf("http://%s.atlassian.net/browse/TIS-1", name) // want `host …\.atlassian\.net`
}

func concatenated(name string) string {
	return "http://" + name + ".atlassian.net/rest/api/3/myself" // want `host …\.atlassian\.net`
}

func urlLiteral() string {
	u := url.URL{Scheme: "http", Host: "acme.jira.com", Path: "/rest/api/2/myself"} // want `http:// URL to Atlassian Cloud host acme.jira.com`
	return u.String()
}

func urlLiteralSite(site string) string {
	u := url.URL{Scheme: "http", Host: site + ".atlassian.net", Path: "/rest/api/3/myself"} // want `http:// URL to Atlassian Cloud host …\.atlassian\.net`
	return u.String()
}

func urlLiteralOther(site string) string {
	u := url.URL{Scheme: "http", Host: site + ".example.com", Path: "/rest/api/3/myself"}
	return u.String()
}

// Near misses.

func secure() (*http.Response, error) {
	return http.Get("https://acme.atlassian.net/rest/api/3/myself")
}

func local() (*http.Response, error) {
	return http.Get("http://localhost:8080/rest/api/2/myself")
}

func dataCenter() (*http.Response, error) {
	return http.Get("http://jira.example.com/rest/api/2/myself")
}

func lookalike() (*http.Response, error) {
	return http.Get("http://atlassian.net.example.com/")
}

func prose() string {
	return "see http://acme.atlassian.net for details"
}

func otherScheme(name string) string {
	return "http://" + name + ".example.com"
}
