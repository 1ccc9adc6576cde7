package uarestyrequest // want package:"identity jira-uarestyrequest-int"

// The User-Agent is set on resty requests, not on the client.

import "github.com/go-resty/resty/v2"

const site = "https://acme.atlassian.net"

func identified() {
	c := resty.New().SetBaseURL(site)
	c.R().SetHeader("User-Agent", "jira-uarestyrequest-int/1.0.0").Get("/rest/api/3/myself")
}

func badlyCased() {
	c := resty.New().SetBaseURL(site)
	c.R().SetHeader("User-Agent", "Jira-UARestyRequest-Int/1.0.0").Get("/rest/api/3/myself") // want `User-Agent "Jira-UARestyRequest-Int/1.0.0" does not follow Atlassian's convention .*upper-case`
}

func noInt() {
	c := resty.New()
	c.R().SetHeader("User-Agent", "jira-uarestyrequest/1.0.0").Get(site + "/rest/api/3/myself") // want `User-Agent "jira-uarestyrequest/1.0.0" does not follow .*missing "-int"`
}

func browser() {
	c := resty.New().SetBaseURL(site)
	c.R().SetHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)").Get("/rest/api/3/myself") // want `User-Agent "Mozilla/5.0 \(X11; Linux x86_64\)" identifies Mozilla, not your integration`
}

// Near misses: another header, another host, a library named inside
// the optional part.

func accept() {
	c := resty.New().SetBaseURL(site)
	c.R().SetHeader("User-Agent", "jira-uarestyrequest-int/1.0.0").SetHeader("Accept", "Application/JSON").Get("/rest/api/3/myself")
}

func elsewhere() {
	resty.New().R().SetHeader("User-Agent", "Acme Bot").Get("https://api.example.com/v1/status")
}

func optional() {
	c := resty.New().SetBaseURL(site)
	c.R().SetHeader("User-Agent", "jira-uarestyrequest-int/1.0.0 (go-resty/2.17.2)").Get("/rest/api/3/myself")
}
