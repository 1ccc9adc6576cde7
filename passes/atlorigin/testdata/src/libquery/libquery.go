// Package libquery adds atlOrigin through a client library's query
// setters.
package libquery

import (
	"github.com/go-resty/resty/v2"
)

const site = "https://acme.atlassian.net"

func onREST() {
	c := resty.New().SetBaseURL(site)
	c.R().SetQueryParam("atlOrigin", "eyJpIjoiYWJjIn0").Get("/rest/api/3/myself") // want `atlOrigin parameter on a REST API URL`
}

func onClient() {
	c := resty.New().SetBaseURL(site)
	c.SetQueryParam("atlOrigin", "eyJpIjoiYWJjIn0") // want `atlOrigin parameter on a REST API URL`
	c.R().Get("/rest/api/3/project")
}

func elsewhere() {
	resty.New().R().SetQueryParam("atlOrigin", "x").Get("https://example.com/api/v1/things")
}

func otherParam() {
	resty.New().SetBaseURL(site).R().SetQueryParam("jql", "project = ACME").Get("/rest/api/3/search")
}
