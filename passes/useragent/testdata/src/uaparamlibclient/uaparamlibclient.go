package uaparamlibclient // want package:"identity jira-paramlib-int"

import (
	"context"

	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/go-resty/resty/v2"
)

// Clients that arrive as parameters: what was set on them before is
// not known, so none is reported for lacking a User-Agent, but the
// User-Agents set here, on requests to Atlassian, are judged.

func identified(c *resty.Client, site string) {
	c.R().SetHeader("User-Agent", "jira-paramlib-int/1.0.0").Get(site + "/rest/api/3/myself")
}

func badlyCased(c *resty.Client, site string) {
	c.R().SetHeader("User-Agent", "Jira-ParamLib-Int/1.0.0").Get(site + "/rest/api/3/myself") // want `User-Agent "Jira-ParamLib-Int/1.0.0" does not follow Atlassian's convention .*: upper-case letters$`
}

func library(c *resty.Client) {
	c.R().SetHeader("User-Agent", "curl/8.0").Get("/rest/api/3/project") // want `User-Agent "curl/8.0" identifies curl, not your integration`
}

func otherIdentity(c *resty.Client) {
	c.R().SetHeader("User-Agent", "jira-other-int/1.0.0").Get("/rest/api/3/project") // want `User-Agent identity "jira-other-int" differs from "jira-paramlib-int"`
}

// Set on the client, then sent to a REST path.
func clientLevel(c *resty.Client) {
	c.SetHeader("User-Agent", "Jira Sync") // want `User-Agent "Jira Sync" does not follow Atlassian's convention`
	c.R().Get("/rest/api/3/myself")
}

// go-atlassian's clients talk to Jira wherever they point.
func configure(c *v3.Client) {
	c.Auth.SetUserAgent("Jira Configured") // want `User-Agent "Jira Configured" does not follow Atlassian's convention`
}

// Near misses: a host that is not Atlassian's, a client-level agent
// whose requests are not in view, no User-Agent at all (the client's
// maker may have set one), a request the maker's client sends.
func status(c *resty.Client) {
	c.R().SetHeader("User-Agent", "Status Bot").Get("https://status.example.com/api/v2/status.json")
}

func clientOnly(c *resty.Client) *resty.Client {
	return c.SetHeader("User-Agent", "Unsent Bot")
}

func noAgent(ctx context.Context, c *resty.Client, j *v3.Client) {
	c.R().SetContext(ctx).Get("/rest/api/3/myself")
	_, _, _ = j.MySelf.Details(ctx, nil)
}

// A client made in the package and handed to a function: its value
// is reported once.
func shared() {
	use(resty.New().SetBaseURL("https://acme.atlassian.net"))
}

func use(c *resty.Client) {
	c.R().SetHeader("User-Agent", "Jira-ParamLib-Int/2.0.0").Get("/rest/api/3/issue") // want `User-Agent "Jira-ParamLib-Int/2.0.0" does not follow Atlassian's convention .*: upper-case letters$`
}
