package uaoreo // want package:"identity jira-uaoreo-int"

// The User-Agent is set with oreo's request builder.

import (
	"net/http"
	"net/url"

	"github.com/coryb/oreo"
)

const site = "https://acme.atlassian.net"

func send(agent string) (*http.Response, error) {
	u, err := url.Parse(site + "/rest/api/2/myself")
	if err != nil {
		return nil, err
	}
	return oreo.New().Do(oreo.RequestBuilder(u).WithUserAgent(agent).Build())
}

func identified() (*http.Response, error) {
	u, err := url.Parse(site + "/rest/api/2/myself")
	if err != nil {
		return nil, err
	}
	req := oreo.RequestBuilder(u).WithUserAgent("jira-uaoreo-int/1.0.0").Build()
	return oreo.New().Do(req)
}

func badlyCased() (*http.Response, error) {
	u, err := url.Parse(site + "/rest/api/2/serverInfo")
	if err != nil {
		return nil, err
	}
	req := oreo.RequestBuilder(u).WithUserAgent("Jira-UAOreo-Int/1.0.0").Build() // want `User-Agent "Jira-UAOreo-Int/1.0.0" does not follow Atlassian's convention .*upper-case`
	return oreo.New().Do(req)
}

func spaces() (*http.Response, error) {
	u, err := url.Parse(site + "/rest/api/2/serverInfo")
	if err != nil {
		return nil, err
	}
	req := oreo.RequestBuilder(u).WithUserAgent("jira uaoreo int/1.0.0").Build() // want `User-Agent "jira uaoreo int/1.0.0" does not follow`
	return oreo.New().Do(req)
}

func curl() (*http.Response, error) {
	u, err := url.Parse(site + "/rest/api/2/serverInfo")
	if err != nil {
		return nil, err
	}
	req := oreo.RequestBuilder(u).WithUserAgent("curl/8.0").Build() // want `User-Agent "curl/8.0" identifies curl`
	return oreo.New().Do(req)
}

func otherSource() (*http.Response, error) {
	return send("jira-uaoreocli-int/1.0.0") // want `User-Agent identity "jira-uaoreocli-int" differs from "jira-uaoreo-int"`
}

// Near misses: another host; the same identity with an optional part.

func elsewhere() (*http.Response, error) {
	u, err := url.Parse("https://api.example.com/v1/status")
	if err != nil {
		return nil, err
	}
	return oreo.New().Do(oreo.RequestBuilder(u).WithUserAgent("Acme Bot").Build())
}

func optional() (*http.Response, error) {
	return send("jira-uaoreo-int/1.0.0 (oreo)")
}
