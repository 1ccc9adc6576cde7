package atlassian

import "strings"

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

// GatewayBase returns the base URL a client library's client should be
// made with for 3LO requests to the products of the Cloud site
// siteHost: "https://api.atlassian.com/ex/confluence/{cloudid}/" for
// product "confluence". The gateway serves Jira and Confluence; a
// product it does not serve or one not known is given the Jira form.
func GatewayBase(siteHost, product string) string {
	if product != "confluence" {
		product = "jira"
	}
	return "https://" + GatewayHost(siteHost) + "/ex/" + product + "/{cloudid}/"
}

// AccessibleResourcesURL returns the endpoint that lists the sites an
// OAuth 2.0 (3LO) token may reach, with each site's cloud ID, for the
// cloud (commercial or government) siteHost belongs to.
func AccessibleResourcesURL(siteHost string) string {
	return "https://" + GatewayHost(siteHost) + "/oauth/token/accessible-resources"
}

// GatewayAdvice words, for a message, what to do instead of sending an
// OAuth 2.0 (3LO) bearer token to path on the Cloud site siteHost
// (complete says whether path is the whole path), by what the path is:
//   - a REST path, or one not known: the gateway form from GatewayURL,
//     and where the cloud ID comes from;
//   - the site's /gateway/api/ endpoints (GraphQL among them), which
//     take browser sessions: the same API on the gateway host;
//   - /me and /oauth/token/accessible-resources, endpoints of the
//     gateway itself: that endpoint on the gateway host;
//   - a link into the product UI, which is not an API: the REST API
//     through the gateway, or no bearer token at all.
//
// Text taken from path is cut and redacted as SafeText does.
func GatewayAdvice(siteHost, path string, complete bool) string {
	gw := "https://" + GatewayHost(siteHost)
	resources := ", with the cloud ID from " + AccessibleResourcesURL(siteHost)
	p, _ := cleanPath(path, complete)
	switch pat := matchPath(p, complete); {
	case pat != nil && pat.text == "/gateway/api/":
		if p == "/gateway/api/graphql" || strings.HasPrefix(p, "/gateway/api/graphql/") {
			return "the site's GraphQL endpoint takes browser sessions; send 3LO requests to the GraphQL API on the API gateway: " + gw + "/graphql"
		}
		return "the site's /gateway/api/ endpoints take browser sessions; send 3LO requests to the same API on the API gateway, " + gw + "/..."
	case pat != nil && (pat.text == "/me" || pat.text == "/oauth/token/accessible-resources"):
		return SafeText(p) + " is an endpoint of the API gateway: " + gw + pat.text
	case pat != nil && pat.class == UILink:
		api := gw + "/ex/jira/{cloudid}/rest/api/3/..."
		if Product(p) == "confluence" {
			api = gw + "/ex/confluence/{cloudid}/wiki/api/v2/..."
		}
		if !complete {
			p += "…"
		}
		return SafeText(p) + " is a page of the product UI, not an API: read it through the REST API on the API gateway, " +
			api + resources + ", or send no bearer token to a browser page"
	}
	return "send 3LO requests through the API gateway: " + SafeText(GatewayURL(siteHost, path, complete)) + resources
}
