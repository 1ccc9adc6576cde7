// Package atlorigin defines an Analyzer that checks where the atlOrigin
// tracking parameter is used.
//
// # Analyzer atlorigin
//
// atlorigin: check that atlOrigin is used on links into the product UI only
//
// Atlassian issues each integration an origin ID to add to the HTML
// links it makes into the product UI, as the atlOrigin query parameter:
//
//	https://example.atlassian.net/browse/TIS-11?atlOrigin=abc123
//
// Atlassian recommends against using the parameter on REST API
// requests and in OAuth 2.0 flows, where it might not be properly
// ignored. This pass finds atlOrigin (and its misspellings) in URLs
// however they are built: in a literal, with url.Values and
// q.Set("atlOrigin", ...), with fmt.Sprintf, by concatenating a base
// URL held in a constant, a variable or a struct field with a path
// handed to a helper function. A URL counts as a REST API URL when its
// path is an Atlassian REST path (/rest/api/3/..., /wiki/api/v2/...,
// /ex/jira/{cloudid}/..., whatever the host) or its host is the API
// gateway (api.atlassian.com) or api.bitbucket.org; as an OAuth URL
// when it goes to an authorization server (auth.atlassian.com) or its
// path is /authorize or /oauth/token, or when the parameter is appended
// to the result of (*oauth2.Config).AuthCodeURL or passed to it with
// oauth2.SetAuthURLParam. Links into the UI (/browse/KEY-1,
// /wiki/spaces/..., /jira/software/projects/..., a site's other pages)
// are where the parameter belongs and are left alone. When what a URL
// is cannot be known, nothing is reported.
//
// Diagnostics are placed on the string literal that carries the
// parameter, or on the q.Set / q.Add / oauth2.SetAuthURLParam call or
// url.Values key that adds it.
//
// # api-url
//
// An atlOrigin parameter on a REST API URL or on any URL of the API
// gateway. The fix removes the parameter from the literal (keeping the
// "?" and "&" of the rest of the query right, and dropping the
// argument that a fmt.Sprintf verb fills it with), or deletes the
// q.Set / q.Add statement or the url.Values entry. A misspelt atlOrigin
// on such a URL is reported here too, since it is just as wrong there.
//
// # oauth-url
//
// An atlOrigin parameter on an OAuth 2.0 authorize or token URL. Fixed
// as for api-url; an oauth2.SetAuthURLParam("atlOrigin", ...) argument
// is removed from the call.
//
// # misspelled
//
// A link into the product UI carries a near miss of atlOrigin, such as
// atlorigin, atl_origin, AtlOrigin or atlOrign, which the product
// ignores, so the link is not attributed to the integration. The fix
// renames the parameter to atlOrigin.
//
// # Flags
//
//	-atlorigin.hosts=jira.example.com,confluence.example.com
//	    more hosts that count as Atlassian (Data Center on a company domain):
//	    their pages are UI links, their /authorize and /oauth/token OAuth URLs
package atlorigin
