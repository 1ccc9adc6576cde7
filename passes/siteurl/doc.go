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
// struct fields (of pointers and of values) and their constructors, and
// requests through helper functions.
//
// Reported at the call that sends the request. When that call sends a
// request its function was given (func send(req *http.Request)), the
// report goes to each call of that function in the package instead, with
// the request that caller passes, so each caller hears the gateway form
// of its own path. Functions of other packages of the module are known
// from facts: one that sends the request it is given (lib.Send(req)),
// or that sends a bearer token to a URL made from its parameters and
// the fields its constructor set (lib.New(ctx, conf, tok, site).Get(path),
// also when Get only passes its path on to an unexported do helper, or
// when a function of another package passes its own callers' site and
// path on to such a client), is reported at its call, where the request
// or the base URL is known.
//
// Only what happens before the send, on a path that leads to it,
// counts: a header set after the send, or on a branch that returns
// first, is not there when it goes; a base URL that a comparison rules
// out where the request is sent (if base == gatewayBase { ...send... })
// is not its URL there. A request whose URL is changed after it was
// made (req.URL = u, req.URL.Host = "api.atlassian.com", a helper that
// does so) is judged by the new URL, and not at all when the new URL is
// not known. Functions called through an interface or a function value
// are taken not to change the URL.
//
// The message says what to use instead, by what the path is: for a
// REST path, the gateway form of it; for the site's /gateway/api/
// endpoints (GraphQL), which take browser sessions, the same API on the
// gateway (https://api.atlassian.com/graphql); for /me, the gateway's
// own endpoint; for a page of the product UI (/browse/KEY-1,
// /wiki/spaces/...), which is no API at all, the REST API through the
// gateway, or no bearer token.
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
// body lost. Reported at the literal; the fix is https://, dropping an
// explicit :80, http's port, which https does not use.
//
// Not reported: a literal that code only compares or searches for,
// rather than reaches: an operand of == or !=, a switch case, the text
// looked for by strings.HasPrefix, Contains, EqualFold, TrimPrefix,
// Replace (the old text) and their bytes counterparts, a regular
// expression, or a constant or variable used only in such places. A
// validator that rejects "http://acme.atlassian.net" must keep its
// http://. Nor, in any file, a literal that is only ever text and never
// a URL that is used: a map's key, or the URL an HTTP mock answers for
// (httpmock.RegisterResponder, gock.New, or a function of the module
// that only keeps its argument as such a key, known across packages by
// facts): a test that registers an http:// URL to assert that nothing
// is sent there sends nothing. In a _test.go file, also a literal that is an entry of a
// table (a slice, array or map literal, or a struct literal in one) or
// that the test compares: the input of a URL normaliser's test is data,
// not a URL the test reaches.
//
// Messages name hosts without the user info of the URL, so no password
// written into a URL is echoed.
//
// # Packages that do not type-check
//
// insecure-scheme judges the literals of a package that does not
// type-check as those of any other. bearer-to-site, which follows
// requests and tokens through the flow analysis, reports nothing
// there, and no fix is offered.
//
// # Flags
//
//	-siteurl.datacenter=jira.example.com,confluence.example.com
//	    Data Center hosts, to which bearer tokens (personal access tokens) may go
package siteurl
