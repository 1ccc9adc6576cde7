package apiurl

import (
	"fmt"
	"net/http"
	"net/url"
)

const site = "https://acme.atlassian.net"

const origin = "ORIGIN123"

// A whole REST URL in one literal.
func search() (*http.Response, error) {
	return http.Get("https://acme.atlassian.net/rest/api/3/search?jql=project%3DTIS&atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\); atlOrigin is only for links into the product UI and REST APIs may not ignore it: remove it`
}

// The parameter first, more after it.
func issue() (*http.Response, error) {
	return http.Get(site + "/rest/api/3/issue/TIS-11?atlOrigin=abc123&fields=summary") // want `atlOrigin parameter on a REST API URL`
}

// A fragment appended to a REST URL: only the whole tells.
func myself() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself"+"?atlOrigin="+origin, nil) // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// fmt.Sprintf: the argument that fills the parameter goes too.
func project(cloudID, key string) (*http.Response, error) {
	u := fmt.Sprintf("https://api.atlassian.com/ex/jira/%s/rest/api/3/project/%s?atlOrigin=%s", cloudID, key, origin) // want `atlOrigin parameter on a REST API URL \(api.atlassian.com/ex/jira/…/rest/api/3/project/…\)`
	return http.Get(u)
}

// Any URL of the gateway.
func resources() (*http.Response, error) {
	return http.Get("https://api.atlassian.com/oauth/token/accessible-resources?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL \(api.atlassian.com/oauth/token/accessible-resources\)`
}

func graphql() (*http.Response, error) {
	return http.Post("https://api.atlassian.com/graphql?atlOrigin=abc123", "application/json", nil) // want `atlOrigin parameter on an API gateway URL \(api.atlassian.com/graphql\)`
}

// A REST path whatever the host (Data Center on a company domain).
func dataCenter(base string) (*http.Response, error) {
	return http.Get(base + "/rest/api/2/issue/ABC-1?atlOrigin=abc123") // want `on a REST API URL \(…/rest/api/2/issue/ABC-1\)`
}

// Bitbucket Cloud's API host.
func bitbucket() (*http.Response, error) {
	return http.Get("https://api.bitbucket.org/2.0/repositories/acme?atlOrigin=abc123") // want `on a REST API URL \(api.bitbucket.org/2.0/repositories/acme\)`
}

// A constant used for a request.
const apiWithOrigin = "/wiki/api/v2/pages?atlOrigin=abc123" // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/wiki/api/v2/pages\)`

func pages() (*http.Response, error) {
	return http.Get(site + apiWithOrigin)
}

// Suppressed with a reason.
func suppressed() (*http.Response, error) {
	//atlvet:ignore atlorigin/api-url the vendor proxy strips it before Jira sees it
	return http.Get(site + "/rest/api/3/myself?atlOrigin=abc123")
}

// url.Parse of a REST URL.
func parsed() (*url.URL, error) {
	return url.Parse(site + "/rest/agile/1.0/board?atlOrigin=abc123") // want `on a REST API URL \(acme.atlassian.net/rest/agile/1.0/board\)`
}

// Near misses: links into the UI carry atlOrigin, as they should.

func issueLink(key string) string {
	return site + "/browse/" + key + "?atlOrigin=" + origin
}

func pageLink(space, id string) string {
	return fmt.Sprintf("%s/wiki/spaces/%s/pages/%s?atlOrigin=%s", site, space, id, origin)
}

func boardLink() string {
	return "https://acme.atlassian.net/jira/software/projects/TIS/boards/1?atlOrigin=abc123"
}

func redirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, site+"/browse/TIS-11?atlOrigin=abc123", http.StatusFound)
}

// A parameter that only looks like it.
func other() (*http.Response, error) {
	return http.Get(site + "/rest/api/3/search?origin=abc123&atlOriginId=7")
}

// Nothing is known of where this goes.
func unknown(base string) (*http.Response, error) {
	return http.Get(base + "?atlOrigin=abc123")
}

// One literal used for both a UI link and a request: reported, but
// removing the parameter would break the link, so no fix.
const shared = "?atlOrigin=abc123" // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/myself\)`

func sharedLink(key string) string { return site + "/browse/" + key + shared }

func sharedAPI() (*http.Response, error) {
	return http.Get(site + "/rest/api/3/myself" + shared)
}
