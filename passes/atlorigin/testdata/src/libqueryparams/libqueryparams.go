// Package libqueryparams adds atlOrigin through resty's SetQueryParams,
// which takes a map.
package libqueryparams

import (
	"github.com/go-resty/resty/v2"
)

const site = "https://acme.atlassian.net"

func onRequest() {
	c := resty.New().SetBaseURL(site)
	c.R().SetQueryParams(map[string]string{
		"jql":       "project = ACME",
		"atlOrigin": "eyJpIjoiYWJjIn0", // want `atlOrigin parameter on a REST API URL`
	}).Get("/rest/api/3/search")
}

func onClient() {
	c := resty.New().SetBaseURL(site).SetQueryParams(map[string]string{"atlOrigin": "eyJpIjoiYWJjIn0"}) // want `atlOrigin parameter on a REST API URL`
	c.R().Get("/rest/api/3/project")
}

// Near misses: another host; other parameters.

func elsewhere() {
	resty.New().R().SetQueryParams(map[string]string{"atlOrigin": "x"}).Get("https://example.com/api/v1/things")
}

func otherParams() {
	resty.New().SetBaseURL(site).R().SetQueryParams(map[string]string{"jql": "project = ACME", "maxResults": "50"}).Get("/rest/api/3/search")
}
