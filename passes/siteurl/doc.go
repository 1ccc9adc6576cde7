// Package siteurl defines an Analyzer that checks where OAuth bearer
// tokens are sent and that Atlassian Cloud is reached over https.
//
// # Analyzer siteurl
//
// siteurl: check that OAuth 2.0 (3LO) requests go through the API gateway, over https
//
// An OAuth 2.0 (3LO) access token authorizes requests made through the
// API gateway, with the site's cloud ID in the path:
//
//	https://api.atlassian.com/ex/jira/{cloudid}/rest/api/3/project
//	https://api.atlassian.com/ex/confluence/{cloudid}/wiki/rest/api/space
//
// not requests to the site URL (https://your-domain.atlassian.net/...)
// that the REST API documentation shows. The cloud ID comes from
// https://api.atlassian.com/oauth/token/accessible-resources, called
// with the same token. Government-cloud sites (*.atlassian-us-gov-mod.net)
// use api.atlassian-us-gov-mod.com instead.
//
// # bearer-to-site
//
// A request that carries an OAuth bearer token is sent to an Atlassian
// Cloud site (name.atlassian.net, name.jira.com,
// name.atlassian-us-gov-mod.net). The token may be set as an
// "Authorization: Bearer ..." header (directly, in a helper function of
// this or another package, or with (*oauth2.Token).SetAuthHeader), or
// come with the client: one from (*oauth2.Config).Client,
// oauth2.NewClient, an oauth2.Transport, or a go-jira
// BearerAuthTransport (reported at the jira.NewClient call that points
// it at the site). Base URLs are followed through constants, variables,
// struct fields and their constructors, and requests through helper
// functions. Reported at the call that sends the request; the message
// names the gateway URL to use instead.
//
// Not reported: Basic authentication (API tokens) to a site or to the
// gateway; bearer tokens to hosts declared as Data Center with
// -siteurl.datacenter; site URLs used only as browser links; Atlassian
// Connect user-impersonation tokens, which are meant for the site URL —
// a package (or a package it imports) that uses golang.org/x/oauth2/jira
// or names Connect's authorization server
// oauth-2-authorization-server.services.atlassian.com is taken to be a
// Connect app, and Connect apps do not use 3LO; and code where the
// bearer token and the site URL are on different branches:
//
//	if oauth {
//		base, auth = gatewayBase, "Bearer "+token
//	} else {
//		base, auth = siteBase, "Basic "+apiToken
//	}
//
// When both the URL and the token depend on conditions that cannot be
// related (say a base URL field set by two constructors and a token set
// when a field is non-empty), nothing is reported.
//
// # insecure-scheme
//
// An http:// URL to an Atlassian Cloud host (a site, the API gateway,
// the authorization server, Bitbucket Cloud): the token or password it
// carries travels in clear text, or the request is redirected and its
// body lost. Reported at the literal; the fix is https://.
//
// # Flags
//
//	-siteurl.datacenter=jira.example.com,confluence.example.com
//	    Data Center hosts, to which bearer tokens (personal access tokens) may go
package siteurl
