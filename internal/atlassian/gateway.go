package atlassian

// GatewayURL returns the URL through which an OAuth 2.0 (3LO) bearer
// token reaches what path addresses on the Cloud site siteHost:
// "https://api.atlassian.com/ex/jira/{cloudid}/rest/api/3/issue" for
// "/rest/api/3/issue", the government-cloud gateway for a
// government-cloud site. When the path is not a Jira or Confluence REST
// path (or is not known), the result names both product forms with
// "..." for the API path. complete says whether path is the whole path;
// if not, "…" marks the unknown rest.
func GatewayURL(siteHost, path string, complete bool) string {
	base := "https://" + GatewayHost(siteHost)
	if form := GatewayForm(path); form != "" {
		if !complete {
			form += "…"
		}
		return base + form
	}
	switch Product(path) {
	case "jira":
		return base + "/ex/jira/{cloudid}/..."
	case "confluence":
		return base + "/ex/confluence/{cloudid}/..."
	}
	return base + "/ex/jira/{cloudid}/... (or /ex/confluence/{cloudid}/...)"
}

// AccessibleResourcesURL returns the endpoint that lists the sites an
// OAuth 2.0 (3LO) token may reach, with each site's cloud ID, for the
// cloud (commercial or government) siteHost belongs to.
func AccessibleResourcesURL(siteHost string) string {
	return "https://" + GatewayHost(siteHost) + "/oauth/token/accessible-resources"
}
