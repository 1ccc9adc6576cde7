package uainconsistentlib

import (
	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/go-resty/resty/v2"
)

func goAtlassian() (*v3.Client, error) {
	client, err := v3.New(nil, site)
	if err != nil {
		return nil, err
	}
	client.Auth.SetUserAgent("jira-acmesync-int/0.9.0") // want `User-Agent identity "jira-acmesync-int" differs from "jira-acme-int", used at a.go:15; send one identity from the whole integration`
	return client, nil
}

func restyClient() {
	c := resty.New().SetBaseURL(site).SetHeader("User-Agent", "confluence-acme-int/1.4.2") // want `User-Agent identity "confluence-acme-int" differs from "jira-acme-int"`
	c.R().Get("/wiki/rest/api/space")
}

func restyRequest() {
	c := resty.New().SetBaseURL(site)
	c.R().SetHeader("User-Agent", "jira-acmesync-int/0.9.0").Get("/rest/api/3/myself") // want `User-Agent identity "jira-acmesync-int" differs from "jira-acme-int"`
}

// Near misses: the same identity with another version or optional part.

func goAtlassianSame() (*v3.Client, error) {
	client, err := v3.New(nil, site)
	if err != nil {
		return nil, err
	}
	client.Auth.SetUserAgent("jira-acme-int/2.0.0")
	return client, nil
}

func restySame() {
	c := resty.New().SetBaseURL(site).SetHeader("User-Agent", "jira-acme-int/1.4.2 (resty)")
	c.R().Get("/rest/api/3/myself")
}

// A case fault is convention only, not also inconsistent.
func restyCase() {
	c := resty.New().SetBaseURL(site)
	c.R().SetHeader("User-Agent", "Jira-AcmeSync-Int/0.9.0").Get("/rest/api/3/myself") // want `User-Agent "Jira-AcmeSync-Int/0.9.0" does not follow Atlassian's convention .*upper-case`
}
