package app // want package:"identity confluence-agentparam-int"

import (
	"os"

	"github.com/go-resty/resty/v2"

	"uaagentparam/exporter"
)

var version = "2.1.0"

func run(site string) {
	email, token := os.Getenv("EMAIL"), os.Getenv("TOKEN")

	exporter.NewWithAgent(site, email, token, "TeamSync-Exporter/"+version)              // want `User-Agent "TeamSync-Exporter/2.1.0" does not follow Atlassian's convention .*: upper-case letters, missing "-int" after the source product`
	exporter.NewWithAgent(site, email, token, "TeamSync-Exporter/"+os.Getenv("VERSION")) // want `User-Agent "TeamSync-Exporter/…" does not follow Atlassian's convention .*, whatever follows: upper-case letters, missing "-int" after the source product`
	exporter.NewWithAgent(site, email, token, "Confluence-AgentParam-Int/1.0.0")         // want `User-Agent "Confluence-AgentParam-Int/1.0.0" does not follow Atlassian's convention .*: upper-case letters$`
	exporter.NewWithAgent(site, email, token, "curl/8.0")                                // want `User-Agent "curl/8.0" identifies curl, not your integration`
	exporter.NewWithAgent(site, email, token, "confluence-other-int/1.0.0")              // want `User-Agent identity "confluence-other-int" differs from "confluence-agentparam-int", sent by imported package uaagentparam/exporter`
	exporter.NewWithAgent(site, email, token, "confluence-agentparam-int/2.0.0")
	exporter.NewWithAgent(site, email, token, os.Getenv("USER_AGENT"))

	exporter.Request(site, "Page Reader") // want `User-Agent "Page Reader" does not follow Atlassian's convention`

	if _, err := exporter.NewJira(site, "Jira Sync"); err != nil { // want `User-Agent "Jira Sync" does not follow Atlassian's convention`
		return
	}

	// Not Atlassian's, overridden on every request, or never sent.
	exporter.NewStatus("Status Bot")
	exporter.NewPages(site, "Pages Bot")
	exporter.Remember("Remembered Bot")

	// A constructor of this package.
	newLocal("Local Bot") // want `User-Agent "Local Bot" does not follow Atlassian's convention`
	newLocal(email)
}

func newLocal(agent string) *resty.Client {
	c := resty.New().SetBaseURL("https://acme.atlassian.net").SetHeader("User-Agent", agent)
	c.R().Get("/rest/api/3/myself")
	return c
}
