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
// q.Set("atlOrigin", ...) (also through a method value, f := q.Set, or
// a pointer, (&q).Set), with fmt.Sprintf (its format built with + or
// not), by concatenating a base URL held in a constant, a variable or
// a struct field with a path handed to a helper function, or in a
// helper that edits the *url.URL it is given. A parameter needs a
// name after "?" or "&" (or at the start of a query) followed by "=",
// or, after "?" or "&", by "&", "#" or the end: "?atlOrigin" counts.
// A URL counts as a REST API URL when its
// path is an Atlassian REST path (/rest/api/3/..., /wiki/api/v2/...,
// whatever the host; /ex/jira/{cloudid}/... and the API gateway's
// other paths unless the host is known to be another's) or its host is the API
// gateway (api.atlassian.com) or api.bitbucket.org; as an OAuth URL
// when it goes to an authorization server (auth.atlassian.com) or its
// path is /authorize or /oauth/token, or when the parameter is appended
// to the result of (*oauth2.Config).AuthCodeURL or passed to it (or to
// Exchange, which sends it in the token request) with
// oauth2.SetAuthURLParam, on a config whose Endpoint is an Atlassian
// authorization server. A config whose endpoint is another server's,
// or cannot be known, is not judged, whatever other configs the
// package has. Options a function returns for another package to use
// are judged by the other options they are returned with: beside
// audience=api.atlassian.com (Atlassian's API gateway, which only
// Atlassian's authorization server accepts) they are for an Atlassian
// authorize URL. A url.Values handed to a helper of another package of
// the module is judged by the URL the helper returns, as the helper's
// summary (a fact) says it builds it, or by the URL it sends the query
// on itself: jc.Get(ctx, "/search/jql", q, &out) on a client whose
// request helper appends q.Encode() to its base URL + "/rest/api/3" +
// path puts q on a REST API URL, whatever the base URL is. Links into the UI (/browse/KEY-1,
// /wiki/spaces/..., /jira/software/projects/..., a site's other pages)
// are where the parameter belongs and are left alone. When what a URL
// is cannot be known, nothing is reported.
//
// A literal is judged by what its value becomes: the pass follows it
// through the package to the complete URLs it is part of, and judges
// those. A value that is only read as text — compared (==, !=, a
// switch case, strings.EqualFold, reflect.DeepEqual, go-cmp, testify
// and gotest.tools assertions), searched in or for (strings.Contains,
// HasPrefix, HasSuffix, Index, Cut, Split, Count, the text a Replace
// replaces, the prefix TrimPrefix trims, their bytes twins) or made
// into a regular expression — is no URL, however much it looks like
// one: a matcher such as strings.Contains(u, "/rest/api/3/search?atlOrigin=")
// is neither reported nor rewritten, and a literal that also reaches a
// request is reported without a fix. An entry of a table (a field of a
// struct literal that is an element of a slice, array or map literal,
// as in table-driven tests) is data: it is reported only where it is
// followed to a use as a URL. Any other literal is also judged by its
// own text (with the constants it is concatenated with), which is all
// there is to judge when it goes nowhere the package shows: an
// exported constant, the argument of another package's function.
//
// Diagnostics are placed on the string literal that carries the
// parameter, one per literal however many parameters it holds, or on
// the q.Set / q.Add / oauth2.SetAuthURLParam call or url.Values key
// that adds it. URLs in messages lose their scheme, user info and
// query, and are cut when long.
//
// # api-url
//
// An atlOrigin parameter on a REST API URL or on any URL of the API
// gateway. The fix removes the parameter — every atlOrigin-like
// parameter of the literal, in one edit — from the string, judging
// the "?" and "&" by the whole concatenation: site + "?atlOrigin=abc" +
// "&fields=x" becomes site + "?" + "fields=x", "myself?" +
// "atlOrigin=abc" becomes "myself". It edits only the bytes of the
// parameter in the literal's source, so escapes stay as written and
// another pass's fix of the same literal (siteurl's https://) applies
// too. It drops the operands that hold the value ("?atlOrigin=" +
// origin) and the fmt.Sprintf arguments its verbs take, or deletes the
// q.Set / q.Add statement or the url.Values entry. No fix is offered
// when it could leave wrong or broken code: when what follows the
// string cannot be known (it goes on in an unknown operand or a later
// +=), when deleted code has an effect (a call) or holds the last use
// of a local variable or an import (counting every fix of the
// package, since go vet -fix applies them all), when removing format
// arguments meets explicit argument indexes, and when the literal also
// serves a UI link or is also read as text. A misspelt atlOrigin on
// such a URL is reported here too, since it is just as wrong there.
//
// # oauth-url
//
// An atlOrigin parameter on an OAuth 2.0 authorize or token URL, or
// in the token request that (*oauth2.Config).Exchange sends when given
// oauth2.SetAuthURLParam("atlOrigin", ...). Fixed as for api-url; an
// oauth2.SetAuthURLParam("atlOrigin", ...) argument or option slice
// element is removed.
//
// # misspelled
//
// A link into the product UI carries a near miss of atlOrigin, such as
// atlorigin, atl_origin, AtlOrigin or atlOrign, which the product
// ignores, so the link is not attributed to the integration. The fix
// renames the parameter to atlOrigin, editing only its name, unless
// the URL has another atlOrigin-like parameter that would make the
// name appear twice.
//
// # Packages that do not type-check
//
// A package that does not type-check has no flow analysis: only
// literals (with the constants they are concatenated with) whose own
// text shows what URL they are part of are judged there, as when the
// URL goes nowhere the package shows. Query edits (q.Set, url.Values)
// and URLs known only by following values are not, and no fix is
// offered.
//
// # Flags
//
//	-atlorigin.hosts=jira.example.com,confluence.example.com
//	    more hosts that count as Atlassian (Data Center on a company domain):
//	    their pages are UI links, their /authorize and /oauth/token OAuth URLs
package atlorigin
